import type { AlertEvidence, AlertRow, AlertThresholdEvidence, ProductRow, SnapshotRow } from '../db/types';
import type { MetricKey } from '../metrics/keys';
import type { PlatformId } from '../sites/types';
import { resolveBenchmark } from './benchmarks';
import { daysSinceListed, stageForAge } from './lifecycle';
import { dayNumber, hourSpan, isHourly } from './periods';
import { CAMPAIGN_RULES, PRODUCT_RULES } from './rules/index';
import { FALL_RUN_DAYS } from './readings';
import { THRESHOLD_META } from './thresholds';
import type {
  AlertRule,
  AlertSettings,
  AlertThresholds,
  CampaignRunInput,
  CampaignStockWindow,
  ProductRuleContext,
  ResolvedBenchmark,
  RuleFinding,
} from './types';

export interface RuleHit {
  rule: AlertRule;
  finding: RuleFinding;
}

/** What the rules found for one product or run in its latest period. */
export interface Evaluation {
  period: string;
  hits: RuleHit[];
}

export interface AlertChanges {
  /** New alerts (no id) and changed ones (with their id) to write. */
  upserts: AlertRow[];
  /** Alerts whose condition no longer holds, now `status: 'resolved'`. */
  resolved: AlertRow[];
}

/** Key of `snapshotsByProduct`: platform ids and origins never contain `|`. */
export function productKey(platform: PlatformId, productId: string): string {
  return `${platform}|${productId}`;
}

const runKey = (runId: string) => `run|${runId}`;

export type BenchmarkLookup = (platform: PlatformId, category: string | undefined, metric: MetricKey) => ResolvedBenchmark | null;

/** Benchmark resolution memoised per platform × category × metric (page peer figures are checked per snapshot). */
export function benchmarkLookup(settings: AlertSettings): BenchmarkLookup {
  const cache = new Map<string, ResolvedBenchmark | null>();
  return (platform, category, metric) => {
    const key = `${platform}|${category ?? ''}|${metric}`;
    let resolved = cache.get(key);
    if (resolved === undefined) {
      resolved = resolveBenchmark(settings.benchmarks, settings.benchmarkOverrides, platform, category, metric);
      cache.set(key, resolved);
    }
    return resolved;
  };
}

/** The usual day-to-day swing is measured over this many baseline windows. */
const SPREAD_BASELINES = 4;

const byPeriod = (a: SnapshotRow, b: SnapshotRow) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0);

/** The daily rows of a history sorted by period; the input is returned as is when it already is that (the usual case). */
function dailyRows(history: readonly SnapshotRow[]): readonly SnapshotRow[] {
  let sorted = true;
  let hasHourly = false;
  let previousDay = '';
  for (const { period } of history) {
    if (isHourly(period)) hasHourly = true;
    else if (previousDay > period) sorted = false;
    else previousDay = period;
  }
  if (!hasHourly && sorted) return history;
  const rows = hasHourly ? history.filter((row) => !isHourly(row.period)) : [...history];
  return sorted && hasHourly ? rows : rows.sort(byPeriod);
}

/** Rules are on unless the seller turned them off; a rule shipped off (an absolute floor) only when the seller turned it on. */
export function isRuleEnabled(settings: Pick<AlertSettings, 'disabledRules' | 'enabledRules'>, rule: Pick<AlertRule, 'id' | 'defaultEnabled'>): boolean {
  if (settings.disabledRules.includes(rule.id)) return false;
  return rule.defaultEnabled !== false || settings.enabledRules.includes(rule.id);
}

/** A threshold's value and its source: the seller's own when they set it for the store, else where the shipped value comes from. */
function thresholdOf(settings: AlertSettings) {
  return (key: keyof AlertThresholds, limit: number): AlertThresholdEvidence => ({
    key,
    value: settings.thresholds[key],
    source: settings.tunedThresholds.includes(key) ? 'seller' : THRESHOLD_META[key].source === 'handbook' ? 'handbook' : 'default',
    limit,
  });
}

