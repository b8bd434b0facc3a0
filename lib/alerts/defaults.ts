import { TYPICAL_BENCHMARKS } from './benchmarks';
import type { AlertSettings, AlertThresholds } from './types';

export const DEFAULT_THRESHOLDS: AlertThresholds = {
  minVisitors: 30,
  baselineDays: 7,
  minBaselineDays: 3,
  noiseSigmas: 4,
  benchmarkSigmas: 3,
  trafficDropRatio: 0.4,
  trafficMinBaseline: 20,
  conversionDropRatio: 0.4,
  conversionMinExpectedOrders: 8,
  zeroSalesDays: 3,
  zeroSalesMinDailyVisitors: 20,
  zeroSalesMinExpectedOrders: 7,
  refundSpikeFactor: 2,
  refundRateFloor: 0.05,
  refundMinOrders: 5,
  buyBoxFloor: 0.9,
  buyBoxDropPoints: 0.1,
  buyBoxMinPageViews: 30,
  couponRedemptionPlan: 0.3,
  couponMinIssued: 50,
  paymentFailureFactor: 2,
  paymentFailureMin: 5,
  paymentFailureLookback: 6,
  gmvPaceTolerance: 0.2,
  campaignMinElapsed: 0.1,
  lowStockCoverDays: 14,
  lowStockCampaignLeadDays: 14,
  stockSalesDays: 14,
};

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
