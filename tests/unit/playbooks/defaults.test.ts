import { getRunDetail, listRuns, listTemplates, startRun } from '../../../lib/workflows/runs';
import { openDatabase } from '../../../lib/db/schema';
import {
  ALL_STORES,
  applyPlaybookDefaults,
  editDefaults,
  EMPTY_STORE_DEFAULTS,
  PLAYBOOK_DEFAULTS_KEY,
  readPlaybookDefaults,
  storeDefaults,
} from '../../../lib/playbooks/defaults';
import type { Task, Template } from '../../../lib/playbooks/model';
import { datedTasks } from '../../../lib/playbooks/run';
import { findBuiltInTemplate } from '../../../lib/playbooks/templates';

const taskOf = (template: Template, id: string): Task => template.phases.flatMap((p) => p.steps.flatMap((s) => s.tasks)).find((t) => t.id === id)!;
const segmentation = findBuiltInTemplate('user-segmentation')!;
const campaign = findBuiltInTemplate('campaign')!;
const STORE = 'taobao:花漾美妆旗舰店';

describe('numbers the handbook does not give are labelled as defaults the seller can change', () => {
  test('the campaign review’s 3 working days is the handbook’s; a pre-heat task’s offset is a default', () => {
    const labelled = applyPlaybookDefaults(campaign, EMPTY_STORE_DEFAULTS);
    expect(taskOf(labelled, 'campaign-review').due.source).toBe('handbook');
    const others = labelled.phases.flatMap((p) => p.steps.flatMap((s) => s.tasks)).filter((t) => t.id !== 'campaign-review');
    expect(new Set(others.map((t) => t.due.source))).toEqual(new Set(['default']));
  });

  test('the segment cut-offs are data on the tasks that use them, each a default: new within 30 days, dormant after 90, VIP top 10%', () => {
    const labelled = applyPlaybookDefaults(segmentation, EMPTY_STORE_DEFAULTS);
    expect(taskOf(labelled, 'define-segments').parameters).toEqual([
      { key: 'newWithinDays', value: 30, source: 'default' },
      { key: 'activeMinOrders', value: 2, source: 'default' },
      { key: 'activeWindowDays', value: 90, source: 'default' },
      { key: 'dormantAfterDays', value: 90, source: 'default' },
      { key: 'vipTopPercent', value: 10, source: 'default' },
    ]);
    expect(taskOf(labelled, 'dormant-win-back').parameters?.map((p) => p.value)).toEqual([90, 180, 365]);
    // The text no longer repeats numbers that a setting could contradict.
    expect(taskOf(segmentation, 'define-segments').detail['zh-CN']).not.toMatch(/\d/);
    expect(taskOf(segmentation, 'dormant-win-back').detail.en).not.toMatch(/\d/);
  });

  test('the seller’s offset and cut-off replace the defaults and say they are the seller’s', () => {
    const own = { due: { 'user-segmentation/define-segments': -15 }, segments: { dormantAfterDays: 60 } };
    const labelled = applyPlaybookDefaults(segmentation, own);
    expect(taskOf(labelled, 'define-segments').due).toEqual({ anchor: 'startDate', offsetWorkingDays: -15, source: 'seller' });
    expect(taskOf(labelled, 'dormant-win-back').parameters?.[0]).toEqual({ key: 'dormantAfterDays', value: 60, source: 'seller' });
    expect(taskOf(labelled, 'size-segments').due).toEqual({ anchor: 'startDate', offsetWorkingDays: -8, source: 'default' });
  });

  test('a calendar-day lifecycle task moves by calendar days', () => {
    const lifecycle = findBuiltInTemplate('product-lifecycle')!;
    const labelled = applyPlaybookDefaults(lifecycle, { due: { 'product-lifecycle/promotion-daily-report': 28 }, segments: {} });
    expect(taskOf(labelled, 'promotion-daily-report').due).toEqual({ anchor: 'listedDate', offsetDays: 28, calendar: true, source: 'seller' });
  });

  test('a custom template is the seller’s own: Options does not change it, and a duplicated built-in’s defaults are now the seller’s', () => {
    const custom: Template = { ...segmentation, id: 'my-segments', builtIn: false };
    const shown = applyPlaybookDefaults(custom, { due: { 'my-segments/define-segments': -1 }, segments: { dormantAfterDays: 60 } });
    expect(taskOf(shown, 'define-segments').due).toEqual({ anchor: 'startDate', offsetWorkingDays: -10 });
    expect(taskOf(shown, 'define-segments').parameters?.[3]).toEqual({ key: 'dormantAfterDays', value: 90, source: 'seller' });
    const handbook = { ...campaign, id: 'my-campaign', builtIn: false };
    expect(taskOf(applyPlaybookDefaults(handbook, EMPTY_STORE_DEFAULTS), 'campaign-review').due.source).toBe('handbook');
    const plain = { ...findBuiltInTemplate('store-launch')!, id: 'my-launch', builtIn: false };
    expect(applyPlaybookDefaults(plain, EMPTY_STORE_DEFAULTS)).toBe(plain);
  });

  test('a store’s own value wins over the all-stores value, value by value', () => {
    const saved = {
      [ALL_STORES]: { due: { 'campaign/coupon-setup': -4, 'campaign/campaign-review': 5 }, segments: { newWithinDays: 14 } },
      [STORE]: { due: { 'campaign/coupon-setup': -6 }, segments: {} },
    };
    expect(storeDefaults(saved, STORE)).toEqual({ due: { 'campaign/coupon-setup': -6, 'campaign/campaign-review': 5 }, segments: { newWithinDays: 14 } });
    expect(storeDefaults(saved, 'jd:other')).toEqual(saved[ALL_STORES]);
    expect(storeDefaults(saved, undefined)).toEqual(saved[ALL_STORES]);
  });

  test('a stored value out of bounds is not trusted: the defaults apply', () => {
    expect(readPlaybookDefaults({ [ALL_STORES]: { due: {}, segments: { vipTopPercent: 80 } } })).toEqual({});
    expect(readPlaybookDefaults({ [ALL_STORES]: { due: { 'campaign/x': 1.5 }, segments: {} } })).toEqual({});
    expect(readPlaybookDefaults('nonsense')).toEqual({});
  });
});

