import type { AdapterExamples, ListingFieldSelectors, SiteAdapter, TableHints } from '../types';

const HOST = String.raw`sellercentral(?:-europe|-japan)?\.amazon\.[a-z.]+`;
const onHost = (path: string): RegExp => new RegExp(`^${HOST}/${path}`);

// Every Seller Central host we run on (DESIGN.md "Seller hosts"); each regional Seller Central reports in its marketplace's zone and currency.
// sellercentral-europe serves several marketplaces; EUR and London time are the defaults there.
const REGIONS: Record<string, [timeZone: string, currency: string]> = {
  'sellercentral.amazon.com': ['America/Los_Angeles', 'USD'],
  'sellercentral.amazon.ca': ['America/Los_Angeles', 'CAD'],
  'sellercentral.amazon.com.mx': ['America/Mexico_City', 'MXN'],
  'sellercentral.amazon.com.br': ['America/Sao_Paulo', 'BRL'],
  'sellercentral.amazon.co.uk': ['Europe/London', 'GBP'],
  'sellercentral.amazon.de': ['Europe/Berlin', 'EUR'],
  'sellercentral.amazon.fr': ['Europe/Paris', 'EUR'],
  'sellercentral.amazon.it': ['Europe/Rome', 'EUR'],
  'sellercentral.amazon.es': ['Europe/Madrid', 'EUR'],
  'sellercentral.amazon.nl': ['Europe/Amsterdam', 'EUR'],
  'sellercentral.amazon.se': ['Europe/Stockholm', 'SEK'],
  'sellercentral.amazon.pl': ['Europe/Warsaw', 'PLN'],
  'sellercentral.amazon.com.tr': ['Europe/Istanbul', 'TRY'],
  'sellercentral.amazon.ae': ['Asia/Dubai', 'AED'],
  'sellercentral.amazon.sa': ['Asia/Riyadh', 'SAR'],
  'sellercentral.amazon.in': ['Asia/Kolkata', 'INR'],
  'sellercentral.amazon.co.jp': ['Asia/Tokyo', 'JPY'],
  'sellercentral.amazon.com.au': ['Australia/Sydney', 'AUD'],
  'sellercentral.amazon.sg': ['Asia/Singapore', 'SGD'],
  'sellercentral-europe.amazon.com': ['Europe/London', 'EUR'],
  'sellercentral-japan.amazon.com': ['Asia/Tokyo', 'JPY'],
};

export const amazon: SiteAdapter = {
  platform: 'amazon',
  name: { 'zh-CN': '亚马逊卖家平台', en: 'Amazon Seller Central' },
  hosts: Object.keys(REGIONS),
  timeZone: 'America/Los_Angeles',
  currency: 'USD',
  timeZoneByHost: Object.fromEntries(Object.entries(REGIONS).map(([host, [zone]]) => [host, zone])),
  currencyByHost: Object.fromEntries(Object.entries(REGIONS).map(([host, [, currency]]) => [host, currency])),
  pageTypes: [
    {
      // Business Reports is a single-page app: which report is open lives in the hash.
      type: 'analyticsTable',
      url: onHost(String.raw`(?:business-reports|gp/site-metrics/report\.html)[^#]*#/report\?id=`),
    },
    {
      type: 'dashboard',
      url: onHost(String.raw`(?:home|business-reports(?:[/?#]|$)(?!.*#/report)|gp/homepage\.html|$)`),
    },
    {
      type: 'listingEditor',
      url: onHost(String.raw`(?:abis/listing/(?:edit|syh|create)|listing/(?:edit|add|create|product-details)|product-search/listing)`),
      probe: 'input, textarea, [contenteditable]',
    },
    {
      type: 'productList',
      url: onHost(String.raw`(?:inventory|myinventory/inventory|hz/inventory)(?:[/?#]|$)`),
    },
    {
      type: 'campaign',
      url: onHost(String.raw`(?:coupons|promotions|merchandising-new|deals)(?:[/?#]|$)`),
    },
  ],
  storeName: ['[data-role="shop-name"]', '.partner-dropdown-button .store-name', '#partner-switcher .dropdown-account-switcher-header-label-global'],
};

