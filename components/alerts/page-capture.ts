import type { Lang } from '../../lib/i18n';
import type { AlertView, CapturedRow } from '../../lib/messaging/alerts';
import { fontPlanFor, pageDateTexts, throttleIdle, type FontPlan, type ThrottleTimers } from '../../lib/metrics/capture-browser';
import { SentRows, toCapturedRow } from '../../lib/metrics/capture-rows';
import { readHourlyTables } from '../../lib/metrics/hourly-table';
import { pageDate } from '../../lib/metrics/page-date';
import { findProductRow, scrapeTable, type ScrapeOptions, type ScrapedTable } from '../../lib/metrics/scrape-table';
import { tableHintsForUrl } from '../../lib/sites';
import { pageStoreId } from '../../lib/sites/store-id';
import type { Bridge } from '../common/live';
import type { PageStore } from '../sidebar/page-store';
import { createRowBadges, type RowBadges } from './row-badges';

/**
 * In-page capture: reads the metric tables the page renders (never a request of its own), sends the
 * rows whose numbers changed to the background, and keeps badges in the rows of products with open
 * alerts. One throttled observer drives everything: late tables, virtual scrolling, client-side
 * pagination and re-sorts all show up as DOM mutations.
 */
export const SCRAPE_GAP_MS = 500;
const BATCH = 200;

export interface PageCaptureOptions {
  doc: Document;
  bridge: Bridge;
  pageStore: PageStore;
  lang(): Lang;
  timers: ThrottleTimers;
  /** Registers cleanup for when the content script is invalidated. */
  onStop(cleanup: () => void): void;
  /** The background could not store a capture for lack of space (the rows are tried again later). */
  onStorageFull?(): void;
}

/** The background's answer to a write the browser refused for lack of space (lib/messaging/router.ts). */
const isStorageFullAnswer = (error: unknown) => (error as { code?: unknown } | null)?.code === 'storage-full';

function capturesHere(platform: string, pageType: string | null): boolean {
  return platform.startsWith('custom:') || pageType === 'analyticsTable' || pageType === 'productList';
}

/** Campaign and dashboard pages: the store's own hour-by-hour figures (时段 tables), kept per campaign run. */
function capturesCampaignHere(pageType: string | null): boolean {
  return pageType === 'campaign' || pageType === 'dashboard';
}

function nullColumns(table: ScrapedTable, plan: FontPlan): void {
  if (!plan.unreadable) return;
  for (const row of table.rows)
    for (const key of plan.unreadable) {
      row.metrics[key] = null;
      (row.unreadable ??= {})[key] = plan.reason ?? 'unreadable';
    }
}

