import { pageDateTexts, throttleIdle, trustworthy, type ThrottleTimers } from '../../lib/metrics/capture-browser';
import { cardMetrics, readKpiCards, scrambledTexts, type CardElement } from '../../lib/metrics/kpi-cards';
import { decodeWithMap, type DigitMap } from '../../lib/metrics/scrambled-digits';
import { buildFontDigitMap } from '../../lib/metrics/scrambled-digits-browser';
import { cardTree } from '../../lib/metrics/kpi-cards-browser';
import { pageDate } from '../../lib/metrics/page-date';
import type { Bridge } from '../common/live';
import type { PageStore } from '../sidebar/page-store';

/**
 * The store's own day from an overview page's KPI cards (生意参谋 首页/流量看板, 拼多多 交易概况,
 * 京东商智, Shopify Analytics): read when the page renders or changes them, at most every
 * STORE_READ_GAP_MS in idle time, and sent when a figure or the day changed. Beside the row capture
 * (page-capture.ts), not inside it: cards are not rows. Only what the page renders is read.
 */
export const STORE_READ_GAP_MS = 800;
const RETRY_MS = 2_000;

export interface StoreCaptureOptions {
  doc: Document;
  bridge: Bridge;
  pageStore: PageStore;
  timers: ThrottleTimers;
  onStop(cleanup: () => void): void;
  onStorageFull?(): void;
}

/** Overview pages: the adapters' `dashboard` page type (the stores' home and overview pages). */
const readsCardsHere = (pageType: string | null) => pageType === 'dashboard';

export function startStoreCapture({ doc, bridge, pageStore, timers, onStop, onStorageFull }: StoreCaptureOptions): { readNow(): Promise<void> } {
  let sent = '';
  let seenStore = '';

  async function storeIdOf(): Promise<string | undefined> {
    const page = pageStore.get();
    if (page.storeId || !page.storeName) return page.storeId;
    const asked = `${page.platform}|${page.storeName}`;
    if (seenStore === asked) return pageStore.get().storeId;
    seenStore = asked;
    const { storeId } = await bridge.send('store/seen', { platform: page.platform, shopId: page.storeName.slice(0, 200), name: page.storeName.slice(0, 200) });
    if (pageStore.get().storeName === page.storeName) pageStore.set({ ...pageStore.get(), storeId });
    return storeId;
  }

  /** Digit maps of the page's scrambled fonts (拼多多), built once per font by drawing its glyphs; null: not trusted. */
  const digitMaps = new Map<string, DigitMap | null>();
  async function decoderFor(tree: CardElement): Promise<((font: string, text: string) => string | null) | undefined> {
    const fonts = scrambledTexts(tree);
    if (!fonts.size) return undefined;
    for (const [font, texts] of fonts) {
      if (digitMaps.has(font)) continue;
      const map = await buildFontDigitMap(font, texts).catch(() => null);
      digitMaps.set(font, map && trustworthy(map) ? map : null);
    }
    return (font, text) => {
      const map = digitMaps.get(font);
      return map ? decodeWithMap(text, map) : null;
    };
  }

  async function read(): Promise<void> {
    const page = pageStore.get();
    if (!doc.body || !readsCardsHere(page.pageType)) return;
    const tree = cardTree(doc.body);
    const decode = await decoderFor(tree);
    const metrics = cardMetrics(readKpiCards(tree, { ...(page.currency ? { currency: page.currency } : {}), ...(decode ? { decode } : {}) }));
    if (!Object.keys(metrics).length) return;
    const timeZone = page.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
    const date = pageDate({ url: page.url, texts: pageDateTexts(doc), timeZone });
    // A range (7 days, a month) is not one day's figures.
    if (!('period' in date)) return;
    const signature = JSON.stringify([page.platform, page.storeName ?? '', date.period, metrics]);
    if (signature === sent) return;
    sent = signature;
    try {
      const storeId = await storeIdOf();
      await bridge.send('metrics/store-day', {
        platform: page.platform,
        ...(storeId ? { storeId } : {}),
        day: date.period,
        timeZone,
        currency: page.currency ?? 'XXX',
        source: page.url.slice(0, 2000),
        metrics,
      });
    } catch (error) {
      sent = ''; // read and sent again a little later
      if ((error as { code?: unknown } | null)?.code === 'storage-full') onStorageFull?.();
      timers.setTimeout(() => reader.request(), RETRY_MS);
    }
  }

  const reader = throttleIdle(read, STORE_READ_GAP_MS, timers);
  // Cards render after the page's own data request and re-render on a date change: any change may be new
  // figures. Watched on overview pages only, so a big grid elsewhere costs nothing here.
  const observer = new MutationObserver(() => reader.request());
  let watching = false;
  const follow = () => {
    const here = readsCardsHere(pageStore.get().pageType);
    if (here && !watching) observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
    else if (!here && watching) observer.disconnect();
    watching = here;
    if (here) reader.request();
  };
  const unwatchPage = pageStore.subscribe(follow);
  onStop(() => {
    observer.disconnect();
    unwatchPage();
  });
  follow();
  return { readNow: read };
}
