import { describe, expect, test } from 'vitest';
import { lowConversionPromotion } from '../../../../lib/alerts/rules/low-conversion-promotion';
import type { Benchmark } from '../../../../lib/alerts/types';
import type { Metrics } from '../../../../lib/metrics/keys';
import type { ProductRow, SnapshotRow } from '../../../../lib/db/types';
import { addDays, days, findingOf, product, settingsWith, TODAY } from '../build';

const lipstick = product();
const userBeauty: Benchmark = { platform: '*', category: 'beauty', metric: 'conversionRate', value: 0.02, source: 'user' };

describe('conversion under the category benchmark in the promotion period', () => {
  test.each<[string, Partial<ProductRow>, Metrics, Partial<SnapshotRow>, { value: number; source: string; severity: string } | null]>([
    ["a new lipstick at 1% conversion against beauty's 3% gets a low-conversion alert", {}, { visitors: 200, conversionRate: 0.01 }, {}, { value: 0.03, source: 'category-typical', severity: 'high' }],
    ['a new lipstick at 2.5% is under 3% but not by half: medium', {}, { visitors: 200, conversionRate: 0.025 }, {}, { value: 0.03, source: 'category-typical', severity: 'medium' }],
    ['a new lipstick at 3.5% is doing fine', {}, { visitors: 200, conversionRate: 0.035 }, {}, null],
    ["the page's 同行平均 of 5% beats the typical 3%", {}, { visitors: 200, conversionRate: 0.04 }, { peer: { conversionRate: 0.05 } }, { value: 0.05, source: 'page-peer', severity: 'medium' }],
    ['a product 45 days after listing is past the promotion period', { listedDate: addDays(TODAY, -45) }, { visitors: 200, conversionRate: 0.01 }, {}, null],
    ['20 visitors are too few to judge conversion', {}, { visitors: 20, conversionRate: 0.01 }, {}, null],
    ['null conversion never alerts', {}, { visitors: 200, conversionRate: null }, {}, null],
    ['null visitors never pass the volume guard', {}, { visitors: null, conversionRate: 0.01 }, {}, null],
    ['without a rate on the page, 2 paying buyers of 200 visitors is 1%', {}, { visitors: 200, buyers: 2 }, {}, { value: 0.03, source: 'category-typical', severity: 'high' }],
    ['an Amazon listing at 6% unit session percentage is under the typical 10%', { platform: 'amazon', category: 'Beauty & Personal Care' }, { sessions: 300, conversionRate: 0.06 }, {}, { value: 0.1, source: 'category-typical', severity: 'medium' }],
    ['a Shopify beauty product at 2% is under beauty 3%, not judged by the 1.4% store average', { platform: 'shopify', category: 'Beauty' }, { sessions: 500, conversionRate: 0.02 }, {}, { value: 0.03, source: 'category-typical', severity: 'medium' }],
  ])('%s', (_name, productPatch, metrics, snapshotPatch, expected) => {
    const finding = findingOf(lowConversionPromotion, { ...lipstick, ...productPatch }, days([metrics], TODAY, snapshotPatch));
    if (!expected) return expect(finding).toBeNull();
    expect(finding?.severity).toBe(expected.severity);
    expect(finding?.evidence).toMatchObject({ metric: 'conversionRate', benchmark: expected.value, benchmarkSource: expected.source, period: TODAY });
  });

  test("the seller's own beauty figure of 2% clears a lipstick at 2.5%", () => {
    expect(findingOf(lowConversionPromotion, lipstick, days([{ visitors: 200, conversionRate: 0.025 }]), settingsWith({ benchmarkOverrides: [userBeauty] }))).toBeNull();
  });

  test('the alert says what to do in the handbook words and links the playbook task', () => {
    expect(lowConversionPromotion.action['zh-CN']).toBe('优化主图或详情页卖点');
    expect(lowConversionPromotion.playbookTask).toEqual({ templateId: 'product-lifecycle', taskId: 'optimise-main-image' });
  });
});
