import type { Lang } from '../../lib/i18n';
import type { AlertView, CapturedRow } from '../../lib/messaging/alerts';
import { figures } from '../../lib/figures';
import { dateTextsOf, fontPlanFor, pageDateElements, pageDateTexts, throttleIdle, type FontPlan, type ThrottleTimers } from '../../lib/metrics/capture-browser';
import { SentRows, toCapturedRow } from '../../lib/metrics/capture-rows';
import { idleQueue } from '../../lib/metrics/idle-queue';
import { dirtyRows, ROW_SIGNAL_ATTRIBUTES, rowSignature, SHAPE_ATTRIBUTES, type RowMemo } from '../../lib/metrics/row-watch-browser';
import { quietSubtrees as sharedQuietSubtrees, type QuietSubtrees } from '../../lib/metrics/quiet-subtrees-browser';
import { RecordReplay } from '../../lib/metrics/record-replay';
import { readHourlyTables } from '../../lib/metrics/hourly-table';
import { pageDate } from '../../lib/metrics/page-date';
import { findProductRow, tableReaders, type ScrapeOptions, type ScrapedTable, type TableReader } from '../../lib/metrics/scrape-table';
import { tableHintsForUrl } from '../../lib/sites';
import { pageStoreId } from '../../lib/sites/store-id';
import type { Bridge } from '../common/live';
import type { PageStore } from '../sidebar/page-store';
import type { PageContext } from '../sidebar/types';
import { createRowBadges, type RowBadges } from './row-badges';

/**
 * In-page capture: reads the metric tables the page renders (never a request of its own), sends the
 * rows whose numbers changed to the background, and keeps badges in the rows of products with open
 * alerts. Driven by the rows themselves: a MutationObserver sees every row a table (or a virtualized
 * grid recycling a few row elements) leaves on screen at the end of a task. Its callback runs inside
 * the page's render task, so it keeps the records and nothing else; a task of our own right after
 * reads the rows: as they stand when the page rendered nothing since (the usual case), else as they
 * stood at the end of each batch, rebuilt from the records (lib/metrics/record-replay.ts). Known
 * limit: an element the page takes out of a row, changes while it is out and puts back, all before
 * our task runs, is read with its new content for the renders before it went. Parsing and
 * messages wait for idle time in bounded slices. Scroll and navigation only hint a sweep of the
 * rendered rows; mutations are the guarantee.
 *
 * A grid whose rows always say when they show another product (a row element added, or an id
 * attribute of its own changed) is then watched by that alone: its rows' parent is left out of every
 * document observer (lib/metrics/quiet-subtrees-browser.ts), a second observer sees only the rows
 * coming and their id attributes, and our task reads the rows it noted. The browser no longer makes
 * a record per cell inside the page's render (~160,000 a flick through the 2,000-row grid, 5–15% of
 * the page's own handler time). Renders back to back, before our task, are caught by reading the
 * noted rows first thing in the seller's next scroll, wheel, click or key; a row rendered twice with
 * neither between, or a row that changed without saying so (found by a sweep), puts the grid back
 * under the whole watch for good.
 */
/** Campaign pages (their hourly tables) and page-level changes (date picker, store) are read at most this often. */
export const SCRAPE_GAP_MS = 500;
/**
 * Rows go to the background once the tables have been still for QUIET_MS (no row rendered anew), in
 * messages of up to BATCH rows: while a seller flicks through a grid, the worker and IndexedDB (the
 * browser process) would take CPU from the page on a small machine, so they wait until the seller
 * stops. A table that never stops (a live dashboard) still sends every MAX_HOLD_MS, and a page being
 * hidden or left sends at once.
 */
export const BATCH = 500;
export const QUIET_MS = 1_000;
export const MAX_HOLD_MS = 20_000;
/**
 * Rows a mutation touched are always copied (or rebuilt from the records). A sweep of a
 * whole table copies up to this many rows and, past them, copies while COPY_BUDGET_MS lasts; the rest
 * are read live at idle time (a 2,000-row plain table stays put; a virtualized grid never gets there).
 */
const SWEEP_COPY_ROWS = 300;
const COPY_BUDGET_MS = 4;
/** Longest idle slice of parsing and sending, and the longest wait for an idle period. */
const SLICE_MS = 8;
const IDLE_TIMEOUT_MS = 250;
/** Tables this small are swept on scroll (virtualized grids render a few dozen rows); big plain tables do not change on scroll. */
const SWEEP_ON_SCROLL_MAX_ROWS = 500;
/** Rows' signatures remembered per page: forgotten all at once past this, read again at worst. */
const SEEN_LIMIT = 100_000;
const RETRY_MS = 2_000;
/**
 * A table is watched by its rows' identity alone once this many of its rows showed new content, each
 * saying so itself (a row element added, or an id attribute of its own changed), and none without.
 */
