import fc from 'fast-check';
import * as Y from 'yjs';
import type { TaskPatch } from '../../../lib/messaging/playbooks';
import { applyPatchToDoc, projectTaskStates, seedFromLocal, setTaskOwner, type MemberRef } from '../../../lib/teams/run-doc';

const RUN = 'run-1';
const WANG: MemberRef = { memberId: 'wang0001', name: '王运营', role: 'operations' };
const LI: MemberRef = { memberId: 'li000002', name: '李市场', role: 'marketing' };
const ZHAO: MemberRef = { memberId: 'zhao0003', name: '赵客服', role: 'customerService' };

/** Two replicas exchange everything they have (what the sync server does for connected members). */
function sync(...docs: Y.Doc[]) {
  for (const from of docs) for (const to of docs) if (from !== to) Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)));
}

const patch = (taskId: string, updatedAt: number, change: Omit<TaskPatch, 'runId' | 'taskId' | 'updatedAt'>): TaskPatch => ({ runId: RUN, taskId, updatedAt, ...change });
const view = (doc: Y.Doc, memberId = 'observer') => projectTaskStates(doc, RUN, memberId);
const task = (doc: Y.Doc, taskId: string, memberId?: string) => view(doc, memberId).find((s) => s.taskId === taskId);

describe('a shared run in Yjs', () => {
  test('a tick shows who did it and when, on the other member\'s browser', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    applyPatchToDoc(a, patch('choose-theme', 1_000, { status: 'done' }), WANG);
    sync(a, b);
    expect(task(b, 'choose-theme', LI.memberId)).toEqual({ runId: RUN, taskId: 'choose-theme', status: 'done', updatedAt: 1_000, by: { name: '王运营', role: 'operations', at: 1_000 } });
  });

  test('one ticks and the other unticks at the same moment: both browsers end up showing the same, later action', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    applyPatchToDoc(a, patch('choose-theme', 1_000, { status: 'done' }), WANG);
    sync(a, b);
    applyPatchToDoc(a, patch('choose-theme', 2_000, { status: 'open' }), WANG);
    applyPatchToDoc(b, patch('choose-theme', 2_001, { status: 'done' }), LI);
    sync(a, b);
    expect(task(a, 'choose-theme')).toEqual(task(b, 'choose-theme'));
    expect(task(a, 'choose-theme')).toMatchObject({ status: 'done', by: { name: '李市场' } });
  });

  test('a member who acts after seeing a change wins even when their clock is behind', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    applyPatchToDoc(a, patch('choose-theme', 50_000, { status: 'done' }), WANG);
    sync(a, b);
    applyPatchToDoc(b, patch('choose-theme', 10_000, { status: 'open' }), LI);
    sync(a, b);
    expect(task(a, 'choose-theme')).toMatchObject({ status: 'open', by: { name: '李市场' } });
    expect(task(a, 'choose-theme')!.updatedAt).toBeGreaterThan(50_000);
  });

  test('two members noting the same task at once keep both notes: each sees their own in the field and the other\'s beside it', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    applyPatchToDoc(a, patch('budget-and-stock-plan', 1_000, { note: '预算 12 万' }), WANG);
    applyPatchToDoc(b, patch('budget-and-stock-plan', 1_000, { note: '投放 3 万' }), LI);
    sync(a, b);
    expect(task(a, 'budget-and-stock-plan', WANG.memberId)).toMatchObject({ note: '预算 12 万', teamNotes: [{ name: '李市场', role: 'marketing', text: '投放 3 万' }] });
    expect(task(b, 'budget-and-stock-plan', LI.memberId)).toMatchObject({ note: '投放 3 万', teamNotes: [{ name: '王运营', text: '预算 12 万' }] });
    expect(view(a)).toEqual(view(b));
  });

  test('edits made offline on both sides all merge when they reconnect', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    applyPatchToDoc(a, patch('choose-theme', 1_000, { status: 'done' }), WANG);
    sync(a, b);
    applyPatchToDoc(a, patch('budget-and-stock-plan', 2_000, { status: 'done' }), WANG);
    applyPatchToDoc(a, patch('set-schedule-and-offers', 2_100, { status: 'skipped', reason: '平台统一排期' }), WANG);
    applyPatchToDoc(b, patch('configure-coupons', 2_050, { status: 'done', link: 'https://docs.example.com/coupons' }), LI);
    applyPatchToDoc(b, patch('choose-theme', 2_200, { note: '主题已定' }), LI);
    sync(a, b);
    expect(view(a)).toEqual(view(b));
    expect(view(a).map((s) => [s.taskId, s.status])).toEqual([
      ['budget-and-stock-plan', 'done'],
      ['choose-theme', 'done'],
      ['configure-coupons', 'done'],
      ['set-schedule-and-offers', 'skipped'],
    ]);
    expect(task(a, 'set-schedule-and-offers')).toMatchObject({ reason: '平台统一排期' });
    expect(task(a, 'configure-coupons')).toMatchObject({ link: 'https://docs.example.com/coupons' });
    expect(task(a, 'choose-theme', WANG.memberId)).toMatchObject({ teamNotes: [{ text: '主题已定' }] });
  });

  test('a retried patch changes nothing, even after a later change by the same member', () => {
    const a = new Y.Doc();
    const first = patch('choose-theme', 1_000, { status: 'done' });
    applyPatchToDoc(a, first, WANG);
    applyPatchToDoc(a, patch('choose-theme', 2_000, { status: 'open' }), WANG);
    const before = Y.encodeStateVector(a);
    applyPatchToDoc(a, first, WANG);
    expect(Y.encodeStateVector(a)).toEqual(before);
    expect(task(a, 'choose-theme')).toMatchObject({ status: 'open' });
  });

  test('what was done before sharing goes in as the sharer\'s, dated when it was done, once', () => {
    const a = new Y.Doc();
    const local = [
      { runId: RUN, taskId: 'choose-theme', status: 'done' as const, note: '主题：狂欢', updatedAt: 500 },
      { runId: RUN, taskId: 'set-schedule-and-offers', status: 'skipped' as const, reason: '统一排期', updatedAt: 600 },
    ];
    seedFromLocal(a, local, WANG);
    const after = Y.encodeStateVector(a);
    seedFromLocal(a, local, WANG);
    expect(Y.encodeStateVector(a)).toEqual(after);
    expect(view(a, WANG.memberId)).toEqual([
      { runId: RUN, taskId: 'choose-theme', status: 'done', note: '主题：狂欢', updatedAt: 500, by: { name: '王运营', role: 'operations', at: 500 } },
      { runId: RUN, taskId: 'set-schedule-and-offers', status: 'skipped', reason: '统一排期', updatedAt: 600, by: { name: '王运营', role: 'operations', at: 600 } },
    ]);
  });

  test('an owner is a member or a role, and the latest assignment wins everywhere', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    setTaskOwner(a, 'configure-coupons', { kind: 'role', role: 'marketing' }, 1_000, WANG);
    setTaskOwner(b, 'configure-coupons', { kind: 'member', memberId: ZHAO.memberId, name: ZHAO.name }, 1_500, LI);
    sync(a, b);
    expect(task(a, 'configure-coupons')!.owner).toEqual({ kind: 'member', memberId: ZHAO.memberId, name: ZHAO.name });
    expect(view(a)).toEqual(view(b));
  });

  test('entries a member\'s browser wrote wrong are skipped, not shown', () => {
    const a = new Y.Doc();
    a.getMap('acts').set('choose-theme/evil', { status: 'done', at: 'soon', by: { memberId: 'evil', name: 'x', role: 'boss' } });
    a.getMap('notes').set('choose-theme/evil2', '<img src=x onerror=alert(1)>');
    applyPatchToDoc(a, patch('choose-theme', 10, { status: 'skipped', reason: 'r' }), WANG);
    expect(view(a)).toEqual([{ runId: RUN, taskId: 'choose-theme', status: 'skipped', reason: 'r', updatedAt: 10, by: { name: '王运营', role: 'operations', at: 10 } }]);
  });
});

