import { browser } from 'wxt/browser';
import { CONTENT_SCRIPT_FILE, type SiteSyncApi } from './custom-sites';

// Firefox match patterns have no port (see customSiteMatch); the build knows which browser it is for.
export const PORTS_IN_PATTERNS = !import.meta.env.FIREFOX;

/** The real browser behind SiteSyncApi (background and options page). */
export function browserSiteSync(): SiteSyncApi {
  return {
    portsInPatterns: PORTS_IN_PATTERNS,
    registeredScriptIds: async () => (await browser.scripting.getRegisteredContentScripts()).map((script) => script.id),
    unregisterScripts: (ids) => browser.scripting.unregisterContentScripts({ ids }),
    registerScript: ({ id, matches }) =>
      browser.scripting.registerContentScripts([{ id, matches, js: [CONTENT_SCRIPT_FILE], runAt: 'document_idle', persistAcrossSessions: true }]),
    grantedOrigins: async () => (await browser.permissions.getAll()).origins ?? [],
    removeOrigins: async (patterns) => void (await browser.permissions.remove({ origins: patterns })),
  };
}