/** Runs the product rules on the product's latest day; null when it has no daily snapshot yet. */
export function evaluateProduct(
  product: ProductRow,
  history: readonly SnapshotRow[],
  settings: AlertSettings,
  lookup: BenchmarkLookup = benchmarkLookup(settings),
  campaigns: readonly CampaignStockWindow[] = [],
): Evaluation | null {
  const rows = dailyRows(history);
  const index = rows.length - 1;
  if (index < 0) return null;
  const snapshot = rows[index] as SnapshotRow;
  const period = snapshot.period;
  const today = dayNumber(period);
  const firstIndexFrom = (firstDay: number) => {
    let i = index;
    while (i > 0 && dayNumber((rows[i - 1] as SnapshotRow).period) >= firstDay) i--;
    return i;
  };
  let baselineTo = firstIndexFrom(today - (FALL_RUN_DAYS - 1));
  let baselineFrom = Math.min(baselineTo, firstIndexFrom(today - (FALL_RUN_DAYS - 1) - settings.thresholds.baselineDays));
  // A young history has too few days before the gap: then the days right before today are the baseline
  // (a fall that started yesterday lowers it a little; the median keeps that small).
  if (baselineTo - baselineFrom < settings.thresholds.minBaselineDays) {
    baselineTo = index;
    baselineFrom = firstIndexFrom(today - settings.thresholds.baselineDays);
  }
  // A week of days is enough for a median but too few to know how much a product usually swings.
  const spreadFrom = Math.min(baselineFrom, firstIndexFrom(today - (FALL_RUN_DAYS - 1) - SPREAD_BASELINES * settings.thresholds.baselineDays));
  const ageDays = daysSinceListed(product, period);
  const ctx: ProductRuleContext = {
    product,
    stage: stageForAge(ageDays),
    ageDays,
    history: rows,
    index,
    snapshot,
    period,
    baselineFrom,
    baselineTo,
    spreadFrom,
    benchmark: (metric) => {
      const peer = snapshot.peer?.[metric];
      if (peer != null && Number.isFinite(peer)) return { value: peer, source: 'page-peer' };
      return lookup(product.platform, product.category, metric);
    },
    settings: settings.thresholds,
    threshold: thresholdOf(settings),
    campaigns,
  };
  const hits: RuleHit[] = [];
  for (const rule of PRODUCT_RULES) {
    if (!isRuleEnabled(settings, rule)) continue;
    const finding = rule.evaluate(ctx);
    if (finding) hits.push({ rule, finding });
  }
  return { period, hits };
}

/**
 * Runs the campaign rules on a run's latest snapshot. Outside the burst window nothing holds, so
 * the run's campaign alerts resolve once a later snapshot arrives; null when it has no snapshot.
 */
export function evaluateRun(run: CampaignRunInput, settings: AlertSettings): Evaluation | null {
  const sorted = run.snapshots.every((row, i) => i === 0 || (run.snapshots[i - 1] as SnapshotRow).period <= row.period);
  const snapshots = sorted ? run.snapshots : [...run.snapshots].sort(byPeriod);
  const snapshot = snapshots[snapshots.length - 1];
  if (!snapshot) return null;
  const hits: RuleHit[] = [];
  const period = snapshot.period;
  const [windowStart] = hourSpan(run.burst.start);
  const [, windowEnd] = hourSpan(run.burst.end);
  const [periodStart, periodEnd] = hourSpan(period);
  if (periodStart > windowEnd || periodEnd < windowStart) return { period, hits };
  const hourly = isHourly(period);
  const rows = snapshots.filter((row) => {
    const [start, end] = hourSpan(row.period);
    return isHourly(row.period) === hourly && start <= windowEnd && end >= windowStart;
  });
  const windowHours = windowEnd - windowStart + 1;
  const ctx = {
    run,
    rows,
    snapshot,
    period,
    windowPeriods: hourly ? windowHours : Math.ceil(windowHours / 24),
    elapsedShare: Math.min(1, (periodEnd - windowStart + 1) / windowHours),
    settings: settings.thresholds,
    threshold: thresholdOf(settings),
  };
  for (const rule of CAMPAIGN_RULES) {
    if (!isRuleEnabled(settings, rule)) continue;
    const finding = rule.evaluate(ctx);
    if (finding) hits.push({ rule, finding });
  }
  return { period, hits };
}

function sameEvidence(a: AlertEvidence, b: AlertEvidence): boolean {
  if (a.metric !== b.metric || a.value !== b.value || a.period !== b.period) return false;
  if (a.baseline !== b.baseline || a.benchmark !== b.benchmark || a.benchmarkSource !== b.benchmarkSource) return false;
  const aExtra = a.extra ?? {};
  const bExtra = b.extra ?? {};
  const keys = Object.keys(aExtra);
  return keys.length === Object.keys(bExtra).length && keys.every((key) => aExtra[key] === bExtra[key]);
}

/** The alert seen again in `period`; null when nothing about it changed (a re-visit of the same day with the same numbers). */
function seenAgain(alert: AlertRow, finding: RuleFinding, period: string, now: number): AlertRow | null {
  if (period < alert.lastPeriod) return null;
  const newPeriod = period > alert.lastPeriod;
  const snoozeOver = alert.status === 'snoozed' && (alert.snoozedUntil ?? 0) <= now;
  if (!newPeriod && !snoozeOver && alert.severity === finding.severity && sameEvidence(alert.evidence, finding.evidence)) return null;
  const next: AlertRow = {
    ...alert,
    severity: finding.severity,
    evidence: finding.evidence,
    lastPeriod: period,
    seenCount: alert.seenCount + (newPeriod ? 1 : 0),
    updatedAt: now,
  };
  if (snoozeOver) {
    next.status = 'open';
    delete next.snoozedUntil;
  }
  return next;
}

