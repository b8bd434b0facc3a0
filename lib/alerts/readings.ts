import type { AlertEvidence, SnapshotRow } from '../db/types';
import type { MetricKey, Metrics } from '../metrics/keys';
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
}

// One scratch buffer for every median: windows are a few periods long and evaluation is synchronous.
const scratch: number[] = [];

/** Median of `read` over `rows[from .. to - 1]`, skipping periods without a value; null under `minPeriods`. */
export function medianOver(rows: readonly SnapshotRow[], from: number, to: number, read: Reading, minPeriods: number): Median | null {
  let count = 0;
  for (let i = from; i < to; i++) {
    const value = read((rows[i] as SnapshotRow).metrics);
    if (value === null) continue;
    // Insertion sort: the window holds a handful of values.
    let j = count++;
    while (j > 0 && (scratch[j - 1] as number) > value) {
      scratch[j] = scratch[j - 1] as number;
      j--;
    }
    scratch[j] = value;
  }
  if (count < Math.max(1, minPeriods)) return null;
  const mid = count >> 1;
  const median = count % 2 ? (scratch[mid] as number) : ((scratch[mid - 1] as number) + (scratch[mid] as number)) / 2;
  return { median, periods: count };
}

/** The product's own median over the prior days of the baseline window. */
export function ownBaseline(ctx: ProductRuleContext, read: Reading): Median | null {
  return medianOver(ctx.history, ctx.baselineFrom, ctx.index, read, ctx.settings.minBaselineDays);
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

/** Evidence for a conversion judged against a benchmark. */
export function conversionEvidence(ctx: ProductRuleContext, value: number, benchmark: ResolvedBenchmark, extra: AlertEvidence['extra']): AlertEvidence {
  return { metric: 'conversionRate', value, benchmark: benchmark.value, benchmarkSource: benchmark.source, period: ctx.period, extra };
}
