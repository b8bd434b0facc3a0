import { describe, expect, test } from 'vitest';
import { categoryIdOf, resolveBenchmark, TYPICAL_BENCHMARKS } from '../../../lib/alerts/benchmarks';
import type { Benchmark } from '../../../lib/alerts/types';

const conversion = (platform: Parameters<typeof resolveBenchmark>[2], category: string | undefined, overrides: Benchmark[] = [], peer?: { conversionRate: number | null }) =>
  resolveBenchmark(TYPICAL_BENCHMARKS, overrides, platform, category, 'conversionRate', peer);

describe('shipped benchmarks', () => {
  test('every shipped figure is labelled typical and says where it comes from', () => {
    for (const row of TYPICAL_BENCHMARKS) {
      expect(row.source).toBe('typical');
      expect(row.note).toMatch(/\S{3}/);
      expect(row.note).not.toMatch(/official/i);
    }
  });

  test.each([
    ['美妆/彩妆/唇膏口红', 'beauty'],
    ['Beauty & Personal Care', 'beauty'],
    ['女装/女士精品', 'apparel'],
    ['Clothing, Shoes & Jewelry', 'apparel'],
    ['手机数码/耳机', 'electronics'],
    ['Electronics > Headphones', 'electronics'],
    ['零食/坚果/特产', 'food'],
    ['家居日用/收纳', 'home'],
    ['Home & Kitchen', 'home'],
    ['宠物/宠物食品及用品', '*'],
    [undefined, '*'],
  ] as const)('a product in %s is judged as %s', (category, id) => {
    expect(categoryIdOf(category)).toBe(id);
  });
});

describe('which benchmark a product is judged against', () => {
  test.each([
    ['a Taobao lipstick gets the handbook beauty 3%', 'taobao', '美妆/彩妆/唇膏口红', 0.03],
    ['a Taobao pet product gets the all-e-commerce 1.8%', 'taobao', '宠物用品', 0.018],
    ['a Shopify beauty product gets beauty 3%, not the 1.4% store average', 'shopify', 'Beauty', 0.03],
    ['a Shopify product without a category gets the 1.4% store average', 'shopify', undefined, 0.014],
    ['an Amazon beauty listing gets the unit session 10%, not a web-store vertical', 'amazon', 'Beauty & Personal Care', 0.1],
  ] as const)('%s', (_name, platform, category, value) => {
    expect(conversion(platform, category)).toMatchObject({ value, source: 'category-typical' });
  });

  test('the page peer figure (同行平均) wins over everything', () => {
    const override: Benchmark = { platform: 'taobao', category: 'beauty', metric: 'conversionRate', value: 0.02, source: 'user' };
    expect(conversion('taobao', '美妆', [override], { conversionRate: 0.045 })).toEqual({ value: 0.045, source: 'page-peer' });
  });

  test("the seller's own figure wins over the typical one", () => {
    const override: Benchmark = { platform: '*', category: 'beauty', metric: 'conversionRate', value: 0.02, source: 'user' };
    expect(conversion('taobao', '美妆/彩妆', [override])).toMatchObject({ value: 0.02, source: 'user' });
  });

  test("a seller's figure can name the category exactly as the marketplace shows it", () => {
    const override: Benchmark = { platform: 'jd', category: '宠物生活', metric: 'conversionRate', value: 0.05, source: 'user' };
    expect(conversion('jd', '宠物生活', [override])).toMatchObject({ value: 0.05, source: 'user' });
    expect(conversion('taobao', '宠物生活', [override])).toMatchObject({ value: 0.018, source: 'category-typical' });
  });

  test('a null peer figure is skipped, never taken as 0', () => {
    expect(conversion('taobao', '美妆', [], { conversionRate: null })).toMatchObject({ value: 0.03, source: 'category-typical' });
  });

  test('a metric nobody has a figure for has no benchmark', () => {
    expect(resolveBenchmark(TYPICAL_BENCHMARKS, [], 'taobao', '美妆', 'refundRate')).toBeNull();
  });
});
