import type { AlertEvidence, AlertSeverity, ProductRow, SnapshotRow } from '../db/types';
import type { MetricKey } from '../metrics/keys';
import type { LocalizedText, PlatformId } from '../sites/types';

/** Handbook stages by days since listed (or first seen): 0–30, 31–90, later. */
export type LifecycleStage = 'promotion' | 'stable' | 'mature';

/**
 * One editable benchmark row. `'*'` matches any platform or category. Shipped rows are
 * `source: 'typical'` (third-party figures, never official); rows the seller edits are `'user'`.
 */
export interface Benchmark {
  platform: PlatformId | '*';
  /** A category id from `CATEGORY_IDS` (e.g. `beauty`), the product's own category text, or `'*'`. */
  category: string;
  metric: MetricKey;
  value: number;
  source: 'typical' | 'user';
  /** Where the figure comes from, shown beside it. */
  note?: string;
  /** The published range the value was picked from, for display. */
  range?: readonly [number, number];
}

export type BenchmarkSource = 'page-peer' | 'category-typical' | 'user';

export interface ResolvedBenchmark {
  value: number;
  source: BenchmarkSource;
  note?: string;
}

/** Thresholds the seller can tune; rates are fractions like snapshot metrics. */
export interface AlertThresholds {
  /** Visitors (or sessions) a period needs before a rate in it is judged. */
  minVisitors: number;
  /** Calendar days before the evaluated one that form the product's own baseline. */
  baselineDays: number;
  /** Prior days with a value needed before a baseline counts. */
  minBaselineDays: number;
  trafficDropRatio: number;
  /** Baseline traffic below this is too small to call a drop (3 → 1 is noise). */
  trafficMinBaseline: number;
  conversionDropRatio: number;
  zeroSalesDays: number;
  zeroSalesMinDailyVisitors: number;
  refundSpikeFactor: number;
  refundRateFloor: number;
  refundMinOrders: number;
  buyBoxFloor: number;
  /** Absolute drop (0.1 = 10 points) against the baseline. */
  buyBoxDropPoints: number;
  buyBoxMinPageViews: number;
  /** Coupon redemption planned for the whole burst window when the run sets none. */
  couponRedemptionPlan: number;
  couponMinIssued: number;
  paymentFailureFactor: number;
  paymentFailureMin: number;
  /** Prior campaign periods the payment-failure baseline looks back over. */
  paymentFailureLookback: number;
  /** How far under the linear pace GMV may fall before it is behind (0.2 = 20%). */
  gmvPaceTolerance: number;
  /** Campaign pace is not judged before this share of the burst window has passed. */
  campaignMinElapsed: number;
}

export interface AlertSettings {
  thresholds: AlertThresholds;
  /** Shipped typical figures (TYPICAL_BENCHMARKS unless replaced). */
  benchmarks: readonly Benchmark[];
  /** The seller's own figures; they beat typical ones, page peer figures beat both. */
  benchmarkOverrides: readonly Benchmark[];
  /** Rule ids turned off; their unresolved alerts resolve on the next evaluation. */
  disabledRules: readonly string[];
}

/** A campaign run as the alert engine needs it (the background maps a playbook run onto this). */
export interface CampaignRunInput {
  runId: string;
  platform: PlatformId;
  storeId?: string;
  /** The burst (爆发期) window as store-local periods, inclusive: `YYYY-MM-DD` or `YYYY-MM-DDTHH`. */
  burst: { start: string; end: string };
  targets: { gmv?: number | null; couponRedemptionRate?: number | null };
  /** Run-level snapshots (store or campaign dashboard), hourly or daily, sorted by period. */
  snapshots: readonly SnapshotRow[];
}

export interface RuleFinding {
  severity: AlertSeverity;
  evidence: AlertEvidence;
}

export interface ProductRuleContext {
  product: ProductRow;
  stage: LifecycleStage;
  /** Days from listed (or first seen) to the evaluated period. */
  ageDays: number;
  /** Daily snapshots sorted by period; the evaluated one is `history[index]`. */
  history: readonly SnapshotRow[];
  index: number;
  snapshot: SnapshotRow;
  period: string;
  /** `history[baselineFrom .. index - 1]` are the prior days inside the baseline window. */
  baselineFrom: number;
  /** Peer figure from the evaluated snapshot, else the seller's override, else typical. */
  benchmark: (metric: MetricKey) => ResolvedBenchmark | null;
  settings: AlertThresholds;
}

export interface CampaignRuleContext {
  run: CampaignRunInput;
  /** Run snapshots inside the burst window with the latest one's granularity, sorted. */
  rows: readonly SnapshotRow[];
  snapshot: SnapshotRow;
  period: string;
  /** Periods in the burst window, and how many of them have passed up to the evaluated one. */
  windowPeriods: number;
  elapsedShare: number;
  settings: AlertThresholds;
}

export interface PlaybookTaskLink {
  templateId: 'store-launch' | 'campaign' | 'product-lifecycle' | 'user-segmentation' | 'cross-team';
  taskId: string;
}

interface AlertRuleBase {
  id: string;
  /** Default severity; a rule may raise it when the gap is large. */
  severity: AlertSeverity;
  metric: MetricKey;
  title: LocalizedText;
  /** What to do, in the handbook's words. */
  action: LocalizedText;
  playbookTask?: PlaybookTaskLink;
}

export interface ProductAlertRule extends AlertRuleBase {
  scope: 'product';
  evaluate: (ctx: ProductRuleContext) => RuleFinding | null;
}

export interface CampaignAlertRule extends AlertRuleBase {
  scope: 'campaign';
  evaluate: (ctx: CampaignRuleContext) => RuleFinding | null;
}

export type AlertRule = ProductAlertRule | CampaignAlertRule;
