import type { AlertEvidence, AlertThresholdEvidence, SnapshotRow } from '../db/types';
import type { MetricKey, Metrics } from '../metrics/keys';
import { dayNumber } from './periods';
import type { ProductRuleContext, ResolvedBenchmark } from './types';

/** Reads one number from a period's metrics; null when the page did not show it (never 0). */
export type Reading = (metrics: Metrics) => number | null;

/** Slack for comparisons at a threshold, so 0.95 − 0.85 counts as 10 points. */
export const EPSILON = 1e-9;

export const isKnown = (value: number | null | undefined): value is number => value != null && Number.isFinite(value);

export function ratio(numerator: number | null | undefined, denominator: number | null | undefined): number | null {
  return isKnown(numerator) && isKnown(denominator) && denominator > 0 ? numerator / denominator : null;
}

export const metric =
  (key: MetricKey): Reading =>
  (metrics) => {
    const value = metrics[key];
    return isKnown(value) ? value : null;
  };

/**
 * Visitors on most Chinese marketplaces, sessions on Amazon and Shopify, and clicks where a page
 * shows neither (罗盘's 商品点击人数, the people who clicked into the product, is Douyin's visitor count).
 */
export function trafficKey(metrics: Metrics): 'visitors' | 'sessions' | 'clicks' | null {
  if (isKnown(metrics.visitors)) return 'visitors';
  if (isKnown(metrics.sessions)) return 'sessions';
  return isKnown(metrics.clicks) ? 'clicks' : null;
}

export const traffic: Reading = (m) => {
  const key = trafficKey(m);
  return key === null ? null : (m[key] as number);
};

/** The page's conversion rate, else paying buyers per visitor, else orders per session (Shopify's definition). */
export const conversion: Reading = (m) => (isKnown(m.conversionRate) ? m.conversionRate : (ratio(m.buyers, m.visitors) ?? ratio(m.orders, m.sessions)));

export const addToCart: Reading = (m) => (isKnown(m.addToCartRate) ? m.addToCartRate : ratio(m.addToCartUsers, m.visitors));

export const refund: Reading = (m) => (isKnown(m.refundRate) ? m.refundRate : ratio(m.refundAmount, m.gmv));

/** Orders, else units, else paying buyers: how many sales a refund rate rests on. */
export const salesCount: Reading = (m) => (isKnown(m.orders) ? m.orders : isKnown(m.units) ? m.units : isKnown(m.buyers) ? m.buyers : null);

/** Whether the period sold anything: null when no sales figure was shown at all. */
export function soldNothing(m: Metrics): boolean | null {
  const { orders, units, gmv, buyers } = m;
  if ((isKnown(orders) && orders > 0) || (isKnown(units) && units > 0) || (isKnown(gmv) && gmv > 0) || (isKnown(buyers) && buyers > 0)) return false;
  return isKnown(orders) || isKnown(units) || isKnown(gmv) || isKnown(buyers) ? true : null;
}

/** The period had at least `min` visitors (or sessions); unknown traffic never passes. */
export function hasVolume(m: Metrics, min: number): boolean {
  const value = traffic(m);
  return value !== null && value >= min;
}

export interface Median {
  median: number;
  /** How many periods had a value. */
  periods: number;
  /** Robust standard deviation of those values (a trimmed mean absolute deviation, `swingOf`): the usual day-to-day swing. */
  spread: number;
}

// Scratch buffers for every median: windows are a few periods long and evaluation is synchronous.
const scratch: number[] = [];
const deviations: number[] = [];

/** Sorts the first `count` entries of `buffer` in place (insertion sort: a handful of values). */
function sortFirst(buffer: number[], count: number): void {
  for (let i = 1; i < count; i++) {
    const value = buffer[i] as number;
    let j = i;
    while (j > 0 && (buffer[j - 1] as number) > value) {
      buffer[j] = buffer[j - 1] as number;
      j--;
    }
    buffer[j] = value;
  }
}

/** Median of the first `count` entries of `buffer`, sorted in place. */
function sortedMedian(buffer: number[], count: number): number {
  sortFirst(buffer, count);
  const mid = count >> 1;
  return count % 2 ? (buffer[mid] as number) : ((buffer[mid - 1] as number) + (buffer[mid] as number)) / 2;
}

