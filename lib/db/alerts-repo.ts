import Dexie from 'dexie';
import { campaignSubjectId, hoursInBurst, isCampaignRunFor, toCampaignRunInput } from '../alerts/campaign-runs';
import { evaluateAll, openAlertCount, productKey } from '../alerts/engine';
import { dayNumber, isHourly } from '../alerts/periods';
import { ALERT_SETTING_KEYS, readRetentionDays, storedAlertSettings } from '../alerts/settings-rows';
import { ruleById } from '../alerts/rules/index';
import { campaignStockWindow } from '../alerts/stock';
import { linkedTask } from '../playbooks/task-link';
import type { AlertView, CampaignCapture, Capture, CaptureResult, CapturedRow, StoreDayCapture, StoredAlert } from '../messaging/alerts';
import type { Metrics } from '../metrics/keys';
import { hourPeriod, todayIn } from '../metrics/page-date';
import type { PlatformId } from '../sites/types';
import type { RunRow, SidekickDb } from './schema';
import type { AlertRow, ProductRow, SnapshotRow, StoreDayRow } from './types';

const DAY_MS = 86_400_000;
/** Days of history the rules look back over (7-day baseline, zero-sales streaks) with room to spare. */
const HISTORY_DAYS = 35;

function dayString(dayNo: number): string {
  return new Date(dayNo * DAY_MS).toISOString().slice(0, 10);
}

/** Merges a re-visit into the stored metrics: a number read now wins, an unreadable cell never erases one. */
function mergeMetrics(stored: Metrics | undefined, fresh: Metrics): Metrics {
  const merged: Metrics = { ...stored };
  for (const [key, value] of Object.entries(fresh) as [keyof Metrics, number | null][]) {
    if (value !== null || merged[key] === undefined) merged[key] = value;
  }
  return merged;
}

function sameMetrics(a: Metrics | undefined, b: Metrics | undefined): boolean {
  const left = a ?? {};
  const right = b ?? {};
  const keys = Object.keys(left) as (keyof Metrics)[];
  return keys.length === Object.keys(right).length && keys.every((key) => left[key] === right[key]);
}

/** The hour label when a campaign run's burst window covers today and the table is today's. */
async function campaignHour(db: SidekickDb, capture: Capture, now: number): Promise<string | null> {
  const today = todayIn(capture.timeZone, new Date(now));
  if (capture.period !== today) return null;
  const runs = await db.runs.where('templateId').equals('campaign').toArray();
  const active = runs.some((run) => {
    if (run.archived || run.deletedAt || (run.platform && run.platform !== capture.platform)) return false;
    if (run.storeId && capture.storeId && run.storeId !== capture.storeId) return false;
    const start = run.dates.burstStart?.slice(0, 10);
    const end = (run.dates.burstEnd ?? run.dates.burstStart)?.slice(0, 10);
    return !!start && !!end && start <= today && today <= end;
  });
  return active ? hourPeriod(capture.timeZone, new Date(now)) : null;
}

function nextProduct(existing: ProductRow | undefined, row: CapturedRow, capture: Capture, seenAt: number): ProductRow {
  const product: ProductRow = existing
    ? { ...existing, tags: existing.tags ?? [] }
    : { platform: capture.platform, productId: row.productId, title: row.title ?? row.productId, firstSeen: seenAt, tags: [] };
  if (row.title) product.title = row.title;
  if (row.category) product.category = row.category;
  if (row.listedDate) product.listedDate = row.listedDate;
  if (capture.storeId) product.storeId = capture.storeId;
  // A table for a past day proves the product existed then: its age counts from that day at the latest.
  product.firstSeen = Math.min(product.firstSeen, seenAt);
  return product;
}

function sameProduct(a: ProductRow, b: ProductRow): boolean {
  return a.title === b.title && a.category === b.category && a.listedDate === b.listedDate && a.storeId === b.storeId && a.firstSeen === b.firstSeen;
}

/** Daily and hourly snapshots of one product from `fromDay` on, sorted by period. */
function historyOf(db: SidekickDb, platform: PlatformId, productId: string, fromDay: string): Promise<SnapshotRow[]> {
  return db.snapshots.where('[platform+productId+period]').between([platform, productId, fromDay], [platform, productId, Dexie.maxKey], true, true).toArray();
}

/**
 * Many products' histories (or alerts), one key range per product, all requested at once inside the
 * caller's transaction: IndexedDB pipelines them, where awaiting each in turn cost a round trip per
 * product. Not Dexie's anyOf/inAnyRange: those walk one cursor with continue(key), which in
 * fake-indexeddb (the bench, the tests) scans the index linearly: 25 s for 200 keys on 8,000 rows.
 */
function historiesOf(db: SidekickDb, platform: PlatformId, productIds: readonly string[], fromDay: string): Promise<SnapshotRow[][]> {
  return Promise.all(productIds.map((id) => historyOf(db, platform, id, fromDay)));
}

