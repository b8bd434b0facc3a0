import { browser } from 'wxt/browser';
import { purgeExpired } from '../db/alerts-repo';
import { countOpenAlerts } from '../workflows/alert-views';
import type { SidekickDb } from '../db/schema';
import type { TableName } from '../db/tables';
import { serialized } from '../serialized';

/** The background half of alerts: the toolbar count and the daily retention purge. Holds no state. */
const RETENTION_ALARM = 'sidekick-retention';
/** Snoozes run out between writes; an hourly look keeps the count honest without a timer per alert. */
const BADGE_ALARM = 'sidekick-alert-badge';

/** MV3's `action`, or MV2's `browserAction` in the Firefox build. */
export function toolbar(): typeof browser.action {
  return browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
}

export async function updateToolbarBadge(db: SidekickDb, now = Date.now()): Promise<number> {
  const count = await countOpenAlerts(db, now);
  await toolbar().setBadgeText({ text: count ? String(count) : '' });
  return count;
}

async function ensureAlarm(name: string, periodInMinutes: number): Promise<void> {
  // Re-creating on every worker start would push the first firing back each time.
  if (!(await browser.alarms.get(name))) await browser.alarms.create(name, { delayInMinutes: 1, periodInMinutes });
}

/**
 * Call synchronously at worker start so the listeners are in place before events are dispatched.
 * Returns what the background's one database-change listener calls with the tables that changed.
 */
export function startAlertsBackground(db: SidekickDb): (tables: readonly TableName[]) => void {
  const refresh = serialized(
    () => updateToolbarBadge(db),
    (error) => console.warn('[Seller Sidekick] badge', error),
  );
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === BADGE_ALARM) void refresh();
    if (alarm.name === RETENTION_ALARM) void purgeExpired(db, Date.now()).catch((error: unknown) => console.warn('[Seller Sidekick] retention', error));
  });
  void toolbar().setBadgeBackgroundColor({ color: '#d4380d' }).catch(() => undefined);
  void refresh();
  void ensureAlarm(RETENTION_ALARM, 24 * 60);
  void ensureAlarm(BADGE_ALARM, 60);
  return (tables) => {
    if (tables.includes('alerts')) void refresh();
  };
}
