import type { RunRow, SharedRunMark, SidekickDb, TaskStateRow } from '../db/schema';
import { playbookRowId } from '../db/playbooks-repo';
import { templateSchema, type TaskState } from '../playbooks/model';
import { findBuiltInTemplate } from '../playbooks/templates';
import type { SharedRunSummary } from './index-doc';

/** Field-by-field equality of two stored task states (their JSON shapes are small and plain). */
const sameState = (a: TaskStateRow | undefined, b: TaskState) => a !== undefined && JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b));
const sortKeys = (value: object) => Object.fromEntries(Object.entries(value).sort(([x], [y]) => (x < y ? -1 : 1)));

/**
 * Writes a shared run's states as the document shows them into `taskStates`, the UI's source. Only rows
 * that differ are written, so applying the same document twice writes nothing (and wakes no page).
 */
export async function writeProjection(db: SidekickDb, runId: string, states: readonly TaskState[]): Promise<number> {
  return db.transaction('rw', db.taskStates, async () => {
    const existing = new Map((await db.taskStates.where('runId').equals(runId).toArray()).map((row) => [row.taskId, row]));
    const changed = states.filter((state) => !sameState(existing.get(state.taskId), state));
    if (changed.length > 0) await db.taskStates.bulkPut(changed as TaskStateRow[]);
    return changed.length;
  });
}

/**
 * A run the team shared, made a local run of this browser (same id) so the sidebar, popup and reports
 * show it like any other. A run this browser already has keeps its local fields (archived, deleted).
 */
export async function adoptSharedRun(db: SidekickDb, teamId: string, summary: SharedRunSummary): Promise<'added' | 'kept' | 'no-template'> {
  return db.transaction('rw', db.runs, db.playbooks, async () => {
    const existing = await db.runs.get(summary.id);
    const mark: SharedRunMark = { teamId, sharedAt: summary.sharedAt, sharedBy: summary.sharedBy };
    if (existing) {
      if (existing.shared?.teamId !== teamId) await db.runs.put({ ...existing, shared: mark });
      return 'kept';
    }
    if (!findBuiltInTemplate(summary.templateId)) {
      const template = templateSchema.safeParse(summary.template);
      if (!template.success || template.data.id !== summary.templateId || template.data.version !== summary.templateVersion || template.data.builtIn) return 'no-template';
      const rowId = playbookRowId(template.data.id, template.data.version);
      if (!(await db.playbooks.get(rowId))) await db.playbooks.put({ id: rowId, version: template.data.version, template: template.data, updatedAt: summary.sharedAt });
    }
    const run: RunRow = {
      id: summary.id,
      templateId: summary.templateId,
      templateVersion: summary.templateVersion,
      name: summary.name,
      ...(summary.storeId ? { storeId: summary.storeId } : {}),
      ...(summary.productId ? { productId: summary.productId } : {}),
      ...(summary.platform ? { platform: summary.platform } : {}),
      dates: summary.dates,
      targets: summary.targets,
      createdAt: summary.createdAt,
      archived: false,
      shared: mark,
    };
    await db.runs.add(run);
    return 'added';
  });
}

/** Leaving a team: its runs stay in this browser as local runs (with everything the team did) and stop syncing. */
export async function unshareTeamRuns(db: SidekickDb, teamId: string): Promise<number> {
  return db.transaction('rw', db.runs, async () => {
    const runs = await db.runs.filter((run) => run.shared?.teamId === teamId).toArray();
    for (const run of runs) {
      const { shared: _shared, ...local } = run;
      await db.runs.put(local);
    }
    return runs.length;
  });
}
