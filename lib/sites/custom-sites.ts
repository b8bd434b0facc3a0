import { withCustomSite, type CustomSite } from '../settings';

/** The browser calls adding a site needs, injected so the flow is testable without a browser. */
export interface CustomSiteApi {
  requestOrigin(pattern: string): Promise<boolean>;
  isScriptRegistered(id: string): Promise<boolean>;
  registerScript(script: { id: string; matches: string[] }): Promise<void>;
}

export type AddSiteResult = { ok: true; origin: string; sites: CustomSite[] } | { ok: false; reason: 'invalid' | 'denied'; origin?: string };

export const customScriptId = (origin: string): string => `custom-site:${origin}`;

/** `https://erp.example.com/some/page` → `https://erp.example.com`; null for anything else. */
export function originOf(address: string): string | null {
  try {
    const url = new URL(address.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : null;
  } catch {
    return null;
  }
}

/**
 * Asks the browser for that one site (the prompt must come from the user's click, so this is the
 * first await), registers our content script there, and returns the new list to store.
 */
export async function addCustomSite(api: CustomSiteApi, address: string, existing: CustomSite[], now = Date.now()): Promise<AddSiteResult> {
  const origin = originOf(address);
  if (!origin) return { ok: false, reason: 'invalid' };
  if (!(await api.requestOrigin(`${origin}/*`))) return { ok: false, reason: 'denied', origin };
  const id = customScriptId(origin);
  if (!(await api.isScriptRegistered(id))) await api.registerScript({ id, matches: [`${origin}/*`] });
  return { ok: true, origin, sites: withCustomSite(existing, origin, now) };
}

/** The file our registered content scripts load (the same shell the manifest's content script is). */
export const CONTENT_SCRIPT_FILE = 'content-scripts/content.js';

/** The browser calls that keep registered scripts and granted origins in step with the site list. */
export interface SiteSyncApi {
  registeredScriptIds(): Promise<string[]>;
  unregisterScripts(ids: string[]): Promise<void>;
  registerScript(script: { id: string; matches: string[] }): Promise<void>;
  /** Host patterns this extension holds (required and optional), e.g. `https://erp.example.com/*`. */
  grantedOrigins(): Promise<string[]>;
  removeOrigins(patterns: string[]): Promise<void>;
}

export interface Reconciled {
  /** The list to store: the sites whose permission is still held. */
  sites: CustomSite[];
  /** Sites on the list without a permission (a restore on another browser): the seller adds them again. */
  needPermission: string[];
  unregistered: string[];
  registered: string[];
  revoked: string[];
}

const CUSTOM_SCRIPT_PREFIX = customScriptId('');

/** A granted match pattern covers an origin's pages: exact, `*` host, or `*.` subdomains. */
export function patternCovers(pattern: string, origin: string): boolean {
  if (pattern === '<all_urls>') return true;
  const match = /^(\*|https?):\/\/([^/]+)\/\*?$/.exec(pattern);
  const url = originOf(origin);
  if (!match || !url) return false;
  const { protocol, host } = new URL(url);
  const [, scheme, patternHost] = match as unknown as [string, string, string];
  if (scheme !== '*' && `${scheme}:` !== protocol) return false;
  if (patternHost === '*') return true;
  if (patternHost.startsWith('*.')) return host === patternHost.slice(2) || host.endsWith(patternHost.slice(1));
  return host === patternHost;
}

/**
 * Makes the browser agree with the site list (after "Clear all", a restore, a removal elsewhere):
 * scripts of sites no longer listed are unregistered and their permissions given back; listed sites
 * without a permission leave the list (asking needs the seller's click); listed sites missing their
 * script get it again. Built-in seller hosts are never touched.
 */
export async function reconcileCustomSites(api: SiteSyncApi, listed: readonly CustomSite[], builtInPatterns: readonly string[]): Promise<Reconciled> {
  const granted = await api.grantedOrigins();
  const optional = granted.filter((pattern) => !builtInPatterns.includes(pattern));
  const sites = listed.filter((site) => optional.some((pattern) => patternCovers(pattern, site.origin)));
  const needPermission = listed.filter((site) => !sites.includes(site)).map((site) => site.origin);
  const keptIds = new Set(sites.map((site) => customScriptId(site.origin)));
  const ours = (await api.registeredScriptIds()).filter((id) => id.startsWith(CUSTOM_SCRIPT_PREFIX));
  const unregistered = ours.filter((id) => !keptIds.has(id));
  if (unregistered.length) await api.unregisterScripts(unregistered);
  const registered: string[] = [];
  for (const site of sites) {
    const id = customScriptId(site.origin);
    if (ours.includes(id)) continue;
    await api.registerScript({ id, matches: [`${site.origin}/*`] });
    registered.push(id);
  }
  const revoked = optional.filter((pattern) => !sites.some((site) => patternCovers(pattern, site.origin)));
  if (revoked.length) await api.removeOrigins(revoked);
  return { sites, needPermission, unregistered, registered, revoked };
}

/** The list after the browser took some origins back (`permissions.onRemoved`), and the scripts to drop with them. */
export function sitesAfterRevocation(listed: readonly CustomSite[], removedPatterns: readonly string[]): { sites: CustomSite[]; scriptIds: string[] } {
  const gone = listed.filter((site) => removedPatterns.some((pattern) => patternCovers(pattern, site.origin)));
  return { sites: listed.filter((site) => !gone.includes(site)), scriptIds: gone.map((site) => customScriptId(site.origin)) };
}
