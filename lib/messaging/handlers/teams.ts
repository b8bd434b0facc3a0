import { deleteRun, pinnedTemplate, restoreRun, setRunArchived } from '../../db/playbooks-repo';
import { applyAutoCheck, editedRun, editRun, requireRunTask, setTaskState } from '../../workflows/runs';
import type { SidekickDb } from '../../db/schema';
import { HANDOFFS_SEEN_KEY, handoffsSeenSchema, makeTeamConfig, newMemberId, readTeamConfig, TEAM_SETTING_KEY } from '../../teams/config';
import { handoffKey, pendingHandoffs, type Handoff } from '../../teams/handoffs';
import { dropDocUpdates } from '../../teams/doc-store';
import type { TeamHost } from '../../teams/host';
import { unshareTeamRuns } from '../../teams/local-runs';
import type { Handlers } from '../router';
import type { teamMessages } from '../teams';

type TeamHandlers = Pick<
  Handlers,
  keyof typeof teamMessages | 'playbooks/task/set' | 'playbooks/auto-check' | 'playbooks/edit' | 'playbooks/archive' | 'playbooks/delete' | 'playbooks/restore'
>;

/** Every hand-off of the team's shared runs waiting for this member (optionally of one store only). */
export async function handoffsWaiting(db: SidekickDb, storeId?: string): Promise<Handoff[]> {
  const config = readTeamConfig((await db.settings.get(TEAM_SETTING_KEY))?.value);
  if (!config) return [];
  const seen = handoffsSeenSchema.safeParse((await db.settings.get(HANDOFFS_SEEN_KEY))?.value);
  const runs = await db.runs.filter((run) => run.shared?.teamId === config.teamId && (storeId === undefined || run.storeId === undefined || run.storeId === storeId)).toArray();
  const out: Handoff[] = [];
  for (const run of runs) {
    const template = await pinnedTemplate(db, run.templateId, run.templateVersion);
    if (!template) continue;
    const states = await db.taskStates.where('runId').equals(run.id).toArray();
    out.push(...pendingHandoffs(run, template, states, config, seen.success ? seen.data : {}));
  }
  return out.sort((a, b) => a.by.at - b.by.at);
}

/** How long Join waits for the server's yes or no before answering "connecting" (the options page keeps polling). */
const JOIN_WAIT_MS = 4_000;

/**
 * Team sync's handlers, and the playbook writes that change for a shared run: a tick, a rename, a key
 * date or target, archive, delete and restore on a shared run go into its document (which writes
 * Dexie), an auto-check tick goes to the team as well. A run that is not shared is written as before.
 */
export function teamHandlers(db: SidekickDb, host: TeamHost, now: () => number = Date.now, joinWaitMs = JOIN_WAIT_MS): TeamHandlers {
  /** The team's sync when this run is shared with it, else null (the change stays local). */
  const sharedSync = async (runId: string) => {
    const sync = await host.current();
    return sync?.isShared(await db.runs.get(runId)) ? sync : null;
  };
  const required = async (runId: string) => {
    const run = await db.runs.get(runId);
    if (!run) throw new Error(`no run "${runId}"`);
    return run;
  };
  return {
    'team/status': () => host.status(),
    'team/join': async (input) => {
      const previous = readTeamConfig((await db.settings.get(TEAM_SETTING_KEY))?.value);
      const made = makeTeamConfig(input, previous?.memberId ?? newMemberId(), now());
      if (!made.ok) throw new Error(made.problems.join(', '));
      if (previous && previous.teamId !== made.config.teamId) await leave(db, previous.teamId);
      await db.settings.put({ key: TEAM_SETTING_KEY, value: made.config });
      await host.refresh();
      await host.settled(joinWaitMs);
      return host.status();
    },
    'team/leave': async () => {
      const config = readTeamConfig((await db.settings.get(TEAM_SETTING_KEY))?.value);
      await db.settings.delete(TEAM_SETTING_KEY);
      await host.refresh();
      if (config) await leave(db, config.teamId);
      return { left: config !== null };
    },
    'team/share': async ({ runId }) => {
      const sync = await host.current();
      if (!sync) throw new Error('Join a team first (Options → Team).');
      await sync.shareRun(runId);
      return (await db.runs.get(runId))!;
    },
    'team/handoffs': ({ storeId }) => handoffsWaiting(db, storeId),
    'team/handoffs/seen': async ({ runId, taskId, at }) =>
      db.transaction('rw', db.settings, async () => {
        const stored = handoffsSeenSchema.safeParse((await db.settings.get(HANDOFFS_SEEN_KEY))?.value);
        const seen = { ...(stored.success ? stored.data : {}), [handoffKey(runId, taskId)]: at };
        await db.settings.put({ key: HANDOFFS_SEEN_KEY, value: seen });
        return { seen: Object.keys(seen).length };
      }),
    'team/owner': async ({ runId, taskId, owner, updatedAt }) => {
      const run = await requireRunTask(db, runId, taskId);
      const sync = await host.current();
      if (!sync?.isShared(run)) throw new Error(`run "${run.name}" is not shared with the team`);
      await sync.setOwner(runId, taskId, owner, updatedAt);
      return { runId, taskId };
    },
    'playbooks/task/set': async (patch) => {
      const run = await requireRunTask(db, patch.runId, patch.taskId);
      const sync = await host.current();
      return sync?.isShared(run) ? sync.applyPatch(patch) : setTaskState(db, patch);
    },
    'playbooks/edit': async ({ runId, updatedAt, ...edit }) => {
      const sync = await sharedSync(runId);
      if (!sync) return editRun(db, runId, edit);
      // Checked against the template here: the document only ever holds what a local edit would accept.
      await editedRun(db, runId, edit);
      await sync.editRun(runId, edit, updatedAt);
      return required(runId);
    },
    'playbooks/archive': async ({ runId, archived }) => {
      const sync = await sharedSync(runId);
      if (!sync) return setRunArchived(db, runId, archived);
      await sync.editRun(runId, { archived }, now());
      return required(runId);
    },
    'playbooks/delete': async ({ runId }) => {
      const sync = await sharedSync(runId);
      if (!sync) return deleteRun(db, runId, now());
      await sync.editRun(runId, { deleted: true }, now());
      return required(runId);
    },
    'playbooks/restore': async ({ runId }) => {
      const sync = await sharedSync(runId);
      if (!sync) return restoreRun(db, runId);
      await sync.editRun(runId, { deleted: false }, now());
      return required(runId);
    },
    'playbooks/auto-check': async (report) => {
      const ticked = await applyAutoCheck(db, report, now());
      await (await host.current())?.autoTicked(ticked);
      return { ticked };
    },
  };
}

async function leave(db: SidekickDb, teamId: string): Promise<void> {
  await unshareTeamRuns(db, teamId);
  await dropDocUpdates(db, `${teamId}/`);
}
