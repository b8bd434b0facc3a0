import { z } from 'zod';
import { METRIC_KEYS } from '../metrics/keys';
import { PLATFORM_IDS } from '../sites/types';
import type { SettingsForStore } from './engine';
import { ALERT_RULES } from './rules/index';
import { alertSettings } from './defaults';
import { THRESHOLD_KEYS, THRESHOLD_META } from './thresholds';
import type { AlertSettings, AlertThresholds, Benchmark } from './types';

/**
 * The alerts feature's rows in the `settings` table, each parsed with its schema on read so an
 * older or hand-edited value falls back to the default instead of breaking evaluation.
 */
export const ALERT_SETTING_KEYS = {
  retentionDays: 'alerts:retentionDays',
  benchmarkOverrides: 'alerts:benchmarkOverrides',
  ruleSettings: 'alerts:ruleSettings',
} as const;

export const DEFAULT_RETENTION_DAYS = 400;
export const retentionDaysSchema = z.number().int().min(30).max(3650);

export const benchmarkOverrideSchema = z.object({
  platform: z.union([z.enum(PLATFORM_IDS), z.literal('*')]),
  category: z.string().trim().min(1).max(100),
  metric: z.enum(METRIC_KEYS),
  value: z.number().finite().min(0).max(1_000_000_000),
  source: z.literal('user'),
  note: z.string().max(300).optional(),
});
export const benchmarkOverridesSchema = z.array(benchmarkOverrideSchema).max(500);

export function readRetentionDays(stored: unknown): number {
  const parsed = retentionDaysSchema.safeParse(stored);
  return parsed.success ? parsed.data : DEFAULT_RETENTION_DAYS;
}

export function readBenchmarkOverrides(stored: unknown): Benchmark[] {
  const parsed = benchmarkOverridesSchema.safeParse(stored);
  return parsed.success ? parsed.data.map((row) => ({ ...row })) : [];
}

/** The key of settings that apply to every store unless the store has its own. */
export const ALL_STORES = '*';

const RULE_IDS = ALERT_RULES.map((rule) => rule.id) as [string, ...string[]];

/** Each threshold within its own bounds (THRESHOLD_META), counts and days whole. */
export const thresholdsSchema = z
  .object(
    Object.fromEntries(
      THRESHOLD_KEYS.map((key) => {
        const { unit, min, max } = THRESHOLD_META[key];
        const number = z.number().finite().min(min).max(max);
        return [key, (unit === 'count' || unit === 'days' ? number.int() : number).optional()];
      }),
    ) as Record<keyof AlertThresholds, z.ZodOptional<z.ZodNumber>>,
  )
  .strict()
  .refine((t) => t.minBaselineDays === undefined || t.baselineDays === undefined || t.minBaselineDays <= t.baselineDays, {
    message: 'minBaselineDays must not exceed baselineDays',
    path: ['minBaselineDays'],
  });

export const storeRuleSettingsSchema = z
  .object({
    disabledRules: z.array(z.enum(RULE_IDS)).max(RULE_IDS.length),
    enabledRules: z.array(z.enum(RULE_IDS)).max(RULE_IDS.length),
    thresholds: thresholdsSchema,
  })
  .strict();
export type StoreRuleSettings = z.infer<typeof storeRuleSettingsSchema>;

/** Per store (store id, or ALL_STORES): which rules are on and the seller's own thresholds. */
export const ruleSettingsSchema = z.record(z.string().min(1).max(300), storeRuleSettingsSchema);
export type RuleSettings = z.infer<typeof ruleSettingsSchema>;

export const EMPTY_STORE_RULES: StoreRuleSettings = { disabledRules: [], enabledRules: [], thresholds: {} };

export function readRuleSettings(stored: unknown): RuleSettings {
  const parsed = ruleSettingsSchema.safeParse(stored);
  return parsed.success ? parsed.data : {};
}

/** A store's own settings over the all-stores ones (a store's entry replaces the all-stores entry field by field). */
export function storeRules(rules: RuleSettings, storeId: string | undefined): StoreRuleSettings {
  const all = rules[ALL_STORES] ?? EMPTY_STORE_RULES;
  const own = storeId !== undefined ? rules[storeId] : undefined;
  if (!own) return all;
  return { disabledRules: own.disabledRules, enabledRules: own.enabledRules, thresholds: { ...all.thresholds, ...own.thresholds } };
}

/** Engine settings per store from the stored overrides and rule settings; one object per store, so lookups stay memoised. */
export function storedAlertSettings(overrides: unknown, rules: unknown = {}): SettingsForStore {
  const benchmarkOverrides = readBenchmarkOverrides(overrides);
  const ruleSettings = readRuleSettings(rules);
  const byStore = new Map<string, AlertSettings>();
  return (storeId) => {
    const key = storeId ?? ALL_STORES;
    let settings = byStore.get(key);
    if (!settings) {
      const own = storeRules(ruleSettings, storeId);
      settings = alertSettings({ benchmarkOverrides, disabledRules: own.disabledRules, enabledRules: own.enabledRules, thresholds: stripUndefined(own.thresholds) });
      byStore.set(key, settings);
    }
    return settings;
  };
}

function stripUndefined(thresholds: StoreRuleSettings['thresholds']): Partial<AlertThresholds> {
  const out: Partial<AlertThresholds> = {};
  for (const key of THRESHOLD_KEYS) if (thresholds[key] !== undefined) out[key] = thresholds[key];
  return out;
}