export function startPageCapture({ doc, bridge, pageStore, lang, timers, onStop, onStorageFull }: PageCaptureOptions): { scrapeNow(): Promise<void> } {
  const sent = new SentRows();
  const fontPlans = new WeakMap<Element, Promise<FontPlan>>();
  const rowsByProduct = new Map<string, Element>();
  let alerts: AlertView[] = [];
  let alertsScope = '';
  let storeSeen: string | undefined;

  const hints = (): ScrapeOptions => {
    const page = pageStore.get();
    const table = tableHintsForUrl(page.url);
    const opts: ScrapeOptions = {};
    if (table?.productIdHeaders) opts.productIdHeaders = table.productIdHeaders;
    if (table?.productIdPatterns) opts.productIdPatterns = table.productIdPatterns;
    if (page.currency) opts.currency = page.currency;
    return opts;
  };

  const badges: RowBadges = createRowBadges({
    doc,
    bridge,
    lang,
    findRow: (productId) => (doc.body ? findProductRow(doc.body, productId, hints()) : null),
  });

  const syncBadges = () => badges.sync(alerts, rowsByProduct);

  async function loadAlerts(): Promise<void> {
    const page = pageStore.get();
    // The page's store even before `store/seen` has answered, and null (store-less alerts only) on a
    // page that shows none: never every store's alerts in another store's rows.
    const storeId = pageStoreId(page);
    alertsScope = `${page.platform}|${storeId}`;
    const scope = alertsScope;
    try {
      const open = await bridge.send('alerts/open', { platform: page.platform, storeId });
      if (scope !== alertsScope) return;
      alerts = open;
      syncBadges();
    } catch {
      /* the worker is restarting; the reconnect notification loads again */
    }
  }

  async function ensureStore(): Promise<string | undefined> {
    const page = pageStore.get();
    if (page.storeId || !page.storeName) return page.storeId;
    if (storeSeen === `${page.platform}|${page.storeName}`) return pageStore.get().storeId;
    storeSeen = `${page.platform}|${page.storeName}`;
    const { storeId } = await bridge.send('store/seen', { platform: page.platform, shopId: page.storeName.slice(0, 200), name: page.storeName.slice(0, 200) });
    pageStore.set({ ...pageStore.get(), storeId });
    void loadAlerts();
    return storeId;
  }

  async function send(rows: CapturedRow[], period: string, scope: string): Promise<void> {
    const page = pageStore.get();
    const storeId = await ensureStore().catch(() => undefined);
    for (let i = 0; i < rows.length; i += BATCH) {
      const batch = rows.slice(i, i + BATCH);
      try {
        await bridge.send('metrics/capture', {
          platform: page.platform,
          ...(storeId ? { storeId } : {}),
          period,
          timeZone: page.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
          currency: page.currency ?? 'XXX',
          source: page.url.slice(0, 2000),
          rows: batch,
        });
      } catch (error) {
        sent.forget(scope, batch); // tried again on the next scrape
        if (isStorageFullAnswer(error)) onStorageFull?.();
      }
    }
  }

  let campaignSent = '';

  async function scrapeCampaign(): Promise<void> {
    const page = pageStore.get();
    if (!doc.body) return;
    const hours = readHourlyTables(doc.body, page.currency ? { currency: page.currency } : {});
    if (!hours.length) return;
    const date = pageDate({ url: page.url, texts: pageDateTexts(doc), timeZone: page.timeZone ?? 'UTC' });
    if (!('period' in date)) return;
    const signature = JSON.stringify([page.platform, page.storeName ?? '', date.period, hours]);
    if (signature === campaignSent) return;
    campaignSent = signature;
    const storeId = await ensureStore().catch(() => undefined);
    try {
      await bridge.send('metrics/campaign', {
        platform: page.platform,
        ...(storeId ? { storeId } : {}),
        day: date.period,
        timeZone: page.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
        currency: page.currency ?? 'XXX',
        source: page.url.slice(0, 2000),
        hours,
      });
    } catch (error) {
      campaignSent = ''; // tried again on the next scrape
      if (isStorageFullAnswer(error)) onStorageFull?.();
    }
  }

  async function scrape(): Promise<void> {
    const page = pageStore.get();
    if (doc.body && capturesCampaignHere(page.pageType)) return scrapeCampaign();
    if (!doc.body || !capturesHere(page.platform, page.pageType)) return;
    const opts = hints();
    // No User Timing of ours: the page's scripts could read it (its cost is measured by `npm run bench`).
    let tables = scrapeTable(doc.body, opts);
    if (!tables.some((table) => table.rows.length)) return;
    const read: ScrapedTable[] = [];
    for (const table of tables) {
      let plan = fontPlans.get(table.root);
      if (!plan) fontPlans.set(table.root, (plan = fontPlanFor(table)));
      const resolved = await plan;
      if (resolved.decode) {
        const decoded = scrapeTable(table.root, { ...opts, decode: resolved.decode }).find((t) => t.root === table.root);
        read.push(decoded ?? table);
      } else {
        nullColumns(table, resolved);
        read.push(table);
      }
    }
    tables = read;
    const rows = new Map<string, CapturedRow>();
    for (const table of tables)
      for (const row of table.rows) {
        rowsByProduct.set(row.productId, row.rowElement);
        rows.set(row.productId, toCapturedRow(row));
      }
    syncBadges();
    const date = pageDate({ url: page.url, texts: pageDateTexts(doc, (el) => tables.some((t) => t.root.contains(el))), timeZone: page.timeZone ?? 'UTC' });
    // A range (7 days, a month) is not one day's numbers: badges yes, snapshots no.
    if (!('period' in date)) return;
    const scope = `${page.platform}|${page.storeName ?? ''}|${date.period}`;
    const changed = sent.takeChanged(scope, [...rows.values()]);
    if (changed.length) await send(changed, date.period, scope);
  }

  const throttle = throttleIdle(scrape, SCRAPE_GAP_MS, timers);
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (badges.owns(record.target)) continue;
      const ours = (nodes: NodeList) => Array.prototype.every.call(nodes, (node: Node) => badges.owns(node));
      if (record.type === 'childList' && ours(record.addedNodes) && ours(record.removedNodes)) continue;
      throttle.request();
      return;
    }
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  const unsubscribe = bridge.subscribe((tables) => {
    if (tables.includes('alerts')) void loadAlerts();
  });
  const unwatchPage = pageStore.subscribe(() => {
    const page = pageStore.get();
    if (`${page.platform}|${pageStoreId(page)}` !== alertsScope) void loadAlerts();
    throttle.request();
  });
  onStop(() => {
    observer.disconnect();
    unsubscribe();
    unwatchPage();
    badges.destroy();
  });
  void loadAlerts();
  throttle.request();
  return { scrapeNow: scrape };
}
