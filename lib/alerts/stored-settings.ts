import { z } from 'zod';
import { METRIC_KEYS } from '../metrics/keys';
import { PLATFORM_IDS } from '../sites/types';
import { alertSettings } from './settings';
import type { AlertSettings, Benchmark } from './types';

/**
 * The alerts feature's rows in the `settings` table, each parsed with its schema on read so an
 * older or hand-edited value falls back to the default instead of breaking evaluation.
 */
export const ALERT_SETTING_KEYS = {
  retentionDays: 'alerts:retentionDays',
  benchmarkOverrides: 'alerts:benchmarkOverrides',
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

/** Engine settings from the stored overrides (thresholds stay the shipped defaults). */
export function storedAlertSettings(overrides: unknown): AlertSettings {
  return alertSettings({ benchmarkOverrides: readBenchmarkOverrides(overrides) });
}
