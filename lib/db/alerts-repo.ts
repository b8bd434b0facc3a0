import Dexie from 'dexie';
import { dayNumber, isHourly } from '../alerts/periods';
import { ALERT_SETTING_KEYS, readRetentionDays } from '../alerts/settings-rows';
import type { StoreCoverage, StoreDayCapture, StoredAlert } from '../messaging/alerts';
import { mergeMetrics, sameMetrics } from '../metrics/merge';
import type { PlatformId } from '../sites/types';
import type { SidekickDb } from './schema';
import type { AlertRow, ProductRow, SnapshotRow, StoreDayRow } from './types';

const DAY_MS = 86_400_000;

/** The calendar day (YYYY-MM-DD, UTC) of a day number. */
export function dayString(dayNo: number): string {
  return new Date(dayNo * DAY_MS).toISOString().slice(0, 10);
}

/** Daily and hourly snapshots of one product from `fromDay` on, sorted by period. */
export function historyOf(db: SidekickDb, platform: PlatformId, productId: string, fromDay: string): Promise<SnapshotRow[]> {
  return db.snapshots.where('[platform+productId+period]').between([platform, productId, fromDay], [platform, productId, Dexie.maxKey], true, true).toArray();
}

/**
 * Many products' histories (or alerts), one key range per product, all requested at once inside the
 * caller's transaction: IndexedDB pipelines them, where awaiting each in turn cost a round trip per
 * product. Not Dexie's anyOf/inAnyRange: those walk one cursor with continue(key), which in
 * fake-indexeddb (the bench, the tests) scans the index linearly: 25 s for 200 keys on 8,000 rows.
 */
export function historiesOf(db: SidekickDb, platform: PlatformId, productIds: readonly string[], fromDay: string): Promise<SnapshotRow[][]> {
  return Promise.all(productIds.map((id) => historyOf(db, platform, id, fromDay)));
}

export function alertsOfProducts(db: SidekickDb, products: readonly ProductRow[]): Promise<AlertRow[]> {
  return Promise.all(
    products.map((product) =>
      db.alerts.where('[platform+productId+ruleId]').between([product.platform, product.productId, Dexie.minKey], [product.platform, product.productId, Dexie.maxKey], true, true).toArray(),
    ),
  ).then((lists) => lists.flat());
}

/** A product's daily snapshots over the `days` days ending at its latest one. */
export async function productHistory(db: SidekickDb, platform: PlatformId, productId: string, days: number): Promise<SnapshotRow[]> {
  const all = await historyOf(db, platform, productId, '');
  const daily = all.filter((row) => !isHourly(row.period));
  const last = daily[daily.length - 1];
  if (!last) return [];
  const from = dayString(dayNumber(last.period) - days + 1);
  return daily.filter((row) => row.period >= from);
}

/**
 * A store's coverage from the first and the last daily snapshot stored for it (the store index, in primary-key order)
 * and the products on that last day: a few index reads, never the store's whole history.
 */
export async function storeCoverage(db: SidekickDb, platform: PlatformId, storeId: string): Promise<StoreCoverage> {
  const daily = (row: SnapshotRow) => row.platform === platform && !isHourly(row.period) && !row.productId.startsWith('campaign:');
  const stored = () => db.snapshots.where('storeId').equals(storeId).filter(daily);
  const [products, first, last] = await Promise.all([
    db.products.where('storeId').equals(storeId).filter((row) => row.platform === platform).count(),
    stored().first(),
    stored().last(),
  ]);
  if (!first || !last) return { products, lastDayProducts: 0 };
  const lastDay = last.period.slice(0, 10);
  const lastDayProducts = await db.snapshots.where('period').equals(lastDay).filter((row) => row.storeId === storeId && daily(row)).count();
  return { products, firstDay: first.period.slice(0, 10), lastDay, lastDayProducts };
}

export type AlertAction = { id: number; action: 'acknowledge' } | { id: number; action: 'reopen' } | { id: number; action: 'snooze'; days: 1 | 7 };

/** Acknowledge, snooze (1 or 7 days) or reopen an alert; a resolved alert stays resolved. */
export async function actOnAlert(db: SidekickDb, request: AlertAction, now: number): Promise<StoredAlert> {
  return db.transaction('rw', db.alerts, async () => {
    const alert = await db.alerts.get(request.id);
    if (!alert || alert.id === undefined) throw new Error(`No alert ${request.id}.`);
    if (alert.status === 'resolved') return alert as StoredAlert;
    const next: AlertRow = { ...alert, updatedAt: now };
    delete next.snoozedUntil;
    if (request.action === 'acknowledge') next.status = 'acknowledged';
    else if (request.action === 'reopen') next.status = 'open';
    else {
      next.status = 'snoozed';
      next.snoozedUntil = now + request.days * DAY_MS;
    }
    await db.alerts.put(next);
    return next as StoredAlert;
  });
}

/**
 * Deletes snapshots older than the retention window and resolved alerts last seen before it. A
 * product no table has shown for the whole window (delisted, a store given up) goes too, with every
 * alert of its own whatever its status: else its open alert would hold the toolbar count up for good.
 */
export async function purgeExpired(db: SidekickDb, now: number): Promise<{ snapshots: number; alerts: number; products: number }> {
  return db.transaction('rw', [db.snapshots, db.alerts, db.settings, db.products, db.storeDays], async () => {
    const days = readRetentionDays((await db.settings.get(ALERT_SETTING_KEYS.retentionDays))?.value);
    const cutoffDay = Math.floor(now / DAY_MS) - days;
    const cutoff = dayString(cutoffDay);
    const snapshots = await db.snapshots.where('period').below(cutoff).delete();
    await db.storeDays.where('period').below(cutoff).delete();
    const seen = new Set((await db.snapshots.orderBy('[platform+productId]').uniqueKeys()).map((key) => JSON.stringify(key)));
    const unseen = (platform: string, productId: string) => !seen.has(JSON.stringify([platform, productId]));
    const alerts = await db.alerts
      .filter((alert) =>
        alert.status === 'resolved'
          ? alert.lastPeriod < cutoff
          : alert.productId !== undefined && alert.lastPeriod < cutoff && unseen(alert.platform, alert.productId),
      )
      .delete();
    const stale = await db.products.filter((product) => product.firstSeen < cutoffDay * DAY_MS && unseen(product.platform, product.productId)).primaryKeys();
    await db.products.bulkDelete(stale);
    return { snapshots, alerts, products: stale.length };
  });
}

/**
 * Stores a store's day from its overview page's KPI cards: one row per store per day, a re-visit or
 * another overview page of the same day merges in (a number read now wins, a "-" never erases one).
 * Returns whether anything changed.
 */
export async function recordStoreDay(db: SidekickDb, capture: StoreDayCapture, now: number): Promise<{ stored: boolean }> {
  return db.transaction('rw', db.storeDays, async () => {
    const key: [string, string, string] = [capture.platform, capture.storeId ?? '', capture.day];
    const before = await db.storeDays.get(key);
    const metrics = mergeMetrics(before?.metrics, capture.metrics);
    if (before && sameMetrics(before.metrics, metrics) && before.currency === capture.currency) return { stored: false };
    const row: StoreDayRow = { platform: capture.platform, storeId: key[1], period: capture.day, currency: capture.currency, metrics, source: capture.source, capturedAt: now };
    await db.storeDays.put(row);
    return { stored: true };
  });
}