const SIGNALLED_ROWS_TO_TRUST = 40;
/** Seller actions that may make the page render other rows: rows noted and not read yet are read first. */
const RENDER_EVENTS = ['scroll', 'wheel', 'click', 'keydown', 'pointerdown'] as const;
const FONT_PLAN_ROWS = 200;

/** A row as it stood when the page rendered it, waiting for idle time. */
interface RowRead {
  reader: TableReader;
  /** A copy of the row as it was rendered (taken then, or rebuilt from the records), or the live row when it was queued past the copy budget. */
  row: Element;
  live: Element;
  signature: string;
  /** Its key among the rows seen (day + signature), where its product id is noted once parsed. */
  key: string;
  /** The day the page showed for the table then; null for a date range (badges, no snapshot). */
  period: string | null;
}

/** What the capture did on this page, in the content script's isolated world (lib/figures.ts), for the e2e suite. */
export interface CaptureFigures {
  started: boolean;
  /**
   * Rows read in our task after the page's: copied as they stand (the newest batch's rows, sweeps);
   * of an older batch, copied as they stand (the page did not change them since); rebuilt from the
   * records (the page changed them again before our task ran). Then rows read live at idle time, and
   * read live but changed before that.
   */
  copied: number;
  copiedAfter: number;
  replayed: number;
  readLive: number;
  changedBeforeRead: number;
  /** Rows parsed, and rows sent to the background (changed numbers only). */
  parsed: number;
  sent: number;
  /** Rows still to parse, held until the tables are still, or on their way to the background: 0 when all is stored. */
  waiting: number;
  /** Messages sent to the background. */
  messages: number;
  /**
   * Mutation callbacks (they only keep their records), time in them and the longest one; the longest
   * of our tasks that found the tables again; our tasks reading the kept batches (replays), their time
   * and the longest one.
   */
  callbacks: number;
  callbackMs: number;
  longestCallbackMs: number;
  longestTableFindMs: number;
  replays: number;
  replayMs: number;
  longestReplayMs: number;
  /** Records the replay found out of step with the DOM (0 when every row was rebuilt exactly). */
  inexact: number;
  /**
   * Tables watched by their rows' identity alone (no record per cell); rows noted by their identity
   * and read in our task, or first thing in the seller's next scroll, click or key when the page
   * rendered again before our task ran; rows the page rewrote twice before either (their first
   * product unread); tables watched whole again because a row changed without saying so.
   */
  quietTables: number;
  signalledRows: number;
  readBeforeEvent: number;
  overwrittenUnread: number;
  distrusted: number;
}

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
  /** The content script's quiet subtrees (every document observer leaves them out); the shared one by default. */
  quiet?: QuietSubtrees;
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

