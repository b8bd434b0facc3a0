import type { TeamMemberRow } from '../../../lib/db/schema';
import type { TaskOwner } from '../../../lib/playbooks/model';
import type { Role } from '../../../lib/playbooks/scenarios-roles-checks';
import { inRoleView, isMyTask, ownerRole } from '../../../lib/teams/owners';

const ME = { memberId: 'zhao0003', role: 'customerService' as const };
const MEMBERS: TeamMemberRow[] = [
  { memberId: 'wang0001', name: '王运营', role: 'operations' },
  { memberId: 'zhao0003', name: '赵客服', role: 'customerService' },
];
const coupons: { roles: Role[] } = { roles: ['operations', 'marketing'] };
const byName = (memberId: string, name: string, role?: Role): TaskOwner => ({ kind: 'member', memberId, name, ...(role ? { role } : {}) });

describe('owners: my tasks and role views', () => {
  test.each([
    ['unassigned and not my role: not mine', undefined, false],
    ['assigned to me by name: mine', byName('zhao0003', '赵客服'), true],
    ['assigned to my role: mine', { kind: 'role', role: 'customerService' } as TaskOwner, true],
    ['assigned to 王运营 by name: not mine, though unassigned it would not be either', byName('wang0001', '王运营'), false],
    ['assigned to another role: not mine', { kind: 'role', role: 'finance' } as TaskOwner, false],
  ])('%s', (_name, owner, expected) => {
    expect(isMyTask(coupons, owner ? { owner } : undefined, ME)).toBe(expected);
  });

  test('unassigned, a task of my role is mine; assigned to someone else by name, it is theirs', () => {
    const serviceTask = { roles: ['customerService' as const] };
    expect(isMyTask(serviceTask, undefined, ME)).toBe(true);
    expect(isMyTask(serviceTask, { owner: byName('wang0001', '王运营') }, ME)).toBe(false);
  });

  test('a role view holds its own tasks and the ones assigned to it, by role or to one of its members', () => {
    expect(inRoleView(coupons, undefined, [], MEMBERS)).toBe(true);
    expect(inRoleView(coupons, undefined, ['marketing'], MEMBERS)).toBe(true);
    expect(inRoleView(coupons, undefined, ['customerService'], MEMBERS)).toBe(false);
    expect(inRoleView(coupons, { owner: { kind: 'role', role: 'customerService' } }, ['customerService'], MEMBERS)).toBe(true);
    expect(inRoleView(coupons, { owner: byName('zhao0003', '赵客服') }, ['customerService'], MEMBERS)).toBe(true);
    expect(inRoleView(coupons, { owner: byName('wang0001', '王运营') }, ['customerService'], MEMBERS)).toBe(false);
  });

  test('a named owner\'s role comes from the run\'s member list, else from when they were picked', () => {
    expect(ownerRole(byName('zhao0003', '赵客服', 'finance'), MEMBERS)).toBe('customerService');
    expect(ownerRole(byName('sun00004', '孙仓储', 'warehouse'), MEMBERS)).toBe('warehouse');
    expect(ownerRole(byName('sun00004', '孙仓储'), MEMBERS)).toBeNull();
  });
});
