import type { MetricKey } from '../metrics/keys';

export const PLATFORM_IDS = ['taobao', 'tmall', 'jd', 'pinduoduo', 'douyin', 'kuaishou', 'xiaohongshu', 'amazon', 'shopify'] as const;
export type BuiltInPlatformId = (typeof PLATFORM_IDS)[number];
/** `custom:<origin>` for a site the user added from the options page. */
export type PlatformId = BuiltInPlatformId | `custom:${string}`;

export const PAGE_TYPES = ['analyticsTable', 'productList', 'listingEditor', 'campaign', 'dashboard'] as const;
export type PageType = (typeof PAGE_TYPES)[number];

export interface LocalizedText {
  'zh-CN': string;
  en: string;
}

/** One page type of one marketplace, recognised by URL and (optionally) a DOM probe. */
export interface PageTypeRule {
  type: PageType;
  /** Matched against `host + pathname + search + hash` of the page, e.g. `sycm.taobao.com/cc/item_rank?...`. */
  url: RegExp;
  /** A selector that must exist for the page to count as this type (checked once the DOM is there). */
  probe?: string;
}

/**
 * URLs each of an adapter's page-type rules must accept and must not accept, exported beside the
 * adapter as `examples` (same file). The unit tests walk them; nothing shipped imports them, so the
 * bundler leaves them out of the content script (the e2e bundle test checks).
 */
export type AdapterExamples = Partial<Record<PageType, { accept: string[]; reject: string[] }>>;

/** Where a listing editor keeps its fields: selectors tried in order, first match wins. Exported beside the adapter as `listing`. */
export interface ListingFieldSelectors {
  title?: string[];
  sellingPoints?: string[];
  bullets?: string[];
  description?: string[];
  price?: string[];
  images?: string[];
  attributes?: string[];
}

/**
 * Extra metric-table hints (tables are always read by header text), exported beside the adapter as
 * `table`: the alerts capture reads them, page detection does not, so the content-script shell
 * (which only detects the page) leaves them out.
 */
export interface TableHints {
  /** Header text (exact, trimmed) that holds the product id or a link carrying it. */
  productIdHeaders?: string[];
  /** Regexes tried on links/text inside a row to find the product id; first capture group is the id. */
  productIdPatterns?: RegExp[];
}

/** Page detection for one marketplace (what the content-script shell needs before its first paint). */
export interface SiteAdapter {
  platform: BuiltInPlatformId;
  name: LocalizedText;
  /** Hostnames (exact) this adapter owns. */
  hosts: readonly string[];
  /** Path of the manifest match pattern on those hosts when the adapter owns only part of them (Shopify's `/store/*`); default `/*`. */
  matchPath?: string;
  /** Default time zone of the store's periods (DESIGN.md: Asia/Shanghai for the Chinese marketplaces). */
  timeZone: string;
  /**
   * A marketplace of mainland China: its playbook due dates count the State Council's working days
   * (holidays and 调休 make-up days), and the Chinese marketplaces' shared rules (off-platform contact,
   * 好评返现) apply to its listings. Declared here once; `CHINESE_MARKETPLACES` in `lib/sites` is derived from it.
   */
  chineseMarketplace?: true;
  /** ISO 4217 code of the money the pages show. */
  currency: string;
  /** Per-host overrides where one marketplace spans regions (Amazon's regional Seller Central hosts). */
  timeZoneByHost?: Readonly<Record<string, string>>;
  currencyByHost?: Readonly<Record<string, string>>;
  /** Another marketplace served from the same host, recognised by a DOM probe (生意参谋 serves Taobao and Tmall shops). */
  platformProbes?: { platform: BuiltInPlatformId; probe: string }[];
  pageTypes: PageTypeRule[];
  /** Where the store's name/id shows on the page, tried in order. */
  storeName?: string[];
  /** Where the URL itself names the store (Shopify's `admin.shopify.com/store/<handle>`); first capture group. */
  storeNameFromUrl?: RegExp;
}

export type { MetricKey };
