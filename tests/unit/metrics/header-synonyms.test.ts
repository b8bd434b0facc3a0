import { METRIC_KEYS, type MetricKey } from '../../../lib/metrics/keys';
import { matchHeader, matchIdentityHeader, METRIC_VOCABULARY } from '../../../lib/metrics/header-synonyms';

/** Real column headers, by dashboard, with what each must mean (`known:` = recognised, not stored). */
const headers: Record<string, [header: string, meaning: MetricKey | `known:${string}`][]> = {
  '生意参谋 商品排行': [
    ['商品访客数', 'visitors'],
    ['商品浏览量', 'pageViews'],
    ['平均停留时长', 'known:averageStayTime'],
    ['商品详情页跳出率', 'known:bounceRate'],
    ['商品收藏人数', 'favorites'],
    ['商品加购件数', 'known:addToCartUnits'],
    ['商品加购人数', 'addToCartUsers'],
    ['下单买家数', 'known:orderBuyers'],
    ['下单转化率', 'known:orderConversionRate'],
    ['支付买家数', 'buyers'],
    ['支付件数', 'units'],
    ['支付金额', 'gmv'],
    ['商品支付转化率', 'conversionRate'],
    ['访客平均价值', 'known:valuePerVisitor'],
    ['成功退款金额', 'refundAmount'],
    ['搜索引导访客数', 'known:searchVisitors'],
    ['搜索引导支付转化率', 'known:searchConversionRate'],
    ['访客数', 'visitors'],
    ['浏览量', 'pageViews'],
    ['支付转化率', 'conversionRate'],
    ['加购人数', 'addToCartUsers'],
    ['客单价', 'aov'],
    ['支付新买家数', 'newBuyers'],
    ['支付老买家数', 'returningBuyers'],
    ['老买家支付金额', 'known:totalPaidAmount'],
  ],
  '京东商智': [
    ['成交金额', 'gmv'],
    ['成交商品件数', 'units'],
    ['成交单量', 'orders'],
    ['成交客户数', 'buyers'],
    ['商品访客数', 'visitors'],
    ['商品浏览量', 'pageViews'],
    ['搜索曝光次数', 'impressions'],
    ['搜索点击次数', 'clicks'],
    ['加购客户数', 'addToCartUsers'],
    ['成交转化率', 'conversionRate'],
  ],
  '拼多多 商品数据': [
    ['商品访客数', 'visitors'],
    ['商品浏览量', 'pageViews'],
    ['成交金额', 'gmv'],
    ['成交件数', 'units'],
    ['成交订单数', 'orders'],
    ['成交买家数', 'buyers'],
    ['成交转化率', 'conversionRate'],
    ['商品收藏用户数', 'favorites'],
  ],
  '抖店 电商罗盘': [
    ['成交金额', 'gmv'],
    ['用户支付金额', 'gmv'],
    ['成交订单数', 'orders'],
    ['成交人数', 'buyers'],
    ['商品曝光人数', 'impressions'],
    ['商品点击人数', 'clicks'],
    ['商品曝光-点击转化率（人数）', 'ctr'],
    ['商品曝光-点击转化率(人数)', 'ctr'],
    ['商品点击-成交转化率（人数）', 'conversionRate'],
    ['商品点击-成交转化率(人数)', 'conversionRate'],
    ['商品曝光-成交转化率（人数）', 'known:exposureToDealRate'],
  ],
  'Amazon Business Reports': [
    ['Sessions - Total', 'sessions'],
    ['Page Views - Total', 'pageViews'],
    ['Featured Offer (Buy Box) Percentage', 'buyBoxRate'],
    ['Buy Box Percentage', 'buyBoxRate'],
    ['Units Ordered', 'units'],
    ['Unit Session Percentage', 'conversionRate'],
    ['Ordered Product Sales', 'gmv'],
    ['Total Order Items', 'orders'],
    ['Sessions', 'sessions'],
    ['Page Views', 'pageViews'],
    ['Sessions - Total - B2B', 'known:b2b:sessions'],
    ['Page Views - Total - B2B', 'known:b2b:pageViews'],
    ['Featured Offer (Buy Box) Percentage - B2B', 'known:b2b:buyBoxRate'],
    ['Units Ordered - B2B', 'known:b2b:units'],
    ['Unit Session Percentage - B2B', 'known:b2b:conversionRate'],
    ['Ordered Product Sales - B2B', 'known:b2b:gmv'],
    ['Total Order Items - B2B', 'known:b2b:orders'],
    ['Sessions - Mobile APP - B2B', 'known:b2b:channelSessions'],
    ['Sessions - Mobile App', 'known:channelSessions'],
    ['Sessions - Browser', 'known:channelSessions'],
    ['Session Percentage - Total', 'known:channelSessions'],
    ['Featured Offer – Unfilled Percentage', 'known:unfilledFeaturedOffer'],
  ],
  'Shopify Analytics': [
    ['Returning customer rate', 'returningCustomerRate'],
    ['Total sales', 'gmv'],
    ['Sessions', 'sessions'],
    ['Conversion rate', 'conversionRate'],
    ['Average order value', 'aov'],
    ['Added to cart', 'addToCartUsers'],
    ['Reached checkout', 'known:reachedCheckout'],
  ],
  'coupons and payments': [
    ['优惠券发放量', 'couponIssued'],
    ['领取数', 'couponIssued'],
    ['核销量', 'couponUsed'],
    ['使用数', 'couponUsed'],
    ['核销率', 'couponRedemptionRate'],
    ['支付失败', 'paymentFailures'],
    ['Payment failures', 'paymentFailures'],
  ],
};

