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
