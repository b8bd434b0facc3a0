import { browser } from 'wxt/browser';
import { CONTENT_SCRIPT_FILE, TYPING_GUARD_FILE, typingGuardScriptId, type SiteSyncApi } from './custom-sites';

// Firefox match patterns have no port (see customSiteMatch); the build knows which browser it is for.
export const PORTS_IN_PATTERNS = !import.meta.env.FIREFOX;

/** What the manifest asks for up front; Chrome also lists derived patterns (`https://admin.shopify.com/*`) as granted. */
function manifestPatterns(): string[] {
  const manifest = browser.runtime.getManifest() as { host_permissions?: string[]; permissions?: string[]; content_scripts?: { matches?: string[] }[] };
  const patterns = [...(manifest.host_permissions ?? []), ...(manifest.permissions ?? []), ...(manifest.content_scripts ?? []).flatMap((script) => script.matches ?? [])];
  // A path-scoped pattern (`/store/*`) is granted as its whole host too.
  return [...new Set(patterns.flatMap((pattern) => [pattern, pattern.replace(/^([^:]+:\/\/[^/]+)\/.*$/, '$1/*')]))];
}

/** Registers a site's content script and, before any page script there, its typing guard. */
export function registerSiteScripts({ id, matches }: { id: string; matches: string[] }): Promise<void> {
  return browser.scripting.registerContentScripts([
    { id: typingGuardScriptId(id), matches, js: [TYPING_GUARD_FILE], runAt: 'document_start', persistAcrossSessions: true },
    { id, matches, js: [CONTENT_SCRIPT_FILE], runAt: 'document_idle', persistAcrossSessions: true },
  ]);
}

/**
 * Unregisters sites' scripts with their typing guards, those that are there (a site added before the
 * guard existed has none; one removed in the browser's own settings has neither).
 */
export async function unregisterSiteScripts(ids: string[]): Promise<void> {
  const wanted = new Set([...ids, ...ids.map(typingGuardScriptId)]);
  const present = (await browser.scripting.getRegisteredContentScripts()).map((script) => script.id).filter((id) => wanted.has(id));
  if (present.length) await browser.scripting.unregisterContentScripts({ ids: present });
}

/** The real browser behind SiteSyncApi (background and options page). */
export function browserSiteSync(): SiteSyncApi {
  return {
    portsInPatterns: PORTS_IN_PATTERNS,
    requiredPatterns: manifestPatterns(),
    registeredScriptIds: async () => (await browser.scripting.getRegisteredContentScripts()).map((script) => script.id),
    unregisterScripts: unregisterSiteScripts,
    registerScript: registerSiteScripts,
    grantedOrigins: async () => (await browser.permissions.getAll()).origins ?? [],
    // One at a time: a pattern the browser counts as required throws, and must not keep the others.
    removeOrigins: async (patterns) => {
      for (const pattern of patterns) await browser.permissions.remove({ origins: [pattern] }).catch(() => false);
    },
  };
}
