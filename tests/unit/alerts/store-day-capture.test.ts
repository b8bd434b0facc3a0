import { purgeExpired } from '../../../lib/db/alerts-repo';
import { ALERT_SETTING_KEYS } from '../../../lib/alerts/settings-rows';
import { openDatabase } from '../../../lib/db/schema';
import { createClient } from '../../../lib/messaging/client';
import { alertHandlers } from '../../../lib/messaging/handlers/alerts';
import { createRouter } from '../../../lib/messaging/router';
import { routerOptions } from '../../support/router';

const OWN_ID = 'sidekick-extension-id';
const STORE = 'taobao:花漾美妆旗舰店';
const NOW = Date.UTC(2026, 10, 21, 2, 0);

function setup() {
  const db = openDatabase(`store-day-${Math.random().toString(36).slice(2)}`);
  const route = createRouter(alertHandlers(db, () => NOW) as never, routerOptions(OWN_ID, db));
  return { db, send: createClient((message) => route(message, { id: OWN_ID })) };
}

const capture = (metrics: Record<string, number | null>, source = 'https://sycm.taobao.com/portal/home.htm?token=secret') => ({
  platform: 'taobao' as const,
  storeId: STORE,
  day: '2026-11-20',
  timeZone: 'Asia/Shanghai',
  currency: 'CNY',
  source,
  metrics,
});

describe('a store’s overview cards are kept as one day per store', () => {
  test('首页 then 流量看板 of the same day merge into one row; a "-" never erases a number read before', async () => {
    const { db, send } = setup();
    expect(await send('metrics/store-day', capture({ visitors: 12480, gmv: 34895, buyers: 584 }))).toEqual({ stored: true });
    expect(await send('metrics/store-day', capture({ visitors: 12480, pageViews: 31204, buyers: null }, 'https://sycm.taobao.com/flow/monitor/overview'))).toEqual({ stored: true });
    expect(await send('metrics/store-day', capture({ visitors: 12480 }))).toEqual({ stored: false });
    const rows = await db.storeDays.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ platform: 'taobao', storeId: STORE, period: '2026-11-20', currency: 'CNY', metrics: { visitors: 12480, gmv: 34895, buyers: 584, pageViews: 31204 }, capturedAt: NOW });
  });

  test('a capture with no figure, or a figure that is not a number, is refused with the field named', async () => {
    const { db, send } = setup();
    await expect(send('metrics/store-day', capture({}))).rejects.toMatchObject({ code: 'invalid', issues: [expect.stringContaining('metrics')] });
    await expect(send('metrics/store-day', { ...capture({ visitors: 1 }), metrics: { visitors: '1,391' } } as never)).rejects.toMatchObject({ code: 'invalid', issues: [expect.stringContaining('metrics.visitors')] });
    expect(await db.storeDays.count()).toBe(0);
  });

  test('store days older than the retention window leave with the snapshots', async () => {
    const { db } = setup();
    await db.settings.put({ key: ALERT_SETTING_KEYS.retentionDays, value: 30 });
    const row = { platform: 'taobao' as const, storeId: STORE, currency: 'CNY', metrics: { visitors: 1 }, source: '', capturedAt: 1 };
    await db.storeDays.bulkPut([{ ...row, period: '2026-10-20' }, { ...row, period: '2026-10-21' }, { ...row, period: '2026-11-19' }]);
    // 30 days before 2026-11-20: the cutoff is 2026-10-21.
    await purgeExpired(db, Date.UTC(2026, 10, 20));
    expect((await db.storeDays.toArray()).map((d) => d.period)).toEqual(['2026-10-21', '2026-11-19']);
  });
});
