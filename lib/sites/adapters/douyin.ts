import type { AdapterExamples, ListingFieldSelectors, SiteAdapter, TableHints } from '../types';

// 抖店 (fxg) and 抖音电商罗盘 (compass). 罗盘's product list is a virtualized,
// client-paginated `.ecom-table-row` grid that renders after the data request returns.
export const douyin: SiteAdapter = {
  platform: 'douyin',
  name: { 'zh-CN': '抖店', en: 'Douyin Shop' },
  hosts: ['fxg.jinritemai.com', 'compass.jinritemai.com'],
  timeZone: 'Asia/Shanghai',
  chineseMarketplace: true,
  currency: 'CNY',
  pageTypes: [
    {
      type: 'analyticsTable',
      url: /^compass\.jinritemai\.com\/shop\/(?:commodity\/product-list|merchandise-traffic|commodity\/product-detail)/,
    },
    {
      type: 'dashboard',
      url: /^compass\.jinritemai\.com\/shop(?:\/(?:business-part|home|chance)|\/?(?:[?#]|$))|^fxg\.jinritemai\.com\/ffa\/mshop\/homepage/,
    },
    {
      type: 'listingEditor',
      url: /^fxg\.jinritemai\.com\/ffa\/g\/(?:create|edit)/,
      probe: 'input, textarea, [contenteditable]',
    },
    {
      type: 'productList',
      url: /^fxg\.jinritemai\.com\/ffa\/g\/list/,
    },
    {
      type: 'campaign',
      url: /^fxg\.jinritemai\.com\/ffa\/(?:marketing|coupon|promotion)/,
    },
  ],
  storeName: ['[data-role="shop-name"]', '.shop-name', '.ecom-shop-name'],
};

/** Where this marketplace's metric tables keep the product id (the alerts capture reads it; page detection does not). */
export const table: TableHints = {
  productIdHeaders: ['商品', '商品信息', '商品ID'],
  productIdPatterns: [/haohuo\.jinritemai\.com\/views\/product\/item2\?(?:[^#]*&)?id=(\d+)/, /[?&](?:id|product_id)=(\d+)/, /ID[:：]\s*(\d{10,})/],
};

/** Where its listing editor keeps each field (the compliance marks read it; page detection does not). */
export const listing: ListingFieldSelectors = {
  title: ['#pg-title-input', 'input[name="name"]'],
  sellingPoints: ['input[name="recommend_remark"]'],
  description: ['[attr-field-id="商品详情"] [contenteditable]', '.product-detail-editor [contenteditable]'],
  price: ['input[name="price"]'],
  images: ['[attr-field-id="主图3:4"] img', '.main-img img'],
  attributes: ['[attr-field-id="类目属性"] input'],
};

/** URLs each page-type rule above must accept and reject: the adapter unit test walks them; nothing shipped imports them. */
export const examples: AdapterExamples = {
  analyticsTable: {
    accept: [
      'https://compass.jinritemai.com/shop/commodity/product-list',
      'https://compass.jinritemai.com/shop/commodity/product-list?date_type=1&begin_date=2026-11-20',
      'https://compass.jinritemai.com/shop/merchandise-traffic',
    ],
    reject: [
      'https://compass.jinritemai.com/shop/business-part',
      'https://fxg.jinritemai.com/ffa/g/list',
      'https://compass.jinritemai.com/shop/commodity',
    ],
  },
  dashboard: {
    accept: [
      'https://compass.jinritemai.com/shop/business-part',
      'https://compass.jinritemai.com/shop',
      'https://fxg.jinritemai.com/ffa/mshop/homepage/index',
    ],
    reject: ['https://compass.jinritemai.com/shop/commodity/product-list'],
  },
  listingEditor: {
    accept: ['https://fxg.jinritemai.com/ffa/g/create', 'https://fxg.jinritemai.com/ffa/g/edit?product_id=3698812345678901234'],
    reject: ['https://fxg.jinritemai.com/ffa/g/list'],
  },
  productList: {
    accept: ['https://fxg.jinritemai.com/ffa/g/list', 'https://fxg.jinritemai.com/ffa/g/list?status=0'],
    reject: ['https://fxg.jinritemai.com/ffa/g/create'],
  },
  campaign: {
    accept: ['https://fxg.jinritemai.com/ffa/marketing/coupon/list', 'https://fxg.jinritemai.com/ffa/marketing/tool/limit-discount'],
    reject: ['https://fxg.jinritemai.com/ffa/g/list'],
  },
};
