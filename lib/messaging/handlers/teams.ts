import { applyAutoCheck, requireRunTask, setTaskState } from '../../db/playbooks-repo';
import type { SidekickDb } from '../../db/schema';
import { makeTeamConfig, newMemberId, readTeamConfig, TEAM_SETTING_KEY } from '../../teams/config';
import { dropDocUpdates } from '../../teams/doc-store';
import type { TeamHost } from '../../teams/host';
import { unshareTeamRuns } from '../../teams/local-runs';
import type { Handlers } from '../router';
import type { teamMessages } from '../teams';

type TeamHandlers = Pick<Handlers, keyof typeof teamMessages | 'playbooks/task/set' | 'playbooks/auto-check'>;

/** How long Join waits for the server's yes or no before answering "connecting" (the options page keeps polling). */
const JOIN_WAIT_MS = 4_000;

/**
 * Team sync's handlers, and the two playbook writes that change for a shared run: a tick on a shared
 * run goes into its document (which writes Dexie), an auto-check tick goes to the team as well.
 */
export function teamHandlers(db: SidekickDb, host: TeamHost, now: () => number = Date.now, joinWaitMs = JOIN_WAIT_MS): TeamHandlers {
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
