import { METRIC_KIND, type MetricKey } from './keys';
import type { ParseKind } from './parse-number';

/**
 * Header synonyms for every canonical metric, as the seller's dashboards label their columns.
 * Order matters: when two columns of one table mean the same key (生意参谋's 商品访客数 and 访客数,
 * JD's 商品曝光次数 and 搜索曝光次数), the earlier synonym wins (`rank`).
 */
export const METRIC_VOCABULARY: Record<MetricKey, { 'zh-CN': readonly string[]; en: readonly string[] }> = {
  impressions: {
    'zh-CN': ['商品曝光次数', '曝光次数', '曝光量', '展现量', '商品曝光人数', '曝光人数', '搜索曝光次数', '曝光'],
    en: ['Impressions', 'Product impressions', 'Views'],
  },
  visitors: {
    'zh-CN': ['商品访客数', '访客数', '店铺访客数', '访客人数', 'UV'],
    en: ['Visitors', 'Unique visitors', 'Online store visitors', 'Product visitors'],
  },
  pageViews: {
    'zh-CN': ['商品浏览量', '浏览量', '店铺浏览量', '浏览次数', 'PV'],
    en: ['Page Views - Total', 'Page Views', 'Pageviews', 'Product views'],
  },
  clicks: {
    'zh-CN': ['商品点击次数', '点击次数', '点击量', '商品点击人数', '点击人数', '搜索点击次数'],
    en: ['Clicks', 'Product clicks'],
  },
  ctr: {
    'zh-CN': [
      '点击率', '商品点击率', '曝光点击率', '商品曝光-点击转化率(人数)', '商品曝光-点击率(人数)',
      '商品曝光-点击转化率(次数)', '商品曝光-点击率(次数)', '曝光-点击转化率', '搜索点击率',
    ],
    en: ['CTR', 'Click-through rate', 'Click through rate'],
  },
  addToCartUsers: {
    'zh-CN': ['商品加购人数', '加购人数', '加购客户数', '加购用户数', '加购买家数'],
    en: ['Added to cart', 'Add-to-cart users', 'Sessions with cart additions', 'Add to carts'],
  },
  addToCartRate: {
    'zh-CN': ['加购率', '商品加购率', '加购转化率'],
    en: ['Add-to-cart rate', 'Add to cart rate', 'Cart rate'],
  },
  favorites: {
    'zh-CN': ['商品收藏人数', '收藏人数', '商品收藏用户数', '收藏用户数', '收藏买家数', '收藏数'],
    en: ['Favorites', 'Wishlist adds', 'Saves'],
  },
  orders: {
    'zh-CN': ['支付订单数', '成交订单数', '成交单量', '支付子订单数', '订单数'],
    en: ['Total Order Items', 'Orders', 'Total orders', 'Orders placed'],
  },
  buyers: {
    'zh-CN': ['支付买家数', '成交买家数', '成交客户数', '成交人数', '支付人数', '成交用户数', '支付用户数'],
    en: ['Buyers', 'Customers', 'Paying customers'],
  },
  units: {
    'zh-CN': ['支付件数', '成交件数', '成交商品件数', '销量', '支付商品件数'],
    en: ['Units Ordered', 'Units sold', 'Units', 'Quantity'],
  },
  conversionRate: {
    'zh-CN': [
      '商品支付转化率', '支付转化率', '成交转化率', '商品点击-成交转化率(人数)', '商品点击-成交转化率(次数)',
      '点击-成交转化率', '转化率',
    ],
    en: ['Unit Session Percentage', 'Conversion rate', 'Online store conversion rate', 'Conversion'],
  },
  gmv: {
    'zh-CN': ['支付金额', '成交金额', '销售额', '商品交易总额', 'GMV', '用户支付金额'],
    en: ['Ordered Product Sales', 'Total sales', 'Gross sales', 'Sales', 'Revenue'],
  },
  aov: {
    'zh-CN': ['客单价', '支付客单价', '成交客单价', '平均订单金额'],
    en: ['Average order value', 'AOV', 'Avg. order value'],
  },
  refundAmount: {
    'zh-CN': ['成功退款金额', '退款金额', '退款金额(支付时间)', '退款金额(退款时间)', '取消及售后退款金额'],
    en: ['Refunds', 'Refund amount', 'Returns'],
  },
  refundRate: {
    'zh-CN': ['退款率', '退款率(支付时间)', '退款率(退款时间)', '订单退款率'],
    en: ['Refund Rate', 'Return rate'],
  },
  couponIssued: {
    'zh-CN': ['优惠券发放量', '发放量', '领取数', '领券数', '领取量', '已领取', '优惠券领取数', '发券量'],
    en: ['Coupons issued', 'Coupons claimed', 'Clips', 'Claimed'],
  },
  couponUsed: {
    'zh-CN': ['核销量', '使用数', '使用量', '用券数', '已使用', '优惠券使用数', '核销数', '用券订单数'],
    en: ['Coupons used', 'Coupons redeemed', 'Redemptions', 'Redeemed'],
  },
  couponRedemptionRate: {
    'zh-CN': ['核销率', '使用率', '用券率', '优惠券核销率', '优惠券使用率'],
    en: ['Redemption rate', 'Coupon redemption rate'],
  },
  paymentFailures: {
    'zh-CN': ['支付失败', '支付失败数', '支付失败订单数', '支付失败笔数', '付款失败'],
    en: ['Payment failures', 'Failed payments', 'Payments failed'],
  },
  buyBoxRate: {
    'zh-CN': ['购物车赢得率', '黄金购物车比例'],
    en: ['Featured Offer (Buy Box) Percentage', 'Buy Box Percentage', 'Featured Offer Percentage', 'Buy Box %'],
  },
  sessions: {
    'zh-CN': ['会话数', '会话次数'],
    en: ['Sessions - Total', 'Sessions', 'Total sessions'],
  },
  // 生意参谋 splits paying buyers into first-time and repeat ones; the new-customer and retention targets read them.
  newBuyers: { 'zh-CN': ['支付新买家数', '新买家数', '新客数'], en: ['New customers', 'First-time customers'] },
  returningBuyers: { 'zh-CN': ['支付老买家数', '老买家数', '老客数'], en: ['Returning customers'] },
  returningCustomerRate: { 'zh-CN': ['老客占比', '复购率', '老买家占比'], en: ['Returning customer rate'] },
  // Stock on hand as the product and inventory lists show it (units a buyer can order now). Not in
  // /work/shared/research (it covers the analytics tables only); the names are the lists' own column
  // headers: 千牛 出售中的宝贝 and 抖店/京东 商品管理 "库存" (可售库存 where 实际库存 and 占用 are split out),
  // Amazon Manage All Inventory / FBA Inventory "Available" (fulfillable now), Shopify Inventory "Available".
  stock: {
    'zh-CN': ['可售库存', '库存', '实际库存', '库存数量', '商品库存', '剩余库存', '可用库存', '总库存'],
    en: ['Available', 'Available quantity', 'Fulfillable', 'Quantity available', 'Stock', 'In stock', 'Inventory'],
  },
  /** Amazon FBA's units on their way to a fulfilment centre (counted apart: they can't be sold yet). */
  inboundStock: { 'zh-CN': ['在途库存', '入库中', '采购在途'], en: ['Inbound', 'Inbound quantity'] },
  /** The page's own days of cover (Amazon FBA Inventory "Days of supply", from Amazon's own forecast). */
  daysOfCover: { 'zh-CN': ['可售天数', '库存可售天数', '库存周转天数'], en: ['Days of supply', 'Days of cover', 'Total days of supply'] },
};

