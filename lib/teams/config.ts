import { z } from 'zod';
import { ROLES, type Role } from '../playbooks/scenarios-roles-checks';

/**
 * The team this browser belongs to, stored in `settings` under `team`. No row, no team: nothing
 * connects anywhere (the background checks this before it opens any socket).
 */
export const TEAM_SETTING_KEY = 'team';

/** `<runId>/<taskId>` → time of the hand-off tick this member acknowledged. */
export const HANDOFFS_SEEN_KEY = 'teamHandoffsSeen';
export const handoffsSeenSchema = z.record(z.string().max(200), z.number());

/** Restarts a stopped service worker so a team's sync reconnects without waiting for a page. */
export const TEAM_WAKE_ALARM = 'team-sync-wake';

/** `<teamId>.<secret>`: the server issues it; the whole code travels as the Hocuspocus token. */
const INVITE_CODE = /^([a-z0-9]+)\.([A-Za-z0-9_-]{8,200})$/;

export const teamConfigSchema = z.object({
  server: z.string().min(1).max(2000),
  inviteCode: z.string().regex(INVITE_CODE),
  teamId: z.string().regex(/^[a-z0-9]+$/),
  /** Random per browser profile, made at join: keys this member's entries in the shared documents. */
  memberId: z.string().regex(/^[a-z0-9]{8,40}$/),
  name: z.string().trim().min(1).max(60),
  role: z.enum(ROLES),
  joinedAt: z.number(),
});
export type TeamConfig = z.infer<typeof teamConfigSchema>;

export type JoinProblem = 'server-not-ws' | 'server-needs-wss' | 'invite-invalid' | 'name-missing';

export interface JoinInput {
  server: string;
  inviteCode: string;
  name: string;
  role: Role;
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * A sync server address the extension will connect to: ws:// or wss://, and wss:// unless the server
 * is this very machine (a team's plans would otherwise cross the network in clear text).
 */
export function checkServerUrl(raw: string): { ok: true; url: string } | { ok: false; problem: JoinProblem } {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return { ok: false, problem: 'server-not-ws' };
  }
  if (url.protocol !== 'ws:' && url.protocol !== 'wss:') return { ok: false, problem: 'server-not-ws' };
  if (url.protocol === 'ws:' && !LOCAL_HOSTS.has(url.hostname)) return { ok: false, problem: 'server-needs-wss' };
  if (url.username || url.password || url.search || url.hash) return { ok: false, problem: 'server-not-ws' };
  return { ok: true, url: url.toString().replace(/\/$/, '') };
}

/** The team an invite code is for (the part before the first dot), or null when it is not one. */
export function teamIdOf(inviteCode: string): string | null {
  return INVITE_CODE.exec(inviteCode.trim())?.[1] ?? null;
}

/** Checks what a seller typed in Options → Team and makes the stored configuration, or says what is wrong. */
export function makeTeamConfig(input: JoinInput, memberId: string, now: number): { ok: true; config: TeamConfig } | { ok: false; problems: JoinProblem[] } {
  const problems: JoinProblem[] = [];
  const server = checkServerUrl(input.server);
  if (!server.ok) problems.push(server.problem);
  const code = input.inviteCode.trim();
  const teamId = teamIdOf(code);
  if (!teamId) problems.push('invite-invalid');
  if (!input.name.trim()) problems.push('name-missing');
  if (!server.ok || !teamId || problems.length > 0) return { ok: false, problems };
  return { ok: true, config: { server: server.url, inviteCode: code, teamId, memberId, name: input.name.trim().slice(0, 60), role: input.role, joinedAt: now } };
}

export function readTeamConfig(value: unknown): TeamConfig | null {
  const parsed = teamConfigSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

export function newMemberId(): string {
  return crypto.randomUUID().replaceAll('-', '');
}

/** Document names on the server; it refuses any name outside the token's `<teamId>/` prefix. */
export const indexDocName = (teamId: string): string => `${teamId}/index`;
export const runDocName = (teamId: string, runId: string): string => `${teamId}/run/${runId}`;