function meaning(header: string): string | null {
  const match = matchHeader(header);
  if (!match) return null;
  if ('key' in match) return match.peer ? `peer:${match.key}` : match.key;
  if ('known' in match) return `known:${match.known}`;
  return `peer`;
}

describe.each(Object.entries(headers))('%s headers', (_dashboard, list) => {
  test.each(list)('"%s" means %s', (header, expected) => {
    expect(meaning(header)).toBe(expected);
  });
});

describe('header decoration does not change the meaning', () => {
  test.each([
    [' 商品访客数 ', 'visitors'],
    ['商品访客数\n  ', 'visitors'],
    ['商品访客数 ?', 'visitors'],
    ['商品访客数？', 'visitors'],
    ['支付金额↑↓', 'gmv'],
    ['支付转化率 ⇅', 'conversionRate'],
    ['支付转化率(%)', 'conversionRate'],
    ['ⓘ Sessions - Total', 'sessions'],
    ['SESSIONS  -  TOTAL', 'sessions'],
    ['Sessions – Total', 'sessions'],
    ['*支付件数', 'units'],
    ['商品曝光-点击转化率 （人数） ', 'ctr'],
  ])('%j means %s', (header, expected) => {
    expect(meaning(header)).toBe(expected);
  });
});

describe('peer columns hold the peers’ figure, not ours', () => {
  test.each([
    ['同行平均', 'peer'],
    ['同行优秀', 'peer'],
    ['同行基准', 'peer'],
    ['同行平均支付转化率', 'peer:conversionRate'],
    ['支付转化率（同行平均）', 'peer:conversionRate'],
    ['支付转化率-同行优秀', 'peer:conversionRate'],
    ['同行基准 成交金额', 'peer:gmv'],
  ])('%s → %s', (header, expected) => {
    expect(meaning(header)).toBe(expected);
  });

  test('同行优秀 is the top peer and 同行基准 the average', () => {
    expect(matchHeader('同行优秀')).toEqual({ peer: 'top' });
    expect(matchHeader('同行基准')).toEqual({ peer: 'average' });
  });
});

test('unrelated headers mean nothing', () => {
  for (const header of ['操作', '商品状态', 'Actions', '', '   ', 'Sessions - Total - Foo']) expect(matchHeader(header)).toBeNull();
});

test('every canonical key has zh-CN and en synonyms that match back to it', () => {
  for (const key of METRIC_KEYS) {
    const synonyms = METRIC_VOCABULARY[key];
    expect(synonyms['zh-CN'].length, key).toBeGreaterThan(0);
    expect(synonyms.en.length, key).toBeGreaterThan(0);
    for (const synonym of [...synonyms['zh-CN'], ...synonyms.en]) expect(meaning(synonym), synonym).toBe(key);
  }
});

test('the preferred synonym outranks a fallback for the same key', () => {
  const rank = (header: string) => {
    const match = matchHeader(header);
    return match && 'rank' in match ? match.rank : -1;
  };
  expect(rank('商品访客数')).toBeLessThan(rank('访客数'));
  expect(rank('成交金额')).toBeLessThan(rank('用户支付金额'));
  expect(rank('商品曝光次数')).toBeLessThan(rank('搜索曝光次数'));
});

test.each([
  ['商品ID', 'productId'],
  ['(Child) ASIN', 'productId'],
  ['（Child）ASIN', 'productId'],
  ['SKU', 'productId'],
  ['商品名称', 'title'],
  ['Title', 'title'],
  ['商品信息', 'title'],
])('identity header %s is the %s', (header, role) => {
  expect(matchIdentityHeader(header)?.role).toBe(role);
});
