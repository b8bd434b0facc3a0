import { openDatabase, type SidekickDb } from '../../../lib/db/schema';
import { DELETED_RUN_RETENTION_MS, deleteRun, importCustomTemplates, playbookRowId, saveCustomTemplate } from '../../../lib/db/playbooks-repo';
import { createClient } from '../../../lib/messaging/client';
import { SidekickError } from '../../../lib/messaging/define';
import { playbookHandlers } from '../../../lib/messaging/handlers/playbooks';
import { createRouter } from '../../../lib/messaging/router';
import { routerOptions } from '../../support/router';
import type { Template } from '../../../lib/playbooks/model';
import { templateTasks } from '../../../lib/playbooks/run';
import { AUTO_CHECK_NOTE } from '../../../lib/playbooks/run-state';
import { campaignTemplate } from '../../../lib/playbooks/templates/campaign';
import { productLifecycleTemplate } from '../../../lib/playbooks/templates/product-lifecycle';

const OWN_ID = 'sidekick-extension-id';
/** 2026-11-20 10:00 in Shanghai. */
const NOW = Date.UTC(2026, 10, 20, 2, 0);
const STORE = 'taobao:花漾美妆旗舰店';
const DOUBLE11 = { preheatStart: '2026-10-24', burstStart: '2026-11-11', burstEnd: '2026-11-11', returnEnd: '2026-11-13' };

function setup() {
  const db: SidekickDb = openDatabase(`playbooks-${Math.random().toString(36).slice(2)}`);
  let now = NOW;
  const route = createRouter(playbookHandlers(db, () => now) as never, routerOptions(OWN_ID, db));
  const send = createClient((message) => route(message, { id: OWN_ID }));
  return { db, send, route, setNow: (t: number) => (now = t) };
}

async function startDouble11(send: ReturnType<typeof setup>['send']) {
  return send('playbooks/start', { templateId: 'campaign', name: '双11 2026', storeId: STORE, platform: 'taobao', dates: DOUBLE11, targets: { gmv: 1_000_000 } });
}

const customCampaign = (version = 1): Template => ({ ...campaignTemplate, id: 'my-double11', builtIn: false, version });

describe('playbook templates', () => {
  test('the built-ins come first, then the latest version of each custom template', async () => {
    const { db, send } = setup();
    await saveCustomTemplate(db, customCampaign(), NOW);
    const templates = await send('playbooks/templates', {});
    const ids = templates.map((t) => t.id);
    // The handbook's five lead; a playbook added later sits among the built-ins, before any custom one.
    expect(ids.slice(0, 5)).toEqual(['store-launch', 'campaign', 'product-lifecycle', 'user-segmentation', 'cross-team']);
    expect(ids.at(-1)).toBe('my-double11');
    expect(templates.slice(0, -1).every((t) => t.builtIn)).toBe(true);
  });

  test('a custom template is edited in place until a run pins it, then a save becomes version 2', async () => {
    const { db, send } = setup();
    await saveCustomTemplate(db, customCampaign(), NOW);
    await saveCustomTemplate(db, { ...customCampaign(), name: { 'zh-CN': '我的双11', en: 'My Double 11' } }, NOW);
    expect(await db.playbooks.count()).toBe(1);
    await send('playbooks/start', { templateId: 'my-double11', name: '双11', dates: DOUBLE11, targets: {} });
    const saved = await saveCustomTemplate(db, { ...customCampaign(), name: { 'zh-CN': '我的双11 v2', en: 'My Double 11 v2' } }, NOW);
    expect(saved.version).toBe(2);
    expect((await db.playbooks.toArray()).map((r) => r.id).sort()).toEqual([playbookRowId('my-double11', 1), playbookRowId('my-double11', 2)]);
  });

  test('a built-in id cannot be taken by a custom template', async () => {
    const { db } = setup();
    await expect(saveCustomTemplate(db, { ...campaignTemplate, builtIn: false }, NOW)).rejects.toThrow(/built-in/);
  });

  test('an import with one clashing template stores none of them', async () => {
    const { db } = setup();
    const clash = { ...campaignTemplate, builtIn: false };
    await expect(importCustomTemplates(db, [customCampaign(), clash], NOW)).rejects.toThrow();
    expect(await db.playbooks.count()).toBe(0);
  });
});