/**
 * Columns that are recognised but not stored: reading them as a canonical key would be wrong
 * (下单 is placed, not paid; Amazon's per-channel sessions are not the total).
 */
export const KNOWN_NOT_STORED: Record<string, { kind: ParseKind; 'zh-CN': readonly string[]; en: readonly string[] }> = {
  averageStayTime: { kind: 'duration', 'zh-CN': ['平均停留时长', '人均停留时长', '停留时长', '平均停留时长(秒)'], en: ['Average session duration', 'Avg. time on page'] },
  bounceRate: { kind: 'rate', 'zh-CN': ['商品详情页跳出率', '跳出率', '跳失率', '详情页跳出率'], en: ['Bounce rate'] },
  addToCartUnits: { kind: 'count', 'zh-CN': ['商品加购件数', '加购件数'], en: [] },
  orderBuyers: { kind: 'count', 'zh-CN': ['下单买家数', '下单客户数', '下单人数'], en: [] },
  orderUnits: { kind: 'count', 'zh-CN': ['下单件数'], en: [] },
  orderAmount: { kind: 'money', 'zh-CN': ['下单金额'], en: [] },
  orderCount: { kind: 'count', 'zh-CN': ['下单单量', '下单订单数'], en: [] },
  orderConversionRate: { kind: 'rate', 'zh-CN': ['下单转化率'], en: [] },
  valuePerVisitor: { kind: 'money', 'zh-CN': ['访客平均价值', 'UV价值', '成交UV价值'], en: ['Value per visitor'] },
  salesPerMilleImpressions: { kind: 'money', 'zh-CN': ['千次曝光用户支付金额', '千次曝光成交金额'], en: [] },
  searchVisitors: { kind: 'count', 'zh-CN': ['搜索引导访客数'], en: [] },
  searchConversionRate: { kind: 'rate', 'zh-CN': ['搜索引导支付转化率'], en: [] },
  searchBuyers: { kind: 'count', 'zh-CN': ['搜索引导支付买家数'], en: [] },
  exposureToDealRate: { kind: 'rate', 'zh-CN': ['商品曝光-成交转化率(人数)', '商品曝光-成交转化率(次数)'], en: [] },
  totalPaidAmount: { kind: 'money', 'zh-CN': ['总支付金额', '老买家支付金额', '聚划算支付金额', '年累计支付金额', '月累计支付金额'], en: [] },
  totalPaidUnits: { kind: 'count', 'zh-CN': ['总支付商品件数', '月累计支付件数'], en: [] },
  channelSessions: {
    kind: 'count',
    'zh-CN': [],
    en: ['Sessions - Mobile App', 'Sessions - Browser', 'Session Percentage - Total', 'Session Percentage - Mobile App', 'Session Percentage - Browser'],
  },
  channelPageViews: {
    kind: 'count',
    'zh-CN': [],
    en: ['Page Views - Mobile App', 'Page Views - Browser', 'Page Views Percentage - Total', 'Page Views Percentage - Mobile App', 'Page Views Percentage - Browser'],
  },
  unfilledFeaturedOffer: { kind: 'rate', 'zh-CN': [], en: ['Featured Offer - Unfilled Percentage', 'Featured Offer Unfilled Percentage'] },
  shipped: { kind: 'count', 'zh-CN': [], en: ['Shipped Product Sales', 'Units Shipped', 'Orders Shipped', 'Units Refunded'] },
  reachedCheckout: { kind: 'count', 'zh-CN': ['到达结账', '进入结算'], en: ['Reached checkout', 'Sessions that reached checkout'] },
  sessionsConverted: { kind: 'count', 'zh-CN': [], en: ['Sessions converted'] },
  pageViewsPerVisitor: { kind: 'count', 'zh-CN': ['人均浏览量'], en: ['Pageviews per session'] },
  competitiveness: { kind: 'count', 'zh-CN': ['竞争力评分'], en: [] },
  /** 千牛 发行量: coupons created for the campaign, not handed out (that is 领取量 → couponIssued). */
  couponPlanned: { kind: 'count', 'zh-CN': ['发行量', '发行总量', '计划发放量'], en: ['Coupon budget quantity'] },
  /** 千牛 出售中的宝贝's 销量 columns add up 30 days (or all time): not one day's units. */
  salesToDate: { kind: 'count', 'zh-CN': ['30日销量', '30天销量', '近30天销量', '总销量', '累计销量', '月销量'], en: ['Units sold (30 days)', 'Sales (30 days)'] },
  /** Stock that is not the sellable figure (held for orders, in transfer, damaged, or on hand before those): not `stock`. */
  unsellableStock: {
    kind: 'count',
    'zh-CN': ['占用库存', '冻结库存', '锁定库存', '不可售库存'],
    en: ['Reserved', 'Unfulfillable', 'Committed', 'Unavailable', 'On hand', 'Incoming'],
  },
  date: { kind: 'count', 'zh-CN': ['统计日期', '日期', '时间', '统计时间'], en: ['Date', 'Day'] },
};

