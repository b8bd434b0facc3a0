import { openAlertCount } from '../alerts/engine';
import { ruleById } from '../alerts/rules/index';
import type { SidekickDb } from '../db/schema';
import type { AlertView, StoredAlert } from '../messaging/alerts';
import { linkedTask } from '../playbooks/task-link';
import type { PlatformId } from '../sites/types';

/** Alerts as the seller sees them: which need the seller now, with their product, run and handbook task. */

const NEEDS_SELLER = ['open', 'snoozed'];

/** Alerts the seller should see now (open, or snoozed past their snooze) for a marketplace and optionally one store. */
/** A store's open alerts and store-less ones; `storeId` null: store-less ones only (a page showing no store). */
export async function openAlerts(db: SidekickDb, platform: PlatformId, storeId: string | null | undefined, now: number): Promise<AlertView[]> {
  const rows = await db.alerts.where('status').anyOf(NEEDS_SELLER).toArray();
  const shown = rows.filter(
    (alert): alert is StoredAlert =>
      alert.id !== undefined &&
      alert.platform === platform &&
      (storeId === null ? !alert.storeId : !storeId || !alert.storeId || alert.storeId === storeId) &&
      openAlertCount([alert], now) === 1,
  );
  const products = await db.products.bulkGet(shown.map((alert) => [alert.platform, alert.productId ?? ''] as [string, string]));
  const runs = await db.runs.bulkGet(shown.map((alert) => alert.runId ?? ''));
  return shown.map((alert, i) => {
    const product = products[i];
    const run = runs[i];
    const task = linkedTask(ruleById(alert.ruleId)?.playbookTask);
    const view: AlertView = task ? { ...alert, task } : alert;
    if (run && alert.runId !== undefined) return { ...view, runName: run.name };
    // No listing date on any page: left out, so the UI says "unknown" (the day we first saw it is not its age).
    return product ? { ...view, productTitle: product.title, ...(product.listedDate ? { productListedDate: product.listedDate } : {}) } : view;
  });
}

/** The toolbar count: alerts needing the seller across every store. */
export async function countOpenAlerts(db: SidekickDb, now: number): Promise<number> {
  return openAlertCount(await db.alerts.where('status').anyOf(NEEDS_SELLER).toArray(), now);
}
