import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { evaluateAll, evaluateProduct, openAlertCount, productKey } from '../../../lib/alerts/engine';
import { DEFAULT_ALERT_SETTINGS } from '../../../lib/alerts/defaults';
import { METRIC_KEYS, type Metrics } from '../../../lib/metrics/keys';
import type { AlertRow, ProductRow, SnapshotRow } from '../../../lib/db/types';
import { addDays, AlertTable, campaign, days, hours, product, settingsWith, snapshot, TODAY } from './build';

const HOUR = 3_600_000;
// The lifecycle is the engine's, whatever the rule: the simplest one (a floor, judged on the day alone) stands in.
const lipstick = product();
const weak: Metrics = { pageViews: 200, buyBoxRate: 0.6 };
const good: Metrics = { pageViews: 200, buyBoxRate: 0.97 };
const FLOOR_ON = settingsWith({ enabledRules: ['buybox-under-floor'] });

/** The background's loop: each day the seller browses, evaluate with what the table holds, write the changes. */
function browse(table: AlertTable, dayMetrics: Metrics[], options: { items?: ProductRow[]; settings?: typeof DEFAULT_ALERT_SETTINGS; start?: number } = {}) {
  const items = options.items ?? [lipstick];
  const history: SnapshotRow[] = [];
  dayMetrics.forEach((metrics, i) => {
    history.push(snapshot(addDays(TODAY, i), metrics));
    const now = (options.start ?? Date.UTC(2026, 2, 20, 12)) + i * 24 * HOUR;
    const byProduct = new Map(items.map((item) => [productKey(item.platform, item.productId), history]));
    table.apply(evaluateAll(items, byProduct, table.all(), options.settings ?? FLOOR_ON, now));
  });
  return table;
}

const lowConversion = (table: AlertTable) => table.all().filter((alert) => alert.ruleId === 'buybox-under-floor');