/**
 * The usual swing (σ of normal day-to-day noise) from the absolute deviations `devs[0 .. count - 1]` (sorted in
 * place): the mean of the smaller ones, the largest fifth left out (always at least one), over what that mean is for
 * normal noise of σ 1 (`trimmedAbsMean`). It shrugs off a bad day in five, as the median absolute deviation shrugs off
 * more, but on the three to four weeks of days a product has it scatters about half as much: the median deviation of
 * 20 days is often 30% under the true swing, and a product whose swing is underestimated gets its ordinary bad days
 * called falls (on 14 generated 4,000-product catalogs, mean share of healthy products alerted: 0.41% with the median
 * deviation, 0.36% with this; tests/bench/alert-catalogs.ts).
 */
function swingOf(devs: number[], count: number): number {
  sortFirst(devs, count);
  const keep = count > 1 ? count - Math.max(1, Math.round(count * 0.2)) : count;
  let sum = 0;
  for (let i = 0; i < keep; i++) sum += devs[i] as number;
  return sum / keep / trimmedAbsMean(keep / count);
}

/** E[|Z| given |Z| is in its lowest share `kept`] for a standard normal Z: 2(φ(0) − φ(q)) / kept, where P(|Z| < q) = kept. */
const trimmedAbsMeans = new Map<number, number>();
function trimmedAbsMean(kept: number): number {
  let known = trimmedAbsMeans.get(kept);
  if (known === undefined) {
    // q by bisection on the normal tail: P(|Z| ≥ q) = 2 · P(Z ≥ q) = 1 − kept.
    let lo = 0;
    let hi = 8;
    for (let step = 0; step < 50; step++) {
      const mid = (lo + hi) / 2;
      if (2 * normalTail(mid) > 1 - kept) lo = mid;
      else hi = mid;
    }
    const density = (z: number) => Math.exp((-z * z) / 2) / Math.sqrt(2 * Math.PI);
    known = (2 * (density(0) - density(lo))) / kept;
    trimmedAbsMeans.set(kept, known);
  }
  return known;
}

/** Median of `read` over `rows[from .. to - 1]`, skipping periods without a value; null under `minPeriods`. */
export function medianOver(rows: readonly SnapshotRow[], from: number, to: number, read: Reading, minPeriods: number): Median | null {
  let count = 0;
  for (let i = from; i < to; i++) {
    const value = read((rows[i] as SnapshotRow).metrics);
    if (value !== null) scratch[count++] = value;
  }
  if (count < Math.max(1, minPeriods)) return null;
  const median = sortedMedian(scratch, count);
  for (let i = 0; i < count; i++) deviations[i] = Math.abs((scratch[i] as number) - median);
  return { median, periods: count, spread: swingOf(deviations, count) };
}

/**
 * The line a value must fall under to be a fall: under `median − max(drop, sigmas × swing)`, where
 * the swing is the larger of the product's own day-to-day spread and the counting noise of its volume
 * (`countingSd`). A steady product a little under a typical figure never crosses it; a real fall does.
 */
export function fallLine(baseline: Median, drop: number, sigmas: number, countingSd: number): number {
  return baseline.median - Math.max(drop, sigmas * Math.max(baseline.spread, countingSd));
}

/**
 * The product's own median over the prior days of the baseline window, with its usual swing measured
 * over the longer spread window too (a week of days can look deceptively calm).
 */
export function ownBaseline(ctx: ProductRuleContext, read: Reading): Median | null {
  const base = medianOver(ctx.history, ctx.baselineFrom, ctx.baselineTo, read, ctx.settings.minBaselineDays);
  if (!base || ctx.spreadFrom >= ctx.baselineFrom) return base;
  const wide = medianOver(ctx.history, ctx.spreadFrom, ctx.baselineTo, read, 1);
  return wide && wide.spread > base.spread ? { ...base, spread: wide.spread } : base;
}

/** Saturday or Sunday. */
export const isWeekend = (period: string) => {
  const weekday = (dayNumber(period) + 4) % 7; // 1970-01-01 was a Thursday
  return weekday === 0 || weekday === 6;
};

/**
 * The own baseline of a figure with a weekly rhythm (traffic): a Saturday is judged against the
 * weekend days, a Tuesday against the weekdays, so an ordinary quiet Sunday is not a drop. The days of
 * the same kind in the baseline window, else in the spread window; the plain baseline when there are
 * too few of either.
 */
