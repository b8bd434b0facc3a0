import Dexie from 'dexie';
import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { startAlertsBackground } from '../lib/alerts/browser';
import { DB_NAME, openDatabase } from '../lib/db/schema';
import { readSiteList } from '../lib/db/settings-repo';
import { forgetRevokedSites, syncSitesWithList } from '../lib/workflows/site-sync';
import { browserSiteSync } from '../lib/sites/browser';
import { TeamHost } from '../lib/teams/host';
import { updateHandoffTitle } from '../lib/teams/browser';
import { TEAM_WAKE_ALARM } from '../lib/teams/config';
import { FIRST_PAINT_KEY } from '../lib/first-paint';
import { firstPaintFromRows } from '../lib/settings-schemas';
import { backgroundHandlers } from '../lib/messaging/handlers/index';
import { LIVE_PORT_NAME, tablesFromMutatedParts, type LiveEvent } from '../lib/messaging/live';
import { createRouter, type Handlers } from '../lib/messaging/router';
import { serialized } from '../lib/serialized';

// The worker keeps nothing in memory that matters: every answer is read from IndexedDB,
// so a stop (idle, CDP, browser restart) loses nothing.
export default defineBackground(() => {
  const db = openDatabase();
  // Team sync starts only when Options → Team has a team (checked here at every worker start).
  const teams = new TeamHost(db);
  void teams.refresh();
  const openOptionsPath = (path: string) => browser.tabs.create({ url: `${browser.runtime.getURL('/')}${path.replace(/^\//, '')}` });
  const handlers: Handlers = backgroundHandlers(db, teams, openOptionsPath);
  const route = createRouter(handlers, {
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    siteList: () => readSiteList(db),
  });

  browser.runtime.onMessage.addListener((message: unknown, sender: Browser.runtime.MessageSender) =>
    route(message, { id: sender.id, url: sender.url, tab: sender.tab && { id: sender.tab.id, url: sender.tab.url } }),
  );

  const ports = new Set<Browser.runtime.Port>();
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== LIVE_PORT_NAME || port.sender?.id !== browser.runtime.id) {
      port.disconnect();
      return;
    }
    ports.add(port);
    port.onDisconnect.addListener(() => ports.delete(port));
  });

  const mirrorFirstPaint = serialized(
    async () => browser.storage.local.set({ [FIRST_PAINT_KEY]: firstPaintFromRows(await db.settings.toArray()) }),
    (error) => console.warn('[Seller Sidekick] first-paint mirror', error),
  );
  void mirrorFirstPaint();
  const alertsChanged = startAlertsBackground(db);
  const handoffTitle = serialized(
    () => updateHandoffTitle(db),
    (error) => console.warn('[Seller Sidekick] hand-offs', error),
  );
  void handoffTitle();

  // Fires for writes made here and, through BroadcastChannel, for writes from the popup and options page.
  Dexie.on('storagemutated', (parts) => {
    const tables = tablesFromMutatedParts(parts, DB_NAME);
    if (tables.length === 0) return;
    if (tables.includes('settings')) {
      void mirrorFirstPaint();
      void teams.refresh().then(() => wakeForTeam());
    }
    alertsChanged(tables);
    if (tables.some((t) => t === 'taskStates' || t === 'runs' || t === 'settings')) void handoffTitle();
    const event: LiveEvent = { type: 'changed', tables };
    for (const port of ports) {
      try {
        port.postMessage(event);
      } catch {
        ports.delete(port);
      }
    }
  });

  // The seller took a site's permission back (browser settings): it leaves the list, its script goes.
  browser.permissions.onRemoved.addListener(({ origins }) => {
    if (origins?.length) void forgetRevokedSites(db, browserSiteSync(), origins).catch((error: unknown) => console.warn('[Seller Sidekick] site removal', error));
  });
  // An update: sites the seller added under an older version get what this one registers with them (the typing guard).
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'update') void syncSitesWithList(db, browserSiteSync()).catch((error: unknown) => console.warn('[Seller Sidekick] site sync', error));
  });

  /**
   * MV3 keeps the worker alive while its WebSocket carries traffic (Chrome 116+): the index document's
   * awareness renewal sends a message every 15 s, under the 30 s idle limit. We chose that over an
   * offscreen document (another page, another permission, only to hold one socket). When Chrome stops
   * the worker anyway (update, memory, a browser restart), this alarm starts it again within a minute
   * and the sync catches up from the state vectors; any page message starts it sooner. No team, no alarm.
   */
  const wakeForTeam = async () => {
    const joined = (await teams.status()).joined;
    const alarm = await browser.alarms.get(TEAM_WAKE_ALARM);
    if (joined && !alarm) await browser.alarms.create(TEAM_WAKE_ALARM, { periodInMinutes: 1 });
    if (!joined && alarm) await browser.alarms.clear(TEAM_WAKE_ALARM);
  };
  void wakeForTeam();

  browser.commands.onCommand.addListener(async (command) => {
    if (command !== 'toggle-sidebar') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await browser.tabs.sendMessage(tab.id, { type: 'sidebar/toggle' }).catch(() => undefined);
  });
});
