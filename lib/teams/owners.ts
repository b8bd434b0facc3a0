import type { TeamMemberRow } from '../db/schema';
import type { Task, TaskOwner, TaskState } from '../playbooks/model';
import type { Role } from '../playbooks/scenarios-roles-checks';

export interface OwnerReader {
  memberId: string;
  role: Role;
}

/**
 * The role an owner stands for: the role itself, or a named member's role (as the run's member list
 * knows it now, else as it was when they were picked). Null when a member is not known to the run.
 */
export function ownerRole(owner: TaskOwner, members: readonly TeamMemberRow[]): Role | null {
  if (owner.kind === 'role') return owner.role;
  return members.find((m) => m.memberId === owner.memberId)?.role ?? owner.role ?? null;
}

/** Owned by me: assigned to me by name, or to my role. */
export function isOwnedBy(owner: TaskOwner | undefined, me: OwnerReader): boolean {
  if (!owner) return false;
  return owner.kind === 'member' ? owner.memberId === me.memberId : owner.role === me.role;
}

/** "My tasks": assigned to me by name or to my role; unassigned, when my role is one of the task's roles. */
export function isMyTask(task: Pick<Task, 'roles'>, state: Pick<TaskState, 'owner'> | undefined, me: OwnerReader): boolean {
  return state?.owner ? isOwnedBy(state.owner, me) : task.roles.includes(me.role);
}

/**
 * A role's view of a shared run: the tasks of that role (the template's roles) and the tasks assigned to
 * it, by role or to a member in that role. No roles picked: every task.
 */
export function inRoleView(task: Pick<Task, 'roles'>, state: Pick<TaskState, 'owner'> | undefined, roles: readonly Role[], members: readonly TeamMemberRow[]): boolean {
  if (roles.length === 0 || task.roles.some((role) => roles.includes(role))) return true;
  const role = state?.owner ? ownerRole(state.owner, members) : null;
  return role !== null && roles.includes(role);
}
