import fc from 'fast-check';
import * as Y from 'yjs';
import type { RunRow } from '../../../lib/db/schema';
import { datedTasks } from '../../../lib/playbooks/run';
import { campaignTemplate } from '../../../lib/playbooks/templates/campaign';
import type { MemberRef } from '../../../lib/teams/run-doc';
import { applyRunFields, editRunInDoc, projectMembers, projectRunFields, registerMember, seedRunFields, type RunEdit } from '../../../lib/teams/run-fields';

const WANG: MemberRef = { memberId: 'wang0001', name: '王运营', role: 'operations' };
const LI: MemberRef = { memberId: 'li000002', name: '李市场', role: 'marketing' };
const ZHAO: MemberRef = { memberId: 'zhao0003', name: '赵客服', role: 'customerService' };

const DOUBLE11 = { preheatStart: '2026-10-24', burstStart: '2026-11-11', burstEnd: '2026-11-11', returnEnd: '2026-11-13' };
const RUN: RunRow = {
  id: 'run-1', templateId: 'campaign', templateVersion: 1, name: '双11 2026', storeId: 'taobao:花漾美妆旗舰店', platform: 'taobao',
  dates: DOUBLE11, targets: { gmv: 1_000_000 }, createdAt: 1, archived: false,
  shared: { teamId: 'acme', sharedAt: 2, sharedBy: { name: '王运营', role: 'operations' } },
};

function sync(...docs: Y.Doc[]) {
  for (const from of docs) for (const to of docs) if (from !== to) Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)));
}

/** A replica as its member's browser shows it: the shared run's Dexie row after the document is applied. */
const rowOf = (doc: Y.Doc, base: RunRow = RUN) => applyRunFields(base, projectRunFields(doc));

/** A member's browser that holds the run as shared, seeded by the sharer. */
function shared(): Y.Doc {
  const doc = new Y.Doc();
  seedRunFields(doc, RUN, 100, WANG);
  return doc;
}