type Subject = Pick<AlertRow, 'platform' | 'productId' | 'runId' | 'storeId'>;

function newAlert(subject: Subject, { rule, finding }: RuleHit, period: string, now: number): AlertRow {
  return {
    ...subject,
    ruleId: rule.id,
    status: 'open',
    severity: finding.severity,
    evidence: finding.evidence,
    firstPeriod: period,
    lastPeriod: period,
    seenCount: 1,
    updatedAt: now,
  };
}

/** One unresolved alert per subject × rule: update it while the condition holds, resolve it once it doesn't. */
function reconcile(subject: Subject, evaluation: Evaluation, existing: readonly AlertRow[], now: number, changes: AlertChanges): void {
  const { period, hits } = evaluation;
  const matched = new Set<string>();
  for (const alert of existing) {
    const hit = hits.find((h) => h.rule.id === alert.ruleId);
    if (hit && !matched.has(alert.ruleId)) {
      matched.add(alert.ruleId);
      const updated = seenAgain(alert, hit.finding, period, now);
      if (updated) changes.upserts.push(updated);
    } else if (hit || period >= alert.lastPeriod) {
      // A duplicate left by older data is resolved too, restoring one alert per subject × rule.
      changes.resolved.push({ ...alert, status: 'resolved', resolvedAt: now, updatedAt: now });
    }
  }
  for (const hit of hits) if (!matched.has(hit.rule.id)) changes.upserts.push(newAlert(subject, hit, period, now));
}

const NO_ALERTS: readonly AlertRow[] = [];
const NO_SNAPSHOTS: readonly SnapshotRow[] = [];

/** One store's settings (the seller tunes rules per store); a plain `AlertSettings` applies to every store. */
export type SettingsForStore = (storeId: string | undefined) => AlertSettings;

/**
 * Evaluates every product (and every campaign run given) on its latest period and returns the
 * alert rows to write. Pure and deterministic: `now` stamps updates and decides snooze expiry.
 * Alerts of products or runs not passed in are left alone.
 */
export function evaluateAll(
  products: readonly ProductRow[],
  snapshotsByProduct: ReadonlyMap<string, readonly SnapshotRow[]>,
  existingAlerts: readonly AlertRow[],
  settingsIn: AlertSettings | SettingsForStore,
  now: number,
  campaigns: readonly CampaignRunInput[] = [],
  /** Live campaign runs' selling windows, which the low-stock rule must cover through the encore. */
  stockWindows: readonly CampaignStockWindow[] = [],
): AlertChanges {
  const settingsFor: SettingsForStore = typeof settingsIn === 'function' ? settingsIn : () => settingsIn;
  const lookups = new Map<AlertSettings, BenchmarkLookup>();
  const lookupFor = (settings: AlertSettings) => {
    let lookup = lookups.get(settings);
    if (!lookup) lookups.set(settings, (lookup = benchmarkLookup(settings)));
    return lookup;
  };
  const unresolved = new Map<string, AlertRow[]>();
  for (const alert of existingAlerts) {
    if (alert.status === 'resolved') continue;
    const key = alert.runId !== undefined ? runKey(alert.runId) : productKey(alert.platform, alert.productId ?? '');
    const list = unresolved.get(key);
    if (list) list.push(alert);
    else unresolved.set(key, [alert]);
  }
  const changes: AlertChanges = { upserts: [], resolved: [] };
  for (const product of products) {
    const key = productKey(product.platform, product.productId);
    const settings = settingsFor(product.storeId);
    const evaluation = evaluateProduct(product, snapshotsByProduct.get(key) ?? NO_SNAPSHOTS, settings, lookupFor(settings), stockWindows);
    if (!evaluation) continue;
    const subject: Subject = { platform: product.platform, productId: product.productId };
    if (product.storeId !== undefined) subject.storeId = product.storeId;
    reconcile(subject, evaluation, unresolved.get(key) ?? NO_ALERTS, now, changes);
  }
  for (const run of campaigns) {
    const evaluation = evaluateRun(run, settingsFor(run.storeId));
    if (!evaluation) continue;
    const subject: Subject = { platform: run.platform, runId: run.runId };
    if (run.storeId !== undefined) subject.storeId = run.storeId;
    reconcile(subject, evaluation, unresolved.get(runKey(run.runId)) ?? NO_ALERTS, now, changes);
  }
  return changes;
}

/** Alerts that need the seller now: open ones, and snoozed ones whose snooze is over when `now` is given. */
export function openAlertCount(alerts: readonly AlertRow[], now?: number): number {
  let count = 0;
  for (const alert of alerts) {
    if (alert.status === 'open' || (now !== undefined && alert.status === 'snoozed' && (alert.snoozedUntil ?? 0) <= now)) count++;
  }
  return count;
}
