import type { AdapterExamples, ListingFieldSelectors, SiteAdapter, TableHints } from '../types';

// 拼多多商家后台. Its data pages draw digits with a scrambled web font, so the DOM text of
// a number cell is not the number shown (lib/metrics decides how to read it).
export const pinduoduo: SiteAdapter = {
  platform: 'pinduoduo',
  name: { 'zh-CN': '拼多多', en: 'Pinduoduo' },
  hosts: ['mms.pinduoduo.com'],
  timeZone: 'Asia/Shanghai',
  chineseMarketplace: true,
  currency: 'CNY',
  pageTypes: [
    {
      type: 'analyticsTable',
      url: /^mms\.pinduoduo\.com\/sycm\/(?:goods_effect|goods_detail)(?:[/?#.]|$)/,
    },
    {
      type: 'dashboard',
      url: /^mms\.pinduoduo\.com\/(?:home|sycm\/(?:goods_data|stores_data)\/)/,
    },
    {
      type: 'listingEditor',
      url: /^mms\.pinduoduo\.com\/goods\/(?:goods_add|goods_edit|goods_create)/,
      probe: 'input, textarea, [contenteditable]',
    },
    {
      type: 'productList',
      url: /^mms\.pinduoduo\.com\/goods\/goods_list/,
    },
    {
      type: 'campaign',
      url: /^mms\.pinduoduo\.com\/(?:[^?#]*\/)?(?:coupon|marketing|promotion|act)(?:[/?#_]|$)/,
    },
  ],
  storeName: ['[data-role="shop-name"]', '.mall-name', '.shop-name'],
};

/** Where this marketplace's metric tables keep the product id (the alerts capture reads it; page detection does not). */
export const table: TableHints = {
  productIdHeaders: ['商品名称', '商品信息', '商品ID'],
  productIdPatterns: [/goods_id=(\d+)/, /商品ID[:：]\s*(\d{6,})/],
};

/** Where its listing editor keeps each field (the compliance marks read it; page detection does not). */
export const listing: ListingFieldSelectors = {
  title: ['input[name="goods_name"]', 'textarea[name="goods_name"]'],
  description: ['textarea[name="goods_desc"]'],
  price: ['input[name="price"]', 'input[name="single_price"]'],
  images: ['.carousel-gallery img'],
  attributes: ['.goods-properties input'],
};

/** URLs each page-type rule above must accept and reject: the adapter unit test walks them; nothing shipped imports them. */
export const examples: AdapterExamples = {
  analyticsTable: {
    accept: [
      'https://mms.pinduoduo.com/sycm/goods_effect',
      'https://mms.pinduoduo.com/sycm/goods_effect?dateType=1&date=2026-11-20',
      'https://mms.pinduoduo.com/sycm/goods_effect.html',
    ],
    reject: [
      'https://mms.pinduoduo.com/sycm/goods_data/overview',
      'https://mms.pinduoduo.com/goods/goods_list',
      'https://mms.pinduoduo.com/sycm/goods_effect_guide',
    ],
  },
  dashboard: {
    accept: [
      'https://mms.pinduoduo.com/home/',
      'https://mms.pinduoduo.com/sycm/goods_data/overview',
      'https://mms.pinduoduo.com/sycm/stores_data/operation',
    ],
    reject: ['https://mms.pinduoduo.com/sycm/goods_effect'],
  },
  listingEditor: {
    accept: [
      'https://mms.pinduoduo.com/goods/goods_add/index?type=create&cat_id=1916',
      'https://mms.pinduoduo.com/goods/goods_edit?id=458812390312',
    ],
    reject: ['https://mms.pinduoduo.com/goods/goods_list'],
  },
  productList: {
    accept: ['https://mms.pinduoduo.com/goods/goods_list', 'https://mms.pinduoduo.com/goods/goods_list?status=onsale'],
    reject: ['https://mms.pinduoduo.com/goods/goods_add/index'],
  },
  campaign: {
    accept: [
      'https://mms.pinduoduo.com/tool/coupon/list',
      'https://mms.pinduoduo.com/marketing/coupon/create?type=goods',
      'https://mms.pinduoduo.com/act/double11',
    ],
    reject: ['https://mms.pinduoduo.com/sycm/goods_effect', 'https://mms.pinduoduo.com/goods/goods_list'],
  },
};
