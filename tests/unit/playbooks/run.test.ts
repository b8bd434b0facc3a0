import fc from 'fast-check';
import type { Run, TaskState, Template } from '../../../lib/playbooks/model';
import {
  filterByRole,
  mergeTaskState,
  nextDueTask,
  orderTasksForPage,
  progress,
  templateTasks,
  upgradeRun,
} from '../../../lib/playbooks/run';
import { campaignTemplate } from '../../../lib/playbooks/templates/campaign';

const double11: Run = {
  id: 'run-double11-2026',
  templateId: 'campaign',
  templateVersion: 1,
  name: '双11 2026',
  storeId: 'tmall:12345',
  dates: { preheatStart: '2026-10-20', burstStart: '2026-10-31', burstEnd: '2026-11-11', returnEnd: '2026-11-13' },
  targets: { gmv: 1_000_000, newUsers: 5000, conversionRate: 0.032 },
  createdAt: Date.UTC(2026, 8, 1),
  archived: false,
};

function state(taskId: string, status: TaskState['status'], updatedAt: number, extra: Partial<TaskState> = {}): TaskState {
  return { runId: double11.id, taskId, status, updatedAt, ...extra };
}

const taskIds = templateTasks(campaignTemplate).map(({ task }) => task.id);

describe('progress', () => {
  test('a fresh run has nothing done', () => {
    const result = progress(campaignTemplate, []);
    expect(result.overall).toEqual({ done: 0, skipped: 0, total: taskIds.length, ratio: 0 });
    expect(result.byPhase.map((p) => p.phaseId)).toEqual(['plan', 'resources-and-preheat', 'execution', 'review']);
  });

  test('done and skipped tasks count per phase and overall; an unticked task is open again', () => {
    const result = progress(campaignTemplate, [
      state('choose-theme', 'done', 1),
      state('set-schedule-and-offers', 'done', 2),
      state('budget-and-stock-plan', 'skipped', 3, { reason: '预算沿用 618' }),
      state('configure-coupons', 'open', 4),
      state('task-from-another-version', 'done', 5),
    ]);
    expect(result.byPhase[0]).toEqual({ phaseId: 'plan', done: 2, skipped: 1, total: 4, ratio: 0.75 });
    expect(result.byPhase[1]).toEqual({ phaseId: 'resources-and-preheat', done: 0, skipped: 0, total: 7, ratio: 0 });
    expect(result.overall).toMatchObject({ done: 2, skipped: 1, total: taskIds.length });
  });

  test('two writes of one task count once, the later one', () => {
    const result = progress(campaignTemplate, [state('choose-theme', 'done', 2), state('choose-theme', 'open', 1)]);
    expect(result.overall.done).toBe(1);
  });
});

describe('the sidebar order on a page', () => {
  test.each([
    { page: 'campaign', first: ['set-schedule-and-offers', 'campaign-page', 'configure-coupons', 'onsite-preheat', 'pages-live-on-time', 'coupon-redemption-watch', 'enrol-new-members'] },
    { page: 'listingEditor', first: ['listing-entry-points'] },
    { page: 'analyticsTable', first: ['budget-and-stock-plan', 'hourly-metrics-watch', 'coupon-redemption-watch', 'campaign-review'] },
  ] as const)('on a $page page its tasks come first, then the rest by phase', ({ page, first }) => {
    const ordered = orderTasksForPage(campaignTemplate, page, []).map((t) => t.task.id);
    expect(ordered.slice(0, first.length)).toEqual(first);
    const rest = ordered.slice(first.length);
    expect(rest).toEqual(taskIds.filter((id) => !(first as readonly string[]).includes(id)));
  });

  test('on a page no task belongs to, the order is the template\'s', () => {
    expect(orderTasksForPage(campaignTemplate, null, []).map((t) => t.task.id)).toEqual(taskIds);
  });

  test('ticking a task does not move it, and its state rides along', () => {
    const before = orderTasksForPage(campaignTemplate, 'campaign', []).map((t) => t.task.id);
    const after = orderTasksForPage(campaignTemplate, 'campaign', [state('configure-coupons', 'done', 1, { note: '12 张券' })]);
    expect(after.map((t) => t.task.id)).toEqual(before);
    expect(after.find((t) => t.task.id === 'configure-coupons')).toMatchObject({ status: 'done', state: { note: '12 张券' } });
  });
});

