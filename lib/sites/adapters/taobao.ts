import type { AdapterExamples, ListingFieldSelectors, SiteAdapter, TableHints } from '../types';

// 千牛卖家中心, 生意参谋 and the publish form. 生意参谋 serves Tmall shops too: the
// platform stays `taobao` unless the page header marks the shop as a Tmall one.
export const taobao: SiteAdapter = {
  platform: 'taobao',
  name: { 'zh-CN': '淘宝', en: 'Taobao' },
  hosts: ['myseller.taobao.com', 'sycm.taobao.com', 'item.upload.taobao.com'],
  timeZone: 'Asia/Shanghai',
  chineseMarketplace: true,
  currency: 'CNY',
  platformProbes: [{ platform: 'tmall', probe: '[data-shop-type="tmall"], .shop-type-tmall, img[alt="天猫"]' }],
  pageTypes: [
    {
      type: 'analyticsTable',
      url: /^sycm\.taobao\.com\/cc\/(?:item_rank|item_archives)(?:[/?#.]|$)/,
      probe: 'table',
    },
    {
      type: 'dashboard',
      url: /^sycm\.taobao\.com\/(?:portal\/home\.htm|flow\/|$)|^myseller\.taobao\.com\/home\.htm\/QnworkbenchHome/,
    },
    {
      type: 'listingEditor',
      url: /^item\.upload\.taobao\.com\/sell\/(?!.*(?:manage|list))/,
      probe: 'input, textarea, [contenteditable]',
    },
    {
      type: 'productList',
      url: /^myseller\.taobao\.com\/home\.htm\/SellManage\//,
    },
    {
      type: 'campaign',
      url: /^myseller\.taobao\.com\/home\.htm\/[^?#]*(?:marketing|coupon|yingxiao|promotion|activity)/i,
    },
  ],
  storeName: ['[data-role="shop-name"]', '.sycm-shop-name', '.shop-name', '.qn-shop-name'],
};

/** Where this marketplace's metric tables keep the product id (the alerts capture reads it; page detection does not). */
export const table: TableHints = {
  productIdHeaders: ['商品信息', '商品ID', '商品名称'],
  productIdPatterns: [
    /item\.taobao\.com\/item\.htm\?(?:[^#]*&)?id=(\d+)/,
    /detail\.tmall\.com\/item\.htm\?(?:[^#]*&)?id=(\d+)/,
    /[?&]itemId=(\d+)/,
    /商品ID[:：]\s*(\d{6,})/,
  ],
};

/** Where its listing editor keeps each field (the compliance marks read it; page detection does not). */
export const listing: ListingFieldSelectors = {
  title: ['input[name="title"]', '#title', 'input[placeholder*="宝贝标题"]'],
  sellingPoints: ['input[name="shopping_title"]', 'input[name="sellPoint"]', 'input[placeholder*="导购标题"]'],
  description: ['[name="desc"][contenteditable]', '.desc-editor [contenteditable="true"]', 'textarea[name="desc"]'],
  price: ['input[name="price"]', '#price'],
  images: ['.main-image-slot img', '[data-field="images"] img'],
  attributes: ['.sell-attributes input', '[data-field="props"] input'],
};

/** URLs each page-type rule above must accept and reject: the adapter unit test walks them; nothing shipped imports them. */
export const examples: AdapterExamples = {
  analyticsTable: {
    accept: [
      'https://sycm.taobao.com/cc/item_rank?dateRange=2026-11-20%7C2026-11-20&dateType=day',
      'https://sycm.taobao.com/cc/item_rank?dateRange=2026-11-14%7C2026-11-20&dateType=recent7',
      'https://sycm.taobao.com/cc/item_archives?activeKey=sale&itemId=742198305561',
    ],
    reject: [
      'https://sycm.taobao.com/portal/home.htm',
      'https://sycm.taobao.com/flow/monitor/overview',
      'https://item.upload.taobao.com/sell/publish.htm?catId=50010788',
    ],
  },
  dashboard: {
    accept: [
      'https://sycm.taobao.com/portal/home.htm',
      'https://sycm.taobao.com/flow/monitor/overview',
      'https://sycm.taobao.com/flow/monitor/overview?dateType=today',
      'https://myseller.taobao.com/home.htm/QnworkbenchHome/',
    ],
    reject: ['https://sycm.taobao.com/cc/item_rank', 'https://myseller.taobao.com/home.htm/marketing/coupon/list'],
  },
  listingEditor: {
    accept: [
      'https://item.upload.taobao.com/sell/publish.htm?catId=50010788',
      'https://item.upload.taobao.com/sell/publish.htm?itemId=742198305561',
      'https://item.upload.taobao.com/sell/v2/publish.htm?catId=50010788',
      'https://item.upload.taobao.com/sell/edit.htm?item_num_id=658823107342',
    ],
    reject: [
      'https://item.upload.taobao.com/',
      'https://sycm.taobao.com/cc/item_rank',
      'https://myseller.taobao.com/home.htm/SellManage/on_sale',
    ],
  },
  productList: {
    accept: [
      'https://myseller.taobao.com/home.htm/SellManage/on_sale',
      'https://myseller.taobao.com/home.htm/SellManage/in_stock?current=2',
    ],
    reject: ['https://myseller.taobao.com/home.htm/marketing/coupon/list'],
  },
  campaign: {
    accept: [
      'https://myseller.taobao.com/home.htm/marketing/coupon/list',
      'https://myseller.taobao.com/home.htm/marketing/coupon/create?type=shop',
      'https://myseller.taobao.com/home.htm/yingxiao-center/activity/double11',
    ],
    reject: ['https://myseller.taobao.com/home.htm/QnworkbenchHome/', 'https://sycm.taobao.com/cc/item_rank'],
  },
};