describe('starting a run', () => {
  test('pins the template version, keeps store, dates and targets', async () => {
    const { send } = setup();
    const run = await startDouble11(send);
    expect(run).toMatchObject({ templateId: 'campaign', templateVersion: 1, name: '双11 2026', storeId: STORE, archived: false, createdAt: NOW });
    const detail = await send('playbooks/run', { runId: run.id });
    expect(detail?.template.id).toBe('campaign');
    expect(detail?.states).toEqual([]);
  });

  test.each([
    ['a required key date is missing', { preheatStart: '2026-10-24', burstStart: '2026-11-11' }, /dates\.burstEnd: required/],
    ['a key date the template does not have', { ...DOUBLE11, launch: '2026-10-01' }, /dates\.launch/],
    ['a day that is not on the calendar', { ...DOUBLE11, burstEnd: '2026-02-30' }, /not a calendar day/],
  ])('is refused when %s', async (_name, dates, error) => {
    const { send } = setup();
    await expect(send('playbooks/start', { templateId: 'campaign', name: '双11', dates, targets: {} })).rejects.toThrow(error);
  });

  test('a product-lifecycle run carries its product id', async () => {
    const { send } = setup();
    const run = await send('playbooks/start', { templateId: 'product-lifecycle', name: '新品 742198305561', productId: '742198305561', dates: { listedDate: '2026-11-02' }, targets: {} });
    expect(run.productId).toBe('742198305561');
  });

  test('several runs at once, newest first; a store sees its own runs and store-less ones', async () => {
    const { send, setNow } = setup();
    await startDouble11(send);
    setNow(NOW + 1);
    await send('playbooks/start', { templateId: 'user-segmentation', name: 'VIP 召回', dates: { startDate: '2026-11-20', reviewDate: '2026-12-20' }, targets: {} });
    setNow(NOW + 2);
    await send('playbooks/start', { templateId: 'store-launch', name: '京东店', storeId: 'jd:other', dates: { launchDate: '2026-12-01' }, targets: {} });
    expect((await send('playbooks/runs', {})).map((s) => s.run.name)).toEqual(['京东店', 'VIP 召回', '双11 2026']);
    expect((await send('playbooks/runs', { storeId: STORE })).map((s) => s.run.name)).toEqual(['VIP 召回', '双11 2026']);
    // A page that shows no store asks with null: the store-less run only, never every store's.
    expect((await send('playbooks/runs', { storeId: null })).map((s) => s.run.name)).toEqual(['VIP 召回']);
  });
});