describe('filter by role', () => {
  test.each([
    { roles: ['warehouse'], expected: ['budget-and-stock-plan', 'stock-check', 'supply-chain-fixes'] },
    { roles: ['tech'], expected: ['campaign-page', 'load-readiness', 'payment-failure-watch'] },
    { roles: ['warehouse', 'tech'], expected: ['budget-and-stock-plan', 'campaign-page', 'stock-check', 'load-readiness', 'payment-failure-watch', 'supply-chain-fixes'] },
  ] as const)('the $roles view shows only their tasks', ({ roles, expected }) => {
    const placed = orderTasksForPage(campaignTemplate, null, []);
    expect(filterByRole(placed, roles).map((t) => t.task.id)).toEqual(expected);
  });

  test('no role selected shows everything, and plain tasks filter too', () => {
    const tasks = templateTasks(campaignTemplate).map(({ task }) => task);
    expect(filterByRole(tasks, [])).toHaveLength(tasks.length);
    expect(filterByRole(tasks, ['finance']).map((t) => t.id)).toEqual(['budget-and-stock-plan', 'submit-for-approval', 'campaign-review']);
  });
});

describe('next due task', () => {
  test.each([
    { name: 'before anything is done, choosing the theme is first: 15 working days before pre-heat, back across 国庆 and 中秋', states: [], today: '2026-09-01', expected: 'choose-theme', due: '2026-09-22', overdue: false },
    {
      name: 'once the plan is ticked, the pre-heat schedule is next',
      states: ['choose-theme', 'set-schedule-and-offers', 'budget-and-stock-plan', 'submit-for-approval'],
      today: '2026-10-01',
      expected: 'preheat-schedule',
      due: '2026-10-13',
      overdue: false,
    },
    { name: 'a task past its date is next and shown late', states: [], today: '2026-10-12', expected: 'choose-theme', due: '2026-09-22', overdue: true },
  ])('$name', ({ states, today, expected, due, overdue }) => {
    const next = nextDueTask(campaignTemplate, double11, states.map((id, i) => state(id, 'done', i)), today, 'tmall');
    expect(next).toMatchObject({ task: { id: expected }, due, overdue });
  });

  test('a run with every task done or skipped has no next task', () => {
    const all = taskIds.map((id, i) => state(id, i % 2 ? 'done' : 'skipped', i));
    expect(nextDueTask(campaignTemplate, double11, all, '2026-10-01', 'tmall')).toBeNull();
  });
});

