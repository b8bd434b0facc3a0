import type { TaskPatch } from '../messaging/playbooks';
import { ADAPTERS } from '../sites';
import type { PlatformId } from '../sites/types';
import { dayInTimeZone } from './due';
import type { TaskState } from './model';

/** What an auto-checked task carries as its note, so the UI can say so in the seller's language. */
export const AUTO_CHECK_NOTE = 'auto-checked';

/** A seller's change to one task applied to what is on record: a status other than skipped drops the skip reason; blank text clears a field. */
export function applyTaskPatch(existing: TaskState | undefined, patch: TaskPatch): TaskState {
  const next: TaskState = { ...(existing ?? { runId: patch.runId, taskId: patch.taskId, status: 'open' }), updatedAt: patch.updatedAt };
  if (patch.status !== undefined) {
    next.status = patch.status;
    if (patch.status !== 'skipped') delete next.reason;
  }
  for (const field of ['reason', 'note', 'link'] as const) {
    const value = patch[field];
    if (value === undefined) continue;
    if (value.trim() === '') delete next[field];
    else next[field] = value.trim();
  }
  return next;
}

/** The market whose calendar a run's working days follow (a run started off any known page counts as Taobao). */
export function runMarket(run: { platform?: string }): PlatformId {
  return (run.platform ?? 'taobao') as PlatformId;
}

/** The store's time zone for a market (Asia/Shanghai for the Chinese marketplaces), else the browser's. */
export function marketTimeZone(market: PlatformId): string {
  return ADAPTERS.find((a) => a.platform === market)?.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** Today in the run's store time zone. */
export function runToday(run: { platform?: string }, now: number): string {
  return dayInTimeZone(now, marketTimeZone(runMarket(run)));
}
