import { z } from 'zod';
import { METRIC_KEYS } from '../metrics/keys';
import { formatIssues } from '../messaging/define';
import { platformIdSchema } from '../messaging/core';
import { SCHEMA_VERSIONS, TABLE_NAMES, type SidekickDb, type TableName } from './schema';

export const BACKUP_FORMAT = 'seller-sidekick-backup';

const metricsSchema = z.partialRecord(z.enum(METRIC_KEYS), z.number().nullable());
const period = z.string().regex(/^\d{4}-\d{2}-\d{2}(T\d{2})?$/, 'expected YYYY-MM-DD or YYYY-MM-DDTHH');

/** One schema per table: a backup is checked row by row before anything is written. */
const rowSchemas = {
  playbooks: z.object({ id: z.string().min(1), version: z.number().int(), template: z.unknown(), updatedAt: z.number() }),
  runs: z.object({
    id: z.string().min(1),
    templateId: z.string().min(1),
    templateVersion: z.number().int(),
    name: z.string(),
    storeId: z.string().optional(),
    productId: z.string().optional(),
    platform: z.string().optional(),
    dates: z.record(z.string(), z.string()),
    targets: z.record(z.string(), z.number()),
    createdAt: z.number(),
    archived: z.boolean(),
    deletedAt: z.number().optional(),
  }),
  taskStates: z.object({
    runId: z.string().min(1),
    taskId: z.string().min(1),
    status: z.enum(['open', 'done', 'skipped']),
    reason: z.string().optional(),
    note: z.string().optional(),
    link: z.string().optional(),
    updatedAt: z.number(),
  }),
  stores: z.object({
    id: z.string().min(1),
    platform: platformIdSchema,
    shopId: z.string(),
    name: z.string(),
    firstSeen: z.number(),
    lastSeen: z.number(),
  }),
  products: z.object({
    platform: platformIdSchema,
    productId: z.string().min(1),
    storeId: z.string().optional(),
    title: z.string(),
    category: z.string().optional(),
    firstSeen: z.number(),
    listedDate: z.string().optional(),
    tags: z.array(z.string()),
  }),
  snapshots: z.object({
    id: z.number().int().optional(),
    platform: platformIdSchema,
    productId: z.string().min(1),
    storeId: z.string().optional(),
    period,
    currency: z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 4217 code such as CNY'),
    metrics: metricsSchema,
    peer: metricsSchema.optional(),
    source: z.string(),
    capturedAt: z.number(),
  }),
  alerts: z.object({
    id: z.number().int().optional(),
    platform: platformIdSchema,
    productId: z.string().optional(),
    runId: z.string().optional(),
    storeId: z.string().optional(),
    ruleId: z.string().min(1),
    status: z.enum(['open', 'acknowledged', 'snoozed', 'resolved']),
    severity: z.enum(['high', 'medium', 'low']),
    evidence: z.looseObject({ metric: z.enum(METRIC_KEYS), period: z.string() }),
    firstPeriod: z.string(),
    lastPeriod: z.string(),
    seenCount: z.number().int().min(1),
    snoozedUntil: z.number().optional(),
    resolvedAt: z.number().optional(),
    updatedAt: z.number(),
  }),
  settings: z.object({ key: z.string().min(1), value: z.unknown() }),
} satisfies Record<TableName, z.ZodType>;

export const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT, { error: `not a Seller Sidekick backup (format must be "${BACKUP_FORMAT}")` }),
  schemaVersion: z.number().int().min(1).max(SCHEMA_VERSIONS.length, { error: 'made by a newer Seller Sidekick; update the extension first' }),
  exportedAt: z.string(),
  tables: z.object({
    playbooks: z.array(rowSchemas.playbooks),
    runs: z.array(rowSchemas.runs),
    taskStates: z.array(rowSchemas.taskStates),
    stores: z.array(rowSchemas.stores),
    products: z.array(rowSchemas.products),
    snapshots: z.array(rowSchemas.snapshots),
    alerts: z.array(rowSchemas.alerts),
    settings: z.array(rowSchemas.settings),
  }),
});
export type Backup = z.infer<typeof backupSchema>;

export type ParsedBackup = { ok: true; backup: Backup; rowCount: number } | { ok: false; errors: string[] };

/** Parses the text of a backup file. Anything wrong names the exact field; nothing is written here. */
export function parseBackup(text: string): ParsedBackup {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [`not valid JSON (the file may be truncated): ${error instanceof Error ? error.message : String(error)}`] };
  }
  const parsed = backupSchema.safeParse(json);
  if (!parsed.success) return { ok: false, errors: formatIssues(parsed.error).slice(0, 20) };
  const rowCount = TABLE_NAMES.reduce((n, table) => n + parsed.data.tables[table].length, 0);
  return { ok: true, backup: parsed.data, rowCount };
}

export async function exportBackup(db: SidekickDb, now = new Date()): Promise<Backup> {
  return db.transaction('r', TABLE_NAMES.map((t) => db.table(t)), async () => {
    const tables = {} as Record<TableName, unknown[]>;
    for (const table of TABLE_NAMES) tables[table] = await db.table(table).toArray();
    return { format: BACKUP_FORMAT, schemaVersion: SCHEMA_VERSIONS.length, exportedAt: now.toISOString(), tables } as Backup;
  });
}

/** Replaces everything with the backup in one transaction: it all lands, or (on any error) none of it. */
export async function restoreBackup(db: SidekickDb, backup: Backup): Promise<void> {
  await db.transaction('rw', TABLE_NAMES.map((t) => db.table(t)), async () => {
    for (const table of TABLE_NAMES) {
      await db.table(table).clear();
      await db.table(table).bulkAdd(backup.tables[table] as object[]);
    }
  });
}

export async function clearAllData(db: SidekickDb): Promise<void> {
  await db.transaction('rw', TABLE_NAMES.map((t) => db.table(t)), async () => {
    for (const table of TABLE_NAMES) await db.table(table).clear();
  });
}
