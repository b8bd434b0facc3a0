import { datesInText, dateRangeFromUrl, hourPeriod, pageDate, todayIn } from '../../../lib/metrics/page-date';

const SHANGHAI = 'Asia/Shanghai';
// 2026-11-20 17:30 UTC is already 2026-11-21 01:30 in Shanghai.
const lateEvening = new Date('2026-11-20T17:30:00Z');

describe('the store’s own day', () => {
  test('today is the date in the store’s time zone, not UTC', () => {
    expect(todayIn(SHANGHAI, lateEvening)).toBe('2026-11-21');
    expect(todayIn('America/Los_Angeles', lateEvening)).toBe('2026-11-20');
  });

  test('the hour period carries the zone’s hour', () => {
    expect(hourPeriod(SHANGHAI, lateEvening)).toBe('2026-11-21T01');
    expect(hourPeriod('UTC', new Date('2026-11-11T00:05:00Z'))).toBe('2026-11-11T00');
  });
});

describe('which date the table is for', () => {
  test.each([
    ['生意参谋 single day in the URL', 'https://sycm.taobao.com/cc/item_rank?dateRange=2026-11-20%7C2026-11-20&dateType=day', { period: '2026-11-20', source: 'url' }],
    ['生意参谋 7 days in the URL is a range', 'https://sycm.taobao.com/cc/item_rank?dateRange=2026-11-14%7C2026-11-20&dateType=recent7', { range: { from: '2026-11-14', to: '2026-11-20' }, source: 'url' }],
    ['Amazon dates in the hash', 'https://sellercentral.amazon.com/business-reports/ref=xx#/report?id=102:DetailSalesTrafficByChildItem&fromDate=2026-11-20&toDate=2026-11-20', { period: '2026-11-20', source: 'url' }],
    ['Amazon US-style dates in the hash', 'https://sellercentral.amazon.com/business-reports#/report?id=102:X&fromDate=11%2F20%2F2026&toDate=11%2F21%2F2026', { range: { from: '2026-11-20', to: '2026-11-21' }, source: 'url' }],
    ['startDate/endDate', 'https://jdsz.jd.com/szweb/view/x.html?startDate=2026-11-20&endDate=2026-11-20', { period: '2026-11-20', source: 'url' }],
    ['京东/拼多多 date=', 'https://mms.pinduoduo.com/sycm/goods_effect?date=2026-11-19', { period: '2026-11-19', source: 'url' }],
    ['罗盘 begin_date/end_date', 'https://compass.jinritemai.com/shop/commodity/product-list?begin_date=2026-11-14&end_date=2026-11-20', { range: { from: '2026-11-14', to: '2026-11-20' }, source: 'url' }],
    ['Shopify since=', 'https://admin.shopify.com/store/x/analytics?since=2026-11-20', { period: '2026-11-20', source: 'url' }],
  ])('%s', (_seen, url, expected) => {
    expect(pageDate({ url, timeZone: SHANGHAI, now: lateEvening })).toEqual(expected);
  });

  test('dateType=recent7 without dates is the seven days up to yesterday', () => {
    expect(pageDate({ url: 'https://sycm.taobao.com/cc/item_rank?dateType=recent7', timeZone: SHANGHAI, now: lateEvening })).toEqual({
      range: { from: '2026-11-14', to: '2026-11-20' },
      source: 'url',
    });
  });

  test.each([
    ['统计时间 2026-11-20', { period: '2026-11-20', source: 'page' }],
    ['统计时间 2026-11-14 ~ 2026-11-20', { range: { from: '2026-11-14', to: '2026-11-20' }, source: 'page' }],
    ['11/20/2026 - 11/20/2026', { period: '2026-11-20', source: 'page' }],
    ['2026年11月20日', { period: '2026-11-20', source: 'page' }],
    ['2026/11/20 至 2026/11/22', { range: { from: '2026-11-20', to: '2026-11-22' }, source: 'page' }],
    ['２０２６－１１－２０', { period: '2026-11-20', source: 'page' }],
  ])('picker text %j', (text, expected) => {
    expect(pageDate({ url: 'https://compass.jinritemai.com/shop/commodity/product-list', texts: ['', text], timeZone: SHANGHAI, now: lateEvening })).toEqual(expected);
  });

  test('with no date shown it is today in the store’s zone', () => {
    expect(pageDate({ url: 'https://mms.pinduoduo.com/sycm/goods_effect', texts: ['商品效果明细'], timeZone: SHANGHAI, now: lateEvening })).toEqual({
      period: '2026-11-21',
      source: 'today',
    });
  });

  test('day-first pages read 05/11/2026 as 5 November', () => {
    expect(datesInText('05/11/2026', true)).toEqual(['2026-11-05']);
    expect(datesInText('05/11/2026')).toEqual(['2026-05-11']);
    expect(datesInText('20/11/2026')).toEqual(['2026-11-20']);
  });

  test('impossible dates are ignored', () => {
    expect(datesInText('2026-02-30 and 2026-13-01')).toEqual([]);
    expect(dateRangeFromUrl('not a url')).toBeNull();
  });
});
