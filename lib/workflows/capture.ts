import { campaignSubjectId, hoursInBurst, isCampaignRunFor, toCampaignRunInput } from '../alerts/campaign-runs';
import { evaluateAll, productKey } from '../alerts/engine';
import { dayNumber } from '../alerts/periods';
import { ALERT_SETTING_KEYS, storedAlertSettings } from '../alerts/settings-rows';
import { campaignStockWindow } from '../alerts/stock';
import { alertsOfProducts, dayString, historiesOf, historyOf } from '../db/alerts-repo';
import type { RunRow, SidekickDb } from '../db/schema';
import type { ProductRow, SnapshotRow } from '../db/types';
import type { CampaignCapture, Capture, CaptureResult, CapturedRow } from '../messaging/alerts';
import { mergeMetrics, sameMetrics } from '../metrics/merge';
import { hourPeriod, todayIn } from '../metrics/page-date';

/**
 * Capture → evaluate → store: what a dashboard's rows become in IndexedDB, with the alerts they raise
 * or resolve, in one transaction each. The tables and queries it uses are in lib/db.
 */

const DAY_MS = 86_400_000;
/** Days of history the rules look back over (7-day baseline, zero-sales streaks) with room to spare. */
const HISTORY_DAYS = 35;

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