function alertsOfProducts(db: SidekickDb, products: readonly ProductRow[]): Promise<AlertRow[]> {
  return Promise.all(
    products.map((product) =>
      db.alerts.where('[platform+productId+ruleId]').between([product.platform, product.productId, Dexie.minKey], [product.platform, product.productId, Dexie.maxKey], true, true).toArray(),
    ),
  ).then((lists) => lists.flat());
}

/** A stored history with the snapshots just written in place of (or beside) the ones they replace, sorted by period. */
function withWrites(stored: readonly SnapshotRow[], written: readonly SnapshotRow[]): SnapshotRow[] {
  if (!written.length) return [...stored];
  const replaced = new Set(written.map((row) => row.period));
  // Periods are ASCII strings, so `<` orders them as the index does ('2026-11-20' < '2026-11-20T10' < '2026-11-21').
  return [...stored.filter((row) => !replaced.has(row.period)), ...written].sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
}

/**
 * Stores one batch of captured rows: products upserted, one snapshot per product per period (a
 * re-visit updates it), then the alert engine over the products whose numbers changed, all in one
 * transaction so a stopped worker never leaves snapshots without their alerts.
 */
export async function recordCapture(db: SidekickDb, capture: Capture, now: number): Promise<CaptureResult> {
  const periodStart = dayNumber(capture.period) * DAY_MS;
  const seenAt = Math.min(now, periodStart);
  const result: CaptureResult = { snapshots: 0, opened: 0, resolved: 0 };
  await db.transaction('rw', [db.products, db.snapshots, db.alerts, db.settings, db.runs], async () => {
    const hour = await campaignHour(db, capture, now);
    const periods = hour ? [capture.period, hour] : [capture.period];
    const rows = new Map(capture.rows.map((row) => [row.productId, row]));
    const ids = [...rows.keys()];
    // Each product's recent history holds the snapshots this capture may update and what the rules read: one read per product, all issued together.
    const fromDay = dayString(dayNumber(capture.period) - HISTORY_DAYS);
    const [storedProducts, storedHistories] = await Promise.all([
      db.products.bulkGet(ids.map((id) => [capture.platform, id] as [string, string])),
      historiesOf(db, capture.platform, ids, fromDay),
    ]);
    const products = new Map<string, ProductRow>();
    const productWrites: ProductRow[] = [];
    ids.forEach((id, i) => {
      const before = storedProducts[i];
      const next = nextProduct(before, rows.get(id)!, capture, seenAt);
      products.set(id, next);
      if (!before || !sameProduct(before, next)) productWrites.push(next);
    });
    const historyById = new Map(ids.map((id, i) => [id, storedHistories[i]!]));
    const snapshotWrites: SnapshotRow[] = [];
    const writtenById = new Map<string, SnapshotRow[]>();
    const changed = new Set<string>(productWrites.map((p) => p.productId));
    for (const id of ids) {
      const row = rows.get(id)!;
      const stored = historyById.get(id)!;
      for (const period of periods) {
        const before = stored.find((snapshot) => snapshot.period === period);
        const metrics = mergeMetrics(before?.metrics, row.metrics);
        const peer = row.peer ? mergeMetrics(before?.peer, row.peer) : before?.peer;
        if (before && sameMetrics(before.metrics, metrics) && sameMetrics(before.peer, peer) && before.currency === capture.currency) continue;
        const next: SnapshotRow = { ...before, platform: capture.platform, productId: id, period, currency: capture.currency, metrics, source: capture.source, capturedAt: now };
        if (peer) next.peer = peer;
        if (capture.storeId) next.storeId = capture.storeId;
        snapshotWrites.push(next);
        writtenById.set(id, [...(writtenById.get(id) ?? []), next]);
        changed.add(id);
      }
    }
    await db.products.bulkPut(productWrites);
    const snapshotIds = await db.snapshots.bulkPut(snapshotWrites, { allKeys: true });
    snapshotWrites.forEach((snapshot, i) => (snapshot.id = snapshotIds[i]));
    result.snapshots = snapshotWrites.length;
    if (!changed.size) return;

    const affected = [...changed].map((id) => products.get(id)!);
    const histories = new Map(affected.map((product) => [productKey(product.platform, product.productId), withWrites(historyById.get(product.productId)!, writtenById.get(product.productId) ?? [])]));
    const existing = await alertsOfProducts(db, affected);
    const settings = storedAlertSettings((await db.settings.get(ALERT_SETTING_KEYS.benchmarkOverrides))?.value, (await db.settings.get(ALERT_SETTING_KEYS.ruleSettings))?.value);
    const stockWindows = (await db.runs.where('templateId').equals('campaign').toArray()).flatMap((run) => campaignStockWindow(run) ?? []);
    const changes = evaluateAll(affected, histories, existing, settings, now, [], stockWindows);
    await db.alerts.bulkPut([...changes.upserts, ...changes.resolved]);
    result.opened = changes.upserts.filter((alert) => alert.id === undefined).length;
    result.resolved = changes.resolved.length;
  });
  return result;
}

