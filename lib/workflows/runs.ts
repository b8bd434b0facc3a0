import type { AutoCheckReport, RunDetail, RunSummary, StartRunRequest, TaskPatch, UpgradeResult } from '../messaging/playbooks';
import { parseDay } from '../playbooks/due';
import type { AutoCheckId, TaskState, Template } from '../playbooks/model';
import { datedTasks, nextDueTask, progress, templateTasks, upgradeRun, mergeTaskState } from '../playbooks/run';
import { BUILT_IN_TEMPLATES } from '../playbooks/templates';
import { applyPlaybookDefaults, PLAYBOOK_DEFAULTS_KEY, readPlaybookDefaults, storeDefaults } from '../playbooks/defaults';
import { AUTO_CHECK_NOTE, applyTaskPatch, runMarket, runToday } from '../playbooks/run-state';
import { applyRunEdit, type RunEdit } from '../playbooks/run-edit';
import { customTemplates, isLive, latestOfEach, latestTemplate, pinnedTemplate } from '../db/playbooks-repo';
import type { RunRow, SidekickDb } from '../db/schema';

/**
 * Playbook runs as the seller works them: start, edit, upgrade, tick (and a page's auto-check
 * ticking for them), and the run lists with progress and what is due next. Template and run rows
 * are stored and read by lib/db.
 */

// Checks about one product: a report without a product never ticks a product run (a store's capture says nothing about a product whose row it did not hold).
const LISTING_CHECKS: ReadonlySet<AutoCheckId> = new Set(['listing-compliance-clean', 'listing-completeness-pass', 'metrics-captured-today']);

/**
 * Built-ins first (handbook order), then custom templates by name. Given a store (`null`: no store, the
 * all-stores values), the built-ins carry the seller's due offsets and cut-offs, each number labelled.
 */
export async function listTemplates(db: SidekickDb, forStore?: string | null): Promise<Template[]> {
  const custom = latestOfEach(await customTemplates(db)).sort((a, b) => a.name.en.localeCompare(b.name.en));
  if (forStore === undefined) return [...BUILT_IN_TEMPLATES, ...custom];
  const own = storeDefaults(readPlaybookDefaults((await db.settings.get(PLAYBOOK_DEFAULTS_KEY))?.value), forStore ?? undefined);
  return [...BUILT_IN_TEMPLATES, ...custom].map((template) => applyPlaybookDefaults(template, own));
}

/** The run's template with the seller's due offsets and cut-offs for its store in place, each number labelled with its source. */
async function runTemplate(db: SidekickDb, run: RunRow): Promise<Template | undefined> {
  const template = await pinnedTemplate(db, run.templateId, run.templateVersion);
  if (!template) return template;
  const defaults = readPlaybookDefaults((await db.settings.get(PLAYBOOK_DEFAULTS_KEY))?.value);
  return applyPlaybookDefaults(template, storeDefaults(defaults, run.storeId));
}

function checkRunInput(template: Template, input: Pick<StartRunRequest, 'dates' | 'targets'>): void {
  const known = new Set(template.dateKeys.map((d) => d.key));
  for (const [key, day] of Object.entries(input.dates)) {
    if (!known.has(key)) throw new Error(`dates.${key}: not a key date of ${template.id}`);
    if (!parseDay(day)) throw new Error(`dates.${key}: ${day} is not a calendar day`);
  }
  for (const dateKey of template.dateKeys) {
    if (!dateKey.optional && input.dates[dateKey.key] === undefined) throw new Error(`dates.${dateKey.key}: required`);
  }
  const targets = new Set(template.targetKeys.map((t) => t.key));
  for (const key of Object.keys(input.targets)) if (!targets.has(key)) throw new Error(`targets.${key}: not a target of ${template.id}`);
}

/** A new run pinned to the template's current version. */
export async function startRun(db: SidekickDb, input: StartRunRequest, now: number): Promise<RunRow> {
  const template = await latestTemplate(db, input.templateId);
  if (!template) throw new Error(`no template "${input.templateId}"`);
  checkRunInput(template, input);
  const run: RunRow = {
    id: crypto.randomUUID(),
    templateId: template.id,
    templateVersion: template.version,
    name: input.name.trim(),
    ...(input.storeId ? { storeId: input.storeId } : {}),
    ...(input.productId ? { productId: input.productId } : {}),
    ...(input.platform ? { platform: input.platform } : {}),
    dates: input.dates,
    targets: input.targets,
    createdAt: now,
    archived: false,
  };
  await db.runs.add(run);
  return run;
}

