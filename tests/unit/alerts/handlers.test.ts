import { purgeExpired } from '../../../lib/db/alerts-repo';
import { countOpenAlerts } from '../../../lib/workflows/alert-views';
import { openDatabase, type SidekickDb } from '../../../lib/db/schema';
import { ALERT_SETTING_KEYS } from '../../../lib/alerts/settings-rows';
import { createClient } from '../../../lib/messaging/client';
import { alertHandlers } from '../../../lib/messaging/handlers/alerts';
import type { Capture, CapturedRow } from '../../../lib/messaging/alerts';
import { createRouter } from '../../../lib/messaging/router';
import { routerOptions } from '../../support/router';
import { SidekickError } from '../../../lib/messaging/define';

const OWN_ID = 'sidekick-extension-id';
const DAY = 86_400_000;
/** 2026-11-20 12:00 in Shanghai. */
const NOON_1120 = Date.UTC(2026, 10, 20, 4);

function setup(now = NOON_1120) {
  const db = openDatabase(`alerts-${Math.random().toString(36).slice(2)}`);
  const clock = { now };
  const route = createRouter(alertHandlers(db, () => clock.now) as never, routerOptions(OWN_ID, db));
  const send = createClient((message) => route(message, { id: OWN_ID }));
  return { db, send, clock };
}

const lipstick = (conversionRate: number, visitors = 1000): CapturedRow => ({
  productId: '742198305561',
  title: '花漾丝绒雾面哑光口红',
  metrics: { visitors, conversionRate, buyers: Math.round(visitors * conversionRate) },
  listedDate: '2026-11-05',
  category: '彩妆/香水/美妆工具 > 唇膏/口红',
});
const mask = (visitors: number): CapturedRow => ({ productId: '658823107342', title: '花漾玻尿酸补水保湿面膜', metrics: { visitors, conversionRate: 0.062 }, listedDate: '2025-03-18' });

function capture(period: string, rows: CapturedRow[], extra: Partial<Capture> = {}): Capture {
  return { platform: 'taobao', storeId: 'taobao:花漾美妆旗舰店', period, timeZone: 'Asia/Shanghai', currency: 'CNY', source: 'https://sycm.taobao.com/cc/item_rank', rows, ...extra };
}

async function snapshotKeys(db: SidekickDb) {
  return (await db.snapshots.toArray()).map((s) => `${s.productId}|${s.period}`).sort();
}

describe('recording what the seller’s tables showed', () => {
  test('a revisit of the same day updates the snapshot, never adds a second one', async () => {
    const { db, send, clock } = setup();
    await send('metrics/capture', capture('2026-11-20', [mask(800)]));
    clock.now += 3_600_000;
    const again = await send('metrics/capture', capture('2026-11-20', [mask(812)]));
    expect(again.snapshots).toBe(1);
    expect(await snapshotKeys(db)).toEqual(['658823107342|2026-11-20']);
    expect((await db.snapshots.toArray())[0]).toMatchObject({ metrics: { visitors: 812 }, capturedAt: NOON_1120 + 3_600_000, storeId: 'taobao:花漾美妆旗舰店' });
    // The very same numbers again: nothing to write.
    expect(await send('metrics/capture', capture('2026-11-20', [mask(812)]))).toEqual({ snapshots: 0, opened: 0, resolved: 0 });
  });

  test('an unreadable cell on a revisit keeps the number read before (null never erases, never becomes 0)', async () => {
    const { db, send } = setup();
    await send('metrics/capture', capture('2026-11-20', [mask(800)]));
    await send('metrics/capture', capture('2026-11-20', [{ ...mask(800), metrics: { visitors: null, conversionRate: 0.07 } }]));
    expect((await db.snapshots.toArray())[0]?.metrics).toEqual({ visitors: 800, conversionRate: 0.07 });
  });

  test('a product is stored once with its listing date, category and the day it was first shown', async () => {
    const { db, send } = setup();
    await send('metrics/capture', capture('2026-11-16', [lipstick(0.01)]));
    await send('metrics/capture', capture('2026-11-17', [lipstick(0.01)]));
    const products = await db.products.toArray();
    expect(products).toHaveLength(1);
    expect(products[0]).toMatchObject({ listedDate: '2026-11-05', category: '彩妆/香水/美妆工具 > 唇膏/口红', firstSeen: Date.UTC(2026, 10, 16), storeId: 'taobao:花漾美妆旗舰店' });
  });

  test.each([
    ['a metric sent as text', { visitors: '1,391' }],
    ['a metric that is not a number', { visitors: Number.NaN }],
    ['a metric key outside the vocabulary', { stayTime: 21.4 }],
  ])('%s is dropped at the message boundary (counted, never stored)', async (_name, metrics) => {
    const { send, db } = setup();
    const rows = [{ productId: '1', metrics }, mask(800)] as unknown as CapturedRow[];
    expect(await send('metrics/capture', capture('2026-11-20', rows))).toMatchObject({ snapshots: 1, dropped: 1 });
    expect(await db.products.get(['taobao', '1'])).toBeUndefined();
  });

  test('a date range is not a day', async () => {
    const { send } = setup();
    await expect(send('metrics/capture', capture('2026-11-14|2026-11-20', [mask(800)]))).rejects.toMatchObject({ issues: [expect.stringMatching(/^period: /)] });
  });
});

