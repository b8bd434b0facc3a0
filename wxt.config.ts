import { defineConfig } from 'wxt';
import { SELLER_HOST_PATTERNS } from './lib/sites/hosts';

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: lib/ stays plain TypeScript that any tool can read.
  imports: false,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'alarms', 'scripting'],
    host_permissions: [...SELLER_HOST_PATTERNS],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    action: { default_title: 'Seller Sidekick' },
    // The content script is a small shell that imports the full app (content-app.js) once its sidebar
    // frame is painted; a content script can only import what is web-accessible. Trade-off: any page
    // on these hosts could load that file too. use_dynamic_url makes its address change every browser
    // session (so a page cannot probe for the extension with a fixed URL), and the file only defines a
    // function in whichever world loads it, reading nothing. The http(s) wildcards are there because a
    // user-added site (options page, its own permission prompt) runs the same shell; there is no way
    // to add origins to this list at run time, and host access itself still needs that prompt.
    web_accessible_resources: [
      {
        resources: ['content-app.js'],
        matches: [...SELLER_HOST_PATTERNS, 'https://*/*', 'http://*/*'],
        use_dynamic_url: true,
      },
    ],
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
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