/** Columns that name the row's product: its id (or a cell/link carrying it) and its title. */
export const IDENTITY_HEADERS = {
  // The child ASIN is Amazon's product; its SKU column is the seller's own code and ranks below.
  productId: [
    '(Child) ASIN', 'Child ASIN', 'ASIN', '商品ID', '宝贝ID', '商品编号', '商品编码', 'Product ID', 'Item ID',
    'SKU', 'SKU ID', 'SKUID', 'SKU编号', '主商品ID', '优惠券ID', 'Coupon ID', '(Parent) ASIN', 'Parent ASIN', 'ID',
  ],
  title: [
    '商品名称', '商品信息', '商品', '宝贝', '宝贝名称', '商品标题', 'SKU名称', '商品名称/ID', '优惠券名称',
    'Title', 'Product', 'Product title', 'Item name', 'Product name', 'Coupon name',
  ],
} as const;

export type PeerKind = 'average' | 'top';

export type HeaderMatch =
  /** A canonical metric; `peer` when the column holds the peers' figure for it. */
  | { key: MetricKey; rank: number; peer?: PeerKind }
  /** Recognised, not stored: `b2b:<key>` for Amazon's B2B twins. */
  | { known: string; kind: ParseKind }
  /** A bare peer column ("同行平均") holding the peers' figure for the metric column before it. */
  | { peer: PeerKind }
  | null;