describe('alerts from the captured history', () => {
  test('a new lipstick converting 1% against beauty’s 3% raises one alert, seen again each day, resolved when it recovers', async () => {
    const { db, send, clock } = setup(Date.UTC(2026, 10, 16, 4));
    const first = await send('metrics/capture', capture('2026-11-16', [lipstick(0.0095)]));
    expect(first.opened).toBe(1);
    for (const day of ['2026-11-17', '2026-11-18']) {
      clock.now += DAY;
      expect((await send('metrics/capture', capture(day, [lipstick(0.01)]))).opened).toBe(0);
    }
    const [alert] = await db.alerts.toArray();
    expect(alert).toMatchObject({ ruleId: 'low-conversion-promotion', status: 'open', firstPeriod: '2026-11-16', lastPeriod: '2026-11-18', seenCount: 3, storeId: 'taobao:花漾美妆旗舰店' });
    // The promotion days are pooled: 29.5 orders from 3,000 visitors.
    expect(alert?.evidence).toMatchObject({ metric: 'conversionRate', benchmark: 0.03, benchmarkSource: 'category-typical' });
    expect(alert?.evidence.value).toBeCloseTo(29.5 / 3000, 6);
    expect(await countOpenAlerts(db, clock.now)).toBe(1);
    // A day back over the mean (3.6%) resolves it: the alert is about now.
    clock.now += DAY;
    expect((await send('metrics/capture', capture('2026-11-19', [lipstick(0.036)]))).resolved).toBe(1);
    expect(await db.alerts.toArray()).toMatchObject([{ status: 'resolved' }]);
    expect(await countOpenAlerts(db, clock.now)).toBe(0);
  });

  test('the seller’s own benchmark beats the typical one', async () => {
    const { db, send } = setup(Date.UTC(2026, 10, 16, 4));
    await db.settings.put({ key: ALERT_SETTING_KEYS.benchmarkOverrides, value: [{ platform: 'taobao', category: 'beauty', metric: 'conversionRate', value: 0.008, source: 'user' }] });
    expect((await send('metrics/capture', capture('2026-11-16', [lipstick(0.0095)]))).opened).toBe(0);
  });

  test('visitors halving against the 7-day median is a traffic drop, and only that product is flagged', async () => {
    const { db, send, clock } = setup(Date.UTC(2026, 10, 9, 4));
    const week = Array.from({ length: 10 }, (_, i) => `2026-11-${String(9 + i).padStart(2, '0')}`);
    for (const day of week) {
      await send('metrics/capture', capture(day, [mask(800), { ...lipstick(0.04), listedDate: '2025-01-01' }]));
      clock.now += DAY;
    }
    await send('metrics/capture', capture('2026-11-19', [mask(370), { ...lipstick(0.04), listedDate: '2025-01-01' }]));
    expect((await db.alerts.toArray()).map((a) => `${a.productId} ${a.ruleId}`)).toEqual(['658823107342 traffic-drop']);
  });

  test('in one batch of many products each is judged on its own history and its own open alert', async () => {
    const { db, send, clock } = setup(Date.UTC(2026, 10, 9, 4));
    // Three masks of very different traffic share every message; only the busiest halves.
    const masks = (busiest: number): CapturedRow[] => [
      { ...mask(80), productId: '100000000001', listedDate: '2025-01-01' },
      { ...mask(busiest), productId: '100000000002', listedDate: '2025-01-01' },
      { ...mask(800), productId: '100000000003', listedDate: '2025-01-01' },
    ];
    for (let i = 0; i < 10; i++) {
      await send('metrics/capture', capture(`2026-11-${String(9 + i).padStart(2, '0')}`, masks(8000)));
      clock.now += DAY;
    }
    for (const day of ['2026-11-19', '2026-11-20']) {
      await send('metrics/capture', capture(day, masks(3700)));
      clock.now += DAY;
    }
    expect((await db.alerts.toArray()).map((a) => `${a.productId} ${a.ruleId} ${a.firstPeriod}…${a.lastPeriod} ×${a.seenCount}`)).toEqual([
      '100000000002 traffic-drop 2026-11-19…2026-11-20 ×2',
    ]);
  });

  test('acknowledge and snooze take an alert off the count; a snooze that runs out brings it back', async () => {
    const { db, send, clock } = setup();
    await send('metrics/capture', capture('2026-11-20', [lipstick(0.0095)]));
    const [open] = await send('alerts/open', { platform: 'taobao', storeId: 'taobao:花漾美妆旗舰店' });
    expect(open).toMatchObject({ ruleId: 'low-conversion-promotion', productTitle: '花漾丝绒雾面哑光口红' });
    // Another store's page, or a page that shows no store (null), does not get this store's alert.
    expect(await send('alerts/open', { platform: 'taobao', storeId: 'taobao:别家小店' })).toEqual([]);
    expect(await send('alerts/open', { platform: 'taobao', storeId: null })).toEqual([]);
    const snoozed = await send('alerts/act', { id: open!.id, action: 'snooze', days: 1 });
    expect(snoozed).toMatchObject({ status: 'snoozed', snoozedUntil: NOON_1120 + DAY });
    expect(await send('alerts/open', { platform: 'taobao', storeId: 'taobao:花漾美妆旗舰店' })).toEqual([]);
    clock.now += DAY + 1;
    expect(await send('alerts/open', { platform: 'taobao', storeId: 'taobao:花漾美妆旗舰店' })).toHaveLength(1);
    expect(await countOpenAlerts(db, clock.now)).toBe(1);
    await send('alerts/act', { id: open!.id, action: 'acknowledge' });
    expect(await countOpenAlerts(db, clock.now)).toBe(0);
    expect(await send('alerts/open', { platform: 'jd', storeId: 'taobao:花漾美妆旗舰店' })).toEqual([]);
    // A page must say which store it shows (or null): the message has no "every store".
    await expect(send('alerts/open', { platform: 'taobao' } as never)).rejects.toMatchObject({ code: 'invalid', issues: [expect.stringMatching(/^storeId:/)] });
  });

  test('inside a campaign run’s burst window a capture of today also keeps an hourly snapshot', async () => {
    const { db, send } = setup();
    await db.runs.put({ id: 'run-1', templateId: 'campaign', templateVersion: 1, name: '双11 2026', platform: 'taobao', dates: { burstStart: '2026-11-20', burstEnd: '2026-11-21' }, targets: {}, createdAt: 1, archived: false });
    await send('metrics/capture', capture('2026-11-20', [mask(800)]));
    expect(await snapshotKeys(db)).toEqual(['658823107342|2026-11-20', '658823107342|2026-11-20T12']);
    // A table for an earlier day is that day's, not this hour's.
    await send('metrics/capture', capture('2026-11-19', [mask(790)]));
    expect(await snapshotKeys(db)).toHaveLength(3);
  });

  test('the sparkline history is the product’s daily snapshots of the last 14 days', async () => {
    const { send } = setup();
    for (let d = 1; d <= 20; d++) await send('metrics/capture', capture(`2026-11-${String(d).padStart(2, '0')}`, [mask(800 + d)]));
    const history = await send('alerts/history', { platform: 'taobao', productId: '658823107342', days: 14 });
    expect(history.map((s) => s.period)).toEqual(Array.from({ length: 14 }, (_, i) => `2026-11-${String(i + 7).padStart(2, '0')}`));
  });
});

