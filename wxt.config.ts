import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import { SELLER_HOST_PATTERNS } from './lib/sites/hosts';

/** The content scripts' entry files (`content/index.ts`, `*.content.ts`) and the context modules they import `browser` through (see the shell-without-polyfill plugin). */
const SHELL_MODULES = [/\/entrypoints\/(?:[^/]*\.)?content(?:\/index)?\.tsx?$/, /\/entrypoints\/content\/context\.ts$/, /\/wxt\/dist\/utils\/content-script-context\.mjs$/, /\/wxt\/dist\/utils\/internal\/custom-events\.mjs$/];
const NATIVE_BROWSER = fileURLToPath(new URL('./node_modules/wxt/dist/browser.mjs', import.meta.url));

const OPTIONAL_SITE_PATTERNS = ['https://*/*', 'http://*/*'] as const;

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: lib/ stays plain TypeScript that any tool can read.
  imports: false,
  vite: () => ({
    plugins: [
      {
        // WXT's content-script context announces the extension id to the page and stops when the page
        // forges its start-up event; entrypoints/content/context.ts is the same class without that.
        name: 'seller-sidekick:isolated-content-script-context',
        enforce: 'pre',
        resolveId(source, importer) {
          if (source === 'wxt/utils/content-script-context' && importer?.includes('content-script-isolated-world-entrypoint')) {
            return fileURLToPath(new URL('./entrypoints/content/context.ts', import.meta.url));
          }
          return undefined;
        },
      },
      {
        // The first-paint shell calls four extension APIs (UI language, storage.local.get, getURL,
        // runtime.id), all promise-based or synchronous natively in Chrome MV3 and Firefox, so it takes
        // the browser's own object (wxt/browser without the polyfill module's alias) and leaves the
        // 9 KB webextension-polyfill to content-app.js, popup, options and background, whose
        // onMessage listeners answer with promises. Scoped by importer: only the shell's files.
        name: 'seller-sidekick:shell-without-polyfill',
        enforce: 'pre',
        resolveId(source, importer) {
          if (source !== '@wxt-dev/webextension-polyfill/browser' && source !== 'wxt/browser') return undefined;
          if (!importer || !SHELL_MODULES.some((pattern) => pattern.test(importer.replaceAll('\\', '/')))) return undefined;
          return NATIVE_BROWSER;
        },
      },
    ],
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'alarms', 'scripting'],
    host_permissions: [...SELLER_HOST_PATTERNS],
    // Sites the seller adds from the options page. MV3 names them optional_host_permissions; WXT drops
    // that key from the MV2 (Firefox) manifest without carrying it over, so Firefox gets the MV2 name
    // below. Without it, permissions.request() for an added site throws in Firefox.
    optional_host_permissions: [...OPTIONAL_SITE_PATTERNS],
    action: { default_title: 'Seller Sidekick' },
    // The content script is a small shell that imports the full app (content-app.js) once its sidebar
    // frame is painted, and a content script can only import what is web-accessible to the page it
    // runs in. Those pages are the seller hosts AND any site the user adds from the options page (its
    // own permission prompt); the list below cannot grow at run time, and web-accessible matches take
    // origins only (no `admin.shopify.com/store/*`), so it is every http(s) origin. Trade-off: any
    // site could load the file. use_dynamic_url gives it an address that changes every browser
    // session, so no page can probe for the extension with a fixed URL, and the file itself only
    // defines a function in the world that loads it; it reads and sends nothing.
    web_accessible_resources: [{ resources: ['content-app.js'], matches: ['https://*/*', 'http://*/*'], use_dynamic_url: true }],
    commands: {
      'toggle-sidebar': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandToggleSidebar__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'seller-sidekick@sellersidekick.app',
              // data_collection_permissions is understood from Firefox 140 on desktop (the 140 ESR) and
              // from 142 on Android; below those AMO's linter flags the key. Android has its own minimum.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
          optional_permissions: [...OPTIONAL_SITE_PATTERNS],
        }
      : {}),
  }),
});