describe('alert lifecycle', () => {
  test('a listing under the floor on five days is one alert seen five times', () => {
    const [alert, ...others] = lowConversion(browse(new AlertTable(), [weak, weak, weak, weak, weak]));
    expect(others).toEqual([]);
    expect(alert).toMatchObject({ status: 'open', seenCount: 5, firstPeriod: TODAY, lastPeriod: addDays(TODAY, 4), platform: 'taobao', productId: 'p1' });
    expect(alert?.evidence.period).toBe(addDays(TODAY, 4));
  });

  test('when conversion recovers the alert resolves by itself', () => {
    const [alert] = lowConversion(browse(new AlertTable(), [weak, weak, good]));
    expect(alert).toMatchObject({ status: 'resolved', seenCount: 2, lastPeriod: addDays(TODAY, 1), resolvedAt: Date.UTC(2026, 2, 22, 12) });
  });

  test('a resolved alert that comes back is a new alert', () => {
    const alerts = lowConversion(browse(new AlertTable(), [weak, good, weak]));
    expect(alerts.map(({ status, seenCount, firstPeriod }) => ({ status, seenCount, firstPeriod }))).toEqual([
      { status: 'resolved', seenCount: 1, firstPeriod: TODAY },
      { status: 'open', seenCount: 1, firstPeriod: addDays(TODAY, 2) },
    ]);
  });

  test('an acknowledged alert stays acknowledged while the problem lasts', () => {
    const table = browse(new AlertTable(), [weak]);
    table.update(1, { status: 'acknowledged' });
    browse(table, [weak, weak, weak]);
    expect(lowConversion(table)).toMatchObject([{ id: 1, status: 'acknowledged', seenCount: 3 }]);
  });

  test('a snoozed alert stays snoozed until the snooze is over, then reopens if the problem is still there', () => {
    const table = browse(new AlertTable(), [weak]);
    const start = Date.UTC(2026, 2, 20, 12);
    table.update(1, { status: 'snoozed', snoozedUntil: start + 36 * HOUR });
    browse(table, [weak, weak], { start });
    expect(lowConversion(table)).toMatchObject([{ status: 'snoozed', seenCount: 2 }]);
    browse(table, [weak, weak, weak], { start });
    const [alert] = lowConversion(table);
    expect(alert).toMatchObject({ status: 'open', seenCount: 3 });
    expect(alert?.snoozedUntil).toBeUndefined();
  });

  test('a snoozed alert whose problem goes away resolves', () => {
    const table = browse(new AlertTable(), [weak]);
    table.update(1, { status: 'snoozed', snoozedUntil: Date.UTC(2027, 0, 1) });
    browse(table, [weak, good]);
    expect(lowConversion(table)).toMatchObject([{ status: 'resolved' }]);
  });

  test('re-visiting the same day with the same numbers writes nothing; new numbers update the evidence, not the count', () => {
    const history = days([weak]);
    const byProduct = new Map([[productKey('taobao', 'p1'), history]]);
    const table = new AlertTable().apply(evaluateAll([lipstick], byProduct, [], FLOOR_ON, 1));
    expect(evaluateAll([lipstick], byProduct, table.all(), FLOOR_ON, 2)).toEqual({ upserts: [], resolved: [] });
    const revisited = new Map([[productKey('taobao', 'p1'), days([{ pageViews: 260, buyBoxRate: 0.55 }])]]);
    const { upserts } = evaluateAll([lipstick], revisited, table.all(), FLOOR_ON, 3);
    expect(upserts).toMatchObject([{ id: 1, seenCount: 1, evidence: { value: 0.55 }, updatedAt: 3 }]);
  });

  test("products not evaluated this time keep their alerts as they are", () => {
    const table = browse(new AlertTable(), [weak]);
    expect(evaluateAll([], new Map(), table.all(), FLOOR_ON, 5)).toEqual({ upserts: [], resolved: [] });
  });

  test('turning a rule off resolves its open alerts', () => {
    const table = browse(new AlertTable(), [weak, weak]);
    browse(table, [weak, weak, weak], { settings: settingsWith({ enabledRules: ['buybox-under-floor'], disabledRules: ['buybox-under-floor'] }) });
    expect(lowConversion(table)).toMatchObject([{ status: 'resolved', seenCount: 2 }]);
    // A rule shipped off (an absolute floor) is off until the seller turns it on.
    expect(browse(new AlertTable(), [weak, weak], { settings: DEFAULT_ALERT_SETTINGS }).all()).toEqual([]);
  });

  test('two unresolved alerts for one product and rule (old data) are merged back into one', () => {
    const row = (id: number): AlertRow => ({ id, platform: 'taobao', productId: 'p1', ruleId: 'buybox-under-floor', status: 'open', severity: 'high', evidence: { metric: 'buyBoxRate', value: 0.6, period: TODAY }, firstPeriod: TODAY, lastPeriod: TODAY, seenCount: 1, updatedAt: 0 });
    const byProduct = new Map([[productKey('taobao', 'p1'), days([weak, weak], addDays(TODAY, 1))]]);
    const { upserts, resolved } = evaluateAll([lipstick], byProduct, [row(1), row(2)], FLOOR_ON, 9);
    expect(upserts).toMatchObject([{ id: 1, seenCount: 2 }]);
    expect(resolved).toMatchObject([{ id: 2, status: 'resolved' }]);
  });
});