describe('ticking tasks', () => {
  test('tick, note, link and untick land on the task; progress and the next due task follow', async () => {
    const { send } = setup();
    const run = await startDouble11(send);
    await send('playbooks/task/set', { runId: run.id, taskId: 'choose-theme', status: 'done', updatedAt: NOW });
    await send('playbooks/task/set', { runId: run.id, taskId: 'choose-theme', note: '主题：美力狂欢', updatedAt: NOW + 1 });
    await send('playbooks/task/set', { runId: run.id, taskId: 'choose-theme', link: 'https://docs.example.com/plan', updatedAt: NOW + 2 });
    const detail = await send('playbooks/run', { runId: run.id });
    expect(detail?.states).toEqual([
      { runId: run.id, taskId: 'choose-theme', status: 'done', note: '主题：美力狂欢', link: 'https://docs.example.com/plan', updatedAt: NOW + 2 },
    ]);
    const [summary] = await send('playbooks/runs', {});
    expect(summary?.progress.done).toBe(1);
    expect(summary?.next?.taskId).toBe('set-schedule-and-offers');
    expect(summary?.next?.overdue).toBe(true);
    await send('playbooks/task/set', { runId: run.id, taskId: 'choose-theme', status: 'open', updatedAt: NOW + 3 });
    expect((await send('playbooks/run', { runId: run.id }))?.states[0]).toMatchObject({ status: 'open', note: '主题：美力狂欢' });
  });

  test('a tick stamped far in the future is refused, so it can never freeze the task against later ticks', async () => {
    const { send } = setup();
    const run = await startDouble11(send);
    const farFuture = Date.now() + 10 * 365 * 86_400_000;
    const refused = await send('playbooks/task/set', { runId: run.id, taskId: 'choose-theme', status: 'done', updatedAt: farFuture }).catch((e: unknown) => e);
    expect((refused as SidekickError).issues[0]).toMatch(/^updatedAt: .*future/);
    await send('playbooks/task/set', { runId: run.id, taskId: 'choose-theme', status: 'skipped', reason: '主题已定', updatedAt: NOW });
    await send('playbooks/task/set', { runId: run.id, taskId: 'choose-theme', status: 'done', updatedAt: NOW + 1 });
    expect((await send('playbooks/run', { runId: run.id }))?.states[0]).toMatchObject({ status: 'done', updatedAt: NOW + 1 });
  });

  test('a skip keeps its reason; ticking it afterwards drops the reason', async () => {
    const { send } = setup();
    const run = await startDouble11(send);
    await send('playbooks/task/set', { runId: run.id, taskId: 'stock-check', status: 'skipped', reason: '仓库外包', updatedAt: NOW });
    expect((await send('playbooks/run', { runId: run.id }))?.states[0]).toMatchObject({ status: 'skipped', reason: '仓库外包' });
    await send('playbooks/task/set', { runId: run.id, taskId: 'stock-check', status: 'done', updatedAt: NOW + 1 });
    expect((await send('playbooks/run', { runId: run.id }))?.states[0]).toEqual({ runId: run.id, taskId: 'stock-check', status: 'done', updatedAt: NOW + 1 });
  });

  test('the later write wins, whatever order the writes arrive in; a retried write changes nothing', async () => {
    const { send } = setup();
    const run = await startDouble11(send);
    await send('playbooks/task/set', { runId: run.id, taskId: 'choose-theme', status: 'done', updatedAt: NOW + 10 });
    await send('playbooks/task/set', { runId: run.id, taskId: 'choose-theme', status: 'open', updatedAt: NOW + 5 });
    await send('playbooks/task/set', { runId: run.id, taskId: 'choose-theme', status: 'done', updatedAt: NOW + 10 });
    expect((await send('playbooks/run', { runId: run.id }))?.states).toEqual([{ runId: run.id, taskId: 'choose-theme', status: 'done', updatedAt: NOW + 10 }]);
  });

  test('two tabs ticking every task at once lose nothing', async () => {
    const { send } = setup();
    const run = await startDouble11(send);
    const ids = templateTasks(campaignTemplate).map(({ task }) => task.id);
    const tabA = ids.filter((_, i) => i % 2 === 0);
    const tabB = ids.filter((_, i) => i % 2 === 1);
    await Promise.all([
      ...tabA.map((taskId, i) => send('playbooks/task/set', { runId: run.id, taskId, status: 'done', updatedAt: NOW + i })),
      ...tabB.map((taskId, i) => send('playbooks/task/set', { runId: run.id, taskId, status: 'done', note: `B${i}`, updatedAt: NOW + i })),
    ]);
    const detail = await send('playbooks/run', { runId: run.id });
    expect(detail?.states.filter((s) => s.status === 'done').map((s) => s.taskId).sort()).toEqual([...ids].sort());
  });

  test.each([
    ['a task the template does not have', { taskId: 'no-such-task', status: 'done' as const }, /no task/],
    ['a link that is not a web address', { taskId: 'choose-theme', link: 'javascript:alert(1)' }, /Invalid/],
  ])('refuses %s', async (_name, patch, error) => {
    const { send } = setup();
    const run = await startDouble11(send);
    await expect(send('playbooks/task/set', { runId: run.id, updatedAt: NOW, ...patch })).rejects.toThrow(error);
  });

  test('a malformed tick comes back with the exact bad field', async () => {
    const { send } = setup();
    const error = (await send('playbooks/task/set', { runId: 'r', taskId: 't', status: 'finished' as never, updatedAt: NOW }).catch((e: unknown) => e)) as SidekickError;
    expect(error.issues[0]).toMatch(/^status: /);
  });
});

