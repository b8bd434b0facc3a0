import type { AdapterExamples, ListingFieldSelectors, SiteAdapter, TableHints } from '../types';

const STORE = String.raw`^admin\.shopify\.com/store/[^/?#]+`;
const onStore = (path: string): RegExp => new RegExp(`${STORE}${path}`);

// The store's own time zone is a store setting the admin pages don't show reliably:
// periods default to UTC until the user sets the zone in the options page.
export const shopify: SiteAdapter = {
  platform: 'shopify',
  name: { 'zh-CN': 'Shopify', en: 'Shopify' },
  hosts: ['admin.shopify.com'],
  // The admin host also serves Shopify's own account pages; we ask for the stores' pages only.
  matchPath: '/store/*',
  timeZone: 'UTC',
  currency: 'USD',
  storeNameFromUrl: /^admin\.shopify\.com\/store\/([^/?#]+)/,
  pageTypes: [
    {
      type: 'listingEditor',
      url: onStore(String.raw`/products/(?:\d+|new)(?:[/?#]|\.html|$)`),
      probe: 'input, textarea, [contenteditable]',
    },
    {
      type: 'productList',
      url: onStore(String.raw`/products/?(?:[?#]|$)`),
    },
    {
      type: 'analyticsTable',
      url: onStore(String.raw`/analytics/reports/`),
    },
    {
      type: 'dashboard',
      url: onStore(String.raw`(?:/analytics(?:[/?#]|\.html|$)|/?(?:[?#]|$))`),
    },
    {
      type: 'campaign',
      url: onStore(String.raw`/(?:discounts|marketing)(?:[/?#]|$)`),
    },
  ],
  storeName: ['[data-role="shop-name"]', '[data-polaris-store-name]'],
};

/** Where this marketplace's metric tables keep the product id (the alerts capture reads it; page detection does not). */
export const table: TableHints = {
  productIdHeaders: ['Product', 'Product title'],
  productIdPatterns: [/\/products\/(\d+)/],
};

/** Where its listing editor keeps each field (the compliance marks read it; page detection does not). */
export const listing: ListingFieldSelectors = {
  title: ['input[name="title"]', '#title'],
  description: ['.ProseMirror[contenteditable="true"]', '[contenteditable="true"]'],
  price: ['input[name="price"]'],
  images: ['.product-media img'],
};

/** URLs each page-type rule above must accept and reject: the adapter unit test walks them; nothing shipped imports them. */
export const examples: AdapterExamples = {
  listingEditor: {
    accept: [
      'https://admin.shopify.com/store/acme/products/123',
      'https://admin.shopify.com/store/bloomwell-beauty/products/8823451190321?variant=1',
      'https://admin.shopify.com/store/acme/products/new',
    ],
    reject: [
      'https://admin.shopify.com/store/acme/products',
      'https://admin.shopify.com/store/acme/products/inventory',
      'https://admin.shopify.com/store/acme/orders/123',
    ],
  },
  productList: {
    accept: ['https://admin.shopify.com/store/acme/products', 'https://admin.shopify.com/store/acme/products?selectedView=active'],
    reject: ['https://admin.shopify.com/store/acme/products/123'],
  },
  analyticsTable: {
    accept: ['https://admin.shopify.com/store/acme/analytics/reports/sessions_by_landing_page'],
    reject: ['https://admin.shopify.com/store/acme/analytics'],
  },
  dashboard: {
    accept: ['https://admin.shopify.com/store/acme/analytics', 'https://admin.shopify.com/store/acme/analytics?since=2026-11-20', 'https://admin.shopify.com/store/acme'],
    reject: ['https://admin.shopify.com/store/acme/products', 'https://admin.shopify.com/store/acme/analytics/reports/sales_over_time'],
  },
  campaign: {
    accept: ['https://admin.shopify.com/store/acme/discounts', 'https://admin.shopify.com/store/acme/discounts/1234567890', 'https://admin.shopify.com/store/acme/marketing'],
    reject: ['https://admin.shopify.com/store/acme/products'],
  },
};
