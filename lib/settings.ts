import { z } from 'zod';
import { PLATFORM_IDS } from './sites/types';

/** Settings live in the `settings` table, one row per key, each parsed with its schema on read. */
export const uiLanguageSchema = z.enum(['auto', 'zh-CN', 'en']);
export type UiLanguage = z.infer<typeof uiLanguageSchema>;

export const sidebarStateSchema = z.object({
  open: z.boolean(),
  width: z.number().int().min(280).max(720),
});
export type SidebarState = z.infer<typeof sidebarStateSchema>;
export const DEFAULT_SIDEBAR: SidebarState = { open: true, width: 360 };

export const customSiteSchema = z.object({
  origin: z.string().regex(/^https?:\/\/[^/]+$/),
  addedAt: z.number(),
});
export type CustomSite = z.infer<typeof customSiteSchema>;

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
