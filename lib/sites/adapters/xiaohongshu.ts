import type { AdapterExamples, ListingFieldSelectors, SiteAdapter, TableHints } from '../types';

// 小红书千帆 (Xiaohongshu / RED Qianfan): the merchant back office at ark.xiaohongshu.com (商品, 订单, 数据 in one app).
// Not in /work/shared/research/platforms.md: every fact below carries its own `source`. "Public code" means
// open-source seller tools that automate these pages (read through GitHub code search, 2026-12); they are
// second-hand, so each is marked UNVERIFIED until someone checks it on a live shop.
export const xiaohongshu: SiteAdapter = {
  platform: 'xiaohongshu',
  // source: the platform's merchant workbench is branded 千帆 (ark = "ark.xiaohongshu.com"); RED is its English name.
  name: { 'zh-CN': '小红书千帆', en: 'Xiaohongshu (RED) Qianfan' },
  // source (UNVERIFIED, public code): ark.xiaohongshu.com/app-system/home (商家工作台首页), /app-item/list/shelf
  // (商品列表), /app-item/good/create and /app-item/good/edit/<id>, /app-datacenter/* (数据 pages),
  // /app-order/order/query (订单). The buyer site (www.) and the creator site (creator.) are not the back office.
  hosts: ['ark.xiaohongshu.com'],
  // source: a mainland-China marketplace settled in RMB on Beijing time (as the other Chinese marketplaces, DESIGN.md).
  timeZone: 'Asia/Shanghai',
  chineseMarketplace: true,
  currency: 'CNY',
  pageTypes: [
    {
      type: 'dashboard',
      // source (UNVERIFIED, public code): 商家工作台首页 /app-system/home, 数据总览 /app-datacenter/overview,
      // 成交分析 /app-datacenter/business-overview (labels as one tool's sidebar map gives them, 2026-03).
      url: /^ark\.xiaohongshu\.com\/app-(?:system\/home|datacenter\/(?:overview|business-overview))(?:[/?#]|$)/,
    },
    {
      type: 'listingEditor',
      // source (UNVERIFIED, public code): new product at /app-item/good/create, edit at /app-item/good/edit/<product id>.
      url: /^ark\.xiaohongshu\.com\/app-item\/good\/(?:create|edit\/[0-9a-z]+)(?:[/?#]|$)/,
      probe: 'input, textarea, [contenteditable]',
    },
    {
      type: 'productList',
      // source (UNVERIFIED, public code): 商品列表 (on-shelf products) at /app-item/list/shelf.
      url: /^ark\.xiaohongshu\.com\/app-item\/list\/shelf(?:[/?#]|$)/,
    },
  ],
  // source: none found for the shop-name element; these are the generic hooks the demo page uses (UNVERIFIED).
  storeName: ['[data-role="shop-name"]', '.shop-name'],
};

/** Where this marketplace's product tables keep the product id (the alerts capture reads it; page detection does not). */
export const table: TableHints = {
  // source: none found for the list's column names (UNVERIFIED). 商品信息 is left to name the product (its title);
  // the id comes from the row's edit link or the 商品ID line printed under the title.
  productIdHeaders: ['商品ID'],
  productIdPatterns: [
    // source (UNVERIFIED, public code): the edit page is /app-item/good/edit/<product id>; product ids seen there are
    // 24 hex digits (the same shape as the buyer site's note and item ids).
    /\/app-item\/good\/edit\/([0-9a-f]{24})/,
    /商品ID[:：]\s*([0-9a-f]{24})/,
  ],
};

/** Where its listing editor keeps each field (the compliance marks read it; page detection does not). */
export const listing: ListingFieldSelectors = {
  // source: none found for the editor's markup; placeholder and label hooks the demo page uses (UNVERIFIED).
  title: ['input[placeholder*="商品标题"]', '#goods-title'],
  sellingPoints: ['input[placeholder*="卖点"]', 'textarea[placeholder*="卖点"]'],
  description: ['.goods-detail [contenteditable]', 'textarea[placeholder*="商品详情"]'],
  price: ['input[placeholder*="价格"]'],
};

/** URLs each page-type rule above must accept and reject: the adapter unit test walks them; nothing shipped imports them. */
export const examples: AdapterExamples = {
  dashboard: {
    accept: [
      'https://ark.xiaohongshu.com/app-system/home',
      'https://ark.xiaohongshu.com/app-datacenter/overview',
      'https://ark.xiaohongshu.com/app-datacenter/business-overview?dateType=day',
    ],
    reject: ['https://ark.xiaohongshu.com/app-datacenter/overview-settings', 'https://ark.xiaohongshu.com/app-item/list/shelf'],
  },
  listingEditor: {
    accept: [
      'https://ark.xiaohongshu.com/app-item/good/create',
      'https://ark.xiaohongshu.com/app-item/good/create?categoryId=123',
      'https://ark.xiaohongshu.com/app-item/good/edit/65a1f0c2e4b0a91d2c7e3b41',
    ],
    reject: ['https://ark.xiaohongshu.com/app-item/good/edit', 'https://ark.xiaohongshu.com/app-item/list/shelf', 'https://ark.xiaohongshu.com/app-item/good/created'],
  },
  productList: {
    accept: ['https://ark.xiaohongshu.com/app-item/list/shelf', 'https://ark.xiaohongshu.com/app-item/list/shelf?status=onsale'],
    reject: ['https://ark.xiaohongshu.com/app-item/list/shelfs', 'https://ark.xiaohongshu.com/app-order/order/query', 'https://www.xiaohongshu.com/app-item/list/shelf'],
  },
};
