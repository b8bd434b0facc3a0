import { z } from 'zod';
import { METRIC_KEYS } from '../metrics/keys';
import { formatIssues } from '../messaging/define';
import { platformIdSchema } from '../messaging/core';
import { boundedRecord, pastTimestamp } from '../messaging/bounds';
import { pagePath } from '../page-path';
import { ALERT_SETTING_KEYS, benchmarkOverridesSchema, retentionDaysSchema, ruleSettingsSchema } from '../alerts/settings-rows';
import { HANDOFFS_SEEN_KEY, handoffsSeenSchema, TEAM_SETTING_KEY, teamConfigSchema } from '../teams/config';
import { storeComplianceSchema } from '../compliance/shop-choices';
import { templateSchema } from '../playbooks/model';
import { SETTING_SCHEMAS, sidebarStateSchema } from '../settings-schemas';
import { SCHEMA_VERSIONS, TABLE_NAMES, type SidekickDb, type TableName } from './schema';

export const BACKUP_FORMAT = 'seller-sidekick-backup';

const metricsSchema = z.partialRecord(z.enum(METRIC_KEYS), z.number().finite().nullable());
const period = z.string().regex(/^\d{4}-\d{2}-\d{2}(T\d{2})?$/, 'expected YYYY-MM-DD or YYYY-MM-DDTHH');
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
const id = z.string().min(1).max(300);
const name = z.string().max(300);
const note = z.string().max(4000);
/** What the sidebar renders as a link must be a web address (a `javascript:` link would run on click). */
const webLink = z.union([z.literal(''), z.url({ protocol: /^https?$/, error: 'expected an http(s) address' }).max(2000)]);
const moment = z.number().finite().nonnegative();
const dateKey = z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/).max(40);

/**
 * Each settings row is checked against the schema of its key; a key nobody reads is refused rather
 * than carried along unchecked. A feature adding a setting adds its key (or key prefix) here.
 */
const SETTING_ROW_SCHEMAS: { match: (key: string) => boolean; value: z.core.$ZodType }[] = [
  ...Object.entries(SETTING_SCHEMAS).map(([key, schema]) => ({ match: (k: string) => k === key, value: schema })),
  { match: (k) => k.startsWith('sidebar:') && k.length <= 300, value: sidebarStateSchema },
  { match: (k) => k.startsWith('compliance:') && k.length <= 320, value: storeComplianceSchema },
  { match: (k) => k === ALERT_SETTING_KEYS.retentionDays, value: retentionDaysSchema },
  { match: (k) => k === ALERT_SETTING_KEYS.benchmarkOverrides, value: benchmarkOverridesSchema },
  { match: (k) => k === ALERT_SETTING_KEYS.ruleSettings, value: ruleSettingsSchema },
  { match: (k) => k === TEAM_SETTING_KEY, value: teamConfigSchema },
  { match: (k) => k === HANDOFFS_SEEN_KEY, value: handoffsSeenSchema },
];

const settingRowSchema = z.object({ key: z.string().min(1).max(320), value: z.unknown() }).superRefine((row, ctx) => {
  const known = SETTING_ROW_SCHEMAS.find((entry) => entry.match(row.key));
  if (!known) {
    ctx.addIssue({ code: 'custom', path: ['key'], message: `"${row.key.slice(0, 60)}" is not a Seller Sidekick setting` });
    return;
  }
  const parsed = z.safeParse(known.value, row.value);
  for (const issue of parsed.success ? [] : parsed.error.issues) ctx.addIssue({ code: 'custom', path: ['value', ...issue.path], message: issue.message });
});

