import { amazon, listing as amazonListing, table as amazonTable } from './adapters/amazon';
import { douyin, listing as douyinListing, table as douyinTable } from './adapters/douyin';
import { guessPageType } from './adapters/generic';
import { jd, listing as jdListing, table as jdTable } from './adapters/jd';
import { kuaishou, listing as kuaishouListing, table as kuaishouTable } from './adapters/kuaishou';
import { pinduoduo, listing as pinduoduoListing, table as pinduoduoTable } from './adapters/pinduoduo';
import { shopify, listing as shopifyListing, table as shopifyTable } from './adapters/shopify';
import { taobao, listing as taobaoListing, table as taobaoTable } from './adapters/taobao';
import { tmall, listing as tmallListing, table as tmallTable } from './adapters/tmall';
import { xiaohongshu, listing as xiaohongshuListing, table as xiaohongshuTable } from './adapters/xiaohongshu';
import type { BuiltInPlatformId, ListingFieldSelectors, PageType, PageTypeRule, PlatformId, SiteAdapter, TableHints } from './types';

export { guessPageType };

/** Every built-in marketplace, one adapter file each. */
export const ADAPTERS: readonly SiteAdapter[] = [taobao, tmall, jd, pinduoduo, douyin, kuaishou, xiaohongshu, amazon, shopify];

// What features read beyond page detection, kept out of SiteAdapter so the content-script shell,
// which imports the adapters to detect the page, does not carry them.
const TABLE_HINTS: Record<BuiltInPlatformId, TableHints> = {
  taobao: taobaoTable,
  tmall: tmallTable,
  jd: jdTable,
  pinduoduo: pinduoduoTable,
  douyin: douyinTable,
  kuaishou: kuaishouTable,
  xiaohongshu: xiaohongshuTable,
  amazon: amazonTable,
  shopify: shopifyTable,
};
const LISTING_SELECTORS: Record<BuiltInPlatformId, ListingFieldSelectors> = {
  taobao: taobaoListing,
  tmall: tmallListing,
  jd: jdListing,
  pinduoduo: pinduoduoListing,
  douyin: douyinListing,
  kuaishou: kuaishouListing,
  xiaohongshu: xiaohongshuListing,
  amazon: amazonListing,
  shopify: shopifyListing,
};

/**
 * Marketplaces of mainland China (their adapters say so): China's working-day calendar and the Chinese
 * marketplaces' shared listing rules. A function, not a constant, so the content-script shell, which
 * imports this module for page detection, carries no top-level call it does not use.
 */
export function chineseMarketplaces(): BuiltInPlatformId[] {
  return ADAPTERS.filter((adapter) => adapter.chineseMarketplace).map((adapter) => adapter.platform);
}

const ADAPTER_BY_HOST = new Map<string, SiteAdapter>(ADAPTERS.flatMap((adapter) => adapter.hosts.map((host) => [host, adapter] as const)));

export interface DetectedPage {
  platform: PlatformId;
  pageType: PageType | null;
  storeName?: string;
  /** The store's time zone and currency for this host (Amazon differs by region); no currency on a user-added site. */
  timeZone: string;
  currency?: string;
}

function parseWebUrl(url: string): URL | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed : null;
  } catch {
    return null;
  }
}

/** What page-type rules are matched against: `host + pathname + search + hash`. */
export function pageKey(url: URL): string {
  return url.hostname + url.pathname + url.search + url.hash;
}

export function adapterForUrl(url: string): SiteAdapter | null {
  const parsed = parseWebUrl(url);
  return parsed ? (ADAPTER_BY_HOST.get(parsed.hostname) ?? null) : null;
}

/** Product-id hints for the metric tables of the marketplace that owns the URL's host (生意参谋 gets Taobao's, even for a Tmall shop). */
export function tableHintsForUrl(url: string): TableHints | undefined {
  const adapter = adapterForUrl(url);
  return adapter ? TABLE_HINTS[adapter.platform] : undefined;
}

/** Where a marketplace's listing editor keeps its fields; none for a user-added site. */
export function listingSelectorsFor(platform: PlatformId): ListingFieldSelectors | undefined {
  return Object.hasOwn(LISTING_SELECTORS, platform) ? LISTING_SELECTORS[platform as BuiltInPlatformId] : undefined;
}

function probeHolds(rule: PageTypeRule, doc: ParentNode | undefined): boolean {
  return !rule.probe || !doc || doc.querySelector(rule.probe) !== null;
}

/** First rule whose URL matches (and whose probe holds when a DOM is given). */
export function matchPageType(adapter: SiteAdapter, url: string, doc?: ParentNode): PageType | null {
  const parsed = parseWebUrl(url);
  if (!parsed) return null;
  const key = pageKey(parsed);
  return adapter.pageTypes.find((rule) => rule.url.test(key) && probeHolds(rule, doc))?.type ?? null;
}

function readStoreName(adapter: SiteAdapter, url: URL, doc: ParentNode | undefined): string | undefined {
  for (const selector of doc ? (adapter.storeName ?? []) : []) {
    const text = doc?.querySelector(selector)?.textContent?.trim();
    if (text) return text;
  }
  const fromUrl = adapter.storeNameFromUrl?.exec(pageKey(url))?.[1];
  return fromUrl ? decodeOrKeep(fromUrl) : undefined;
}

/** A malformed `%` escape in an address (the page controls it) must not throw out of page detection. */
function decodeOrKeep(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Marketplace, page type and store of a seller page; `null` off the seller hosts. */
export function detectPage(url: string, doc?: ParentNode): DetectedPage | null {
  const parsed = parseWebUrl(url);
  const adapter = parsed ? ADAPTER_BY_HOST.get(parsed.hostname) : undefined;
  if (!parsed || !adapter) return null;
  const platform = (doc && adapter.platformProbes?.find(({ probe }) => doc.querySelector(probe))?.platform) || adapter.platform;
  const storeName = readStoreName(adapter, parsed, doc);
  return {
    platform,
    pageType: matchPageType(adapter, url, doc),
    ...(storeName ? { storeName } : {}),
    timeZone: adapter.timeZoneByHost?.[parsed.hostname] ?? adapter.timeZone,
    currency: adapter.currencyByHost?.[parsed.hostname] ?? adapter.currency,
  };
}

/**
 * A user-added site (`custom:<origin>`): the page type comes from the DOM alone. Its zone is the
 * browser's and its currency unknown (left out; snapshots record ISO 4217 `XXX`) until the user sets them.
 */
export function detectCustomPage(url: string, doc: ParentNode): DetectedPage | null {
  const parsed = parseWebUrl(url);
  if (!parsed) return null;
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return { platform: `custom:${parsed.origin}`, pageType: guessPageType(doc), timeZone };
}