describe('retention', () => {
  test('snapshots older than the window and alerts resolved before it are purged; the rest stays', async () => {
    const { db } = setup();
    const now = Date.UTC(2026, 10, 20);
    const snap = (period: string) => ({ platform: 'taobao' as const, productId: '1', period, currency: 'CNY', metrics: {}, source: 's', capturedAt: 1 });
    await db.snapshots.bulkAdd([snap('2025-10-15'), snap('2025-10-16T10'), snap('2025-10-17'), snap('2026-11-19')]);
    const alert = { platform: 'taobao' as const, productId: '1', ruleId: 'traffic-drop', severity: 'medium' as const, evidence: { metric: 'visitors' as const, value: 1, period: '2025-10-01' }, firstPeriod: '2025-10-01', seenCount: 1, updatedAt: 1 };
    await db.alerts.bulkAdd([
      { ...alert, status: 'resolved', lastPeriod: '2025-10-02' },
      { ...alert, status: 'open', lastPeriod: '2025-10-02', ruleId: 'conversion-drop' },
      { ...alert, status: 'resolved', lastPeriod: '2026-11-01', ruleId: 'buybox-falling' },
    ]);
    // Default 400 days: the cutoff is 2025-10-16.
    expect(await purgeExpired(db, now)).toEqual({ snapshots: 1, alerts: 1, products: 0 });
    expect((await db.snapshots.toArray()).map((s) => s.period)).toEqual(['2025-10-16T10', '2025-10-17', '2026-11-19']);
    expect((await db.alerts.toArray()).map((a) => a.ruleId).sort()).toEqual(['buybox-falling', 'conversion-drop']);
    // 30 days: the cutoff is 2026-10-21; an alert resolved on 11-01 is still inside it.
    await db.settings.put({ key: ALERT_SETTING_KEYS.retentionDays, value: 30 });
    expect(await purgeExpired(db, now)).toEqual({ snapshots: 2, alerts: 0, products: 0 });
  });

  test('a product no table has shown for the whole window leaves with its open alert, and the toolbar count drops', async () => {
    const { db } = setup();
    const now = Date.UTC(2026, 10, 20);
    await db.settings.put({ key: ALERT_SETTING_KEYS.retentionDays, value: 30 });
    const product = (productId: string, firstSeen: number) => ({ platform: 'taobao' as const, productId, title: productId, firstSeen, tags: [] });
    const snap = (productId: string, period: string) => ({ platform: 'taobao' as const, productId, period, currency: 'CNY', metrics: {}, source: '', capturedAt: 1 });
    const alert = (productId: string, lastPeriod: string) => ({
      platform: 'taobao' as const,
      productId,
      ruleId: 'traffic-drop',
      status: 'open' as const,
      severity: 'medium' as const,
      evidence: { metric: 'visitors' as const, value: 1, period: lastPeriod },
      firstPeriod: lastPeriod,
      lastPeriod,
      seenCount: 1,
      updatedAt: 1,
    });
    // 下架: last in a table on 2026-09-01; 在售: in today's table; 新品: first seen yesterday, no snapshot kept yet.
    await db.products.bulkAdd([product('下架', Date.UTC(2026, 7, 1)), product('在售', Date.UTC(2026, 7, 1)), product('新品', Date.UTC(2026, 10, 19))]);
    await db.snapshots.bulkAdd([snap('下架', '2026-09-01'), snap('在售', '2026-09-01'), snap('在售', '2026-11-19')]);
    await db.alerts.bulkAdd([alert('下架', '2026-09-01'), alert('在售', '2026-09-01')]);
    expect(await countOpenAlerts(db, now)).toBe(2);
    expect(await purgeExpired(db, now)).toEqual({ snapshots: 2, alerts: 1, products: 1 });
    expect((await db.products.toArray()).map((p) => p.productId).sort()).toEqual(['在售', '新品'].sort());
    expect(await countOpenAlerts(db, now)).toBe(1);
  });
});