describe('archive, delete with undo, purge', () => {
  test('an archived run leaves the active list and comes back when unarchived', async () => {
    const { send } = setup();
    const run = await startDouble11(send);
    await send('playbooks/archive', { runId: run.id, archived: true });
    expect(await send('playbooks/runs', {})).toEqual([]);
    expect((await send('playbooks/runs', { includeArchived: true })).map((s) => s.run.archived)).toEqual([true]);
    await send('playbooks/archive', { runId: run.id, archived: false });
    expect(await send('playbooks/runs', {})).toHaveLength(1);
  });

  test('a deleted run disappears at once, is restored with its ticks by undo, and is purged after a week', async () => {
    const { db, send, setNow } = setup();
    const run = await startDouble11(send);
    await send('playbooks/task/set', { runId: run.id, taskId: 'choose-theme', status: 'done', updatedAt: NOW });
    await send('playbooks/delete', { runId: run.id });
    expect(await send('playbooks/runs', {})).toEqual([]);
    expect(await send('playbooks/run', { runId: run.id })).toBeNull();
    expect((await send('playbooks/runs', { deleted: true })).map((s) => s.run.id)).toEqual([run.id]);
    await send('playbooks/restore', { runId: run.id });
    expect((await send('playbooks/run', { runId: run.id }))?.states).toHaveLength(1);

    await send('playbooks/delete', { runId: run.id });
    setNow(NOW + DELETED_RUN_RETENTION_MS + 1);
    playbookHandlers(db, () => NOW + DELETED_RUN_RETENTION_MS + 1);
    await vi.waitFor(async () => expect(await db.runs.count()).toBe(0));
    expect(await db.taskStates.count()).toBe(0);
  });
});

describe('upgrading a run', () => {
  test('moves to the new version keeping ticks by task id, and reports what changed', async () => {
    const { db, send } = setup();
    await saveCustomTemplate(db, customCampaign(), NOW);
    const run = await send('playbooks/start', { templateId: 'my-double11', name: '双11', dates: DOUBLE11, targets: {} });
    await send('playbooks/task/set', { runId: run.id, taskId: 'choose-theme', status: 'done', note: '定了', updatedAt: NOW });
    await send('playbooks/task/set', { runId: run.id, taskId: 'stock-check', status: 'done', updatedAt: NOW });
    const v2 = structuredClone(customCampaign());
    v2.phases[0]!.steps[0]!.tasks.push({ ...v2.phases[0]!.steps[0]!.tasks[0]!, id: 'new-task' });
    v2.phases[1]!.steps[0]!.tasks = v2.phases[1]!.steps[0]!.tasks.filter((t) => t.id !== 'stock-check');
    await saveCustomTemplate(db, v2, NOW);

    expect((await send('playbooks/runs', {}))[0]?.upgradeTo).toBe(2);
    const result = await send('playbooks/upgrade', { runId: run.id });
    expect(result).toMatchObject({ kept: 1, added: 1, dropped: 1, missingDates: [] });
    const detail = await send('playbooks/run', { runId: run.id });
    expect(detail?.template.version).toBe(2);
    expect(detail?.upgradeTo).toBeUndefined();
    expect(detail?.states.find((s) => s.taskId === 'choose-theme')).toMatchObject({ status: 'done', note: '定了' });
  });

  test('an upgrade and a delete of the same run at the same moment: the run stays deleted', async () => {
    const { db, send } = setup();
    await saveCustomTemplate(db, customCampaign(), NOW);
    const run = await send('playbooks/start', { templateId: 'my-double11', name: '双11', dates: DOUBLE11, targets: {} });
    await saveCustomTemplate(db, customCampaign(), NOW);
    // The sidebar's upgrade button and the options page's delete, sent together.
    await Promise.allSettled([send('playbooks/upgrade', { runId: run.id }), deleteRun(db, run.id, NOW + 5)]);
    expect((await db.runs.get(run.id))?.deletedAt).toBe(NOW + 5);
  });

  test('a run already on the latest version is not upgraded', async () => {
    const { send } = setup();
    const run = await startDouble11(send);
    await expect(send('playbooks/upgrade', { runId: run.id })).rejects.toThrow(/already on version 1/);
  });
});

