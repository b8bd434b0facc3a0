import type { AdapterExamples, ListingFieldSelectors, SiteAdapter, TableHints } from '../types';

// 快手小店 (Kuaishou merchant): the merchant back office (商家后台, s.kwaixiaodian.com) for products,
// listings and orders, and 快手电商生意通 (syt.kwaixiaodian.com) for the shop's analytics.
// Not in /work/shared/research/platforms.md: every fact below carries its own `source`. "Public code"
// means open-source seller tools that automate these pages (read through GitHub code search, 2026-12);
// they are second-hand, so each is marked UNVERIFIED until someone checks it on a live shop.
export const kuaishou: SiteAdapter = {
  platform: 'kuaishou',
  // source: the platform calls its merchant store product 快手小店 (kwaixiaodian = "Kuaishou small shop").
  name: { 'zh-CN': '快手小店', en: 'Kuaishou Shop' },
  // source (UNVERIFIED, public code): s.kwaixiaodian.com/zone/home (back-office home), /zone/goods/list and
  // /zone/goods/v1/list (product list), /zone/order/list; syt.kwaixiaodian.com/zones/... (生意通 data pages).
  // Login (login.kwaixiaodian.com), the distribution site (cps.) and live-stream control (zs.) are left out.
  hosts: ['s.kwaixiaodian.com', 'syt.kwaixiaodian.com'],
  // source: a mainland-China marketplace settled in RMB on Beijing time (as the other Chinese marketplaces, DESIGN.md).
  timeZone: 'Asia/Shanghai',
  chineseMarketplace: true,
  currency: 'CNY',
  pageTypes: [
    {
      type: 'analyticsTable',
      // source (UNVERIFIED, public code): 生意通 "货架商品" product table at /zones/shop/goods-management and
      // 商品榜单 at /zones/rankingList/productRanking; /zones/goodsManagement/goods_list is the 商品列表 data page
      // one tool describes as a 43-column table (its exact path is a guess from the goods_overview sibling).
      url: /^syt\.kwaixiaodian\.com\/zones\/(?:shop\/goods-management|rankingList\/productRanking|goodsManagement\/goods_list)(?:[/?#]|$)/,
    },
    {
      type: 'dashboard',
      // source (UNVERIFIED, public code): 生意通 商品总览 /zones/goodsManagement/goods_overview (成交金额, 成交订单数,
      // 成交件数, 退款金额(退款日), 成交退款订单数), 交易 /zones/tradeManagement/dealAnalysis, back-office home /zone/home.
      url: /^syt\.kwaixiaodian\.com\/zones\/(?:home|goodsManagement\/goods_overview|tradeManagement\/dealAnalysis)(?:[/?#]|$)|^s\.kwaixiaodian\.com\/zone\/home(?:[/?#]|$)/,
    },
    {
      type: 'listingEditor',
      // source (UNVERIFIED, public code): create at /zone/goods/config/release/add and /zone/goods/nexus/self/release/add,
      // edit at /zone/goods/config/release/detail?itemId=<id>.
      url: /^s\.kwaixiaodian\.com\/zone\/goods\/(?:config|nexus\/self)\/release\/(?:add|detail|edit)(?:[/?#]|$)/,
      probe: 'input, textarea, [contenteditable]',
    },
    {
      type: 'productList',
      // source (UNVERIFIED, public code): /zone/goods/list and /zone/goods/v1/list; columns 商品信息, 诊断结果, 单价,
      // 总库存, 销量, 创建时间, 商品状态, 操作 (总库存 and 销量 are header synonyms already).
      url: /^s\.kwaixiaodian\.com\/zone\/goods\/(?:v1\/)?list(?:[/?#]|$)/,
    },
  ],
  // source: none found for the shop-name element; these are the generic hooks the demo page uses (UNVERIFIED).
  storeName: ['[data-role="shop-name"]', '.shop-name'],
};

/** Where this marketplace's metric tables keep the product id (the alerts capture reads it; page detection does not). */
export const table: TableHints = {
  // source (UNVERIFIED, public code): the product cell is headed 商品信息 and shows "ID: 25812911614326" under the title.
  productIdHeaders: ['商品信息', '商品', '商品ID'],
  productIdPatterns: [
    // source (UNVERIFIED, public code): buyer-side item page app.kwaixiaodian.com/web/kwaishop-goods-detail-page-app?id=<id>,
    // back-office edit page …/release/detail?itemId=<id>.
    /kwaishop-goods-detail-page-app\?(?:[^#]*&)?id=(\d+)/,
    /[?&]itemId=(\d+)/,
    /ID[:：]\s*(\d{8,})/,
  ],
};

/** Where its listing editor keeps each field (the compliance marks read it; page detection does not). */
export const listing: ListingFieldSelectors = {
  // source (UNVERIFIED, public code): the 基本信息 block is #BaseInfo; the title is the input of its second row and
  // the short title (短标题) the next one. The placeholder selectors are fallbacks from the field labels.
  title: ['#BaseInfo > :nth-child(2) input', 'input[placeholder*="商品标题"]'],
  sellingPoints: ['#BaseInfo > :nth-child(3) input', 'input[placeholder*="短标题"]'],
  // source: none found for the detail editor; any rich editor in a #GoodsDetail/#DetailInfo block (UNVERIFIED).
  description: ['#GoodsDetail [contenteditable]', '#DetailInfo [contenteditable]'],
  price: ['input[placeholder*="价格"]'],
};

/** URLs each page-type rule above must accept and reject: the adapter unit test walks them; nothing shipped imports them. */
export const examples: AdapterExamples = {
  analyticsTable: {
    accept: [
      'https://syt.kwaixiaodian.com/zones/shop/goods-management',
      'https://syt.kwaixiaodian.com/zones/shop/goods-management?dateType=day&date=2026-11-20',
      'https://syt.kwaixiaodian.com/zones/rankingList/productRanking',
    ],
    reject: [
      'https://syt.kwaixiaodian.com/zones/goodsManagement/goods_overview',
      'https://syt.kwaixiaodian.com/zones/shop/goods-management-settings',
      'https://s.kwaixiaodian.com/zone/goods/list',
    ],
  },
  dashboard: {
    accept: [
      'https://syt.kwaixiaodian.com/zones/goodsManagement/goods_overview',
      'https://syt.kwaixiaodian.com/zones/tradeManagement/dealAnalysis',
      'https://s.kwaixiaodian.com/zone/home',
    ],
    reject: ['https://syt.kwaixiaodian.com/zones/shop/goods-management', 'https://s.kwaixiaodian.com/zone/homepage-settings'],
  },
  listingEditor: {
    accept: [
      'https://s.kwaixiaodian.com/zone/goods/config/release/add',
      'https://s.kwaixiaodian.com/zone/goods/config/release/detail?itemId=25812911614326',
      'https://s.kwaixiaodian.com/zone/goods/nexus/self/release/add',
    ],
    reject: ['https://s.kwaixiaodian.com/zone/goods/list', 'https://s.kwaixiaodian.com/zone/goods/detail?id=25812911614326'],
  },
  productList: {
    accept: ['https://s.kwaixiaodian.com/zone/goods/list', 'https://s.kwaixiaodian.com/zone/goods/v1/list?status=1'],
    reject: ['https://s.kwaixiaodian.com/zone/goods/config/release/add', 'https://s.kwaixiaodian.com/zone/order/list'],
  },
};
