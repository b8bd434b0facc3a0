/**
 * The first-paint mirror read by hand, for the content-script shell: `lib/settings` does the same
 * with zod/mini, which the shell leaves out to stay small. Same rules: anything off-shape in the
 * mirror means the first-visit defaults (a unit test checks both agree).
 */
import { DEFAULT_SIDEBAR, isSidebarWidth, type PageSettings } from './page-settings';
import { PLATFORM_IDS } from './sites/types';

export const FIRST_PAINT_KEY = 'firstPaintSettings';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isSidebar = (v: unknown): v is PageSettings['sidebar'] =>
  isRecord(v) && typeof v.open === 'boolean' && isSidebarWidth(v.width) && (v.mode === undefined || v.mode === 'docked' || v.mode === 'overlay');

export function readFirstPaint(mirror: unknown, host: string, platform: string): PageSettings {
  let uiLanguage: PageSettings['uiLanguage'] = 'auto';
  let sitesEnabled: Record<string, unknown> = {};
  let sidebars: Record<string, unknown> = {};
  if (
    isRecord(mirror) &&
    (mirror.uiLanguage === 'auto' || mirror.uiLanguage === 'zh-CN' || mirror.uiLanguage === 'en') &&
    isRecord(mirror.sitesEnabled) &&
    Object.entries(mirror.sitesEnabled).every(([k, v]) => (PLATFORM_IDS as readonly string[]).includes(k) && typeof v === 'boolean') &&
    isRecord(mirror.sidebars) &&
    Object.values(mirror.sidebars).every(isSidebar)
  ) {
    uiLanguage = mirror.uiLanguage;
    sitesEnabled = mirror.sitesEnabled;
    sidebars = mirror.sidebars;
  }
  const stored = Object.hasOwn(sidebars, host) ? (sidebars[host] as PageSettings['sidebar']) : undefined;
  const enabled = platform.startsWith('custom:') ? true : ((sitesEnabled[platform] as boolean | undefined) ?? true);
  const sidebar = stored ? { open: stored.open, width: stored.width, ...(stored.mode ? { mode: stored.mode } : {}) } : { ...DEFAULT_SIDEBAR };
  return { uiLanguage, sidebar, siteEnabled: enabled };
}
