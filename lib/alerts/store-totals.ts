import type { RunRow } from '../db/schema';
import type { SnapshotRow, StoreDayRow } from '../db/types';
import type { Metrics } from '../metrics/keys';
import { traffic } from './readings';

/**
 * A store's day (the 运营日报's store line), and each live run's targets against what was captured. Pure.
 * The store's own figures from its overview page's KPI cards (`storeDays`) come first; a figure the
 * overview did not show is the sum of the captured product rows, marked so: a visitor who looked at two
 * products counts twice there, so a summed UV is an upper bound (the report says which is which).
 */
export const STORE_MEASURES = ['visitors', 'pageViews', 'conversionRate', 'aov', 'gmv', 'buyers', 'newBuyers', 'returningBuyers', 'returningCustomerRate'] as const;
export type StoreMeasure = (typeof STORE_MEASURES)[number];
export type StoreValues = Record<StoreMeasure, number | null>;

const known = (value: number | null | undefined): value is number => value !== null && value !== undefined && Number.isFinite(value);

/** Paying buyers of a row: counted, else orders, else conversion × traffic (rounded, as a count is). */
function buyersOf(m: Metrics): number | null {
  if (known(m.buyers)) return m.buyers;
  if (known(m.orders)) return m.orders;
  const t = traffic(m);
  return known(m.conversionRate) && t !== null ? Math.round(m.conversionRate * t) : null;
}

/** Totals of product rows (one store, one day). A measure no row carries is null, never 0. */
export function totalsOf(rows: readonly Pick<SnapshotRow, 'metrics'>[]): StoreValues {
  let visitors = 0, pageViews = 0, gmv = 0, buyers = 0, newBuyers = 0, returningBuyers = 0;
  let hasVisitors = false, hasPageViews = false, hasGmv = false, hasBuyers = false, hasNew = false, hasReturning = false;
  // Conversion and AOV only over rows that carry both halves, so a row without traffic can't inflate them.
  let convBuyers = 0, convTraffic = 0, aovGmv = 0, aovBuyers = 0;
  // Returning share: counted new/returning where shown, else the page's rate weighted by the row's buyers.
  let shareReturning = 0, shareAll = 0;
  for (const { metrics: m } of rows) {
    const t = traffic(m);
    const b = buyersOf(m);
    if (t !== null) { visitors += t; hasVisitors = true; }
    if (known(m.pageViews)) { pageViews += m.pageViews; hasPageViews = true; }
    if (known(m.gmv)) { gmv += m.gmv; hasGmv = true; }
    if (b !== null) { buyers += b; hasBuyers = true; }
    if (known(m.newBuyers)) { newBuyers += m.newBuyers; hasNew = true; }
    if (known(m.returningBuyers)) { returningBuyers += m.returningBuyers; hasReturning = true; }
    if (t !== null && t > 0 && b !== null) { convBuyers += b; convTraffic += t; }
    if (known(m.gmv) && b !== null && b > 0) { aovGmv += m.gmv; aovBuyers += b; }
    if (known(m.newBuyers) && known(m.returningBuyers)) { shareReturning += m.returningBuyers; shareAll += m.newBuyers + m.returningBuyers; }
    else if (known(m.returningCustomerRate) && b !== null && b > 0) { shareReturning += m.returningCustomerRate * b; shareAll += b; }
  }
  return {
    visitors: hasVisitors ? visitors : null,
    pageViews: hasPageViews ? pageViews : null,
    conversionRate: convTraffic > 0 ? convBuyers / convTraffic : null,
    aov: aovBuyers > 0 ? aovGmv / aovBuyers : null,
    gmv: hasGmv ? gmv : null,
    buyers: hasBuyers ? buyers : null,
    newBuyers: hasNew ? newBuyers : null,
    returningBuyers: hasReturning ? returningBuyers : null,
    returningCustomerRate: shareAll > 0 ? shareReturning / shareAll : null,
  };
}

/** Where a store figure came from: the store's overview page, or the sum of its captured product rows. */
export type FigureSource = 'store' | 'products';
export type StoreSources = Record<StoreMeasure, FigureSource | null>;

/** A store day's cards as store measures: Shopify's Sessions is its traffic, orders stand in for buyers where buyers aren't shown. */
function storeDayValues(m: Metrics): StoreValues {
  const visitors = known(m.visitors) ? m.visitors : known(m.sessions) ? m.sessions : null;
  const buyers = known(m.buyers) ? m.buyers : known(m.orders) ? m.orders : null;
  const gmv = known(m.gmv) ? m.gmv : null;
  return {
    visitors,
    pageViews: known(m.pageViews) ? m.pageViews : null,
    // The page's own rate, else its own buyers per visitor; never a mix of store and product figures.
    conversionRate: known(m.conversionRate) ? m.conversionRate : buyers !== null && visitors !== null && visitors > 0 ? buyers / visitors : null,
    aov: known(m.aov) ? m.aov : gmv !== null && buyers !== null && buyers > 0 ? gmv / buyers : null,
    gmv,
    buyers,
    newBuyers: known(m.newBuyers) ? m.newBuyers : null,
    returningBuyers: known(m.returningBuyers) ? m.returningBuyers : null,
    returningCustomerRate: known(m.returningCustomerRate) ? m.returningCustomerRate : null,
  };
}

