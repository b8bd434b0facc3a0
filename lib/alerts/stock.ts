import type { RunRow } from '../db/schema';
import type { SnapshotRow } from '../db/types';
import type { Metrics } from '../metrics/keys';
import type { PlatformId } from '../sites/types';
import { dayNumber } from './periods';
import { isKnown } from './readings';
import type { CampaignStockWindow } from './types';

/**
 * Stock and days of cover from a product's own daily history (pure). Stock comes from the product and
 * inventory lists (库存 / 可售库存 / Amazon and Shopify "Available"), units sold from the analytics tables;
 * both land in the same daily snapshot, whichever page the seller opened first.
 */

// Defaults, not handbook figures (the handbook only says to set a 库存预警; it gives no number):
/** A stock figure older than this is not today's stock any more (a seller may not open the list daily). */
export const STOCK_FRESH_DAYS = 3;
/** Days with a units figure an average needs before it is a sales rate (one day may be a fluke). */
export const MIN_SALES_DAYS = 3;

/** Units sold in a day: units, else paid orders, else paying buyers (one of them is on every sales table). */
export function unitsOf(m: Metrics): number | null {
  if (isKnown(m.units)) return m.units;
  if (isKnown(m.orders)) return m.orders;
  return isKnown(m.buyers) ? m.buyers : null;
}

export interface StockReading {
  /** Sellable stock as read on `day`, less the units sold on later days up to the evaluated one. */
  stock: number;
  /** The day the list showed the figure. */
  day: string;
  /** Units sold after `day` and subtracted (0 when read on the evaluated day). */
  soldSince: number;
  /** Inbound units shown beside it (Amazon FBA), not counted in `stock`. */
  inbound: number | null;
  /** The page's own days of cover (Amazon "Days of supply"), when shown. */
  pageDaysOfCover: number | null;
}

/**
 * The latest stock figure of `history[0..index]` no older than `STOCK_FRESH_DAYS`, brought forward by
 * the units sold since; null when no list showed one recently.
 */
export function latestStock(history: readonly SnapshotRow[], index: number): StockReading | null {
  const today = dayNumber((history[index] as SnapshotRow).period);
  for (let i = index; i >= 0; i--) {
    const row = history[i] as SnapshotRow;
    if (today - dayNumber(row.period) >= STOCK_FRESH_DAYS) return null;
    const stock = row.metrics.stock;
    if (!isKnown(stock)) continue;
    let soldSince = 0;
    for (let j = i + 1; j <= index; j++) soldSince += unitsOf((history[j] as SnapshotRow).metrics) ?? 0;
    return {
      stock: Math.max(0, stock - soldSince),
      day: row.period,
      soldSince,
      inbound: isKnown(row.metrics.inboundStock) ? row.metrics.inboundStock : null,
      pageDaysOfCover: isKnown(row.metrics.daysOfCover) ? row.metrics.daysOfCover : null,
    };
  }
  return null;
}

export interface SalesRate {
  /** Average units a day over the days with a figure. */
  perDay: number;
  /** Days with a units figure in the window. */
  days: number;
  /** First day of the window. */
  from: string;
}

/**
 * Average daily units over the `windowDays` days ending at `history[index]` (days with a figure only:
 * a day nobody looked at is unknown, not zero); null with fewer than `MIN_SALES_DAYS` such days.
 */
export function averageDailyUnits(history: readonly SnapshotRow[], index: number, windowDays: number): SalesRate | null {
  const today = dayNumber((history[index] as SnapshotRow).period);
  let sum = 0;
  let days = 0;
  for (let i = index; i >= 0; i--) {
    const row = history[i] as SnapshotRow;
    if (today - dayNumber(row.period) >= windowDays) break;
    const units = unitsOf(row.metrics);
    if (units === null) continue;
    sum += units;
    days++;
  }
  if (days < MIN_SALES_DAYS) return null;
  const from = new Date((today - windowDays + 1) * 86_400_000).toISOString().slice(0, 10);
  return { perDay: sum / days, days, from };
}

export type DaysOfCover =
  | { kind: 'known'; days: number; source: 'own-sales'; stock: StockReading; rate: SalesRate }
  /** No sales history of its own yet, but the page gave its own figure (Amazon's forecast). */
  | { kind: 'known'; days: number; source: 'page'; stock: StockReading }
  | { kind: 'unknown'; reason: 'no-stock' | 'no-sales-history'; stock: StockReading | null };

/**
 * Stock ÷ average daily units over the product's own recent history. With no units sold at all in
 * the window the stock lasts indefinitely (`Infinity`); with no history it is unknown, never a guess.
 */
export function daysOfCover(history: readonly SnapshotRow[], index: number, windowDays: number): DaysOfCover {
  const stock = latestStock(history, index);
  if (!stock) return { kind: 'unknown', reason: 'no-stock', stock: null };
  const rate = averageDailyUnits(history, index, windowDays);
  if (rate) return { kind: 'known', days: rate.perDay > 0 ? stock.stock / rate.perDay : Infinity, source: 'own-sales', stock, rate };
  if (stock.pageDaysOfCover !== null) return { kind: 'known', days: stock.pageDaysOfCover, source: 'page', stock };
  return { kind: 'unknown', reason: 'no-sales-history', stock };
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The run's window, or null when it is not a live campaign run with a burst date. */
export function campaignStockWindow(run: RunRow): CampaignStockWindow | null {
  if (run.templateId !== 'campaign' || run.archived || run.deletedAt !== undefined) return null;
  const start = (run.dates.preheatStart ?? run.dates.burstStart)?.slice(0, 10);
  const end = (run.dates.returnEnd ?? run.dates.burstEnd ?? run.dates.burstStart)?.slice(0, 10);
  if (!start || !end || !DAY.test(start) || !DAY.test(end) || end < start) return null;
  const window: CampaignStockWindow = { runId: run.id, runName: run.name, start, end };
  if (run.platform) window.platform = run.platform;
  if (run.storeId) window.storeId = run.storeId;
  return window;
}

export interface CampaignCoverNeed {
  window: CampaignStockWindow;
  /** Days from the evaluated day through the encore's last day, both counted. */
  daysThroughEncore: number;
  /** Whether the campaign is under way (else it starts within the lead time). */
  active: boolean;
}

/**
 * The campaign of the product's store that is under way on `day` or starts within `leadDays` of it, and
 * how many days stock must last to get through its encore; the one ending last wins.
 */
export function campaignCoverNeed(
  windows: readonly CampaignStockWindow[],
  product: { platform: PlatformId; storeId?: string },
  day: string,
  leadDays: number,
): CampaignCoverNeed | null {
  const today = dayNumber(day);
  let best: CampaignCoverNeed | null = null;
  for (const window of windows) {
    if (window.platform && window.platform !== product.platform) continue;
    if (window.storeId && product.storeId && window.storeId !== product.storeId) continue;
    const start = dayNumber(window.start);
    const end = dayNumber(window.end);
    if (end < today || start - today > leadDays) continue;
    const need: CampaignCoverNeed = { window, daysThroughEncore: end - today + 1, active: start <= today };
    if (!best || need.daysThroughEncore > best.daysThroughEncore) best = need;
  }
  return best;
}