describe('the engine reads history as it comes', () => {
  test('unsorted history with hourly campaign rows mixed in gives the same result as clean daily rows', () => {
    const clean = days([...Array.from({ length: 9 }, (_, i) => ({ visitors: 95 + (i % 3) * 5 })), { visitors: 20 }]);
    const messy = [clean[9], ...hours(`${clean[2]?.period}T10`, [{ visitors: 3 }]), clean[0], clean[3], clean[1], clean[2], ...clean.slice(4, 9).reverse()] as SnapshotRow[];
    const item = product({ listedDate: '2025-01-01' });
    expect(evaluateProduct(item, messy, DEFAULT_ALERT_SETTINGS)).toEqual(evaluateProduct(item, clean, DEFAULT_ALERT_SETTINGS));
    expect(evaluateProduct(item, clean, DEFAULT_ALERT_SETTINGS)?.hits.map((hit) => hit.rule.id)).toEqual(['traffic-drop']);
  });

  test('a product with no snapshot yet is not evaluated', () => {
    expect(evaluateProduct(lipstick, [], DEFAULT_ALERT_SETTINGS)).toBeNull();
  });

  test('the same input always gives the same output', () => {
    const byProduct = new Map([[productKey('taobao', 'p1'), days([weak, weak])]]);
    expect(evaluateAll([lipstick], byProduct, [], DEFAULT_ALERT_SETTINGS, 7)).toEqual(evaluateAll([lipstick], byProduct, [], DEFAULT_ALERT_SETTINGS, 7));
  });

  test('a history where every figure is missing never alerts, whatever its shape', () => {
    const nullMetrics = Object.fromEntries(METRIC_KEYS.map((key) => [key, null])) as Metrics;
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 1, maxLength: 30 }), fc.integer({ min: 0, max: 400 }), (captured, age) => {
        const history = days(captured.map((isCaptured) => (isCaptured ? nullMetrics : null)));
        const item = product({ listedDate: addDays(TODAY, -age) });
        return (evaluateProduct(item, history, DEFAULT_ALERT_SETTINGS)?.hits ?? []).length === 0;
      }),
    );
  });
});

describe('campaign alerts', () => {
  const behind = campaign({ targets: { gmv: 1_000_000 }, snapshots: hours('2026-11-11T00', Array.from({ length: 12 }, () => ({ gmv: 10_000 }))) });

  test('a campaign alert is keyed by the run, not a product', () => {
    const { upserts } = evaluateAll([], new Map(), [], DEFAULT_ALERT_SETTINGS, 1, [behind]);
    expect(upserts).toMatchObject([{ runId: 'run-1111', platform: 'tmall', ruleId: 'gmv-pace-behind', status: 'open', lastPeriod: '2026-11-11T11' }]);
    expect(upserts[0]?.productId).toBeUndefined();
  });

  test('each hour behind pace is the same alert seen again', () => {
    const table = new AlertTable().apply(evaluateAll([], new Map(), [], DEFAULT_ALERT_SETTINGS, 1, [behind]));
    const nextHour = { ...behind, snapshots: [...behind.snapshots, ...hours('2026-11-11T12', [{ gmv: 10_000 }])] };
    table.apply(evaluateAll([], new Map(), table.all(), DEFAULT_ALERT_SETTINGS, 2, [nextHour]));
    expect(table.all()).toMatchObject([{ id: 1, seenCount: 2, lastPeriod: '2026-11-11T12' }]);
  });

  test("the run's alerts resolve once a snapshot after the burst window arrives", () => {
    const table = new AlertTable().apply(evaluateAll([], new Map(), [], DEFAULT_ALERT_SETTINGS, 1, [behind]));
    const after = { ...behind, snapshots: [...behind.snapshots, ...hours('2026-11-12T09', [{ gmv: 10_000 }])] };
    table.apply(evaluateAll([], new Map(), table.all(), DEFAULT_ALERT_SETTINGS, 2, [after]));
    expect(table.all()).toMatchObject([{ status: 'resolved', resolvedAt: 2 }]);
  });
});

describe('open alert count for the toolbar badge', () => {
  const alert = (status: AlertRow['status'], snoozedUntil?: number): AlertRow => ({
    platform: 'taobao', productId: 'p', ruleId: 'traffic-drop', status, severity: 'medium', evidence: { metric: 'visitors', value: 1, period: TODAY },
    firstPeriod: TODAY, lastPeriod: TODAY, seenCount: 1, updatedAt: 0, ...(snoozedUntil !== undefined && { snoozedUntil }),
  });
  const alerts = [alert('open'), alert('open'), alert('acknowledged'), alert('resolved'), alert('snoozed', 100), alert('snoozed', 1000)];

  test('counts open alerts only', () => expect(openAlertCount(alerts)).toBe(2));
  test('a snooze that is over counts again', () => expect(openAlertCount(alerts, 500)).toBe(3));
  test('no alerts, no count', () => expect(openAlertCount([])).toBe(0));
});
