import { TYPICAL_BENCHMARKS } from './benchmarks';
import { THRESHOLD_KEYS, THRESHOLD_META } from './thresholds';
import type { AlertSettings, AlertThresholds } from './types';

/** Each threshold's shipped value, from its one declaration in `thresholds.ts`. */
export const DEFAULT_THRESHOLDS: AlertThresholds = Object.fromEntries(THRESHOLD_KEYS.map((key) => [key, THRESHOLD_META[key].value])) as AlertThresholds;

export const DEFAULT_ALERT_SETTINGS: AlertSettings = {
  thresholds: DEFAULT_THRESHOLDS,
  benchmarks: TYPICAL_BENCHMARKS,
  benchmarkOverrides: [],
  disabledRules: [],
  enabledRules: [],
  tunedThresholds: [],
};

/** Full settings from what the seller saved: anything missing takes its default. */
export function alertSettings(saved: Partial<Omit<AlertSettings, 'thresholds'>> & { thresholds?: Partial<AlertThresholds> } = {}): AlertSettings {
  const tunedThresholds = saved.tunedThresholds ?? (Object.keys(saved.thresholds ?? {}) as (keyof AlertThresholds)[]);
  return { ...DEFAULT_ALERT_SETTINGS, ...saved, thresholds: { ...DEFAULT_THRESHOLDS, ...saved.thresholds }, tunedThresholds };
}