export function startPageCapture({ doc, bridge, pageStore, lang, timers, onStop, onStorageFull, quiet = sharedQuietSubtrees }: PageCaptureOptions): { scrapeNow(): Promise<void> } {
  const sent = new SentRows();
  const fontPlans = new WeakMap<Element, FontPlan>();
  const planning = new Map<Element, Promise<void>>();
  const rowsByProduct = new Map<string, Element>();
  const productByRow = new WeakMap<Element, string>();
  /** Rows seen, by day + signature: the product each showed once parsed (null until then, or without an id). */
  const seen = new Map<string, string | null>();
  const stats: CaptureFigures = { started: true, copied: 0, copiedAfter: 0, replayed: 0, readLive: 0, changedBeforeRead: 0, parsed: 0, sent: 0, waiting: 0, messages: 0, callbacks: 0, callbackMs: 0, longestCallbackMs: 0, longestTableFindMs: 0, replays: 0, replayMs: 0, longestReplayMs: 0, inexact: 0, quietTables: 0, signalledRows: 0, readBeforeEvent: 0, overwrittenUnread: 0, distrusted: 0 };
  figures().capture = stats;
  let readers: TableReader[] = [];
  /** Which row each element seen inside the tables' rows belongs to; new with every new set of tables. */
  let rowMemo: RowMemo = new WeakMap();
  /** The day the tables show, from these date elements showing these texts; null: find the elements again. */
  let day: { period: string | null; elements: Element[]; texts: string } | null = null;
  /** Something outside the tables changed: the date elements' texts are read again (not searched for) before the next row. */
  let dayTextsStale = false;
  let alerts: AlertView[] = [];
  let alertedProducts = new Set<string>();
  let alertsScope = '';
  let badgesStale = false;

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

  const syncBadges = () => {
    badgesStale = false;
    badges.sync(alerts, rowsByProduct);
  };

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
      alertedProducts = new Set(open.flatMap((alert) => (alert.productId ? [alert.productId] : [])));
      syncBadges();
    } catch {
      /* the worker is restarting; the reconnect notification loads again */
    }
  }

  /** Store ids the background gave for the shops seen on this page (`store/seen` once per shop). */
  const storeIds = new Map<string, Promise<string>>();
  function storeIdOf(page: PageContext): Promise<string | undefined> {
    if (page.storeId || !page.storeName) return Promise.resolve(page.storeId);
    const key = `${page.platform}|${page.storeName}`;
    let known = storeIds.get(key);
    if (!known) {
      known = bridge.send('store/seen', { platform: page.platform, shopId: page.storeName.slice(0, 200), name: page.storeName.slice(0, 200) }).then(({ storeId }) => {
        const now = pageStore.get();
        if (now.platform === page.platform && now.storeName === page.storeName && now.storeId !== storeId) {
          pageStore.set({ ...now, storeId });
          void loadAlerts();
        }
        return storeId;
      });
      known.catch(() => storeIds.delete(key));
      storeIds.set(key, known);
    }
    return known;
  }

  /** Rows parsed and not sent yet, by page scope (platform, shop, day) with the page as it stood when they were read. */
  const pending = new Map<string, { page: PageContext; period: string; rows: CapturedRow[] }>();
  let pendingRows = 0;
  /** When the oldest held row was parsed, and when a table last rendered a row anew. */
  let heldSince = 0;
  let lastMovement = -Infinity;
  let inFlight = 0;
  let sending: Promise<void> = Promise.resolve();
  const countWaiting = () => (stats.waiting = kept.length + noted.size + queue.size + pendingRows + inFlight);

  function addPending(scope: string, page: PageContext, period: string, row: CapturedRow): void {
    let entry = pending.get(scope);
    if (!entry) pending.set(scope, (entry = { page, period, rows: [] }));
    if (!pendingRows) heldSince = timers.now();
    entry.rows.push(row);
    pendingRows++;
  }

  /**
   * Held rows go once the tables are still (QUIET_MS) or the oldest has waited MAX_HOLD_MS. Each
   * message costs the page a serialisation and the background a transaction and a change notification
   * (which every open view answers), so a flick through 2,000 rows is a few large messages after the
   * seller stops, not a stream beside the page's rendering. The timer always fires: nothing waits for idle.
   */
  let flushTimer = false;
  function flushSoon(): void {
    countWaiting();
    if (flushTimer || !pendingRows) return;
    flushTimer = true;
    const check = () => {
      const now = timers.now();
      const stillFor = now - lastMovement;
      const heldFor = now - heldSince;
      if (stillFor >= QUIET_MS || heldFor >= MAX_HOLD_MS) {
        flushTimer = false;
        flush();
      } else timers.setTimeout(check, Math.min(QUIET_MS - stillFor, MAX_HOLD_MS - heldFor));
    };
    timers.setTimeout(check, QUIET_MS);
  }

  /**
   * Sends one day's changed rows, filed under the page they were read on (the seller may have switched
   * store since); a failed batch is tried again a little later (its rows were read once and may be off screen now).
   */
  async function send(rows: CapturedRow[], page: PageContext, period: string, scope: string): Promise<void> {
    const storeId = await storeIdOf(page).catch(() => undefined);
    for (let i = 0; i < rows.length; i += BATCH) {
      const batch = rows.slice(i, i + BATCH);
      stats.messages++;
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
        stats.sent += batch.length;
      } catch (error) {
        sent.forget(scope, batch);
        if (isStorageFullAnswer(error)) onStorageFull?.();
        timers.setTimeout(() => {
          for (const row of batch) addPending(scope, page, period, row);
          flush();
        }, RETRY_MS);
      }
    }
  }

  function flush(): void {
    if (!pending.size) return;
    const batches = [...pending];
    inFlight += pendingRows;
    pending.clear();
    pendingRows = 0;
    sending = sending.then(async () => {
      for (const [scope, { page, period, rows }] of batches) {
        const changed = sent.takeChanged(scope, rows);
        try {
          if (changed.length) await send(changed, page, period, scope);
        } finally {
          inFlight -= rows.length;
          countWaiting();
        }
      }
    });
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
    const storeId = await storeIdOf(page).catch(() => undefined);
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

  /**
   * The day the page shows for its tables. The date elements are searched for (a document-wide query)
   * only when the tables or a date element changed; after any other change outside the tables, the
   * elements found are read again (a date input set by script changes no DOM), which costs a few reads.
   */
  function currentPeriod(): string | null {
    const page = pageStore.get();
    const fromTexts = (elements: Element[], texts: string[]) => {
      const date = pageDate({ url: page.url, texts, timeZone: page.timeZone ?? 'UTC' });
      return { period: 'period' in date ? date.period : null, elements, texts: texts.join('\u0001') };
    };
    if (day && dayTextsStale) {
      const texts = dateTextsOf(day.elements);
      if (texts.join('\u0001') !== day.texts) day = fromTexts(day.elements, texts);
    }
    dayTextsStale = false;
    if (!day) {
      const inTable = (el: Element) => readers.some((reader) => reader.root.contains(el));
      const elements = pageDateElements(doc, inTable);
      day = fromTexts(elements, dateTextsOf(elements));
    }
    return day.period;
  }

  /**
   * Pinduoduo draws digits in a scrambled font: each table's fonts are checked once (at idle time, on
   * up to FONT_PLAN_ROWS of its rows), and the queue waits until that check is done.
   */
  function planFonts(reader: TableReader): void {
    if (fontPlans.has(reader.root) || planning.has(reader.root)) return;
    const done = new Promise<void>((idle) => timers.requestIdleCallback(() => idle(), { timeout: IDLE_TIMEOUT_MS }))
      .then(async () => {
        const table: ScrapedTable = { root: reader.root, kind: reader.kind, columns: reader.columns, rows: [], skippedRows: 0 };
        for (const row of reader.rows().slice(0, FONT_PLAN_ROWS)) {
          const scraped = reader.read(row);
          if (scraped) table.rows.push(scraped);
        }
        // No rows yet: nothing to check the font on; the next rendered row asks again.
        if (table.rows.length) fontPlans.set(reader.root, await fontPlanFor(table));
      })
      .catch(() => void fontPlans.set(reader.root, {}))
      .finally(() => planning.delete(reader.root));
    planning.set(reader.root, done);
  }

  /** Notes which product a live row shows now, so its badge goes there (and leaves the row it showed before). */
  function showsProduct(row: Element, productId: string): void {
    const before = productByRow.get(row);
    if (before !== undefined && before !== productId && rowsByProduct.get(before) === row) rowsByProduct.delete(before);
    productByRow.set(row, productId);
    if (rowsByProduct.get(productId) === row) return;
    rowsByProduct.set(productId, row);
    if (alertedProducts.has(productId) || (before !== undefined && alertedProducts.has(before))) badgesStale = true;
  }

  /** Badges follow rows that were redrawn or recycled without new numbers to parse. */
  let badgeSyncScheduled = false;
  function scheduleBadgeSync(): void {
    if (badgeSyncScheduled || !alerts.length) return;
    badgeSyncScheduled = true;
    timers.requestIdleCallback(
      () => {
        badgeSyncScheduled = false;
        syncBadges();
      },
      { timeout: IDLE_TIMEOUT_MS },
    );
  }

  function parse(item: RowRead): void {
    if (item.row === item.live && rowSignature(item.live) !== item.signature) {
      // Queued live past the copy budget and changed since: its new content was queued by its own mutation.
      stats.changedBeforeRead++;
      return;
    }
    const plan = fontPlans.get(item.reader.root) ?? {};
    const scraped = item.reader.read(item.row, plan.decode);
    if (!scraped) return;
    stats.parsed++;
    if (plan.unreadable)
      for (const key of plan.unreadable) {
        scraped.metrics[key] = null;
        (scraped.unreadable ??= {})[key] = plan.reason ?? 'unreadable';
      }
    const { productId } = scraped;
    seen.set(item.key, productId);
    if (item.live.isConnected && (item.row === item.live || rowSignature(item.live) === item.signature)) showsProduct(item.live, productId);
    // A range (7 days, a month) is not one day's numbers: badges yes, snapshots no.
    if (item.period === null) return;
    const page = pageStore.get();
    // The copy is what the seller saw; its listing date and category are read from it too.
    addPending(`${page.platform}|${page.storeName ?? ''}|${item.period}`, page, item.period, toCapturedRow(scraped));
  }

  const queue = idleQueue<RowRead>(parse, {
    timers,
    sliceMs: SLICE_MS,
    timeoutMs: IDLE_TIMEOUT_MS,
    gate: () => (planning.size ? Promise.allSettled(planning.values()) : null),
    afterSlice() {
      flushSoon();
      if (badgesStale) syncBadges();
    },
  });

  /**
   * Queues the rows whose content is new for this day, as they stand now, or as they stood at the end
   * of an earlier batch (`past`: the replay at that point, the day the page showed then, and whether a
   * row changed since). Rows as they stand are copied (all, or the first ones and while `copyUntil`
   * lasts), else read live at idle time; rows of the past are rebuilt from the records.
   */
  function collect(
    reader: TableReader,
    rows: Iterable<Element>,
    copyUntil: number,
    past?: { replay: RecordReplay; period: string | null; changed(row: Element): boolean },
    signalled?: ReadonlySet<Element> | true,
  ): void {
    planFonts(reader);
    const period = past ? past.period : currentPeriod();
    let copies = 0;
    for (const row of rows) {
      // Added and removed in one task: never on screen. A row of an older batch may have left the page
      // since; it is read as it stood (a row that batch itself took out is read too, as it left).
      if (!past && !row.isConnected) continue;
      const replay = past?.changed(row) ? past.replay : null;
      const signature = replay ? replay.signature(row) : rowSignature(row);
      if (!past) judgeRow(reader, row, signature, signalled === true || !!signalled?.has(row));
      const key = `${period ?? ''}\u0002${signature}`;
      const known = seen.get(key);
      if (known !== undefined) {
        // Read before: no parse, but a row showing an alerted product again gets its badge back.
        if (known !== null && alertedProducts.has(known) && rowsByProduct.get(known) !== row && (!replay || rowSignature(row) === signature)) {
          showsProduct(row, known);
          scheduleBadgeSync();
        }
        continue;
      }
      if (seen.size >= SEEN_LIMIT) seen.clear();
      seen.set(key, null);
      if (past) {
        if (replay) stats.replayed++;
        else stats.copiedAfter++;
        queue.push({ reader, row: replay ? replay.copy(row) : (row.cloneNode(true) as Element), live: row, signature, key, period });
        continue;
      }
      const copy = ++copies <= SWEEP_COPY_ROWS || timers.now() < copyUntil;
      if (copy) stats.copied++;
      else stats.readLive++;
      queue.push({ reader, row: copy ? (row.cloneNode(true) as Element) : row, live: row, signature, key, period });
    }
  }

  /**
   * Tables watched by their rows' identity alone. While a table is watched whole, every row that shows
   * new content is judged: said so itself (a row added, an id attribute of its own changed) or not.
   * After SIGNALLED_ROWS_TO_TRUST rows that did and none that did not, the rows' parent is made quiet
   * for every document observer (no record per cell) and `rowWatch` sees the rows come and go and
   * change identity. A row of a quiet table that a sweep finds changed without saying so puts the
   * table back under the whole watch for good.
   */
  const trust = new WeakMap<Element, { signalled: number; trusted: boolean; never: boolean }>();
  /** Each row element's signature when last read as it stood. */
  const lastRead = new WeakMap<Element, string>();
  /** The quiet rows' parents, with their table. */
  let quietParents = new Map<Element, TableReader>();
  /** Rows of quiet tables that showed another product, not read yet, with the callback that noted them. */
  const noted = new Map<Element, { reader: TableReader; batch: number }>();
  let rowBatch = 0;
  const ROW_WATCH: MutationObserverInit = { attributes: true, attributeFilter: ROW_SIGNAL_ATTRIBUTES };

  function trustOf(reader: TableReader) {
    let entry = trust.get(reader.root);
    if (!entry) trust.set(reader.root, (entry = { signalled: 0, trusted: false, never: false }));
    return entry;
  }

  function judgeRow(reader: TableReader, row: Element, signature: string, signalled: boolean): void {
    const before = lastRead.get(row);
    lastRead.set(row, signature);
    if (before === signature) return;
    const entry = trustOf(reader);
    if (signalled) {
      if (!entry.trusted && !entry.never && ++entry.signalled >= SIGNALLED_ROWS_TO_TRUST) {
        entry.trusted = true;
        layQuiet();
      }
      return;
    }
    // A row read by a sweep while records or noted rows about it wait for our task is not silent.
    if (before === undefined || noted.has(row) || kept.length || entry.never) return;
    distrust(reader);
  }

  /** The one parent of all of a table's body rows (not holding its header), with the rows; null when the rows are spread out. */
  function rowsParent(reader: TableReader): { parent: Element; rows: Element[] } | null {
    const rows = reader.rows();
    const parent = rows[0]?.parentElement;
    if (!parent || parent.contains(reader.header)) return null;
    for (const row of rows) if (row.parentElement !== parent) return null;
    return { parent, rows };
  }

  /** Makes the trusted tables' row parents quiet and watches their rows' identity (again, from scratch). */
  function layQuiet(): void {
    const taken = rowWatch.takeRecords();
    if (taken.length) onRowRecords(taken);
    rowWatch.disconnect();
    const parents = new Map<Element, TableReader>();
    for (const reader of readers) {
      const found = trust.get(reader.root)?.trusted ? rowsParent(reader) : null;
      if (!found) continue;
      parents.set(found.parent, reader);
      rowWatch.observe(found.parent, { childList: true });
      for (const row of found.rows) rowWatch.observe(row, ROW_WATCH);
    }
    quietParents = parents;
    stats.quietTables = parents.size;
    quiet.set(parents.keys());
  }

  /** Notes the rows of quiet tables that were added or changed identity; our task reads them. */
  function onRowRecords(records: MutationRecord[]): void {
    const started = timers.now();
    stats.callbacks++;
    const batch = ++rowBatch;
    const before = noted.size;
    const note = (reader: TableReader, row: Element) => {
      const earlier = noted.get(row);
      if (earlier && earlier.batch !== batch) {
        // The page rendered this row twice with neither our task nor a seller's event between: what it
        // showed first is gone. Watched whole again, the replay rebuilds such renders from the records.
        stats.overwrittenUnread++;
        overwritten.add(reader);
      }
      noted.set(row, { reader, batch });
    };
    for (const record of records) {
      const target = record.target as Element;
      if (record.type === 'childList') {
        const reader = quietParents.get(target);
        const added = record.addedNodes;
        for (let i = 0; reader && i < added.length; i++) {
          const node = added[i]!;
          if (node.parentNode !== target || node.nodeType !== 1 || !reader.isRow(node as Element)) continue;
          rowWatch.observe(node as Element, ROW_WATCH);
          note(reader, node as Element);
        }
      } else {
        const reader = target.parentElement && quietParents.get(target.parentElement);
        if (reader) note(reader, target);
      }
    }
    if (noted.size !== before) {
      scheduleReplay();
      if (!before) countWaiting();
    }
    const took = timers.now() - started;
    stats.callbackMs += took;
    stats.longestCallbackMs = Math.max(stats.longestCallbackMs, took);
  }

  /** Tables whose rows were rendered twice before we read them: no longer trusted. */
  const overwritten = new Set<TableReader>();

  function distrust(reader: TableReader): void {
    const entry = trustOf(reader);
    entry.never = true;
    if (!entry.trusted) return;
    entry.trusted = false;
    stats.distrusted++;
    layQuiet();
  }

  /** Reads the noted rows of quiet tables as they stand. */
  function readNoted(): void {
    for (const reader of overwritten) distrust(reader);
    overwritten.clear();
    if (!noted.size) return;
    const rows = new Map<TableReader, Element[]>();
    for (const [row, { reader }] of noted) {
      let list = rows.get(reader);
      if (!list) rows.set(reader, (list = []));
      list.push(row);
    }
    stats.signalledRows += noted.size;
    noted.clear();
    for (const [reader, list] of rows) collect(reader, list, Infinity, undefined, true);
    lastMovement = timers.now();
  }

  function findTables(): void {
    const page = pageStore.get();
    readers = doc.body && capturesHere(page.platform, page.pageType) ? tableReaders(doc.body, hints()) : [];
    rowMemo = new WeakMap();
    day = null;
    layQuiet();
  }

  function sweep(copyUntil: number, onlySmall = false): void {
    for (const reader of readers) {
      const rows = reader.rows();
      if (!onlySmall || rows.length <= SWEEP_ON_SCROLL_MAX_ROWS) collect(reader, rows, copyUntil);
    }
  }

  /** Page-level changes (a new date, a store switch, a campaign page's hourly table): looked at in idle time. */
  const pageLevel = throttleIdle(
    () => {
      const page = pageStore.get();
      if (doc.body && capturesCampaignHere(page.pageType)) return scrapeCampaign();
      day = null;
      sweep(timers.now() + COPY_BUDGET_MS);
    },
    SCRAPE_GAP_MS,
    timers,
  );

  /**
   * Batches of records kept by the callback, oldest first, with the day the tables showed as known
   * then (a cached value: the date elements are read again in our task when a batch changed them).
   */
  let kept: { records: MutationRecord[]; period: string | null }[] = [];
  const owns = (node: Node) => badges.owns(node);

  /**
   * Reads the rows of every kept batch: the newest as they stand, the older ones as they stood at the
   * end of their batch, newest first, each batch's records undone after its rows are read. Runs in
   * one go: the DOM it starts from is the state after the last record.
   */
  function replayKept(): void {
    const started = timers.now();
    const batches = kept;
    kept = [];
    if (!batches.length) return;
    // The rows each batch touched, with the tables known before the newest batch may find them again.
    const dirty = batches.map(({ records }) => dirtyRows(records, readers, owns, rowMemo));
    const replay = new RecordReplay();
    /**
     * Rows a record undone so far was in: the others stand as they stood at the end of the batch being
     * read, and are read as they stand (a native copy, ~10x cheaper than rebuilding). `anywhere`: a
     * record outside the known rows was undone, so every row is rebuilt.
     */
    const changed = new Set<Element>();
    let anywhere = false;
    const undo = (records: readonly MutationRecord[]) => {
      for (let i = records.length - 1; i >= 0; i--) {
        const record = records[i]!;
        replay.undo(record);
        const target = record.target;
        const el = target.nodeType === 1 ? (target as Element) : target.parentElement;
        const row = el && rowMemo.get(el)?.row;
        if (row) changed.add(row);
        else anywhere = true;
      }
    };
    // The date elements are searched for again only when one of them changed; after other outside
    // changes (a pager's "1–100 of 2,000" on every page change) the ones found are only read again.
    if (dirty.some((d) => d.dates)) day = null;
    else if (dirty.some((d) => d.outside)) dayTextsStale = true;
    const stale = dirty.some((d) => d.stale);
    const sweeps = new Set(dirty.flatMap((d) => [...d.sweep]));
    const copyUntil = started + COPY_BUDGET_MS;
    // The newest batch: its rows as they stand (or, when the tables changed, every row as it stands).
    const newest = dirty[dirty.length - 1]!;
    if (stale) {
      foundTables = true;
      findTables();
      sweep(copyUntil);
      scheduleBadgeSync();
    } else {
      for (const [reader, rows] of newest.rows) if (!sweeps.has(reader)) collect(reader, rows, Infinity, undefined, newest.signalled);
      for (const reader of sweeps) collect(reader, reader.rows(), copyUntil);
    }
    if (dirty.some((d) => d.outside)) pageLevel.request();
    if (dirty.some((d) => d.rows.size || d.sweep.size || d.stale)) lastMovement = started;
    const periodNow = currentPeriod();
    // Older batches, newest first, each as it stood at its end, with the day noted in its callback; a
    // batch that changed something outside the tables (a date picker) may have changed the day after
    // that note: the day shown now, unless a later batch changed the outside again.
    let outsideSince = false;
    for (let k = batches.length - 2; k >= 0; k--) {
      undo(batches[k + 1]!.records);
      outsideSince ||= dirty[k + 1]!.outside;
      const period = dirty[k]!.outside && !outsideSince ? periodNow : batches[k]!.period;
      const past = { replay, period, changed: (row: Element) => anywhere || changed.has(row) };
      for (const [reader, rows] of dirty[k]!.rows) if (!stale && !sweeps.has(reader)) collect(reader, rows, Infinity, past);
    }
    stats.inexact += replay.inexact;
    const took = timers.now() - started;
    stats.replays++;
    stats.replayMs += took;
    stats.longestReplayMs = Math.max(stats.longestReplayMs, took);
    countWaiting();
  }

  /** Whether the read in hand found the tables again (its time is that figure's). */
  let foundTables = false;
  let replayScheduled = false;
  /**
   * The kept batches are read in a task of our own, right after the page's: outside its render task
   * (a long task of the page's stays as long as the page made it), and before the page renders again
   * in most frames, so the rows are read as they stand. Not an idle callback: while a seller flicks
   * there may be no idle time for many frames, and one replay over all of them would be a long task.
   */
  function scheduleReplay(): void {
    if (replayScheduled) return;
    replayScheduled = true;
    timers.setTimeout(() => {
      replayScheduled = false;
      replayNow();
    }, 0);
  }

  /** Reads the kept batches and the records not delivered yet (they end at the DOM as it is now). */
  function replayNow(): void {
    const undelivered = observer.takeRecords();
    if (undelivered.length) kept.push({ records: undelivered, period: currentPeriod() });
    const noticed = rowWatch.takeRecords();
    if (noticed.length) onRowRecords(noticed);
    foundTables = false;
    const started = timers.now();
    replayKept();
    if (quietParents.size && [...quietParents.keys()].some((parent) => !parent.isConnected)) layQuiet();
    readNoted();
    countWaiting();
    if (foundTables) stats.longestTableFindMs = Math.max(stats.longestTableFindMs, timers.now() - started);
  }

  /**
   * The callback runs inside the page's render task and only keeps the records, with the day as known
   * (cached): even a look at each record (its type, its nodes) cost as much as reading the rows,
   * ~160,000 records a flick through the 2,000-row grid (tests/bench/grid-callback.ts).
   */
  function onRecords(records: MutationRecord[]): void {
    const page = pageStore.get();
    if (!capturesHere(page.platform, page.pageType)) {
      if (capturesCampaignHere(page.pageType)) pageLevel.request();
      return;
    }
    const started = timers.now();
    stats.callbacks++;
    docWatch.follow(records);
    kept.push({ records, period: currentPeriod() });
    scheduleReplay();
    const took = timers.now() - started;
    stats.callbackMs += took;
    stats.longestCallbackMs = Math.max(stats.longestCallbackMs, took);
    if (kept.length === 1) countWaiting();
  }

  const observer = new MutationObserver(onRecords);
  const rowWatch = new MutationObserver(onRowRecords);
  // Old values: what a text or an attribute was before each change, for the replay.
  const docWatch = quiet.watch(
    observer,
    doc.documentElement,
    { childList: true, subtree: true, characterData: true, characterDataOldValue: true, attributes: true, attributeOldValue: true, attributeFilter: SHAPE_ATTRIBUTES },
    onRecords,
  );

  // The page may render other rows in answer to these (a grid in its scroll handler): rows noted and
  // not read yet (our task did not run since the last render, as in a fast flick where frames come
  // back to back) are read first, before the page's own listeners.
  const beforeRender = () => {
    if (!noted.size) return;
    stats.readBeforeEvent += noted.size;
    replayNow();
  };

  // Scrolling and navigation only hint that other rows may be on screen; the observer is the guarantee
  // (a page listener that stops these events stops nothing of ours).
  let sweepScheduled = false;
  const onScroll = () => {
    if (sweepScheduled) return;
    sweepScheduled = true;
    timers.requestIdleCallback(
      () => {
        sweepScheduled = false;
        sweep(timers.now() + COPY_BUDGET_MS, true);
      },
      { timeout: IDLE_TIMEOUT_MS },
    );
  };
  const win = doc.defaultView;
  for (const type of RENDER_EVENTS) win?.addEventListener(type, beforeRender, { capture: true, passive: true });
  win?.addEventListener('scroll', onScroll, { capture: true, passive: true });
  win?.addEventListener('pageshow', onScroll, { capture: true, passive: true });
  // Rows held for a still table go when the seller leaves the page or the tab (no idle time comes
  // after a close). A page that stops these events only delays them to the timer.
  const onLeave = () => {
    replayNow();
    if (!planning.size) queue.drain();
    flush();
  };
  const onHidden = () => {
    if (doc.visibilityState === 'hidden') onLeave();
  };
  win?.addEventListener('pagehide', onLeave, { capture: true });
  doc.addEventListener('visibilitychange', onHidden, { capture: true });

  const unsubscribe = bridge.subscribe((tables) => {
    if (tables.includes('alerts')) void loadAlerts();
  });
  const unwatchPage = pageStore.subscribe(() => {
    const page = pageStore.get();
    if (`${page.platform}|${pageStoreId(page)}` !== alertsScope) void loadAlerts();
    findTables();
    pageLevel.request();
  });
  onStop(() => {
    docWatch.disconnect();
    rowWatch.disconnect();
    quiet.set([]);
    for (const type of RENDER_EVENTS) win?.removeEventListener(type, beforeRender, { capture: true });
    win?.removeEventListener('scroll', onScroll, { capture: true });
    win?.removeEventListener('pageshow', onScroll, { capture: true });
    win?.removeEventListener('pagehide', onLeave, { capture: true });
    doc.removeEventListener('visibilitychange', onHidden, { capture: true });
    unsubscribe();
    unwatchPage();
    badges.destroy();
  });
  void loadAlerts();
  findTables();
  pageLevel.request();

  /** Reads every rendered row now and resolves once they are parsed and sent. */
  async function scrapeNow(): Promise<void> {
    replayNow();
    findTables();
    const page = pageStore.get();
    if (capturesCampaignHere(page.pageType)) return scrapeCampaign();
    sweep(Infinity);
    while (queue.size || planning.size) await new Promise<void>((done) => timers.setTimeout(done, 20));
    flush();
    await sending;
  }
  return { scrapeNow };
}