async function summarise(db: SidekickDb, run: RunRow, now: number): Promise<RunSummary | null> {
  const template = await runTemplate(db, run);
  if (!template) return null;
  const latest = await latestTemplate(db, run.templateId);
  const states = await db.taskStates.where('runId').equals(run.id).toArray();
  const today = runToday(run, now);
  const next = nextDueTask(template, run, states, today, runMarket(run));
  return {
    run,
    templateName: template.name,
    scenario: template.scenario,
    progress: progress(template, states).overall,
    next: next ? { taskId: next.task.id, title: next.task.title, due: next.due, overdue: next.overdue } : null,
    lateCount: datedTasks(template, run, states, today, runMarket(run)).filter((t) => t.overdue).length,
    ...(latest && latest.version > run.templateVersion ? { upgradeTo: latest.version } : {}),
  };
}

export interface RunQuery {
  /** A store: its runs and store-less ones; null: store-less ones only; absent: every store's. */
  storeId?: string | null;
  includeArchived?: boolean;
  /** Only the deleted runs still waiting for their purge (the undo list). */
  deleted?: boolean;
}

/** Newest first. With a store id: that store's runs and runs tied to no store. */
export async function listRuns(db: SidekickDb, query: RunQuery, now: number): Promise<RunSummary[]> {
  const runs = (await db.runs.orderBy('createdAt').reverse().toArray()).filter(
    (run) =>
      (query.deleted ? !isLive(run) : isLive(run)) &&
      (query.includeArchived || query.deleted || !run.archived) &&
      (query.storeId === null ? run.storeId === undefined : query.storeId === undefined || run.storeId === undefined || run.storeId === query.storeId),
  );
  const summaries = await Promise.all(runs.map((run) => summarise(db, run, now)));
  return summaries.filter((s): s is RunSummary => s !== null);
}

export async function getRunDetail(db: SidekickDb, runId: string): Promise<RunDetail | null> {
  const run = await db.runs.get(runId);
  if (!run || !isLive(run)) return null;
  const template = await runTemplate(db, run);
  if (!template) throw new Error(`template ${run.templateId}@${run.templateVersion} of run "${run.name}" is missing`);
  const latest = await latestTemplate(db, run.templateId);
  const states = await db.taskStates.where('runId').equals(runId).toArray();
  return { run, template, states, ...(latest && latest.version > run.templateVersion ? { upgradeTo: latest.version } : {}) };
}

/** The live run, or an error naming what is missing when it is gone or its template has no such task. */
export async function requireRunTask(db: SidekickDb, runId: string, taskId: string): Promise<RunRow> {
  const run = await db.runs.get(runId);
  if (!run || !isLive(run)) throw new Error(`no run "${runId}"`);
  const template = await pinnedTemplate(db, run.templateId, run.templateVersion);
  if (!template || !templateTasks(template).some(({ task }) => task.id === taskId)) {
    throw new Error(`run "${run.name}" has no task "${taskId}"`);
  }
  return run;
}

/**
 * One Dexie transaction per write, keyed [runId+taskId]: read, merge last-writer-wins, put. Ticks on
 * two tabs never overwrite each other's tasks, and a retried write (same updatedAt) changes nothing.
 */
export async function setTaskState(db: SidekickDb, patch: TaskPatch): Promise<TaskState> {
  // The run is read inside the same transaction: a delete landing meanwhile can't be ticked past.
  return db.transaction('rw', db.runs, db.playbooks, db.taskStates, async () => {
    await requireRunTask(db, patch.runId, patch.taskId);
    const existing = await db.taskStates.get([patch.runId, patch.taskId]);
    const candidate = applyTaskPatch(existing as TaskState | undefined, patch);
    const merged = existing ? mergeTaskState(existing as TaskState, candidate as TaskState) : candidate;
    if (merged !== existing) await db.taskStates.put(merged);
    return merged as TaskState;
  });
}

/**
 * The live run as the edit would leave it, checked against its template like a new run: no unknown key
 * date or target, every day a calendar day, no required key date cleared. Throws naming the field.
 */
