import { withCustomSite, type CustomSite } from '../settings-schemas';

/** The browser calls adding a site needs, injected so the flow is testable without a browser. */
export interface CustomSiteApi {
  /**
   * Chrome's match patterns carry a port (`https://erp.local:8443/*`); Firefox's have none: one with
   * a port is accepted, granted and registered, and then never matches a page.
   */
  portsInPatterns: boolean;
  requestOrigin(pattern: string): Promise<boolean>;
  isScriptRegistered(id: string): Promise<boolean>;
  registerScript(script: { id: string; matches: string[] }): Promise<void>;
  removeOrigin(pattern: string): Promise<void>;
}

/** The browser calls removing a site needs. */
export interface RemoveSiteApi {
  portsInPatterns: boolean;
  unregisterScript(id: string): Promise<void>;
  removeOrigin(pattern: string): Promise<void>;
}

export type AddSiteResult =
  | { ok: true; origin: string; sites: CustomSite[] }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'denied'; origin: string }
  | { ok: false; reason: 'failed'; origin: string; error: string };

export const customScriptId = (origin: string): string => `custom-site:${origin}`;

/**
 * The match pattern and registered-script id that serve a site. Where patterns carry no port
 * (Firefox), the pattern covers the host on every port, so sites that differ only by port share one
 * pattern, one permission and one script (two scripts would mount two sidebars). The background
 * still serves only the exact origins the seller added.
 */
export function customSiteMatch(origin: string, portsInPatterns: boolean): { pattern: string; scriptId: string } {
  const url = new URL(origin);
  const matchOrigin = portsInPatterns ? url.origin : `${url.protocol}//${url.hostname}`;
  return { pattern: `${matchOrigin}/*`, scriptId: customScriptId(matchOrigin) };
}

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
  const { pattern, scriptId } = customSiteMatch(origin, api.portsInPatterns);
  // A browser that cannot grant the pattern throws instead of answering no (Firefox did, for an
  // origin its manifest had not declared optional): to the seller that is a refusal all the same.
  const granted = await api.requestOrigin(pattern).catch(() => false);
  if (!granted) return { ok: false, reason: 'denied', origin };
  try {
    if (!(await api.isScriptRegistered(scriptId))) await api.registerScript({ id: scriptId, matches: [pattern] });
  } catch (error) {
    // Nothing half-added: without its script the site stays off the list, so give the access back
    // unless a listed site (the same host on another port, in Firefox) still uses it.
    const inUse = existing.some((site) => customSiteMatch(site.origin, api.portsInPatterns).pattern === pattern);
    if (!inUse) await api.removeOrigin(pattern).catch(() => undefined);
    return { ok: false, reason: 'failed', origin, error: error instanceof Error ? error.message : String(error) };
  }
  return { ok: true, origin, sites: withCustomSite(existing, origin, now) };
}

/**
 * Takes a site off the list, and its script and permission with it unless another listed site still
 * needs them (Firefox: the same host on another port). Returns the list to store.
 */
export async function removeCustomSite(api: RemoveSiteApi, origin: string, existing: CustomSite[]): Promise<CustomSite[]> {
  const remaining = existing.filter((site) => site.origin !== origin);
  const { pattern, scriptId } = customSiteMatch(origin, api.portsInPatterns);
  const stillNeeded = remaining.some((site) => customSiteMatch(site.origin, api.portsInPatterns).pattern === pattern);
  if (!stillNeeded) {
    await api.unregisterScript(scriptId);
    await api.removeOrigin(pattern);
  }
  return remaining;
}

/** The file our registered content scripts load (the same shell the manifest's content script is). */
export const CONTENT_SCRIPT_FILE = 'content-scripts/content.js';

/**
 * Beside each site's script, the typing guard at `document_start` (entrypoints/typing-guard.ts), as
 * the manifest has it on the seller hosts: registered, unregistered and listed with its site's script.
 */
export const TYPING_GUARD_FILE = 'typing-guard.js';
export const typingGuardScriptId = (scriptId: string): string => `${scriptId}#typing-guard`;
export const isTypingGuardScriptId = (id: string): boolean => id.endsWith('#typing-guard');
/** The site script a typing guard belongs to (an id that is no guard is its own). */
const siteScriptIdOf = (id: string): string => (isTypingGuardScriptId(id) ? id.slice(0, -'#typing-guard'.length) : id);