export function weeklyBaseline(ctx: ProductRuleContext, read: Reading): Median | null {
  const weekend = isWeekend(ctx.period);
  // One pass over the spread window: each day's value and kind, in the shared scratch buffers.
  let count = 0;
  for (let i = ctx.spreadFrom; i < ctx.baselineTo; i++) {
    const row = ctx.history[i] as SnapshotRow;
    const value = read(row.metrics);
    if (value === null) continue;
    spreadValues[count] = value;
    spreadKinds[count] = isWeekend(row.period) ? 1 : 0;
    spreadNear[count] = i >= ctx.baselineFrom ? 1 : 0;
    count++;
  }
  const pick = (kind: number, nearOnly: boolean): number[] => {
    const out: number[] = [];
    for (let j = 0; j < count; j++) if (spreadKinds[j] === kind && (!nearOnly || spreadNear[j] === 1)) out.push(spreadValues[j] as number);
    return out;
  };
  const todayKind = weekend ? 1 : 0;
  const min = Math.max(1, ctx.settings.minBaselineDays);
  const near = pick(todayKind, true);
  const base = near.length >= min ? near : pick(todayKind, false);
  // A product seen on a few days only has no known swing yet: it is not judged until it has one.
  if (base.length < min || count < MIN_SPREAD_DAYS) return null;
  const median = sortedMedian(base, base.length);
  // The swing is measured on every day of the spread window, each against its own kind's median, so a
  // handful of weekend days can't make a product look calmer than it is.
  const weekdays = pick(0, false);
  const weekends = pick(1, false);
  const centers = [weekdays.length ? sortedMedian(weekdays, weekdays.length) : 0, weekends.length ? sortedMedian(weekends, weekends.length) : 0];
  let residuals = 0;
  for (let j = 0; j < count; j++) {
    const center = centers[spreadKinds[j] as number] as number;
    if (center > 0) deviations[residuals++] = Math.abs((spreadValues[j] as number) / center - 1);
  }
  if (residuals < MIN_SPREAD_DAYS) return null;
  return { median, periods: base.length, spread: swingOf(deviations, residuals) * median };
}

const spreadValues: number[] = [];
const spreadKinds: number[] = [];
const spreadNear: number[] = [];

/** Days of history a product's usual swing is measured on before a fall against it is judged. */
export const MIN_SPREAD_DAYS = 3;

/** Days a fall is pooled over: a fall that lasts gathers evidence a single small day can't give. */
export const FALL_RUN_DAYS = 3;

/**
 * Indexes of the days ending with the evaluated one on which `read` sat at or under `line`, most
 * recent first, at most FALL_RUN_DAYS and never inside the baseline window; empty when today didn't.
 */
export function daysUnder(ctx: ProductRuleContext, read: Reading, line: number): number[] {
  return daysBeyond(ctx, read, (value) => value <= line + EPSILON);
}

/**
 * `read` pooled over the days ending with the evaluated one on which it sat at or under `line` (daysUnder), each
 * day weighted by `weight` (its orders, its page views), up to the first day without a weight: the mean, the total
 * weight and how many days; null when today is not under the line. A fall that lasts gathers evidence a day can't.
 */
export function pooledUnder(ctx: ProductRuleContext, read: Reading, weight: Reading, line: number): { mean: number; weight: number; days: number } | null {
  let sum = 0;
  let total = 0;
  let days = 0;
  for (const i of daysUnder(ctx, read, line)) {
    const metrics = (ctx.history[i] as SnapshotRow).metrics;
    const value = read(metrics);
    const w = weight(metrics);
    if (value === null || w === null || w <= 0) break;
    sum += value * w;
    total += w;
    days++;
  }
  return days === 0 ? null : { mean: sum / total, weight: total, days };
}

/** The same for a rise: the days ending with the evaluated one on which `read` was over `line`. */
export function daysOver(ctx: ProductRuleContext, read: Reading, line: number): number[] {
  return daysBeyond(ctx, read, (value) => value > line);
}

function daysBeyond(ctx: ProductRuleContext, read: Reading, beyond: (value: number) => boolean): number[] {
  const days: number[] = [];
  for (let i = ctx.index; i >= ctx.baselineTo && days.length < FALL_RUN_DAYS; i--) {
    const value = read((ctx.history[i] as SnapshotRow).metrics);
    if (value === null || !beyond(value)) break;
    days.push(i);
  }
  return days;
}

/** One-sided normal tail P(Z ≥ z) (Abramowitz–Stegun 7.1.26, error under 1.5e-7): the chance a noise-free product is `z` swings off. */
export function normalTail(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const erfc = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429)))) * Math.exp(-x * x);
  return z >= 0 ? erfc / 2 : 1 - erfc / 2;
}

