import type { TaskPatch } from '../../lib/messaging/playbooks';
import type { Role } from '../../lib/playbooks/scenarios-roles-checks';

// What Checklist and TaskRow both speak, apart from either so neither imports the other's module.

export type TaskChange = Omit<TaskPatch, 'runId' | 'taskId' | 'updatedAt'>;

export interface TeamMember {
  memberId: string;
  name: string;
  role: Role;
}