/**
 * Stores a campaign dashboard's hourly store figures as run-level snapshots (`campaign:<runId>`, one
 * per hour) of each live campaign run of the store whose burst window holds the hour, then runs the
 * campaign rules over those runs: one unresolved alert per run × rule, resolved once the figures recover.
 */
export async function recordCampaignCapture(db: SidekickDb, capture: CampaignCapture, now: number): Promise<CaptureResult> {
  const result: CaptureResult = { snapshots: 0, opened: 0, resolved: 0 };
  await db.transaction('rw', [db.snapshots, db.alerts, db.settings, db.runs], async () => {
    const runs = (await db.runs.where('templateId').equals('campaign').toArray()).filter((run) => isCampaignRunFor(run, capture.platform, capture.storeId));
    const hours = new Map(capture.hours.map(({ hour, metrics }) => [`${capture.day}T${String(hour).padStart(2, '0')}`, metrics]));
    const writes: SnapshotRow[] = [];
    const changed: RunRow[] = [];
    for (const run of runs) {
      const periods = hoursInBurst(run, capture.day, capture.hours.map((h) => h.hour));
      if (!periods.length) continue;
      const subject = campaignSubjectId(run.id);
      const stored = await db.snapshots.where('[platform+productId+period]').anyOf(periods.map((period) => [capture.platform, subject, period])).toArray();
      const byPeriod = new Map(stored.map((row) => [row.period, row]));
      let runChanged = false;
      for (const period of periods) {
        const before = byPeriod.get(period);
        const metrics = mergeMetrics(before?.metrics, hours.get(period) ?? {});
        if (before && sameMetrics(before.metrics, metrics) && before.currency === capture.currency) continue;
        const next: SnapshotRow = { ...before, platform: capture.platform, productId: subject, period, currency: capture.currency, metrics, source: capture.source, capturedAt: now };
        const storeId = run.storeId ?? capture.storeId;
        if (storeId) next.storeId = storeId;
        writes.push(next);
        runChanged = true;
      }
      if (runChanged) changed.push(run);
    }
    await db.snapshots.bulkPut(writes);
    result.snapshots = writes.length;
    if (!changed.length) return;

    const campaigns = [];
    for (const run of changed) {
      const input = toCampaignRunInput(run, await historyOf(db, capture.platform, campaignSubjectId(run.id), ''), capture.platform);
      if (input) campaigns.push(input);
    }
    const existing = await db.alerts.where('runId').anyOf(changed.map((run) => run.id)).toArray();
    const settings = storedAlertSettings((await db.settings.get(ALERT_SETTING_KEYS.benchmarkOverrides))?.value, (await db.settings.get(ALERT_SETTING_KEYS.ruleSettings))?.value);
    const changes = evaluateAll([], new Map(), existing, settings, now, campaigns);
    await db.alerts.bulkPut([...changes.upserts, ...changes.resolved]);
    result.opened = changes.upserts.filter((alert) => alert.id === undefined).length;
    result.resolved = changes.resolved.length;
  });
  return result;
}

const NEEDS_SELLER = ['open', 'snoozed'];

/** Alerts the seller should see now (open, or snoozed past their snooze) for a marketplace and optionally one store. */
/** A store's open alerts and store-less ones; `storeId` null: store-less ones only (a page showing no store). */
export async function openAlerts(db: SidekickDb, platform: PlatformId, storeId: string | null | undefined, now: number): Promise<AlertView[]> {
  const rows = await db.alerts.where('status').anyOf(NEEDS_SELLER).toArray();
  const shown = rows.filter(
    (alert): alert is StoredAlert =>
      alert.id !== undefined &&
      alert.platform === platform &&
      (storeId === null ? !alert.storeId : !storeId || !alert.storeId || alert.storeId === storeId) &&
      openAlertCount([alert], now) === 1,
  );
  const products = await db.products.bulkGet(shown.map((alert) => [alert.platform, alert.productId ?? ''] as [string, string]));
  const runs = await db.runs.bulkGet(shown.map((alert) => alert.runId ?? ''));
  return shown.map((alert, i) => {
    const product = products[i];
    const run = runs[i];
    const task = linkedTask(ruleById(alert.ruleId)?.playbookTask);
    const view: AlertView = task ? { ...alert, task } : alert;
    if (run && alert.runId !== undefined) return { ...view, runName: run.name };
    // No listing date on any page: left out, so the UI says "unknown" (the day we first saw it is not its age).
    return product ? { ...view, productTitle: product.title, ...(product.listedDate ? { productListedDate: product.listedDate } : {}) } : view;
  });
}

/** The toolbar count: alerts needing the seller across every store. */
export async function countOpenAlerts(db: SidekickDb, now: number): Promise<number> {
  return openAlertCount(await db.alerts.where('status').anyOf(NEEDS_SELLER).toArray(), now);
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
