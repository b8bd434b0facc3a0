import { capturedTodayReports, isTodaysCapture, type ProductRunRef } from '../../playbooks/captured-today';
import type { SidekickDb } from '../../db/schema';
import type { Handlers } from '../router';

/**
 * Wraps the capture handlers so a capture of today's (or yesterday's complete) figures that landed
 * ticks the store's `metrics-captured-today` tasks through `playbooks/auto-check` (the same path the
 * compliance and coupon checks take, so a shared run's tick reaches the team too). The capture's own
 * answer is returned unchanged; a failed tick is logged, never turned into a failed capture.
 */
export function withCapturedTodayCheck(handlers: Handlers, db: SidekickDb, now: () => number = Date.now): Handlers {
  const tick = async (input: { storeId?: string; productIds: readonly string[] }, sender: Parameters<Handlers['playbooks/auto-check']>[1]) => {
    const productRuns: ProductRunRef[] = [];
    if (input.productIds.length) {
      const runs = await db.runs.filter((run) => run.productId !== undefined && run.deletedAt === undefined && !run.archived).toArray();
      for (const run of runs) productRuns.push({ productId: run.productId!, ...(run.storeId === undefined ? {} : { storeId: run.storeId }) });
    }
    for (const report of capturedTodayReports(input, productRuns)) await handlers['playbooks/auto-check'](report, sender);
  };
  const safely = (work: Promise<void>) => work.catch((error: unknown) => console.warn('[Seller Sidekick] metrics-captured-today auto-check', error));
  return {
    ...handlers,
    'metrics/capture': async (capture, sender) => {
      const result = await handlers['metrics/capture'](capture, sender);
      if (capture.rows.length && isTodaysCapture(capture.period, capture.timeZone, now())) {
        await safely(tick({ ...(capture.storeId === undefined ? {} : { storeId: capture.storeId }), productIds: capture.rows.map((row) => row.productId) }, sender));
      }
      return result;
    },
    'metrics/store-day': async (capture, sender) => {
      const result = await handlers['metrics/store-day'](capture, sender);
      if (isTodaysCapture(capture.day, capture.timeZone, now())) {
        await safely(tick({ ...(capture.storeId === undefined ? {} : { storeId: capture.storeId }), productIds: [] }, sender));
      }
      return result;
    },
    'metrics/campaign': async (capture, sender) => {
      const result = await handlers['metrics/campaign'](capture, sender);
      if (isTodaysCapture(capture.day, capture.timeZone, now())) {
        await safely(tick({ ...(capture.storeId === undefined ? {} : { storeId: capture.storeId }), productIds: [] }, sender));
      }
      return result;
    },
  };
}
