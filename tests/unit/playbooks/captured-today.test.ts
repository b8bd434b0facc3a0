import { openDatabase, type SidekickDb } from '../../../lib/db/schema';
import { createClient } from '../../../lib/messaging/client';
import { alertHandlers } from '../../../lib/messaging/handlers/alerts';
import { withCapturedTodayCheck } from '../../../lib/messaging/handlers/captured-today';
import { playbookHandlers } from '../../../lib/messaging/handlers/playbooks';
import { createRouter, type Handlers } from '../../../lib/messaging/router';
import type { Capture } from '../../../lib/messaging/alerts';
import { capturedTodayReports, isTodaysCapture } from '../../../lib/playbooks/captured-today';
import { AUTO_CHECK_NOTE } from '../../../lib/playbooks/run-state';
import { routerOptions } from '../../support/router';

const OWN_ID = 'sidekick-extension-id';
/** 2026-11-20 10:00 in Shanghai (02:00 UTC). */
const NOW = Date.UTC(2026, 10, 20, 2, 0);
const STORE = 'taobao:花漾美妆旗舰店';
const LIPSTICK = '742198305561';
const MASK = '658823107342';

function setup() {
  const db: SidekickDb = openDatabase(`captured-today-${Math.random().toString(36).slice(2)}`);
  const handlers = withCapturedTodayCheck({ ...playbookHandlers(db, () => NOW), ...alertHandlers(db, () => NOW) } as Handlers, db, () => NOW);
  const route = createRouter(handlers, routerOptions(OWN_ID, db));
  const send = createClient((message) => route(message, { id: OWN_ID }));
  return { db, send };
}

function capture(period: string, productIds: string[], storeId = STORE): Capture {
  return {
    platform: 'taobao',
    storeId,
    period,
    timeZone: 'Asia/Shanghai',
    currency: 'CNY',
    source: 'https://sycm.taobao.com/cc/item_rank',
    rows: productIds.map((productId, i) => ({ productId, metrics: { visitors: 812 + i * 37, conversionRate: 0.031 } })),
  };
}

async function status(db: SidekickDb, runId: string, taskId: string) {
  return db.taskStates.get([runId, taskId]);
}

