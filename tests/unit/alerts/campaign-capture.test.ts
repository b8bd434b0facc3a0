import { openDatabase } from '../../../lib/db/schema';
import { startRun } from '../../../lib/workflows/runs';
import { countOpenAlerts } from '../../../lib/workflows/alert-views';
import { createClient } from '../../../lib/messaging/client';
import { alertHandlers } from '../../../lib/messaging/handlers/alerts';
import type { CampaignCapture } from '../../../lib/messaging/alerts';
import { createRouter } from '../../../lib/messaging/router';
import { routerOptions } from '../../support/router';

const OWN_ID = 'sidekick-extension-id';
const STORE = 'taobao:花漾美妆旗舰店';
/** 2026-11-11 14:30 in Shanghai. */
const NOW = Date.UTC(2026, 10, 11, 6, 30);

async function setup() {
  const db = openDatabase(`campaign-${Math.random().toString(36).slice(2)}`);
  const route = createRouter(alertHandlers(db, () => NOW) as never, routerOptions(OWN_ID, db));
  const send = createClient((message) => route(message, { id: OWN_ID }));
  const run = await startRun(
    db,
    { templateId: 'campaign', name: '双11 2026', storeId: STORE, dates: { preheatStart: '2026-10-24', burstStart: '2026-11-11', burstEnd: '2026-11-11' }, targets: { couponRedemptionRate: 0.3 } },
    NOW,
  );
  return { db, send, run };
}

/** Hours 0..upto: 1,000 coupons claimed an hour, `used(h)` used, 300 orders and `failures(h)` failed payments. */
function board(day: string, upto: number, used: (h: number) => number, failures: (h: number) => number): CampaignCapture {
  const hours = Array.from({ length: upto + 1 }, (_, hour) => ({ hour, metrics: { couponIssued: 1000, couponUsed: used(hour), orders: 300, paymentFailures: failures(hour) } }));
  return { platform: 'taobao', storeId: STORE, day, timeZone: 'Asia/Shanghai', currency: 'CNY', source: 'https://myseller.taobao.com/home.htm/marketing/campaign/dashboard', hours };
}

describe('a campaign dashboard’s hourly figures during the burst', () => {
  test('each burst hour is one run-level snapshot; redemption under plan and rising failures are one alert each per run, resolved when they recover', async () => {
    const { db, send, run } = await setup();
    const first = await send('metrics/campaign', board('2026-11-11', 14, () => 120, (h) => (h >= 11 ? 10 * (h - 9) : 5)));
    expect(first).toMatchObject({ snapshots: 15, opened: 2 });
    const snapshots = await db.snapshots.toArray();
    expect(new Set(snapshots.map((s) => s.productId))).toEqual(new Set([`campaign:${run.id}`]));
    expect(snapshots.map((s) => s.period).sort()[14]).toBe('2026-11-11T14');
    expect(snapshots[0]).toMatchObject({ storeId: STORE, currency: 'CNY' });
    const alerts = await db.alerts.toArray();
    expect(alerts.map((a) => [a.ruleId, a.runId, a.status, a.storeId]).sort()).toEqual([
      ['coupon-redemption-under-plan', run.id, 'open', STORE],
      ['payment-failures-rising', run.id, 'open', STORE],
    ]);
    expect(alerts.find((a) => a.ruleId === 'coupon-redemption-under-plan')?.evidence).toMatchObject({ value: 0.12, benchmark: 0.3, period: '2026-11-11T14' });
    expect(await countOpenAlerts(db, NOW)).toBe(2);
    const open = await send('alerts/open', { platform: 'taobao', storeId: STORE });
    expect(open.map((a) => a.runName)).toEqual(['双11 2026', '双11 2026']);

    // The same board again: nothing new, still one alert per rule.
    expect(await send('metrics/campaign', board('2026-11-11', 14, () => 120, (h) => (h >= 11 ? 10 * (h - 9) : 5)))).toEqual({ snapshots: 0, opened: 0, resolved: 0 });

    // Later that day buyers redeem (running share over 30%) and payments are back to normal.
    const later = await send('metrics/campaign', board('2026-11-11', 22, (h) => (h <= 14 ? 120 : 800), (h) => (h >= 11 && h <= 14 ? 10 * (h - 9) : 5)));
    expect(later).toMatchObject({ opened: 0, resolved: 2 });
    expect(await countOpenAlerts(db, NOW)).toBe(0);
  });

  test('hours outside the burst window, or another store’s board, are not kept for the run', async () => {
    const { db, send } = await setup();
    expect(await send('metrics/campaign', board('2026-11-10', 23, () => 10, () => 0))).toEqual({ snapshots: 0, opened: 0, resolved: 0 });
    expect(await send('metrics/campaign', { ...board('2026-11-11', 3, () => 10, () => 0), storeId: 'taobao:别家店' })).toEqual({ snapshots: 0, opened: 0, resolved: 0 });
    expect(await db.snapshots.count()).toBe(0);
  });
});
