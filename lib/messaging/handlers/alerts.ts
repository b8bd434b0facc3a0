import { actOnAlert, productHistory, recordStoreDay, storeCoverage } from '../../db/alerts-repo';
import { openAlerts } from '../../workflows/alert-views';
import { recordCampaignCapture, recordCapture } from '../../workflows/capture';
import type { SidekickDb } from '../../db/schema';
import type { Handlers } from '../router';

type AlertHandlers = Pick<Handlers, 'metrics/capture' | 'metrics/campaign' | 'metrics/store-day' | 'alerts/open' | 'alerts/history' | 'alerts/act' | 'alerts/coverage'>;

/** Background handlers of the alerts feature's messages; payloads arrive already parsed by their schemas. */
export function alertHandlers(db: SidekickDb, now: () => number = Date.now): AlertHandlers {
  return {
    'metrics/capture': async ({ dropped, ...capture }) => {
      const result = capture.rows.length ? await recordCapture(db, capture, now()) : { snapshots: 0, opened: 0, resolved: 0 };
      return dropped ? { ...result, dropped } : result;
    },
    'metrics/campaign': (capture) => recordCampaignCapture(db, capture, now()),
    'metrics/store-day': (capture) => recordStoreDay(db, capture, now()),
    'alerts/open': ({ platform, storeId }) => openAlerts(db, platform, storeId, now()),
    'alerts/history': ({ platform, productId, days }) => productHistory(db, platform, productId, days),
    'alerts/act': (request) => actOnAlert(db, request, now()),
    'alerts/coverage': ({ platform, storeId }) => storeCoverage(db, platform, storeId),
  };
}
