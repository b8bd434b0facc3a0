import { z } from 'zod';
import type { RunRow } from '../db/schema';
import { taskOwnerSchema } from '../playbooks/model';
import { ROLES, type Role } from '../playbooks/scenarios-roles-checks';
import type { Handoff } from '../teams/handoffs';
import type { TeamConnection } from '../teams/sync';
import { defineMessage } from './define';

export type TeamStatus =
  | { joined: false }
  | { joined: true; server: string; teamId: string; memberId: string; name: string; role: Role; connection: TeamConnection };

const runId = z.string().min(1).max(100);

/** Messages of team sync: Options → Team, and sharing or assigning from the sidebar. */
export const teamMessages = {
  'team/status': defineMessage<TeamStatus>()(z.object({})),
  /** Checked again here (wss:// unless localhost, the invite code's shape); waits briefly for the server's answer. */
  'team/join': defineMessage<TeamStatus>()(
    z.object({ server: z.string().max(2000), inviteCode: z.string().max(300), name: z.string().max(60), role: z.enum(ROLES) }),
  ),
  /** Shared runs stay in this browser as local runs; nothing connects any more. */
  'team/leave': defineMessage<{ left: boolean }>()(z.object({})),
  'team/share': defineMessage<RunRow>()(z.object({ runId })),
  /** Hand-offs of shared runs waiting for this member (of one store, or all). */
  'team/handoffs': defineMessage<Handoff[]>()(z.object({ storeId: z.string().min(1).max(200).optional() })),
  'team/handoffs/seen': defineMessage<{ seen: number }>()(z.object({ runId, taskId: z.string().min(1).max(80), at: z.number() })),
  'team/owner': defineMessage<{ runId: string; taskId: string }>()(
    z.object({ runId, taskId: z.string().min(1).max(80), owner: taskOwnerSchema.nullable(), updatedAt: z.number().int().positive() }),
  ),
};