describe('the run itself in its shared document', () => {
  test('two members change different fields at the same moment: the key date and the new name and target all survive everywhere', () => {
    const a = shared();
    const b = new Y.Doc();
    sync(a, b);
    editRunInDoc(a, { dates: { preheatStart: '2026-10-27' } }, 1_000, WANG);
    editRunInDoc(b, { name: '双11 2026 主会场', targets: { gmv: 1_200_000 } }, 1_000, LI);
    sync(a, b);
    expect(rowOf(a)).toEqual(rowOf(b));
    expect(rowOf(a)).toMatchObject({ name: '双11 2026 主会场', dates: { ...DOUBLE11, preheatStart: '2026-10-27' }, targets: { gmv: 1_200_000 } });
  });

  test('two members move the same key date at once: every browser ends with the later move; at the very same time, with the same member\'s', () => {
    const a = shared();
    const b = new Y.Doc();
    sync(a, b);
    editRunInDoc(a, { dates: { burstStart: '2026-11-10' } }, 2_000, WANG);
    editRunInDoc(b, { dates: { burstStart: '2026-11-09' } }, 2_001, LI);
    sync(a, b);
    expect(rowOf(a).dates.burstStart).toBe('2026-11-09');
    expect(rowOf(b).dates.burstStart).toBe('2026-11-09');

    editRunInDoc(a, { dates: { burstEnd: '2026-11-12' } }, 3_000, WANG);
    editRunInDoc(b, { dates: { burstEnd: '2026-11-13' } }, 3_000, LI);
    sync(a, b);
    expect(rowOf(a).dates.burstEnd).toBe(rowOf(b).dates.burstEnd);
  });

  test('a member who moves a date after seeing a teammate\'s move wins, even with a clock behind', () => {
    const a = shared();
    const b = new Y.Doc();
    sync(a, b);
    editRunInDoc(a, { dates: { preheatStart: '2026-10-20' } }, 90_000, WANG);
    sync(a, b);
    editRunInDoc(b, { dates: { preheatStart: '2026-10-21' } }, 10_000, LI);
    sync(a, b);
    expect(rowOf(a).dates.preheatStart).toBe('2026-10-21');
  });

  test('three members edit offline, then merge: every change of a different field is kept, a cleared date stays cleared', () => {
    const [a, b, c] = [shared(), new Y.Doc(), new Y.Doc()];
    sync(a, b, c);
    editRunInDoc(a, { dates: { returnEnd: null } }, 5_000, WANG);
    editRunInDoc(b, { archived: true }, 5_100, LI);
    editRunInDoc(c, { targets: { conversionRate: 0.032, gmv: null } }, 5_200, ZHAO);
    editRunInDoc(a, { dates: { preheatStart: '2026-10-25' } }, 5_300, WANG);
    editRunInDoc(c, { dates: { preheatStart: '2026-10-26' } }, 5_400, ZHAO);
    sync(a, b, c);
    const rows = [a, b, c].map((doc) => rowOf(doc));
    expect(rows[1]).toEqual(rows[0]);
    expect(rows[2]).toEqual(rows[0]);
    expect(rows[0]).toMatchObject({ archived: true, targets: { conversionRate: 0.032 }, dates: { preheatStart: '2026-10-26', burstStart: '2026-11-11', burstEnd: '2026-11-11' } });
    expect(rows[0]!.dates).not.toHaveProperty('returnEnd');
    expect(rows[0]!.targets).not.toHaveProperty('gmv');
  });

  test('a key date moved by one member moves the due dates of every member', () => {
    const a = shared();
    const b = new Y.Doc();
    sync(a, b);
    // On-site pre-heat is due on the pre-heat day itself (0 working days); 2026-10-27 is a Tuesday with no holiday.
    const due = (doc: Y.Doc) => datedTasks(campaignTemplate, rowOf(doc), [], '2026-10-01', 'taobao').find((d) => d.task.id === 'onsite-preheat')?.due;
    expect(due(b)).not.toBe('2026-10-27');
    editRunInDoc(a, { dates: { preheatStart: '2026-10-27' } }, 1_000, WANG);
    sync(a, b);
    expect(due(b)).toBe('2026-10-27');
  });

  test('delete and restore travel: the undo window runs from the delete click, a later restore brings it back everywhere', () => {
    const a = shared();
    const b = new Y.Doc();
    sync(a, b);
    editRunInDoc(b, { deleted: true }, 7_000, LI);
    sync(a, b);
    expect(rowOf(a).deletedAt).toBe(7_000);
    editRunInDoc(a, { deleted: false }, 8_000, WANG);
    sync(a, b);
    expect(rowOf(b)).not.toHaveProperty('deletedAt');
    expect(rowOf(b, { ...RUN, deletedAt: 7_000 })).not.toHaveProperty('deletedAt');
  });

  test('sharing seeds the run\'s fields once and overwrites nothing a teammate already set; a retried click writes nothing', () => {
    const a = shared();
    editRunInDoc(a, { name: '双11 主会场' }, 500, LI);
    const before = Y.encodeStateVector(a);
    seedRunFields(a, { ...RUN, name: '旧名字' }, 600, WANG);
    expect(Y.encodeStateVector(a)).toEqual(before);
    expect(rowOf(a).name).toBe('双11 主会场');
    editRunInDoc(a, { name: '双11 主会场' }, 500, LI);
    expect(Y.encodeStateVector(a)).toEqual(before);
  });

  test('a document with no word on the run (shared before runs synced) leaves the local row as it is', () => {
    expect(rowOf(new Y.Doc(), { ...RUN, archived: true, deletedAt: 9 })).toEqual({ ...RUN, archived: true, deletedAt: 9 });
  });

  test('entries a member\'s browser wrote wrong are skipped: a bad day, a name too long, an entry filed under someone else\'s id', () => {
    const a = shared();
    a.getMap('runFields').set('date.preheatStart/evil0001', { at: 9e9, clickAt: 9e9, by: { ...WANG, memberId: 'evil0001' }, value: 'soon' });
    a.getMap('runFields').set('name/evil0001', { at: 9e9, clickAt: 9e9, by: { ...WANG, memberId: 'evil0001' }, value: 'x'.repeat(121) });
    a.getMap('runFields').set('archived/li000002', { at: 9e9, clickAt: 9e9, by: WANG, value: true });
    a.getMap('runFields').set('date.__proto__/wang0001', { at: 9e9, clickAt: 9e9, by: WANG, value: '2026-01-01' });
    expect(rowOf(a)).toEqual(RUN);
    expect(() => editRunInDoc(a, { dates: { preheatStart: '24/10' } }, 1, WANG)).toThrow('date.preheatStart');
  });

  test('every member who opens the run is listed once with their name and role, in the same order everywhere', () => {
    const [a, b, c] = [new Y.Doc(), new Y.Doc(), new Y.Doc()];
    registerMember(a, WANG, 1);
    registerMember(b, LI, 2);
    registerMember(c, ZHAO, 3);
    sync(a, b, c);
    const before = Y.encodeStateVector(a);
    registerMember(a, WANG, 4);
    expect(Y.encodeStateVector(a)).toEqual(before);
    registerMember(b, { ...LI, name: '李娜' }, 5);
    sync(a, b, c);
    expect(projectMembers(a)).toEqual(projectMembers(c));
    expect(projectMembers(a).map((m) => [m.name, m.role])).toEqual([
      ['李娜', 'marketing'],
      ['王运营', 'operations'],
      ['赵客服', 'customerService'],
    ]);
  });
});

describe('run fields converge (property)', () => {
  const members = [WANG, LI, ZHAO];
  const edit: fc.Arbitrary<RunEdit> = fc.oneof(
    fc.constantFrom('2026-10-20', '2026-10-24', null).map((day) => ({ dates: { preheatStart: day } })),
    fc.constantFrom('2026-11-10', '2026-11-11').map((day) => ({ dates: { burstStart: day } })),
    fc.constantFrom('双11', '双11 主会场').map((name) => ({ name })),
    fc.constantFrom(1, 2, null).map((gmv) => ({ targets: { gmv } })),
    fc.boolean().map((archived) => ({ archived })),
    fc.boolean().map((deleted) => ({ deleted })),
  );
  const op = fc.record({ member: fc.integer({ min: 0, max: 2 }), clock: fc.integer({ min: 1, max: 50 }), edit, syncAfter: fc.boolean() });

  test('any interleaving of renames, date moves, target changes, archive and delete by three members ends the same on every browser', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        const docs = members.map(() => new Y.Doc());
        for (const o of ops) {
          editRunInDoc(docs[o.member]!, o.edit, o.clock, members[o.member]!);
          if (o.syncAfter) sync(docs[o.member]!, docs[(o.member + 1) % 3]!);
        }
        sync(...docs);
        const rows = docs.map((doc) => rowOf(doc));
        expect(rows[1]).toEqual(rows[0]);
        expect(rows[2]).toEqual(rows[0]);
      }),
      { numRuns: 300 },
    );
  });
});
