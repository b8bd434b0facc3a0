import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { installTypingForwarder } from '../components/common/private-typing';

/**
 * `typing-guard.js`: the manifest runs it at `document_start` on the seller hosts (wxt.config.ts), so
 * its listener on `window` comes before any page script's and the page can't hear what the seller
 * types in our UI (components/common/private-typing.ts). It only adds that listener: a few hundred
 * bytes, no polyfill, no WXT context, nothing in the page's DOM.
 */
export default defineUnlistedScript(() => installTypingForwarder());
