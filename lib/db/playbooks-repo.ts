import { templateSchema, type Template } from '../playbooks/model';
import { findBuiltInTemplate } from '../playbooks/templates';
import type { PlaybookRow, RunRow, SidekickDb } from './schema';

/** A deleted run can be restored for a week; after that the next worker start purges it with its ticks. */
export const DELETED_RUN_RETENTION_MS = 7 * 24 * 60 * 60 * 1000;

/** Each version of a custom template is its own row (`<id>@<version>`), so a run pinned to an old one still finds it. */
export const playbookRowId = (id: string, version: number): string => `${id}@${version}`;

export async function customTemplates(db: SidekickDb): Promise<Template[]> {
  const rows = await db.playbooks.toArray();
  return rows.flatMap((row) => {
    const parsed = templateSchema.safeParse(row.template);
    return parsed.success ? [parsed.data] : [];
  });
}

export function latestOfEach(templates: readonly Template[]): Template[] {
  const latest = new Map<string, Template>();
  for (const template of templates) {
    const known = latest.get(template.id);
    if (!known || known.version < template.version) latest.set(template.id, template);
  }
  return [...latest.values()];
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

/** A run not deleted (a deleted one waits a week for its purge, restorable). */
export const isLive = (run: RunRow): boolean => run.deletedAt === undefined;

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

async function updateRun(db: SidekickDb, runId: string, change: (run: RunRow) => RunRow): Promise<RunRow> {
  return db.transaction('rw', db.runs, async () => {
    const run = await db.runs.get(runId);
    if (!run) throw new Error(`no run "${runId}"`);
    const next = change(run);
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