/** Peer markers, longest first so 同行平均值 is not read as 同行平均 + 值. */
const PEER_MARKERS: ReadonlyArray<readonly [string, PeerKind]> = [
  ['同行平均值', 'average'], ['同行平均', 'average'], ['同行均值', 'average'], ['同行基准', 'average'],
  ['同行优秀', 'top'], ['同行顶尖', 'top'], ['同行top10', 'top'], ['同行top', 'top'],
  ['peeraverage', 'average'], ['industryaverage', 'average'], ['categoryaverage', 'average'], ['peerbenchmark', 'average'],
  ['peertop', 'top'], ['topperformers', 'top'],
];

/** Info icons first: NFKC would turn ⓘ into a letter i. */
const INFO_ICONS = /[ⓘℹ]/g;
const DECORATION = /[\s\u200b↑↓⇅↕▲▼△▽⬆⬇⌃⌄?*:：]+/g;
const UNIT_HINT = /\((?:%|元|秒|s|\$|¥|usd|cny|rmb)\)$/;
const DASHES = /[‐‑‒–—―−﹣]/g;

/**
 * Header text as a lookup key: NFKC (full-width brackets and letters), lower case, no spaces,
 * sort arrows, "?" help markers, "*" or a trailing unit hint like "(%)".
 */
export function normaliseHeader(text: string): string {
  return text.replace(INFO_ICONS, '').normalize('NFKC').toLowerCase().replace(DASHES, '-').replace(DECORATION, '').replace(UNIT_HINT, '');
}

const METRIC_INDEX = new Map<string, { key: MetricKey; rank: number }>();
const KNOWN_INDEX = new Map<string, { known: string; kind: ParseKind }>();
for (const [key, synonyms] of Object.entries(METRIC_VOCABULARY) as [MetricKey, (typeof METRIC_VOCABULARY)[MetricKey]][]) {
  for (const list of [synonyms['zh-CN'], synonyms.en]) {
    list.forEach((synonym, rank) => {
      const normal = normaliseHeader(synonym);
      if (!METRIC_INDEX.has(normal)) METRIC_INDEX.set(normal, { key, rank });
    });
  }
}
for (const [known, entry] of Object.entries(KNOWN_NOT_STORED)) {
  for (const synonym of [...entry['zh-CN'], ...entry.en]) KNOWN_INDEX.set(normaliseHeader(synonym), { known, kind: entry.kind });
}
const ID_INDEX = new Map<string, { role: 'productId' | 'title'; rank: number }>();
for (const role of ['productId', 'title'] as const) {
  IDENTITY_HEADERS[role].forEach((synonym, rank) => ID_INDEX.set(normaliseHeader(synonym), { role, rank }));
}

function lookup(normal: string): { key: MetricKey; rank: number } | { known: string; kind: ParseKind } | null {
  const metric = METRIC_INDEX.get(normal);
  if (metric) return { key: metric.key, rank: metric.rank };
  return KNOWN_INDEX.get(normal) ?? null;
}

function stripPeer(normal: string): { rest: string; peer: PeerKind } | null {
  for (const [marker, peer] of PEER_MARKERS) {
    const at = normal.indexOf(marker);
    if (at < 0) continue;
    const rest = (normal.slice(0, at) + normal.slice(at + marker.length)).replace(/^[-/()]+|[-/()]+$/g, '').replace(/\(\)/g, '');
    return { rest, peer };
  }
  return null;
}

/** What a column header means: a canonical key, a known-but-not-stored metric, a peer column, or null. */
export function matchHeader(text: string): HeaderMatch {
  const normal = normaliseHeader(text);
  if (!normal) return null;
  const direct = lookup(normal);
  if (direct) return direct;
  const b2b = /-?b2b$/.exec(normal);
  if (b2b) {
    const base = lookup(normal.slice(0, b2b.index));
    if (base) return { known: `b2b:${'key' in base ? base.key : base.known}`, kind: 'key' in base ? METRIC_KIND[base.key] : base.kind };
    return null;
  }
  const peer = stripPeer(normal);
  if (peer) {
    if (!peer.rest) return { peer: peer.peer };
    const base = lookup(peer.rest);
    if (base && 'key' in base) return { key: base.key, rank: base.rank, peer: peer.peer };
  }
  return null;
}

/** Whether a header names the product's id or its title (identity columns are not metrics). */
export function matchIdentityHeader(text: string): { role: 'productId' | 'title'; rank: number } | null {
  return ID_INDEX.get(normaliseHeader(text)) ?? null;
}
