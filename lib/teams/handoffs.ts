import type { RunRow } from '../db/schema';
import type { TaskState, Template } from '../playbooks/model';
import { templateTasks } from '../playbooks/run';
import type { Role } from '../playbooks/scenarios-roles-checks';
import type { LocalizedText } from '../sites/types';
import { isOwnedBy } from './owners';

/**
 * The cross-team playbook's hand-offs (phase `handoffs`): each task names the giving role first and
 * the receiving role second (市场 → 运营 is `roles: ['marketing', 'operations']`). When someone else
 * ticks one on a shared run, everyone in the receiving role is told, and so is the task's owner (a
 * member by name, or everyone in the role it was assigned to), until they acknowledge it.
 */
export const HANDOFF_PHASE_ID = 'handoffs';

export interface Handoff {
  runId: string;
  runName: string;
  taskId: string;
  title: LocalizedText;
  from: Role;
  to: Role;
  by: NonNullable<TaskState['by']>;
}

export interface HandoffReader {
  memberId: string;
  name: string;
  role: Role;
}

/** The catalogue key of a role's name (`pb.role.<role>`). */
export const roleKeyOf = (role: Role) => `pb.role.${role}` as const;

/** `seen`: `<runId>/<taskId>` → the time of the tick the member acknowledged (a later re-tick shows again). */
export const handoffKey = (runId: string, taskId: string): string => `${runId}/${taskId}`;

/** Hand-offs of one shared run waiting for this member, oldest first. */
export function pendingHandoffs(run: RunRow, template: Template, states: readonly TaskState[], me: HandoffReader, seen: Readonly<Record<string, number>>): Handoff[] {
  if (!run.shared || run.archived || run.deletedAt !== undefined) return [];
  const byTask = new Map(states.map((s) => [s.taskId, s]));
  const out: Handoff[] = [];
  for (const { phase, task } of templateTasks(template)) {
    if (phase.id !== HANDOFF_PHASE_ID || task.roles.length < 2) continue;
    const state = byTask.get(task.id);
    if (state?.status !== 'done' || !state.by) continue;
    const [from, to] = task.roles as [Role, Role];
    const forMe = to === me.role || isOwnedBy(state.owner, me);
    const byMe = state.by.name === me.name && state.by.role === me.role;
    if (!forMe || byMe || (seen[handoffKey(run.id, task.id)] ?? 0) >= state.by.at) continue;
    out.push({ runId: run.id, runName: run.name, taskId: task.id, title: task.title, from, to, by: state.by });
  }
  return out.sort((a, b) => a.by.at - b.by.at);
}
