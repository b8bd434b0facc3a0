import Dexie from 'dexie';
import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { startAlertsBackground } from '../lib/alerts/browser';
import { DB_NAME, openDatabase } from '../lib/db/schema';
import { readSiteList } from '../lib/db/settings-repo';
import { alertHandlers } from '../lib/messaging/handlers/alerts';
import { complianceHandlers } from '../lib/messaging/handlers/compliance';
import { coreHandlers } from '../lib/messaging/handlers/core';
import { playbookHandlers } from '../lib/messaging/handlers/playbooks';
import { FIRST_PAINT_KEY, firstPaintFromRows } from '../lib/settings';
import { LIVE_PORT_NAME, tablesFromMutatedParts, type LiveEvent } from '../lib/messaging/live';
import { createRouter, type Handlers } from '../lib/messaging/router';
import { serialized } from '../lib/serialized';

// The worker keeps nothing in memory that matters: every answer is read from IndexedDB,
// so a stop (idle, CDP, browser restart) loses nothing.
export default defineBackground(() => {
  const db = openDatabase();
  const handlers: Handlers = { ...coreHandlers(db), ...playbookHandlers(db), ...complianceHandlers(db), ...alertHandlers(db) };
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

  // Fires for writes made here and, through BroadcastChannel, for writes from the popup and options page.
  Dexie.on('storagemutated', (parts) => {
    const tables = tablesFromMutatedParts(parts, DB_NAME);
    if (tables.length === 0) return;
    if (tables.includes('settings')) void mirrorFirstPaint();
    alertsChanged(tables);
    const event: LiveEvent = { type: 'changed', tables };
    for (const port of ports) {
      try {
        port.postMessage(event);
      } catch {
        ports.delete(port);
      }
    }
  });

  browser.commands.onCommand.addListener(async (command) => {
    if (command !== 'toggle-sidebar') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await browser.tabs.sendMessage(tab.id, { type: 'sidebar/toggle' }).catch(() => undefined);
  });
});
