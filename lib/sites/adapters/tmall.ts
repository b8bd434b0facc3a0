import type { AdapterExamples, ListingFieldSelectors, SiteAdapter, TableHints } from '../types';

// Tmall's own back office. Its shops' 生意参谋 pages live on sycm.taobao.com and are
// told apart by the taobao adapter's platform probe.
export const tmall: SiteAdapter = {
  platform: 'tmall',
  name: { 'zh-CN': '天猫', en: 'Tmall' },
  hosts: ['sell.tmall.com'],
  timeZone: 'Asia/Shanghai',
  chineseMarketplace: true,
  currency: 'CNY',
  pageTypes: [
    {
      type: 'listingEditor',
      url: /^sell\.tmall\.com\/[^?#]*(?:publish|edit)/,
      probe: 'input, textarea, [contenteditable]',
    },
    {
      type: 'productList',
      url: /^sell\.tmall\.com\/auction\/goods\/goods_(?:on_sale|in_stock)/,
    },
    {
      type: 'campaign',
      url: /^sell\.tmall\.com\/[^?#]*(?:coupon|promotion|activity|marketing)/,
    },
    {
      type: 'dashboard',
      url: /^sell\.tmall\.com\/(?:$|[?#]|home|index)/,
    },
  ],
  storeName: ['[data-role="shop-name"]', '.shop-name'],
};

/** Where this marketplace's metric tables keep the product id (the alerts capture reads it; page detection does not). */
export const table: TableHints = {
  productIdHeaders: ['商品信息', '商品ID', '宝贝名称'],
  productIdPatterns: [/detail\.tmall\.com\/item\.htm\?(?:[^#]*&)?id=(\d+)/, /[?&](?:itemId|id)=(\d+)/],
};

/** Where its listing editor keeps each field (the compliance marks read it; page detection does not). */
export const listing: ListingFieldSelectors = {
  title: ['input[name="title"]', '#title'],
  sellingPoints: ['input[name="sellPoint"]'],
  description: ['.desc-editor [contenteditable="true"]', 'textarea[name="desc"]'],
  price: ['input[name="price"]'],
  images: ['.main-image-slot img'],
  attributes: ['.sell-attributes input'],
};

/** URLs each page-type rule above must accept and reject: the adapter unit test walks them; nothing shipped imports them. */
export const examples: AdapterExamples = {
  listingEditor: {
    accept: [
      'https://sell.tmall.com/auction/publish/publish.htm?catId=50010788',
      'https://sell.tmall.com/auction/goods/edit.htm?itemId=658823107342',
    ],
    reject: ['https://sell.tmall.com/auction/goods/goods_on_sale.htm', 'https://sell.tmall.com/'],
  },
  productList: {
    accept: ['https://sell.tmall.com/auction/goods/goods_on_sale.htm', 'https://sell.tmall.com/auction/goods/goods_in_stock.htm?page=2'],
    reject: ['https://sell.tmall.com/auction/publish/publish.htm'],
  },
  campaign: {
    accept: ['https://sell.tmall.com/marketing/coupon/list.htm', 'https://sell.tmall.com/activity/double11/sign-up.htm'],
    reject: ['https://sell.tmall.com/auction/goods/goods_on_sale.htm'],
  },
  dashboard: {
    accept: ['https://sell.tmall.com/', 'https://sell.tmall.com/home.htm'],
    reject: ['https://sell.tmall.com/auction/goods/goods_on_sale.htm'],
  },
};