describe('metrics-captured-today', () => {
  test('today and yesterday (T-1, what 生意参谋 opens on) in the store’s zone count; older days and tomorrow do not', () => {
    // 2026-11-20 01:30 UTC is already the 20th in Shanghai but still the 19th in Los Angeles.
    const t = Date.UTC(2026, 10, 20, 1, 30);
    expect(isTodaysCapture('2026-11-20', 'Asia/Shanghai', t)).toBe(true);
    expect(isTodaysCapture('2026-11-19', 'Asia/Shanghai', t)).toBe(true);
    expect(isTodaysCapture('2026-11-18', 'Asia/Shanghai', t)).toBe(false);
    expect(isTodaysCapture('2026-11-20', 'America/Los_Angeles', t)).toBe(false);
    expect(isTodaysCapture('2026-11-18', 'America/Los_Angeles', t)).toBe(true);
    expect(isTodaysCapture('2026-11-20T09', 'Asia/Shanghai', t)).toBe(true);
  });

  test('a product run’s report is sent only when its product’s row was captured', () => {
    const reports = capturedTodayReports({ storeId: STORE, productIds: [LIPSTICK, MASK] }, [
      { productId: LIPSTICK, storeId: STORE },
      { productId: '999', storeId: STORE },
      { productId: MASK, storeId: 'taobao:别的店' },
    ]);
    expect(reports).toEqual([
      { check: 'metrics-captured-today', passed: true, storeId: STORE },
      { check: 'metrics-captured-today', passed: true, storeId: STORE, productId: LIPSTICK },
    ]);
  });

  test('today’s capture ticks the store’s launch report and the captured product’s tracking task, nothing else', async () => {
    const { db, send } = setup();
    const launch = await send('playbooks/start', { templateId: 'store-launch', name: '花漾开店', storeId: STORE, dates: { launchDate: '2026-11-18' }, targets: {} });
    const other = await send('playbooks/start', { templateId: 'store-launch', name: '别的店', storeId: 'taobao:别的店', dates: { launchDate: '2026-11-18' }, targets: {} });
    const lipstick = await send('playbooks/start', { templateId: 'product-lifecycle', name: '口红上新', storeId: STORE, productId: LIPSTICK, dates: { listedDate: '2026-11-05' }, targets: {} });
    const mask = await send('playbooks/start', { templateId: 'product-lifecycle', name: '面膜上新', storeId: STORE, productId: MASK, dates: { listedDate: '2026-11-05' }, targets: {} });

    const result = await send('metrics/capture', capture('2026-11-19', [LIPSTICK, '111222333']));
    expect(result.snapshots).toBe(2);

    expect(await status(db, launch.id, 'daily-operations-report')).toMatchObject({ status: 'done', note: AUTO_CHECK_NOTE });
    expect(await status(db, lipstick.id, 'daily-conversion-check')).toMatchObject({ status: 'done', note: AUTO_CHECK_NOTE });
    expect(await status(db, mask.id, 'daily-conversion-check')).toBeUndefined();
    expect(await status(db, other.id, 'daily-operations-report')).toBeUndefined();
  });

  test('last week’s report ticks nothing, and a task the seller skipped stays skipped', async () => {
    const { db, send } = setup();
    const launch = await send('playbooks/start', { templateId: 'store-launch', name: '花漾开店', storeId: STORE, dates: { launchDate: '2026-11-18' }, targets: {} });
    await send('metrics/capture', capture('2026-11-12', [LIPSTICK]));
    expect(await status(db, launch.id, 'daily-operations-report')).toBeUndefined();

    await send('playbooks/task/set', { runId: launch.id, taskId: 'daily-operations-report', status: 'skipped', reason: '外包代运营出日报', updatedAt: NOW - 1000 });
    await send('metrics/capture', capture('2026-11-20', [LIPSTICK]));
    expect(await status(db, launch.id, 'daily-operations-report')).toMatchObject({ status: 'skipped' });
  });

  test('a campaign dashboard’s hours tick the campaign’s hourly watch', async () => {
    const { db, send } = setup();
    const run = await send('playbooks/start', {
      templateId: 'campaign',
      name: '双12 2026',
      storeId: STORE,
      platform: 'taobao',
      dates: { preheatStart: '2026-11-15', burstStart: '2026-11-20', burstEnd: '2026-11-20', returnEnd: '2026-11-22' },
      targets: { gmv: 500_000 },
    });
    await send('metrics/campaign', {
      platform: 'taobao',
      storeId: STORE,
      day: '2026-11-20',
      timeZone: 'Asia/Shanghai',
      currency: 'CNY',
      source: 'https://sycm.taobao.com/portal/live',
      hours: [{ hour: 9, metrics: { gmv: 41_380, orders: 212 } }],
    });
    expect(await status(db, run.id, 'hourly-metrics-watch')).toMatchObject({ status: 'done', note: AUTO_CHECK_NOTE });
  });

  test('the store’s overview cards of yesterday tick the 运营日报 task too (an older day does not)', async () => {
    const { db, send } = setup();
    const launch = await send('playbooks/start', { templateId: 'store-launch', name: '花漾开店', storeId: STORE, dates: { launchDate: '2026-11-18' }, targets: {} });
    const overview = (day: string) => ({ platform: 'taobao' as const, storeId: STORE, day, timeZone: 'Asia/Shanghai', currency: 'CNY', source: 'https://sycm.taobao.com/portal/home.htm', metrics: { visitors: 34_616, gmv: 302_615.6 } });
    await send('metrics/store-day', overview('2026-11-12'));
    expect(await status(db, launch.id, 'daily-operations-report')).toBeUndefined();
    await send('metrics/store-day', overview('2026-11-19'));
    expect(await status(db, launch.id, 'daily-operations-report')).toMatchObject({ status: 'done', note: AUTO_CHECK_NOTE });
  });
});