/** The browser calls that keep registered scripts and granted origins in step with the site list. */
export interface SiteSyncApi {
  portsInPatterns: boolean;
  /** Patterns the manifest itself holds (host permissions, content-script matches): never given back. */
  requiredPatterns: readonly string[];
  /** Every script id the browser has registered for us, typing guards included. */
  registeredScriptIds(): Promise<string[]>;
  /** Unregisters sites' scripts (by site script id) with their typing guards, those that are there. */
  unregisterScripts(ids: string[]): Promise<void>;
  /** Registers a site's script and its typing guard. */
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

/** A granted match pattern covers an origin's pages: exact, `*` host, or `*.` subdomains; no port in the pattern means any port. */
export function patternCovers(pattern: string, origin: string): boolean {
  if (pattern === '<all_urls>') return true;
  const match = /^(\*|https?):\/\/([^/]+)\/\*?$/.exec(pattern);
  const url = originOf(origin);
  if (!match || !url) return false;
  const { protocol, host, hostname } = new URL(url);
  const [, scheme, patternHost] = match as unknown as [string, string, string];
  if (scheme !== '*' && `${scheme}:` !== protocol) return false;
  if (patternHost === '*') return true;
  const target = patternHost.includes(':') ? host : hostname;
  if (patternHost.startsWith('*.')) return target === patternHost.slice(2) || target.endsWith(patternHost.slice(1));
  return target === patternHost;
}

/**
 * Makes the browser agree with the site list (after "Clear all", a restore, a removal elsewhere):
 * scripts of sites no longer listed are unregistered and their permissions given back; listed sites
 * without a permission leave the list (asking needs the seller's click); listed sites missing their
 * script or its typing guard (added by a version before the guard) get both again. Built-in seller
 * hosts are never touched.
 */
export async function reconcileCustomSites(api: SiteSyncApi, listed: readonly CustomSite[], builtInPatterns: readonly string[]): Promise<Reconciled> {
  const granted = await api.grantedOrigins();
  const optional = granted.filter((pattern) => !builtInPatterns.includes(pattern));
  const sites = listed.filter((site) => optional.some((pattern) => patternCovers(pattern, site.origin)));
  const needPermission = listed.filter((site) => !sites.includes(site)).map((site) => site.origin);
  const wanted = new Map(sites.map((site) => customSiteMatch(site.origin, api.portsInPatterns)).map((m) => [m.scriptId, m.pattern]));
  const present = new Set((await api.registeredScriptIds()).filter((id) => id.startsWith(CUSTOM_SCRIPT_PREFIX)));
  const ours = [...new Set([...present].map(siteScriptIdOf))];
  const unregistered = ours.filter((id) => !wanted.has(id));
  if (unregistered.length) await api.unregisterScripts(unregistered);
  const registered: string[] = [];
  for (const [id, pattern] of wanted) {
    if (present.has(id) && present.has(typingGuardScriptId(id))) continue;
    // A site added before the typing guard existed (or left with half its pair): registered again with both.
    if (present.has(id) || present.has(typingGuardScriptId(id))) await api.unregisterScripts([id]);
    await api.registerScript({ id, matches: [pattern] });
    registered.push(id);
  }
  const revoked = optional.filter((pattern) => !sites.some((site) => patternCovers(pattern, site.origin)));
  if (revoked.length) await api.removeOrigins(revoked);
  return { sites, needPermission, unregistered, registered, revoked };
}

/** The list after the browser took some origins back (`permissions.onRemoved`), and the scripts to drop with them. */
export function sitesAfterRevocation(
  listed: readonly CustomSite[],
  removedPatterns: readonly string[],
  portsInPatterns: boolean,
): { sites: CustomSite[]; scriptIds: string[] } {
  const gone = listed.filter((site) => removedPatterns.some((pattern) => patternCovers(pattern, site.origin)));
  const sites = listed.filter((site) => !gone.includes(site));
  // A script shared by sites on one host (port-less patterns) stays while one of them is listed.
  const kept = new Set(sites.map((site) => customSiteMatch(site.origin, portsInPatterns).scriptId));
  const scriptIds = [...new Set(gone.map((site) => customSiteMatch(site.origin, portsInPatterns).scriptId))].filter((id) => !kept.has(id));
  return { sites, scriptIds };
}