describe('one bad row never costs its batch', () => {
  test('an over-long id (an odd ?id= link) is dropped and counted; the other 199 rows are stored', async () => {
    const { db, send } = setup();
    const rows: CapturedRow[] = Array.from({ length: 200 }, (_, i) => ({ productId: String(700000 + i), metrics: { visitors: 100 + i } }));
    rows[57] = { productId: `6${'0'.repeat(120)}`, metrics: { visitors: 5 } };
    const result = await send('metrics/capture', capture('2026-11-20', rows));
    expect(result).toMatchObject({ snapshots: 199, dropped: 1 });
    expect(await db.snapshots.count()).toBe(199);
    expect(await db.products.get(['taobao', '700057'])).toBeUndefined();
  });

  test('a batch whose every row is bad is answered (nothing to retry), not refused', async () => {
    const { db, send } = setup();
    const result = await send('metrics/capture', capture('2026-11-20', [{ productId: 'a b', metrics: {} }]));
    expect(result).toEqual({ snapshots: 0, opened: 0, resolved: 0, dropped: 1 });
    expect(await db.snapshots.count()).toBe(0);
  });

  test('more rows than one batch may hold is still refused whole', async () => {
    const { send } = setup();
    const rows: CapturedRow[] = Array.from({ length: 501 }, (_, i) => ({ productId: String(i + 1), metrics: {} }));
    await expect(send('metrics/capture', capture('2026-11-20', rows))).rejects.toThrow(SidekickError);
  });
});

describe('alerts/coverage: what a store’s kept history holds', () => {
  test('products of the store, its first and last day stored and the products on the last; other stores, platforms and campaign hours apart', async () => {
    const { db, send } = setup();
    await send('metrics/capture', capture('2026-11-18', [lipstick(0.01), mask(800)]));
    await send('metrics/capture', capture('2026-11-20', [mask(790)]));
    await send('metrics/capture', capture('2026-11-21', [{ ...lipstick(0.01), productId: '700000000001' }], { storeId: 'taobao:另一家店' }));
    await db.snapshots.add({ platform: 'taobao', productId: 'campaign:run-1', storeId: 'taobao:花漾美妆旗舰店', period: '2026-11-22T10', currency: 'CNY', metrics: { gmv: 1 }, source: '/x', capturedAt: 0 });
    expect(await send('alerts/coverage', { platform: 'taobao', storeId: 'taobao:花漾美妆旗舰店' })).toEqual({ products: 2, firstDay: '2026-11-18', lastDay: '2026-11-20', lastDayProducts: 1 });
    expect(await send('alerts/coverage', { platform: 'taobao', storeId: 'taobao:没来过的店' })).toEqual({ products: 0, lastDayProducts: 0 });
  });
});
