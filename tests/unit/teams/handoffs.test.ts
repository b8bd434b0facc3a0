import type { RunRow } from '../../../lib/db/schema';
import type { Role, TaskState } from '../../../lib/playbooks/model';
import { crossTeamTemplate } from '../../../lib/playbooks/templates/cross-team';
import { handoffKey, pendingHandoffs } from '../../../lib/teams/handoffs';

const run: RunRow = {
  id: 'r1', templateId: 'cross-team', templateVersion: 1, name: '双11 协同', dates: {}, targets: {}, createdAt: 1, archived: false,
  shared: { teamId: 't', sharedAt: 1, sharedBy: { name: '王运营', role: 'operations' } },
};
const WANG = { memberId: 'wang0001', name: '王运营', role: 'operations' as const };
const LI = { memberId: 'li000002', name: '李市场', role: 'marketing' as const };
const ZHAO = { memberId: 'zhao0003', name: '赵客服', role: 'customerService' as const };
const SUN = { memberId: 'sun00004', name: '孙仓储', role: 'warehouse' as const };
const owned = (state: TaskState, owner: TaskState['owner']): TaskState => ({ ...state, owner });
const tick = (taskId: string, by: { name: string; role: Role }, at = 100): TaskState => ({
  runId: 'r1', taskId, status: 'done', updatedAt: at, by: { ...by, at },
});

describe('hand-offs of the cross-team playbook', () => {
  test.each([
    ['marketing ticks "marketing → operations": operations is told', [tick('marketing-to-operations', LI)], WANG, ['marketing-to-operations']],
    ['operations ticks it themselves: nobody in operations is told', [tick('marketing-to-operations', WANG)], WANG, []],
    ['the giving role is not told', [tick('marketing-to-operations', LI)], LI, []],
    ['a task outside the hand-off phase is not a hand-off', [tick('raci-matrix', LI)], WANG, []],
    ['an unticked hand-off is not told', [{ ...tick('marketing-to-operations', LI), status: 'open' as const }], WANG, []],
    ['a hand-off assigned to 赵客服 by name tells 赵客服 too', [owned(tick('marketing-to-operations', LI), { kind: 'member', memberId: ZHAO.memberId, name: ZHAO.name })], ZHAO, ['marketing-to-operations']],
    ['…and still tells the receiving role', [owned(tick('marketing-to-operations', LI), { kind: 'member', memberId: ZHAO.memberId, name: ZHAO.name })], WANG, ['marketing-to-operations']],
    ['a hand-off assigned to someone else by name does not tell 赵客服', [owned(tick('marketing-to-operations', LI), { kind: 'member', memberId: SUN.memberId, name: SUN.name })], ZHAO, []],
    ['a hand-off assigned to the warehouse role tells 孙仓储', [owned(tick('marketing-to-operations', LI), { kind: 'role', role: 'warehouse' })], SUN, ['marketing-to-operations']],
    ['the named owner who ticked it themselves is not told', [owned(tick('marketing-to-operations', ZHAO), { kind: 'member', memberId: ZHAO.memberId, name: ZHAO.name })], ZHAO, []],
  ])('%s', (_name, states, me, expected) => {
    expect(pendingHandoffs(run, crossTeamTemplate, states, me, {}).map((h) => h.taskId)).toEqual(expected);
  });

  test('acknowledged until someone ticks it again later', () => {
    const states = [tick('operations-to-warehouse', WANG, 100)];
    const warehouse = SUN;
    expect(pendingHandoffs(run, crossTeamTemplate, states, warehouse, { [handoffKey('r1', 'operations-to-warehouse')]: 100 })).toEqual([]);
    expect(pendingHandoffs(run, crossTeamTemplate, [tick('operations-to-warehouse', WANG, 200)], warehouse, { [handoffKey('r1', 'operations-to-warehouse')]: 100 })).toMatchObject([
      { from: 'operations', to: 'warehouse', by: { name: '王运营', at: 200 }, runName: '双11 协同' },
    ]);
  });

  test('a run that is not shared has no hand-offs', () => {
    const { shared: _shared, ...local } = run;
    expect(pendingHandoffs(local, crossTeamTemplate, [tick('marketing-to-operations', LI)], WANG, {})).toEqual([]);
  });
});
