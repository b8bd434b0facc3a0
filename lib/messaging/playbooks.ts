import { z } from 'zod';
import type { RunRow } from '../db/schema';
import { AUTO_CHECK_IDS, TASK_STATUSES, type TaskState, type Template } from '../playbooks/model';
import type { ProgressCount } from '../playbooks/run';
import type { LocalizedText } from '../sites/types';
import { defineMessage } from './define';
import { platformIdSchema } from './core';
import { boundedRecord, pastTimestamp } from './bounds';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const runId = z.string().min(1).max(100);
const taskId = z.string().min(1).max(80);
const templateId = z.string().min(1).max(80);
const key = z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/).max(40);
const optionalId = z.string().trim().min(1).max(200).optional();
/** An empty string clears the field. */
const link = z.union([z.literal(''), z.url({ protocol: /^https?$/ }).max(2000)]);

/** A task whose due date and lateness the run's calendar decided (for lists: popup, run picker). */
export interface NextTask {
  taskId: string;
  title: LocalizedText;
  due: string | null;
  overdue: boolean;
}

export interface RunSummary {
  run: RunRow;
  templateName: LocalizedText;
  scenario: Template['scenario'];
  progress: ProgressCount;
  next: NextTask | null;
  lateCount: number;
  /** A newer version of the run's template exists: the run may upgrade to it, keeping its ticks. */
  upgradeTo?: number;
}

export interface RunDetail {
  run: RunRow;
  /** The template version the run is pinned to. */
  template: Template;
  states: TaskState[];
  upgradeTo?: number;
}

export interface UpgradeResult {
  run: RunRow;
  kept: number;
  added: number;
  dropped: number;
  missingDates: string[];
}

export const startRunSchema = z.object({
  templateId,
  name: z.string().trim().min(1).max(120),
  storeId: optionalId,
  productId: optionalId,
  platform: platformIdSchema.optional(),
  dates: boundedRecord(key, z.string().regex(ISO_DAY, 'expected YYYY-MM-DD'), 20),
  targets: boundedRecord(key, z.number().finite(), 20),
});
export type StartRunRequest = z.infer<typeof startRunSchema>;

/** Only the fields a seller changed travel, so a note typed on one tab never resets a tick made on another. */
export const taskPatchSchema = z.object({
  runId,
  taskId,
  status: z.enum(TASK_STATUSES).optional(),
  reason: z.string().max(500).optional(),
  note: z.string().max(4000).optional(),
  link: link.optional(),
  /** When the seller acted (their clock); the later write of a task wins whole. */
  updatedAt: pastTimestamp(),
});
export type TaskPatch = z.infer<typeof taskPatchSchema>;

export const autoCheckSchema = z.object({
  check: z.enum(AUTO_CHECK_IDS),
  storeId: optionalId,
  productId: optionalId,
  passed: z.boolean(),
});
export type AutoCheckReport = z.infer<typeof autoCheckSchema>;

/** Messages of the playbooks feature (request schemas and result types). */
export const playbookMessages = {
  /** Built-in templates (with the seller's due offsets and cut-offs for the store, if given) and the latest version of each custom one. */
  'playbooks/templates': defineMessage<Template[]>()(z.object({ storeId: optionalId })),
  'playbooks/start': defineMessage<RunRow>()(startRunSchema),
  /**
   * Runs not deleted, newest first; archived ones only when asked. A store id puts that store's runs
   * (and store-less ones) only; `null` (a page with no recognisable store) the store-less ones only;
   * no store id at all, every store's (the options page).
   */
  'playbooks/runs': defineMessage<RunSummary[]>()(
    z.object({ storeId: optionalId.nullable(), includeArchived: z.boolean().optional(), deleted: z.boolean().optional() }),
  ),
  'playbooks/run': defineMessage<RunDetail | null>()(z.object({ runId })),
  'playbooks/task/set': defineMessage<TaskState>()(taskPatchSchema),
  'playbooks/archive': defineMessage<RunRow>()(z.object({ runId, archived: z.boolean() })),
  /** Rename, move or clear key dates (the due dates follow), change targets; on a shared run, for the whole team. */
  'playbooks/edit': defineMessage<RunRow>()(
    z.object({
      runId,
      name: z.string().trim().min(1).max(120).optional(),
      dates: boundedRecord(key, z.string().regex(ISO_DAY, 'expected YYYY-MM-DD').nullable(), 20).optional(),
      targets: boundedRecord(key, z.number().finite().nullable(), 20).optional(),
      updatedAt: pastTimestamp(),
    }),
  ),
  /** Soft delete: hidden at once, restorable until purged. */
  'playbooks/delete': defineMessage<RunRow>()(z.object({ runId })),
  'playbooks/restore': defineMessage<RunRow>()(z.object({ runId })),
  'playbooks/upgrade': defineMessage<UpgradeResult>()(z.object({ runId, dates: boundedRecord(key, z.string().regex(ISO_DAY), 20).optional() })),
  /** A page saw a check pass (coupons listed, compliance clean): ticks the matching open tasks of active runs. */
  'playbooks/auto-check': defineMessage<{ ticked: { runId: string; taskId: string }[] }>()(autoCheckSchema),
};
