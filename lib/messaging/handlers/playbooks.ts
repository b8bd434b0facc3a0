import { deleteRun, purgeDeletedRuns, restoreRun, setRunArchived } from '../../db/playbooks-repo';
import { applyAutoCheck, editRun, getRunDetail, listRuns, listTemplates, setTaskState, startRun, upgradeRunToLatest } from '../../workflows/runs';
import type { SidekickDb } from '../../db/schema';
import type { playbookMessages } from '../playbooks';
import type { Handlers } from '../router';

type PlaybookHandlers = Pick<Handlers, keyof typeof playbookMessages>;

/** Background handlers of the playbooks feature's messages; the worker start also purges runs past their undo window. */
export function playbookHandlers(db: SidekickDb, now: () => number = Date.now): PlaybookHandlers {
  void purgeDeletedRuns(db, now()).catch((error: unknown) => console.warn('[Seller Sidekick] purge of deleted runs failed', error));
  return {
    'playbooks/templates': ({ storeId }) => listTemplates(db, storeId ?? null),
    'playbooks/start': (request) => startRun(db, request, now()),
    'playbooks/runs': (query) => listRuns(db, query, now()),
    'playbooks/run': ({ runId }) => getRunDetail(db, runId),
    'playbooks/task/set': (patch) => setTaskState(db, patch),
    'playbooks/archive': ({ runId, archived }) => setRunArchived(db, runId, archived),
    'playbooks/edit': ({ runId, updatedAt: _updatedAt, ...edit }) => editRun(db, runId, edit),
    'playbooks/delete': ({ runId }) => deleteRun(db, runId, now()),
    'playbooks/restore': ({ runId }) => restoreRun(db, runId),
    'playbooks/upgrade': ({ runId, dates }) => upgradeRunToLatest(db, runId, dates),
    'playbooks/auto-check': async (report) => ({ ticked: await applyAutoCheck(db, report, now()) }),
  };
}