export async function editedRun(db: SidekickDb, runId: string, edit: RunEdit): Promise<RunRow> {
  const run = await db.runs.get(runId);
  if (!run || !isLive(run)) throw new Error(`no run "${runId}"`);
  const template = await pinnedTemplate(db, run.templateId, run.templateVersion);
  if (!template) throw new Error(`template ${run.templateId}@${run.templateVersion} of run "${run.name}" is missing`);
  const next = applyRunEdit(run, edit);
  checkRunInput(template, next);
  return next;
}

/** Renames a run, moves or clears its key dates (its due dates follow), changes its targets. */
export function editRun(db: SidekickDb, runId: string, edit: RunEdit): Promise<RunRow> {
  return db.transaction('rw', db.runs, db.playbooks, async () => {
    const next = await editedRun(db, runId, edit);
    await db.runs.put(next);
    return next;
  });
}

/**
 * Moves a run to its template's latest version; task states stay keyed by task id, so every tick carries over.
 * One transaction from read to write: a delete (or archive) landing in between is neither undone nor lost.
 */
export function upgradeRunToLatest(db: SidekickDb, runId: string, dates: Record<string, string> = {}): Promise<UpgradeResult> {
  return db.transaction('rw', db.runs, db.playbooks, db.taskStates, () => upgradeInTransaction(db, runId, dates));
}

async function upgradeInTransaction(db: SidekickDb, runId: string, dates: Record<string, string>): Promise<UpgradeResult> {
  const run = await db.runs.get(runId);
  if (!run || !isLive(run)) throw new Error(`no run "${runId}"`);
  const latest = await latestTemplate(db, run.templateId);
  if (!latest) throw new Error(`no template "${run.templateId}"`);
  if (latest.version <= run.templateVersion) throw new Error(`run "${run.name}" is already on version ${run.templateVersion}`);
  // A built-in's older version is not kept in code; its tasks are compared by id against the current one.
  const from = (await pinnedTemplate(db, run.templateId, run.templateVersion)) ?? latest;
  const fromPinned = from.version === run.templateVersion ? from : { ...from, version: run.templateVersion };
  for (const [key, day] of Object.entries(dates)) {
    if (!latest.dateKeys.some((d) => d.key === key)) throw new Error(`dates.${key}: not a key date of ${latest.id}`);
    if (!parseDay(day)) throw new Error(`dates.${key}: ${day} is not a calendar day`);
  }
  const states = await db.taskStates.where('runId').equals(runId).toArray();
  const upgrade = upgradeRun({ ...run, dates: { ...run.dates, ...dates } }, states as TaskState[], fromPinned, latest);
  const next: RunRow = { ...run, dates: upgrade.run.dates, templateVersion: latest.version };
  await db.runs.put(next);
  return { run: next, kept: upgrade.states.length, added: upgrade.added.length, dropped: upgrade.dropped.length, missingDates: upgrade.missingDates };
}

/**
 * A page saw a check pass: every open task carrying that auto-check in an active run of the same store
 * (and, for listing checks on a product run, the same product) is ticked, noted as auto-checked.
 * A failed check changes nothing: it never unticks what a seller ticked.
 */
export async function applyAutoCheck(db: SidekickDb, report: AutoCheckReport, now: number): Promise<{ runId: string; taskId: string }[]> {
  if (!report.passed) return [];
  const runs = (await db.runs.toArray()).filter(
    (run) =>
      isLive(run) &&
      !run.archived &&
      (report.storeId === undefined || run.storeId === undefined || run.storeId === report.storeId) &&
      (run.productId === undefined ||
        (report.productId === undefined ? !LISTING_CHECKS.has(report.check) : run.productId === report.productId)),
  );
  const ticked: { runId: string; taskId: string }[] = [];
  for (const run of runs) {
    const template = await pinnedTemplate(db, run.templateId, run.templateVersion);
    const tasks = template ? templateTasks(template).filter(({ task }) => task.autoCheck === report.check) : [];
    for (const { task } of tasks) {
      const changed = await db.transaction('rw', db.taskStates, async () => {
        const existing = await db.taskStates.get([run.id, task.id]);
        if (existing && existing.status !== 'open') return false;
        await db.taskStates.put({ ...(existing ?? {}), runId: run.id, taskId: task.id, status: 'done', note: existing?.note ?? AUTO_CHECK_NOTE, updatedAt: now });
        return true;
      });
      if (changed) ticked.push({ runId: run.id, taskId: task.id });
    }
  }
  return ticked;
}

export type { RunDetail, RunSummary };
