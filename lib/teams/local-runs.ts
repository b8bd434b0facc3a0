import type { RunRow, SharedRunMark, SidekickDb, TaskStateRow, TeamMemberRow } from '../db/schema';
import { playbookRowId } from '../db/playbooks-repo';
import { templateSchema, type TaskState } from '../playbooks/model';
import { findBuiltInTemplate } from '../playbooks/templates';
import type { SharedRunSummary } from './index-doc';
import { applyRunFields, type RunFieldsView } from './run-fields';

/** Field-by-field equality of two stored task states (their JSON shapes are small and plain). */
const sameState = (a: TaskStateRow | undefined, b: TaskState) => a !== undefined && JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b));
/** Keys in order at every depth, so two equal rows stringify the same. */
const sortKeys = (value: unknown): unknown =>
  Array.isArray(value) ? value.map(sortKeys) : value !== null && typeof value === 'object' ? Object.fromEntries(Object.entries(value).sort(([x], [y]) => (x < y ? -1 : 1)).map(([k, v]) => [k, sortKeys(v)])) : value;

/**
 * Writes a shared run's states as the document shows them into `taskStates`, the UI's source. Only rows
 * that differ are written, so applying the same document twice writes nothing (and wakes no page).
 * A run this browser no longer has (purged after its undo window) gets no rows.
 */
export async function writeProjection(db: SidekickDb, runId: string, states: readonly TaskState[]): Promise<number> {
  return db.transaction('rw', db.runs, db.taskStates, async () => {
    if (!(await db.runs.get(runId))) return 0;
    const existing = new Map((await db.taskStates.where('runId').equals(runId).toArray()).map((row) => [row.taskId, row]));
    const changed = states.filter((state) => !sameState(existing.get(state.taskId), state));
    if (changed.length > 0) await db.taskStates.bulkPut(changed as TaskStateRow[]);
    return changed.length;
  });
}

/**
 * Lays the document's word on the run (name, key dates, targets, archived, deleted) and its member list
 * over the Dexie row, written only when something differs. Only a run shared with this team is touched.
 */
export async function writeRunProjection(db: SidekickDb, runId: string, teamId: string, view: RunFieldsView, members: readonly TeamMemberRow[]): Promise<boolean> {
  return db.transaction('rw', db.runs, async () => {
    const run = await db.runs.get(runId);
    if (!run?.shared || run.shared.teamId !== teamId) return false;
    const next = applyRunFields(run, view);
    next.shared = { ...run.shared, ...(members.length > 0 ? { members: [...members] } : {}) };
    if (JSON.stringify(sortKeys(next)) === JSON.stringify(sortKeys(run))) return false;
    await db.runs.put(next);
    return true;
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