const evidenceSchema = z.strictObject({
  metric: z.enum(METRIC_KEYS),
  value: z.number().finite().nullable(),
  baseline: z.number().finite().nullable().optional(),
  benchmark: z.number().finite().nullable().optional(),
  benchmarkSource: z.enum(['page-peer', 'category-typical', 'user', 'run-target']).optional(),
  period,
  extra: z
    .record(z.string().max(60), z.union([z.number().finite(), z.string().max(300), z.null()]))
    .refine((extra) => Object.keys(extra).length <= 30, 'at most 30 entries')
    .optional(),
  threshold: z
    .strictObject({
      key: z.string().min(1).max(100),
      value: z.number().finite(),
      source: z.enum(['handbook', 'page-peer', 'typical', 'default', 'seller', 'run-target']),
      limit: z.number().finite(),
    })
    .optional(),
});

/** One schema per table: a backup is checked row by row, every field, before anything is written. */
const rowSchemas = {
  playbooks: z
    .object({ id, version: z.number().int().min(1), template: templateSchema, updatedAt: pastTimestamp() })
    .refine((row) => row.id === `${row.template.id}@${row.template.version}` && row.version === row.template.version, {
      path: ['id'],
      message: 'must be <template id>@<template version>',
    }),
  runs: z.object({
    id,
    templateId: id,
    templateVersion: z.number().int().min(1),
    name: z.string().trim().min(1).max(120),
    storeId: id.optional(),
    productId: id.optional(),
    platform: platformIdSchema.optional(),
    dates: boundedRecord(dateKey, isoDay, 20),
    targets: boundedRecord(dateKey, z.number().finite(), 20),
    createdAt: pastTimestamp(),
    archived: z.boolean(),
    deletedAt: pastTimestamp().optional(),
  }),
  taskStates: z.object({
    runId: id,
    taskId: z.string().min(1).max(80),
    status: z.enum(['open', 'done', 'skipped']),
    reason: z.string().max(500).optional(),
    note: note.optional(),
    link: webLink.optional(),
    updatedAt: pastTimestamp(),
  }),
  stores: z
    .object({ id, platform: platformIdSchema, shopId: z.string().max(200), name: name, firstSeen: pastTimestamp(), lastSeen: pastTimestamp() })
    .refine((store) => store.id === `${store.platform}:${store.shopId}`, { path: ['id'], message: 'must be <platform>:<shop id>' }),
  products: z.object({
    platform: platformIdSchema,
    productId: id,
    storeId: id.optional(),
    title: name,
    category: z.string().max(200).optional(),
    firstSeen: moment,
    listedDate: isoDay.optional(),
    tags: z.array(z.string().max(100)).max(50),
  }),
  snapshots: z.object({
    id: z.number().int().optional(),
    platform: platformIdSchema,
    productId: id,
    storeId: id.optional(),
    period,
    currency: z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 4217 code such as CNY'),
    metrics: metricsSchema,
    peer: metricsSchema.optional(),
    // Older backups kept the query (session tokens, ids): only the page path is restored.
    source: z.union([z.literal(''), z.url({ protocol: /^https?$/ }).max(2000).transform(pagePath)]),
    capturedAt: pastTimestamp(),
  }),
  alerts: z.object({
    id: z.number().int().optional(),
    platform: platformIdSchema,
    productId: id.optional(),
    runId: id.optional(),
    storeId: id.optional(),
    ruleId: z.string().min(1).max(100),
    status: z.enum(['open', 'acknowledged', 'snoozed', 'resolved']),
    severity: z.enum(['high', 'medium', 'low']),
    evidence: evidenceSchema,
    firstPeriod: period,
    lastPeriod: period,
    seenCount: z.number().int().min(1),
    snoozedUntil: moment.optional(),
    resolvedAt: pastTimestamp().optional(),
    updatedAt: pastTimestamp(),
  }),
  settings: settingRowSchema,
  storeDays: z.object({
    platform: platformIdSchema,
    storeId: z.string().max(300),
    period: isoDay,
    currency: z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 4217 code such as CNY'),
    metrics: metricsSchema,
    source: z.union([z.literal(''), z.url({ protocol: /^https?$/ }).max(2000).transform(pagePath)]),
    capturedAt: pastTimestamp(),
  }),
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
    // Backups made before schema v4 have no store days.
    storeDays: z.array(rowSchemas.storeDays).default([]),
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
