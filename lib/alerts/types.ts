import type { AlertEvidence, AlertSeverity, AlertThresholdEvidence, ProductRow, SnapshotRow } from '../db/types';
import type { MetricKey } from '../metrics/keys';
import type { LocalizedText, PlatformId } from '../sites/types';
import type { AlertThresholds } from './thresholds';

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

export type { AlertThresholds } from './thresholds';

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

/** A campaign run's selling window as the stock rule needs it: from its first key date through its encore. */
export interface CampaignStockWindow {
  runId: string;
  runName: string;
  platform?: string;
  storeId?: string;
  /** Pre-heat start, else burst start (`YYYY-MM-DD`). */
  start: string;
  /** Encore (返场) end, else burst end. */
  end: string;
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
  /** Live campaign runs' selling windows (pre-heat through encore), for rules that must hold through one. */
  campaigns: readonly CampaignStockWindow[];
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
  /** A built-in playbook's id (tests/unit/playbooks/templates.test.ts checks the task exists there). */
  templateId: string;
  taskId: string;
}

interface AlertRuleBase {
  id: string;
  /** Default severity; a rule may raise it when the gap is large. */
  severity: AlertSeverity;
  metric: MetricKey;
  title: LocalizedText;
  /** Two or three words for the badge in the product's row, which has little room (the popover says the rest). */
  short: LocalizedText;
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
