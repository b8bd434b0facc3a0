import type { AdapterExamples, ListingFieldSelectors, SiteAdapter, TableHints } from '../types';

// 京东商家后台 (shop.jd.com) and 京东商智 (jdsz.jd.com, the older sz.jd.com).
export const jd: SiteAdapter = {
  platform: 'jd',
  name: { 'zh-CN': '京东', en: 'JD' },
  hosts: ['shop.jd.com', 'jdsz.jd.com', 'sz.jd.com'],
  timeZone: 'Asia/Shanghai',
  chineseMarketplace: true,
  currency: 'CNY',
  pageTypes: [
    {
      type: 'analyticsTable',
      url: /^(?:jdsz|sz)\.jd\.com\/(?:szweb\/view|sz\/view)\/[^?#]*(?:goods|sku|product|commodity)/i,
    },
    {
      type: 'dashboard',
      url: /^(?:jdsz|sz)\.jd\.com\/(?:$|szweb\/view\/(?:home|index|overview|realtime)|sz\/view\/indexs)|^shop\.jd\.com\/(?:$|jdm\/home)/,
    },
    {
      type: 'listingEditor',
      url: /^shop\.jd\.com\/[^?#]*(?:ware|goods)\/(?:publish|edit|add)/,
      probe: 'input, textarea, [contenteditable]',
    },
    {
      type: 'productList',
      url: /^shop\.jd\.com\/[^?#]*(?:ware|goods)\/(?:list|manage|onsale)/,
    },
    {
      type: 'campaign',
      url: /^shop\.jd\.com\/[^?#]*(?:coupon|promotion|marketing|activity)/,
    },
  ],
  storeName: ['[data-role="shop-name"]', '.shop-name', '.jdsz-shop-name'],
};

/** Where this marketplace's metric tables keep the product id (the alerts capture reads it; page detection does not). */
export const table: TableHints = {
  productIdHeaders: ['SKU', '商品', '商品名称', 'SKU名称'],
  productIdPatterns: [/item\.jd\.com\/(\d+)\.html/, /(?:sku|skuId|wareId)=(\d+)/i, /^\s*(\d{8,14})\s*$/],
};

/** Where its listing editor keeps each field (the compliance marks read it; page detection does not). */
export const listing: ListingFieldSelectors = {
  title: ['input[name="wareName"]', 'input[name="title"]'],
  sellingPoints: ['input[name="adWords"]'],
  description: ['[contenteditable="true"]', 'textarea[name="introduction"]'],
  price: ['input[name="jdPrice"]', 'input[name="price"]'],
  images: ['.ware-image img'],
  attributes: ['.ware-attrs input'],
};

/** URLs each page-type rule above must accept and reject: the adapter unit test walks them; nothing shipped imports them. */
export const examples: AdapterExamples = {
  analyticsTable: {
    accept: [
      'https://jdsz.jd.com/szweb/view/operation/goods-detail',
      'https://jdsz.jd.com/szweb/view/operation/goods-detail.html?date=2026-11-20',
      'https://jdsz.jd.com/szweb/view/productAnalysis/skuDetail',
      'https://sz.jd.com/sz/view/productAnalysis/productDetail.html',
    ],
    reject: [
      'https://jdsz.jd.com/szweb/view/reports-center/recommend-report-temp.html',
      'https://jdsz.jd.com/szweb/view/home',
      'https://shop.jd.com/jdm/goods/list',
    ],
  },
  dashboard: {
    accept: [
      'https://jdsz.jd.com/szweb/view/home',
      'https://jdsz.jd.com/szweb/view/realtime/overview.html',
      'https://sz.jd.com/sz/view/indexs/indexs.html',
      'https://shop.jd.com/jdm/home',
    ],
    reject: ['https://jdsz.jd.com/szweb/view/operation/goods-detail'],
  },
  listingEditor: {
    accept: ['https://shop.jd.com/jdm/goods/publish?cid=1387', 'https://shop.jd.com/jdm/ware/edit?wareId=100068823451'],
    reject: ['https://shop.jd.com/jdm/goods/list', 'https://shop.jd.com/jdm/marketing/coupon/list'],
  },
  productList: {
    accept: ['https://shop.jd.com/jdm/goods/list', 'https://shop.jd.com/jdm/ware/manage?status=onsale'],
    reject: ['https://shop.jd.com/jdm/goods/publish'],
  },
  campaign: {
    accept: ['https://shop.jd.com/jdm/marketing/coupon/list', 'https://shop.jd.com/jdm/promotion/activity/11-11'],
    reject: ['https://shop.jd.com/jdm/goods/list'],
  },
};
