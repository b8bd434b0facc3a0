// zod/mini: these schemas reach the content script, where classic zod would add ~440 KB to parse.
import * as z from 'zod/mini';
import { DEFAULT_SIDEBAR, SIDEBAR_MAX_WIDTH, SIDEBAR_MIN_WIDTH, SIDEBAR_MODES, UI_LANGUAGES, type SidebarMode, type SidebarState, type UiLanguage } from './page-settings';
import { PLATFORM_IDS } from './sites/types';

/** Settings live in the `settings` table, one row per key, each parsed with its schema on read. */
export const uiLanguageSchema: z.ZodMiniType<UiLanguage> = z.enum(UI_LANGUAGES as [UiLanguage, ...UiLanguage[]]);
export type { SidebarState, UiLanguage };

export const sidebarModeSchema: z.ZodMiniType<SidebarMode> = z.enum(SIDEBAR_MODES as [SidebarMode, ...SidebarMode[]]);

export const sidebarStateSchema: z.ZodMiniType<SidebarState> = z.object({
  open: z.boolean(),
  width: z.number().check(z.int(), z.minimum(SIDEBAR_MIN_WIDTH), z.maximum(SIDEBAR_MAX_WIDTH)),
  // Optional: rows written before docking existed still read, and a site keeps following its page kind until the seller picks.
  mode: z.optional(sidebarModeSchema),
});
export { DEFAULT_SIDEBAR };

export const customSiteSchema = z.object({
  origin: z.string().check(z.regex(/^https?:\/\/[^/]+$/)),
  addedAt: z.number(),
});
export type CustomSite = z.infer<typeof customSiteSchema>;

/** The list with `origin` added (or moved to the end, re-dated, if it was there). */
export function withCustomSite(sites: CustomSite[], origin: string, now = Date.now()): CustomSite[] {
  return [...sites.filter((s) => s.origin !== origin), { origin, addedAt: now }];
}

export const sitesEnabledSchema = z.partialRecord(z.enum(PLATFORM_IDS), z.boolean());

export const SETTING_SCHEMAS = {
  uiLanguage: uiLanguageSchema,
  sitesEnabled: sitesEnabledSchema,
  customSites: z.array(customSiteSchema),
} as const;
export type SettingKey = keyof typeof SETTING_SCHEMAS;
export type SettingValue<K extends SettingKey> = z.infer<(typeof SETTING_SCHEMAS)[K]>;

export const SETTING_DEFAULTS: { [K in SettingKey]: SettingValue<K> } = {
  uiLanguage: 'auto',
  sitesEnabled: {},
  customSites: [],
};

/** Sidebar open/width is remembered per site (host), under `sidebar:<host>`. */
export const sidebarKey = (host: string): string => `sidebar:${host}`;

/** Parses a stored value, falling back to the default if the row is missing or was written by an older shape. */
export function readSetting<K extends SettingKey>(key: K, stored: unknown): SettingValue<K> {
  const parsed = SETTING_SCHEMAS[key].safeParse(stored);
  return parsed.success ? (parsed.data as SettingValue<K>) : SETTING_DEFAULTS[key];
}

/**
 * The few settings a page needs before its first paint, mirrored by the background into
 * `storage.local` so the sidebar can show without waiting for the worker to wake. The database
 * stays the source of truth: the page still asks the background and follows its answer.
 */
export const firstPaintSchema = z.object({
  uiLanguage: uiLanguageSchema,
  sitesEnabled: sitesEnabledSchema,
  sidebars: z.record(z.string(), sidebarStateSchema),
});
export type FirstPaintSettings = z.infer<typeof firstPaintSchema>;

/** Builds the mirror from the settings rows. */
export function firstPaintFromRows(rows: { key: string; value: unknown }[]): FirstPaintSettings {
  const byKey = new Map(rows.map((r) => [r.key, r.value]));
  const sidebars: Record<string, SidebarState> = {};
  for (const row of rows) {
    if (!row.key.startsWith('sidebar:')) continue;
    const parsed = sidebarStateSchema.safeParse(row.value);
    if (parsed.success) sidebars[row.key.slice('sidebar:'.length)] = parsed.data;
  }
  return {
    uiLanguage: readSetting('uiLanguage', byKey.get('uiLanguage')),
    sitesEnabled: readSetting('sitesEnabled', byKey.get('sitesEnabled')),
    sidebars,
  };
}
