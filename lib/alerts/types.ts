import type { AlertEvidence, AlertSeverity, AlertThresholdEvidence, ProductRow, SnapshotRow } from '../db/types';
import type { MetricKey } from '../metrics/keys';
import type { LocalizedText, PlatformId } from '../sites/types';

/**
 * Handbook stages by days since the listing date the page showed: 0–30, 31–90, later; `unknown`
 * when no page showed one (first seen is when we met the product, not when it was listed).
 */
export type LifecycleStage = 'promotion' | 'stable' | 'mature' | 'unknown';

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
  /** The handbook itself gives this figure (美妆 3%). */
  handbook?: true;
  /** Nobody publishes this figure: a shipped default for the seller to replace with their own. */
  shippedDefault?: true;
}

export type BenchmarkSource = 'page-peer' | 'category-typical' | 'user';

export interface ResolvedBenchmark {
  value: number;
  source: BenchmarkSource;
  note?: string;
  handbook?: true;
  shippedDefault?: true;
}

/** Thresholds the seller can tune; rates are fractions like snapshot metrics. */
export interface AlertThresholds {
  /** Visitors (or sessions) a period needs before a rate in it is judged. */
  minVisitors: number;
  /** Calendar days before the evaluated one that form the product's own baseline. */
  baselineDays: number;
  /** Prior days with a value needed before a baseline counts. */
  minBaselineDays: number;
  /**
   * A fall must also exceed this many of the product's usual day-to-day swings (robust standard
   * deviation of its baseline days, at least the counting noise of its volume) before it is a fall.
   */
  noiseSigmas: number;
  /**
   * How unlikely (in standard deviations) a pooled shortfall under a benchmark must be by chance: healthy
   * products sit at or above the benchmark, so this tail is one-sided and can be looser than a fall's.
   */
  benchmarkSigmas: number;
  trafficDropRatio: number;
  /** Baseline traffic below this is too small to call a drop (3 → 1 is noise). */
  trafficMinBaseline: number;
  conversionDropRatio: number;
  /** Orders the baseline conversion predicts for the day; under it a zero-order day is no evidence. */
  conversionMinExpectedOrders: number;
  zeroSalesDays: number;
  zeroSalesMinDailyVisitors: number;
  /** Orders the product's own (else benchmark) conversion predicts over the run; fewer is bad luck, not a break. */
  zeroSalesMinExpectedOrders: number;
  refundSpikeFactor: number;
  refundRateFloor: number;
  refundMinOrders: number;
  /** Floor of the separate, off-by-default "Buy Box share under a floor" rule (Amazon publishes none). */
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
  /** Rules that are off by default (`defaultEnabled: false`) and the seller turned on. */
  enabledRules: readonly string[];
  /** Thresholds the seller set for this store: their alerts say "your figure". */
  tunedThresholds: readonly (keyof AlertThresholds)[];
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
  /** Days from the listing date the page showed to the evaluated period; null when none was shown. */
  ageDays: number | null;
  /** Daily snapshots sorted by period; the evaluated one is `history[index]`. */
  history: readonly SnapshotRow[];
  index: number;
  snapshot: SnapshotRow;
  period: string;
  /**
   * `history[baselineFrom .. baselineTo - 1]` are the days of the baseline window. It ends FALL_RUN_DAYS − 1
   * days before the evaluated day, so a fall that has lasted a few days is never part of its own baseline.
   */
  baselineFrom: number;
  baselineTo: number;
  /** `history[spreadFrom .. index - 1]`: the longer window (four baselines) the usual day-to-day swing is measured over. */
  spreadFrom: number;
  /** Peer figure from the evaluated snapshot, else the seller's override, else typical. */
  benchmark: (metric: MetricKey) => ResolvedBenchmark | null;
  settings: AlertThresholds;
  /** A threshold's value and where it came from, for the alert's evidence. */
  threshold: (key: keyof AlertThresholds, limit: number) => AlertThresholdEvidence;
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
  threshold: (key: keyof AlertThresholds, limit: number) => AlertThresholdEvidence;
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
  /** False for rules that judge against a number nobody published (an absolute floor): the seller turns them on. */
  defaultEnabled?: false;
  /** The thresholds the rule reads, shown beside it in Options → Alerts. */
  thresholds: readonly (keyof AlertThresholds)[];
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