describe('upgrading a run to a new template version', () => {
  const v2: Template = structuredClone(campaignTemplate);
  v2.version = 2;
  // v2 drops the off-site pre-heat task, renames coupon setup and adds a live-stream rehearsal.
  v2.phases[1]!.steps[1]!.tasks = v2.phases[1]!.steps[1]!.tasks.filter((t) => t.id !== 'offsite-preheat');
  v2.phases[1]!.steps[0]!.tasks[1]!.title = { 'zh-CN': '配置全部优惠券', en: 'Set up every coupon' };
  v2.phases[2]!.steps[0]!.tasks.push({
    ...v2.phases[2]!.steps[0]!.tasks[0]!,
    id: 'livestream-rehearsal',
    title: { 'zh-CN': '直播彩排', en: 'Live-stream rehearsal' },
  });
  v2.dateKeys.push({ key: 'livestreamDate', label: { 'zh-CN': '直播日期', en: 'Live-stream date' } });

  const states = [
    state('choose-theme', 'done', 1, { note: '主题：双11 狂欢' }),
    state('configure-coupons', 'done', 2, { link: 'https://example.test/coupons.xlsx' }),
    state('offsite-preheat', 'skipped', 3, { reason: '今年不做站外' }),
    { ...state('choose-theme', 'done', 1), runId: 'another-run' },
  ];

  test('keeps every tick and note by task id and pins the run to the new version', () => {
    const upgrade = upgradeRun(double11, states, campaignTemplate, v2);
    expect(upgrade.run).toEqual({ ...double11, templateVersion: 2 });
    expect(upgrade.states).toEqual([states[0], states[1]]);
    expect(progress(v2, upgrade.states).overall.done).toBe(2);
  });

  test('lists the tasks it dropped with what was recorded on them, the new tasks, and the dates still missing', () => {
    const upgrade = upgradeRun(double11, states, campaignTemplate, v2);
    expect(upgrade.dropped.map((d) => [d.task.id, d.state?.reason])).toEqual([['offsite-preheat', '今年不做站外']]);
    expect(upgrade.added.map((t) => t.id)).toEqual(['livestream-rehearsal']);
    expect(upgrade.missingDates).toEqual(['livestreamDate']);
  });

  test.each([
    { name: 'a run not pinned to the version it is upgraded from', run: { ...double11, templateVersion: 2 }, to: v2 },
    { name: 'a different template', run: double11, to: { ...v2, id: 'store-launch' } },
  ])('refuses $name', ({ run, to }) => {
    expect(() => upgradeRun(run, states, campaignTemplate, to)).toThrow();
  });
});

describe('ticks on two tabs', () => {
  test.each([
    { name: 'the later tick wins', a: state('choose-theme', 'done', 2), b: state('choose-theme', 'open', 1), winner: 'a' },
    { name: 'a later untick wins over an earlier tick', a: state('choose-theme', 'done', 1), b: state('choose-theme', 'open', 2), winner: 'b' },
    { name: 'the later note wins whole', a: state('choose-theme', 'done', 5, { note: 'A' }), b: state('choose-theme', 'done', 6, { note: 'B' }), winner: 'b' },
    { name: 'on a tie, done beats open whichever tab wrote first', a: state('choose-theme', 'open', 3), b: state('choose-theme', 'done', 3), winner: 'b' },
  ])('$name', ({ a, b, winner }) => {
    const expected = winner === 'a' ? a : b;
    expect(mergeTaskState(a, b)).toBe(expected);
    expect(mergeTaskState(b, a)).toBe(expected);
  });

  test('merging states of two different tasks is a bug', () => {
    expect(() => mergeTaskState(state('choose-theme', 'done', 1), state('campaign-review', 'done', 1))).toThrow();
  });

  test('an empty note and no note at the same moment merge the same way in either order', () => {
    const emptyNote = state('choose-theme', 'done', 3, { note: '' });
    const noNote = state('choose-theme', 'done', 3);
    expect(mergeTaskState(emptyNote, noNote)).toEqual(mergeTaskState(noNote, emptyNote));
  });

  test('merge gives the same answer in any order (commutative, associative, idempotent)', () => {
    const anyState = fc.record({
      status: fc.constantFrom('done', 'skipped', 'open') as fc.Arbitrary<TaskState['status']>,
      updatedAt: fc.integer({ min: 0, max: 5 }),
      note: fc.option(fc.constantFrom('a', 'b', ''), { nil: undefined }),
      reason: fc.option(fc.constantFrom('x', 'y'), { nil: undefined }),
    }).map(({ status, updatedAt, note, reason }) =>
      state('choose-theme', status, updatedAt, { ...(note === undefined ? {} : { note }), ...(reason === undefined ? {} : { reason }) }),
    );
    fc.assert(
      fc.property(anyState, anyState, anyState, (a, b, c) => {
        expect(mergeTaskState(a, b)).toEqual(mergeTaskState(b, a));
        expect(mergeTaskState(mergeTaskState(a, b), c)).toEqual(mergeTaskState(a, mergeTaskState(b, c)));
        expect(mergeTaskState(a, a)).toEqual(a);
      }),
    );
  });
});
