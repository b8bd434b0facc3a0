import type { AutoCheckReport, RunDetail, RunSummary, StartRunRequest, TaskPatch, UpgradeResult } from '../messaging/playbooks';
import { parseDay } from '../playbooks/due';
import { templateSchema, type AutoCheckId, type TaskState, type Template } from '../playbooks/model';
import { datedTasks, nextDueTask, progress, templateTasks, upgradeRun, mergeTaskState } from '../playbooks/run';
import { BUILT_IN_TEMPLATES, findBuiltInTemplate } from '../playbooks/templates';
import { applyPlaybookDefaults, PLAYBOOK_DEFAULTS_KEY, readPlaybookDefaults, storeDefaults } from '../playbooks/defaults';
import { AUTO_CHECK_NOTE, applyTaskPatch, runMarket, runToday } from '../playbooks/run-state';
import { applyRunEdit, type RunEdit } from '../playbooks/run-edit';
import type { PlaybookRow, RunRow, SidekickDb } from './schema';

/** A deleted run can be restored for a week; after that the next worker start purges it with its ticks. */
export const DELETED_RUN_RETENTION_MS = 7 * 24 * 60 * 60 * 1000;

// Checks about one product: a report without a product never ticks a product run (a store's capture says nothing about a product whose row it did not hold).
const LISTING_CHECKS: ReadonlySet<AutoCheckId> = new Set(['listing-compliance-clean', 'listing-completeness-pass', 'metrics-captured-today']);

/** Each version of a custom template is its own row (`<id>@<version>`), so a run pinned to an old one still finds it. */
export const playbookRowId = (id: string, version: number): string => `${id}@${version}`;

async function customTemplates(db: SidekickDb): Promise<Template[]> {
  const rows = await db.playbooks.toArray();
  return rows.flatMap((row) => {
    const parsed = templateSchema.safeParse(row.template);
    return parsed.success ? [parsed.data] : [];
  });
}

function latestOfEach(templates: readonly Template[]): Template[] {
  const latest = new Map<string, Template>();
  for (const template of templates) {
    const known = latest.get(template.id);
    if (!known || known.version < template.version) latest.set(template.id, template);
  }
  return [...latest.values()];
}

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

export async function latestTemplate(db: SidekickDb, id: string): Promise<Template | undefined> {
  const builtIn = findBuiltInTemplate(id);
  if (builtIn) return builtIn;
  const versions = (await db.playbooks.where('id').startsWith(`${id}@`).toArray()).map((row) => templateSchema.safeParse(row.template));
  return latestOfEach(versions.flatMap((p) => (p.success && p.data.id === id ? [p.data] : [])))[0];
}

/**
 * The template version a run is pinned to. Built-ins live in code at their current version only; a
 * run pinned to an older built-in version reads the current one (its tasks are matched by id anyway).
 */
export async function pinnedTemplate(db: SidekickDb, id: string, version: number): Promise<Template | undefined> {
  const builtIn = findBuiltInTemplate(id);
  if (builtIn) return builtIn;
  const row = await db.playbooks.get(playbookRowId(id, version));
  const parsed = templateSchema.safeParse(row?.template);
  return parsed.success ? parsed.data : undefined;
}

const isLive = (run: RunRow) => run.deletedAt === undefined;

/** The run's template with the seller's due offsets and cut-offs for its store in place, each number labelled with its source. */
async function runTemplate(db: SidekickDb, run: RunRow): Promise<Template | undefined> {
  const template = await pinnedTemplate(db, run.templateId, run.templateVersion);
  if (!template) return template;
  const defaults = readPlaybookDefaults((await db.settings.get(PLAYBOOK_DEFAULTS_KEY))?.value);
  return applyPlaybookDefaults(template, storeDefaults(defaults, run.storeId));
}

/**
 * Stores a validated custom template. While no run is pinned to its latest version that version is
 * edited in place; once one is, the save becomes the next version so the pinned run stays as it was.
 */
export async function saveCustomTemplate(db: SidekickDb, template: Template, now: number): Promise<Template> {
  if (template.builtIn || findBuiltInTemplate(template.id)) throw new Error(`"${template.id}" is a built-in template id`);
  return db.transaction('rw', db.playbooks, db.runs, async () => {
    const latest = await latestTemplate(db, template.id);
    let version = latest ? latest.version : template.version;
    if (latest) {
      const pinned = await db.runs.where('templateId').equals(template.id).filter((run) => run.templateVersion === latest.version).count();
      if (pinned > 0) version = latest.version + 1;
    }
    const saved: Template = { ...template, version };
    await db.playbooks.put({ id: playbookRowId(saved.id, version), version, template: saved, updatedAt: now } satisfies PlaybookRow);
    return saved;
  });
}

/** All or nothing: one transaction for every template of an import file. */
export async function importCustomTemplates(db: SidekickDb, templates: readonly Template[], now: number): Promise<Template[]> {
  return db.transaction('rw', db.playbooks, db.runs, async () => {
    const saved: Template[] = [];
    for (const template of templates) saved.push(await saveCustomTemplate(db, template, now));
    return saved;
  });
}

/** Removes every version of a custom template; refused while a run (not deleted) still uses it. */
export async function deleteCustomTemplate(db: SidekickDb, id: string): Promise<void> {
  await db.transaction('rw', db.playbooks, db.runs, async () => {
    const users = await db.runs.where('templateId').equals(id).filter(isLive).count();
    if (users > 0) throw new Error(`template "${id}" is used by ${users} run(s)`);
    await db.playbooks.where('id').startsWith(`${id}@`).delete();
  });
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

async function updateRun(db: SidekickDb, runId: string, change: (run: RunRow) => RunRow): Promise<RunRow> {
  return db.transaction('rw', db.runs, async () => {
    const run = await db.runs.get(runId);
    if (!run) throw new Error(`no run "${runId}"`);
    const next = change(run);
    await db.runs.put(next);
    return next;
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

export const setRunArchived = (db: SidekickDb, runId: string, archived: boolean) => updateRun(db, runId, (run) => ({ ...run, archived }));

export const deleteRun = (db: SidekickDb, runId: string, now: number) => updateRun(db, runId, (run) => ({ ...run, deletedAt: now }));

export const restoreRun = (db: SidekickDb, runId: string) =>
  updateRun(db, runId, (run) => {
    const { deletedAt: _deletedAt, ...rest } = run;
    return rest;
  });

/** Drops runs deleted longer ago than the undo window, with their task states. */
export async function purgeDeletedRuns(db: SidekickDb, now: number, retentionMs = DELETED_RUN_RETENTION_MS): Promise<number> {
  return db.transaction('rw', db.runs, db.taskStates, async () => {
    const expired = await db.runs.filter((run) => run.deletedAt !== undefined && now - run.deletedAt >= retentionMs).primaryKeys();
    for (const id of expired) await db.taskStates.where('runId').equals(id).delete();
    await db.runs.bulkDelete(expired);
    return expired.length;
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
