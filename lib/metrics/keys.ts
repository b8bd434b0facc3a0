/** Canonical snapshot metric keys (DESIGN.md contract). Rates are fractions; money is a number in the page's currency. */
export const METRIC_KEYS = [
  'impressions',
  'visitors',
  'pageViews',
  'clicks',
  'ctr',
  'addToCartUsers',
  'addToCartRate',
  'favorites',
  'orders',
  'buyers',
  'units',
  'conversionRate',
  'gmv',
  'aov',
  'refundAmount',
  'refundRate',
  'couponIssued',
  'couponUsed',
  'couponRedemptionRate',
  'paymentFailures',
  'buyBoxRate',
  'sessions',
] as const;
export type MetricKey = (typeof METRIC_KEYS)[number];
export type MetricKind = 'count' | 'rate' | 'money';

export const METRIC_KIND: Record<MetricKey, MetricKind> = {
  impressions: 'count',
  visitors: 'count',
  pageViews: 'count',
  clicks: 'count',
  ctr: 'rate',
  addToCartUsers: 'count',
  addToCartRate: 'rate',
  favorites: 'count',
  orders: 'count',
  buyers: 'count',
  units: 'count',
  conversionRate: 'rate',
  gmv: 'money',
  aov: 'money',
  refundAmount: 'money',
  refundRate: 'rate',
  couponIssued: 'count',
  couponUsed: 'count',
  couponRedemptionRate: 'rate',
  paymentFailures: 'count',
  buyBoxRate: 'rate',
  sessions: 'count',
};

export type Metrics = Partial<Record<MetricKey, number | null>>;