/** P(X ≤ k) for X ~ Poisson(λ): how likely a count this low is by chance alone. Exact below λ = 500, normal above. */
export function poissonAtMost(k: number, lambda: number): number {
  if (k < 0) return 0;
  if (lambda > 500) return normalTail((lambda - k - 0.5) / Math.sqrt(lambda));
  let term = Math.exp(-lambda);
  let sum = term;
  for (let i = 1; i <= Math.floor(k); i++) {
    term *= lambda / i;
    sum += term;
  }
  return Math.min(1, sum);
}

/** P(X ≥ k) for X ~ Poisson(λ): how likely a count this high is by chance alone. */
export function poissonAtLeast(k: number, lambda: number): number {
  return k <= 0 ? 1 : Math.max(0, 1 - poissonAtMost(Math.ceil(k) - 1, lambda));
}

/** P(X ≥ k) for X ~ Binomial(n, p): how likely a count this high is by chance alone. Exact up to n = 2,000, normal above. */
export function binomialAtLeast(k: number, n: number, p: number): number {
  if (k <= 0) return 1;
  if (k > n) return 0;
  if (n > 2000) return normalTail((k - 0.5 - n * p) / Math.sqrt(n * p * (1 - p)));
  // Summed from the top in log space so small p and large n neither underflow nor overflow.
  const logP = Math.log(p);
  const logQ = Math.log1p(-p);
  let logTerm = logP * n; // P(X = n)
  let sum = 0;
  for (let i = n; i >= k; i--) {
    sum += Math.exp(logTerm);
    // P(X = i − 1) = P(X = i) · i / (n − i + 1) · q / p
    logTerm += Math.log(i / (n - i + 1)) + logQ - logP;
  }
  return Math.min(1, sum);
}

export interface Sum {
  sum: number;
  /** How many periods had a value. */
  periods: number;
}

/** Sum of `read` over the periods that have a value; missing periods are skipped, never counted as 0. */
export function sumOver(rows: readonly SnapshotRow[], read: Reading): Sum {
  let sum = 0;
  let periods = 0;
  for (const row of rows) {
    const value = read(row.metrics);
    if (value === null) continue;
    sum += value;
    periods++;
  }
  return { sum, periods };
}

/** Where a benchmark's figure came from, as an alert's threshold says it. */
export function benchmarkThreshold(metricKey: MetricKey, benchmark: ResolvedBenchmark, limit = benchmark.value): AlertThresholdEvidence {
  const source =
    benchmark.source === 'page-peer' ? 'page-peer' : benchmark.source === 'user' ? 'seller' : benchmark.handbook ? 'handbook' : benchmark.shippedDefault ? 'default' : 'typical';
  return { key: metricKey, value: benchmark.value, source, limit };
}

/** Evidence for a conversion judged against a benchmark. */
export function conversionEvidence(ctx: ProductRuleContext, value: number, benchmark: ResolvedBenchmark, extra: AlertEvidence['extra'], limit?: number): AlertEvidence {
  return {
    metric: 'conversionRate',
    value,
    benchmark: benchmark.value,
    benchmarkSource: benchmark.source,
    period: ctx.period,
    extra,
    threshold: benchmarkThreshold('conversionRate', benchmark, limit),
  };
}

/** Traffic and the orders it converted into over `rows[from .. to - 1]` (periods missing either are skipped). */
export function pooledConversion(rows: readonly SnapshotRow[], from: number, to: number): { visitors: number; orders: number; days: number } {
  let visitors = 0;
  let orders = 0;
  let days = 0;
  for (let i = from; i < to; i++) {
    const metrics = (rows[i] as SnapshotRow).metrics;
    const dayTraffic = traffic(metrics);
    const rate = conversion(metrics);
    if (dayTraffic === null || rate === null) continue;
    visitors += dayTraffic;
    orders += dayTraffic * rate;
    days++;
  }
  return { visitors, orders, days };
}

/**
 * How the page's peer figure (同行平均) moved on a day against its median over the baseline days: a fall
 * the whole peer group shares (a holiday, a platform-wide dip) is no fault of the product's. 1 where the
 * page showed no peer figure that day or on too few baseline days.
 */
export function peerFactor(ctx: ProductRuleContext, key: MetricKey): (index: number) => number {
  const values: number[] = [];
  for (let i = ctx.baselineFrom; i < ctx.baselineTo; i++) {
    const value = (ctx.history[i] as SnapshotRow).peer?.[key];
    if (isKnown(value) && value > 0) values.push(value);
  }
  if (values.length < Math.max(1, ctx.settings.minBaselineDays)) return () => 1;
  const usual = sortedMedian(values, values.length);
  return (index) => {
    const value = (ctx.history[index] as SnapshotRow).peer?.[key];
    return isKnown(value) && value > 0 ? value / usual : 1;
  };
}
