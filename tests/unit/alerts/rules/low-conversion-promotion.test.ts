import { describe, expect, test } from 'vitest';
import { lowConversionPromotion } from '../../../../lib/alerts/rules/low-conversion-promotion';
import type { Benchmark } from '../../../../lib/alerts/types';
import type { Metrics } from '../../../../lib/metrics/keys';
import type { ProductRow, SnapshotRow } from '../../../../lib/db/types';
import { addDays, days, findingOf, product, settingsWith, TODAY } from '../build';

const lipstick = product();
const userBeauty: Benchmark = { platform: '*', category: 'beauty', metric: 'conversionRate', value: 0.02, source: 'user' };

const week = (metrics: Metrics) => Array.from({ length: 7 }, () => metrics);

describe('conversion under the category benchmark in the promotion period (the days since listing pooled)', () => {
  test.each<[string, Partial<ProductRow>, Metrics, Partial<SnapshotRow>, { value: number; source: string; severity: string } | null]>([
    ["a new lipstick at 1% conversion for a week against beauty's 3% gets a low-conversion alert", {}, { visitors: 200, conversionRate: 0.01 }, {}, { value: 0.03, source: 'category-typical', severity: 'high' }],
    ['a new lipstick at 2% on 1,000 visitors a day is under 3% but not by half: medium', {}, { visitors: 1000, conversionRate: 0.02 }, {}, { value: 0.03, source: 'category-typical', severity: 'medium' }],
    ['2.5% on 200 visitors a day is within chance of 3%', {}, { visitors: 200, conversionRate: 0.025 }, {}, null],
    ['a new lipstick at 3.5% is doing fine', {}, { visitors: 200, conversionRate: 0.035 }, {}, null],
    ["the page's 同行平均 of 5% beats the typical 3%", {}, { visitors: 1000, conversionRate: 0.04 }, { peer: { conversionRate: 0.05 } }, { value: 0.05, source: 'page-peer', severity: 'medium' }],
    ['a product 45 days after listing is past the promotion period', { listedDate: addDays(TODAY, -45) }, { visitors: 200, conversionRate: 0.01 }, {}, null],
    ['no page showed a listing date: its age is unknown, not new', { listedDate: undefined }, { visitors: 200, conversionRate: 0.01 }, {}, null],
    ['20 visitors a day at 1% is too little to tell from 3%', {}, { visitors: 20, conversionRate: 0.01 }, {}, null],
    ['null conversion never alerts', {}, { visitors: 200, conversionRate: null }, {}, null],
    ['null visitors never pass the volume guard', {}, { visitors: null, conversionRate: 0.01 }, {}, null],
    ['without a rate on the page, 2 paying buyers of 200 visitors is 1%', {}, { visitors: 200, buyers: 2 }, {}, { value: 0.03, source: 'category-typical', severity: 'high' }],
    ['an Amazon listing at 6% unit session percentage is under the typical 10%', { platform: 'amazon', category: 'Beauty & Personal Care' }, { sessions: 300, conversionRate: 0.06 }, {}, { value: 0.1, source: 'category-typical', severity: 'medium' }],
    ['a Shopify beauty product at 2% is under beauty 3%, not judged by the 1.4% store average', { platform: 'shopify', category: 'Beauty' }, { sessions: 500, conversionRate: 0.02 }, {}, { value: 0.03, source: 'category-typical', severity: 'medium' }],
  ])('%s', (_name, productPatch, metrics, snapshotPatch, expected) => {
    const item = { ...lipstick, ...productPatch };
    if ('listedDate' in productPatch && productPatch.listedDate === undefined) delete item.listedDate;
    const finding = findingOf(lowConversionPromotion, item, days(week(metrics), TODAY, snapshotPatch));
    if (!expected) return expect(finding).toBeNull();
    expect(finding?.severity).toBe(expected.severity);
    expect(finding?.evidence).toMatchObject({ metric: 'conversionRate', benchmark: expected.value, benchmarkSource: expected.source, period: TODAY });
  });

  test('one 50-visitor day without a sale says nothing about a new product', () => {
    expect(findingOf(lowConversionPromotion, lipstick, days([{ visitors: 50, conversionRate: 0 }]))).toBeNull();
  });

  test('the beauty figure is the handbook’s own, and the alert says so', () => {
    const finding = findingOf(lowConversionPromotion, lipstick, days(week({ visitors: 200, conversionRate: 0.01 })));
    expect(finding?.evidence.threshold).toMatchObject({ key: 'conversionRate', value: 0.03, source: 'handbook' });
    expect(finding?.evidence.threshold?.limit).toBeLessThan(0.03);
  });

  test("the seller's own beauty figure of 2% clears a lipstick at 2.5%", () => {
    expect(findingOf(lowConversionPromotion, lipstick, days(week({ visitors: 1000, conversionRate: 0.025 })), settingsWith({ benchmarkOverrides: [userBeauty] }))).toBeNull();
  });

  test('the alert says what to do in the handbook words and links the playbook task', () => {
    expect(lowConversionPromotion.action['zh-CN']).toBe('优化主图或详情页卖点');
    expect(lowConversionPromotion.playbookTask).toEqual({ templateId: 'product-lifecycle', taskId: 'optimise-main-image' });
  });
});