/**
 * One store's day: each figure from the store's overview page where it was captured, else the sum of the
 * product rows (null when neither has it), with where each came from.
 */
export function storeDayOf(rows: readonly Pick<SnapshotRow, 'metrics'>[], storeDay: Pick<StoreDayRow, 'metrics'> | undefined): { values: StoreValues; sources: StoreSources } {
  const summed = totalsOf(rows);
  const own = storeDay ? storeDayValues(storeDay.metrics) : null;
  const values = {} as StoreValues;
  const sources = {} as StoreSources;
  for (const measure of STORE_MEASURES) {
    const captured = own?.[measure] ?? null;
    values[measure] = captured ?? summed[measure];
    sources[measure] = captured !== null ? 'store' : summed[measure] !== null ? 'products' : null;
  }
  return { values, sources };
}

/**
 * How a run target is measured. Totals (GMV, new buyers) add up from the run's first date to the report
 * day; rates and AOV are the report day's own. Targets no capture carries (ROI, reactivated users, coupon
 * redemption here) say "not captured" rather than borrowing another number.
 */
const TARGET_MEASURE: Record<string, { measure: StoreMeasure | 'addToCartRate'; basis: 'day' | 'run-to-date' }> = {
  gmv: { measure: 'gmv', basis: 'run-to-date' },
  newUsers: { measure: 'newBuyers', basis: 'run-to-date' },
  conversionRate: { measure: 'conversionRate', basis: 'day' },
  aov: { measure: 'aov', basis: 'day' },
  repurchaseRate: { measure: 'returningCustomerRate', basis: 'day' },
  addToCartRate: { measure: 'addToCartRate', basis: 'day' },
};

export interface TargetLine {
  runId: string;
  runName: string;
  key: string;
  target: number;
  /** null: no captured figure measures it (`measured` false) or none was captured in the window. */
  actual: number | null;
  /** actual ÷ target (1 = on target); null without both. */
  attainment: number | null;
  basis: 'day' | 'run-to-date';
  /** First day summed, for run-to-date totals. */
  from?: string;
  measured: boolean;
}

function cartRateOf(rows: readonly Pick<SnapshotRow, 'metrics'>[]): number | null {
  let users = 0, visitors = 0;
  for (const { metrics: m } of rows) {
    const t = traffic(m);
    if (t === null || t <= 0) continue;
    const cart = known(m.addToCartUsers) ? m.addToCartUsers : known(m.addToCartRate) ? m.addToCartRate * t : null;
    if (cart === null) continue;
    users += cart;
    visitors += t;
  }
  return visitors > 0 ? users / visitors : null;
}

/** The run's first key date (its window starts there). */
export function runStart(run: Pick<RunRow, 'dates'>): string | null {
  const days = Object.values(run.dates).filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)).sort();
  return days[0] ?? null;
}

/**
 * Each target of `run` against the store's (a product run: its product's) daily rows. `rows` are the
 * daily snapshots of that store or product from the run's start up to `day`.
 */
export function targetsAgainst(
  run: Pick<RunRow, 'id' | 'name' | 'dates' | 'targets' | 'productId'>,
  rows: readonly SnapshotRow[],
  day: string,
  /** The store's own days (overview cards) in the same window; a product run reads its product's rows only. */
  storeDays: readonly Pick<StoreDayRow, 'period' | 'metrics'>[] = [],
): TargetLine[] {
  const own = run.productId === undefined ? rows : rows.filter((r) => r.productId === run.productId);
  const ownDays = run.productId === undefined ? storeDays : [];
  const from = runStart(run) ?? day;
  const dayRows = own.filter((r) => r.period === day);
  const dayTotals = storeDayOf(dayRows, ownDays.find((d) => d.period === day)).values;
  // Run-to-date totals (GMV, new buyers: additive ones only) add up each day's figure, the store's own where captured, else its product rows.
  const windowDays = new Set([...own.map((r) => r.period), ...ownDays.map((d) => d.period)].filter((p) => p.length === 10 && p >= from && p <= day));
  const windowTotals = {} as StoreValues;
  const perDay = [...windowDays].map((period) => storeDayOf(own.filter((r) => r.period === period), ownDays.find((d) => d.period === period)).values);
  for (const measure of STORE_MEASURES) {
    const found = perDay.map((v) => v[measure]).filter(known);
    windowTotals[measure] = found.length ? found.reduce((a, b) => a + b, 0) : null;
  }
  const lines: TargetLine[] = [];
  for (const [key, target] of Object.entries(run.targets)) {
    if (!Number.isFinite(target)) continue;
    const how = TARGET_MEASURE[key];
    if (!how) {
      lines.push({ runId: run.id, runName: run.name, key, target, actual: null, attainment: null, basis: 'day', measured: false });
      continue;
    }
    const actual =
      how.measure === 'addToCartRate' ? cartRateOf(dayRows) : how.basis === 'day' ? dayTotals[how.measure] : from <= day ? windowTotals[how.measure] : null;
    lines.push({
      runId: run.id,
      runName: run.name,
      key,
      target,
      actual,
      attainment: actual !== null && target !== 0 ? actual / target : null,
      basis: how.basis,
      ...(how.basis === 'run-to-date' ? { from } : {}),
      measured: true,
    });
  }
  return lines;
}