describe('auto-checks', () => {
  test('coupons listed on the coupon page tick "set up the coupons" in the store\'s active campaign run, noted as auto-checked', async () => {
    const { send } = setup();
    const run = await startDouble11(send);
    const other = await send('playbooks/start', { templateId: 'campaign', name: '别家店', storeId: 'taobao:别家', dates: DOUBLE11, targets: {} });
    const { ticked } = await send('playbooks/auto-check', { check: 'coupons-configured', storeId: STORE, passed: true });
    expect(ticked).toEqual([{ runId: run.id, taskId: 'configure-coupons' }]);
    expect((await send('playbooks/run', { runId: run.id }))?.states[0]).toMatchObject({ status: 'done', note: AUTO_CHECK_NOTE });
    expect((await send('playbooks/run', { runId: other.id }))?.states).toEqual([]);
  });

  test('a failed check never unticks, and a skipped or done task is left as the seller set it', async () => {
    const { send } = setup();
    const run = await startDouble11(send);
    await send('playbooks/task/set', { runId: run.id, taskId: 'configure-coupons', status: 'skipped', reason: '本次不发券', updatedAt: NOW });
    expect((await send('playbooks/auto-check', { check: 'coupons-configured', storeId: STORE, passed: true })).ticked).toEqual([]);
    expect((await send('playbooks/auto-check', { check: 'coupons-configured', storeId: STORE, passed: false })).ticked).toEqual([]);
    expect((await send('playbooks/run', { runId: run.id }))?.states[0]).toMatchObject({ status: 'skipped', reason: '本次不发券' });
  });

  test('a clean compliance check ticks the listing task of that product\'s run only', async () => {
    const { send } = setup();
    const dates = { listedDate: '2026-11-25' };
    const mine = await send('playbooks/start', { templateId: 'product-lifecycle', name: 'A', productId: '742198305561', dates, targets: {} });
    await send('playbooks/start', { templateId: 'product-lifecycle', name: 'B', productId: '658823107342', dates, targets: {} });
    const complianceTask = templateTasks(productLifecycleTemplate).find(({ task }) => task.autoCheck === 'listing-compliance-clean')!.task.id;
    const { ticked } = await send('playbooks/auto-check', { check: 'listing-compliance-clean', productId: '742198305561', passed: true });
    expect(ticked).toEqual([{ runId: mine.id, taskId: complianceTask }]);
    expect((await send('playbooks/auto-check', { check: 'listing-compliance-clean', passed: true })).ticked).toEqual([]);
  });

  test('archived runs are not auto-ticked', async () => {
    const { send } = setup();
    const run = await startDouble11(send);
    await send('playbooks/archive', { runId: run.id, archived: true });
    expect((await send('playbooks/auto-check', { check: 'coupons-configured', passed: true })).ticked).toEqual([]);
  });
});