describe('editing the defaults in Options', () => {
  const context = {
    inherited: EMPTY_STORE_DEFAULTS,
    taskTitle: (key: string) => (key === 'user-segmentation/define-segments' ? '用最近购买、频次、金额定义四层用户' : key),
    defaultOffset: (key: string) => (key === 'user-segmentation/define-segments' ? -10 : undefined),
  };

  test('good numbers are kept; one typed back to its default is dropped; an empty field clears', () => {
    const result = editDefaults(
      { due: { 'campaign/coupon-setup': -4 }, segments: { newWithinDays: 14 } },
      { due: { 'user-segmentation/define-segments': '-10', 'campaign/coupon-setup': '' }, segments: { dormantAfterDays: '60', newWithinDays: '30' } },
      'en',
      context,
    );
    expect(result).toEqual({ ok: true, value: { due: {}, segments: { dormantAfterDays: 60 } } });
  });

  test('bad numbers are each named in Chinese, and nothing is saved', () => {
    const result = editDefaults(EMPTY_STORE_DEFAULTS, { due: { 'user-segmentation/define-segments': '三天' }, segments: { vipTopPercent: '80', newWithinDays: '2.5' } }, 'zh-CN', context);
    expect(result).toEqual({
      ok: false,
      errors: ['用最近购买、频次、金额定义四层用户：偏移天数须为 -365 到 365 之间的整数。', 'VIP：近一年消费额前：须为 1 到 50 之间的整数。', '新客：首单后天数内：须为 1 到 365 之间的整数。'],
    });
  });

  test('in English too', () => {
    const result = editDefaults(EMPTY_STORE_DEFAULTS, { due: { 'user-segmentation/define-segments': '400' }, segments: {} }, 'en', context);
    expect(result).toEqual({ ok: false, errors: ['用最近购买、频次、金额定义四层用户: the offset must be a whole number of days from -365 to 365.'] });
  });

  test('win-back waves that do not grow are refused', () => {
    const result = editDefaults(EMPTY_STORE_DEFAULTS, { due: {}, segments: { winBackSecondDays: '60' } }, 'en', context);
    expect(result).toEqual({ ok: false, errors: ['The win-back waves must grow: dormant < second wave < third wave.'] });
  });
});

describe('a run shows the seller’s numbers for its store', () => {
  test('an offset set for all stores moves the due date; the store’s own wins for that store’s run', async () => {
    const db = openDatabase(`defaults-${Math.random().toString(36).slice(2)}`);
    const now = Date.UTC(2026, 10, 2, 4);
    const start = (storeId?: string) =>
      startRun(db, { templateId: 'user-segmentation', name: '分层', platform: 'taobao', ...(storeId ? { storeId } : {}), dates: { startDate: '2026-11-30', reviewDate: '2026-12-31' }, targets: {} }, now);
    const mine = await start(STORE);
    const other = await start('taobao:另一家店');
    const dueOf = async (runId: string) => {
      const detail = (await getRunDetail(db, runId))!;
      return datedTasks(detail.template, detail.run, detail.states, '2026-11-02', 'taobao').find((t) => t.task.id === 'define-segments')!;
    };
    // Ten working days before Monday 30 November 2026 is Monday 16 November.
    expect((await dueOf(mine.id)).due).toBe('2026-11-16');
    expect((await dueOf(mine.id)).task.due.source).toBe('default');

    await db.settings.put({
      key: PLAYBOOK_DEFAULTS_KEY,
      value: { [ALL_STORES]: { due: { 'user-segmentation/define-segments': -5 }, segments: {} }, [STORE]: { due: { 'user-segmentation/define-segments': -15 }, segments: { dormantAfterDays: 60 } } },
    });
    // Fifteen working days before is Monday 9 November; five is Monday 23 November.
    expect(await dueOf(mine.id)).toMatchObject({ due: '2026-11-09', task: { due: { source: 'seller' } } });
    expect((await dueOf(other.id)).due).toBe('2026-11-23');
    const summary = (await listRuns(db, { storeId: STORE }, now)).find((s) => s.run.id === mine.id)!;
    expect(summary.next).toMatchObject({ taskId: 'define-segments', due: '2026-11-09' });
    const forStore = await listTemplates(db, STORE);
    const cutoff = taskOf(forStore.find((t) => t.id === 'user-segmentation')!, 'dormant-win-back').parameters?.[0];
    expect(cutoff).toEqual({ key: 'dormantAfterDays', value: 60, source: 'seller' });
    db.close();
  });
});
