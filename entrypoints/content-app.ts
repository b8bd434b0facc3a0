import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { APP_GLOBAL, type StartApp } from '../components/sidebar/handoff';
import { startApp } from './content/app';

/**
 * The second content bundle (`content-app.js`): loaded by the content-script shell
 * (entrypoints/content) with a dynamic import once its sidebar frame is painted. Evaluated in the
 * same isolated world, it only registers its start function; the shell calls it.
 */
export default defineUnlistedScript(() => {
  (globalThis as unknown as Record<string, StartApp>)[APP_GLOBAL] = startApp;
});