/** Where this marketplace's metric tables keep the product id (the alerts capture reads it; page detection does not). */
export const table: TableHints = {
  productIdHeaders: ['(Child) ASIN', '(Parent) ASIN', 'ASIN', 'SKU'],
  productIdPatterns: [/\/dp\/([A-Z0-9]{10})(?:[/?#]|$)/, /[?&]asin=([A-Z0-9]{10})/, /^\s*(B0[A-Z0-9]{8})\s*$/],
};

/** Where its listing editor keeps each field (the compliance marks read it; page detection does not). */
export const listing: ListingFieldSelectors = {
  title: ['input[name="item_name"]', '#item_name', 'input[aria-label="Item Name"]'],
  bullets: ['input[name^="bullet_point"]', 'textarea[name^="bullet_point"]'],
  description: ['textarea[name="product_description"]', '#product_description'],
  price: ['input[name="standard_price"]', 'input[name="price"]'],
  images: ['.image-slot img'],
};

/** URLs each page-type rule above must accept and reject: the adapter unit test walks them; nothing shipped imports them. */
export const examples: AdapterExamples = {
  analyticsTable: {
    accept: [
      'https://sellercentral.amazon.com/business-reports/ref=xx_sitemetric_dnav_xx#/report?id=102:DetailSalesTrafficByChildItem',
      'https://sellercentral.amazon.com/business-reports/ref=xx_sitemetric_dnav_xx#/report?id=102:DetailSalesTrafficByChildItem&chartCols=&columns=0/1/2&fromDate=2026-11-20&toDate=2026-11-20',
      'https://sellercentral.amazon.co.uk/business-reports#/report?id=102:DetailSalesTrafficByParentItem',
      'https://sellercentral.amazon.de/gp/site-metrics/report.html#/report?id=102:DetailSalesTrafficBySKU',
      'https://sellercentral.amazon.com/business-reports/report.html#/report?id=102:DetailSalesTrafficByChildItem&fromDate=2026-11-20&toDate=2026-11-20',
    ],
    reject: [
      'https://sellercentral.amazon.com/business-reports/ref=xx_sitemetric_dnav_xx#/dashboard',
      'https://sellercentral.amazon.com/business-reports/ref=xx_sitemetric_dnav_xx',
      'https://sellercentral.amazon.com/home',
    ],
  },
  dashboard: {
    accept: [
      'https://sellercentral.amazon.com/home',
      'https://sellercentral.amazon.com/business-reports/ref=xx_sitemetric_dnav_xx#/dashboard',
      'https://sellercentral.amazon.co.jp/home?mons_sel_dir_mcid=amzn1',
      'https://sellercentral-europe.amazon.com/',
    ],
    reject: ['https://sellercentral.amazon.com/business-reports/ref=xx#/report?id=102:DetailSalesTrafficByChildItem'],
  },
  listingEditor: {
    accept: [
      'https://sellercentral.amazon.com/abis/listing/edit?asin=B0CQ4V7K2M&sku=HP-BTL-32-SLT',
      'https://sellercentral.amazon.com/abis/listing/edit/offer?sku=HP-BTL-32-SLT&asin=B0CQ4V7K2M',
      'https://sellercentral.amazon.com/listing/edit?asin=B0CQ4V7K2M',
      'https://sellercentral.amazon.co.uk/abis/listing/syh?asin=B0CQ4V7K2M',
    ],
    reject: [
      'https://sellercentral.amazon.com/listing/reports',
      'https://sellercentral.amazon.com/inventory?viewId=FBA',
      'https://sellercentral.amazon.com/abis/listing/status',
    ],
  },
  productList: {
    accept: ['https://sellercentral.amazon.com/inventory?viewId=FBA', 'https://sellercentral.amazon.com/myinventory/inventory?fulfilledBy=all'],
    reject: ['https://sellercentral.amazon.com/inventory-planning/restock'],
  },
  campaign: {
    accept: [
      'https://sellercentral.amazon.com/coupons/ref=xx_scoupn_dnav_xx',
      'https://sellercentral.amazon.com/coupons/create',
      'https://sellercentral.amazon.de/promotions/manage',
      'https://sellercentral.amazon.com/deals',
    ],
    reject: ['https://sellercentral.amazon.com/home', 'https://sellercentral.amazon.com/dealsdashboard-export'],
  },
};
