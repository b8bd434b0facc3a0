import type * as Y from 'yjs';
import { z } from 'zod';
import type { RunRow } from '../db/schema';
import { ROLES } from '../playbooks/scenarios-roles-checks';
import { LOCAL_ORIGIN } from './run-doc';

/**
 * The team's list of shared runs (`<teamId>/index`): run id → what a member's browser needs to show
 * the run (its template, store, dates and targets, who shared it). A custom template travels with the
 * run, since the other members do not have it.
 */
const RUNS = 'runs';

export const sharedRunSummarySchema = z.object({
  id: z.string().min(1).max(100),
  name: z.string().trim().min(1).max(120),
  templateId: z.string().min(1).max(80),
  templateVersion: z.number().int().min(1),
  storeId: z.string().max(200).optional(),
  productId: z.string().max(200).optional(),
  platform: z.string().max(300).optional(),
  dates: z.record(z.string().max(40), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)),
  targets: z.record(z.string().max(40), z.number().finite()),
  createdAt: z.number(),
  sharedAt: z.number(),
  sharedBy: z.object({ name: z.string().min(1).max(60), role: z.enum(ROLES) }),
  /** The template JSON when it is a custom one (checked against the template schema on arrival). */
  template: z.unknown().optional(),
});
export type SharedRunSummary = z.infer<typeof sharedRunSummarySchema>;

export function summaryOfRun(run: RunRow, sharedAt: number, sharedBy: SharedRunSummary['sharedBy'], customTemplate?: unknown): SharedRunSummary {
  return {
    id: run.id,
    name: run.name,
    templateId: run.templateId,
    templateVersion: run.templateVersion,
    ...(run.storeId ? { storeId: run.storeId } : {}),
    ...(run.productId ? { productId: run.productId } : {}),
    ...(run.platform ? { platform: run.platform } : {}),
    dates: run.dates,
    targets: run.targets,
    createdAt: run.createdAt,
    sharedAt,
    sharedBy,
    ...(customTemplate !== undefined ? { template: customTemplate } : {}),
  };
}

export function publishRun(index: Y.Doc, summary: SharedRunSummary): void {
  index.transact(() => {
    if (!index.getMap(RUNS).has(summary.id)) index.getMap(RUNS).set(summary.id, summary);
  }, LOCAL_ORIGIN);
}

/** Every well-formed entry; an entry a member's browser wrote wrong is skipped, not trusted. */
export function sharedRuns(index: Y.Doc): SharedRunSummary[] {
  const out: SharedRunSummary[] = [];
  index.getMap(RUNS).forEach((raw, key) => {
    const parsed = sharedRunSummarySchema.safeParse(raw);
    if (parsed.success && parsed.data.id === key) out.push(parsed.data);
  });
  return out.sort((a, b) => a.sharedAt - b.sharedAt || (a.id < b.id ? -1 : 1));
}