describe('convergence (property)', () => {
  const members = [WANG, LI, ZHAO];
  const taskIds = ['t-a', 't-b', 't-c'];
  const op = fc.record({
    member: fc.integer({ min: 0, max: 2 }),
    taskId: fc.constantFrom(...taskIds),
    clock: fc.integer({ min: 1, max: 50 }),
    change: fc.oneof(
      fc.constantFrom('done', 'open', 'skipped').map((status) => ({ status: status as 'done' | 'open' | 'skipped', ...(status === 'skipped' ? { reason: 'why' } : {}) })),
      fc.string({ maxLength: 6 }).map((note) => ({ note })),
      fc.constantFrom('', 'https://a.example/', 'https://b.example/').map((link) => ({ link })),
    ),
    syncAfter: fc.boolean(),
  });

  test('any interleaving of ticks, unticks, skips, notes and links by three members, synced at random, ends the same everywhere with every member\'s last note kept', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        const docs = members.map(() => new Y.Doc());
        const lastNote = new Map<string, string>();
        for (const o of ops) {
          applyPatchToDoc(docs[o.member]!, patch(o.taskId, o.clock, o.change), members[o.member]!);
          if ('note' in o.change) {
            const mine = docs[o.member]!.getMap('notes').get(`${o.taskId}/${members[o.member]!.memberId}`) as { text: string };
            lastNote.set(`${o.taskId}/${o.member}`, mine.text);
          }
          if (o.syncAfter) sync(docs[o.member]!, docs[(o.member + 1) % 3]!);
        }
        sync(...docs);
        sync(...docs);
        const views = docs.map((doc) => view(doc));
        expect(views[1]).toEqual(views[0]);
        expect(views[2]).toEqual(views[0]);
        for (const [key, text] of lastNote) {
          const [taskId, member] = key.split('/');
          const seen = task(docs[0]!, taskId!, members[Number(member)]!.memberId);
          expect(seen?.note ?? '').toBe(text);
        }
      }),
      { numRuns: 300 },
    );
  });
});
