import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';

// The demo data generator is plain browser JS; run it in a bare context as a page would.
interface Product {
  id: string;
  listedDate: string;
  metrics: Record<string, number | null>;
}
interface DayData {
  day: string;
  platforms: Record<string, { shopName: string; currency: string; products: Product[] }>;
}
interface Seed {
  platform: string;
  productId: string;
  condition: string;
  days: [string, string];
  recovers: string;
}
interface FixtureData {
  DEFAULT_DAY: string;
  SEEDED: Seed[];
  day(day?: string): DayData;
  addDays(day: string, n: number): string;
}

const source = readFileSync(new URL('../../fixtures/sites/_shared/store-data.js', import.meta.url), 'utf8');
const sandbox: { SellerFixtureData?: FixtureData } = {};
runInNewContext(source, sandbox);
const data = sandbox.SellerFixtureData as FixtureData;

const week = ['2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20'];
const days = new Map<string, DayData>();
const dayData = (day: string): DayData => days.get(day) ?? (days.set(day, data.day(day)), dayData(day));
const metric = (day: string, platform: string, id: string, key: string): number => {
  const value = dayData(day).platforms[platform]?.products.find((p) => p.id === id)?.metrics[key];
  if (typeof value !== 'number') throw new Error(`${platform} ${id} has no ${key} on ${day}`);
  return value;
};
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

test('the same day gives the same numbers, and a missing day reads as 2026-11-20', () => {
  expect(JSON.stringify(data.day('2026-11-18'))).toBe(JSON.stringify(data.day('2026-11-18')));
  expect(data.day(undefined).day).toBe('2026-11-20');
  expect(data.day('not a day').day).toBe('2026-11-20');
});

test('the 抖店 list has 300 products with unique ids', () => {
  const ids = data.day('2026-11-20').platforms.douyin?.products.map((p) => p.id) ?? [];
  expect(ids).toHaveLength(300);
  expect(new Set(ids).size).toBe(300);
});

describe('seeded underperformers hold on their days and recover on 11-21', () => {
  test('new lipstick converts about 1% with at least 200 visitors', () => {
    for (const day of week) {
      expect(metric(day, 'taobao', '742198305561', 'visitors')).toBeGreaterThanOrEqual(200);
      expect(metric(day, 'taobao', '742198305561', 'conversionRate')).toBeLessThan(0.0125);
    }
    expect(metric('2026-11-21', 'taobao', '742198305561', 'conversionRate')).toBeGreaterThan(0.03);
  });

  test('face mask visitors halve on 11-19 and 11-20 against a steady ~800 baseline', () => {
    const baseline = median(['2026-11-12', '2026-11-13', '2026-11-14', '2026-11-15', '2026-11-16', '2026-11-17', '2026-11-18'].map((d) => metric(d, 'taobao', '658823107342', 'visitors')));
    expect(baseline).toBeGreaterThan(750);
    expect(baseline).toBeLessThan(850);
    for (const day of ['2026-11-19', '2026-11-20']) expect(metric(day, 'taobao', '658823107342', 'visitors')).toBeLessThanOrEqual(baseline * 0.5);
    expect(metric('2026-11-21', 'taobao', '658823107342', 'visitors')).toBeGreaterThan(baseline * 0.9);
  });

  test('foundation is added to cart by ~16% of visitors but converts under 1%', () => {
    for (const day of week) {
      const visitors = metric(day, 'taobao', '689012345671', 'visitors');
      expect(metric(day, 'taobao', '689012345671', 'cartUsers') / visitors).toBeGreaterThan(0.14);
      expect(metric(day, 'taobao', '689012345671', 'conversionRate')).toBeLessThan(0.01);
    }
    expect(metric('2026-11-21', 'taobao', '689012345671', 'conversionRate')).toBeGreaterThan(0.04);
  });

  test('抖店 product 3712298450193066842 loses more than half its exposure and clicks on 11-19 and 11-20', () => {
    const id = '3712298450193066842';
    const base = median(['2026-11-16', '2026-11-17', '2026-11-18'].map((d) => metric(d, 'douyin', id, 'clickUsers')));
    const baseImpressions = median(['2026-11-16', '2026-11-17', '2026-11-18'].map((d) => metric(d, 'douyin', id, 'impressionUsers')));
    for (const day of ['2026-11-19', '2026-11-20']) {
      expect(metric(day, 'douyin', id, 'clickUsers')).toBeLessThan(base * 0.45);
      expect(metric(day, 'douyin', id, 'impressionUsers')).toBeLessThan(baseImpressions * 0.5);
    }
    expect(metric('2026-11-21', 'douyin', id, 'clickUsers')).toBeGreaterThan(base * 0.85);
  });

  test('Amazon ASIN B0CQ4V7K2M loses the Buy Box from 98% to about 60% on 11-19..11-20, after three steady days', () => {
    for (const day of ['2026-11-16', '2026-11-17', '2026-11-18', '2026-11-21']) expect(metric(day, 'amazon', 'B0CQ4V7K2M', 'buyBoxRate')).toBeGreaterThanOrEqual(0.96);
    for (const day of ['2026-11-19', '2026-11-20']) expect(metric(day, 'amazon', 'B0CQ4V7K2M', 'buyBoxRate')).toBeLessThanOrEqual(0.61);
  });
});

test('every other product is healthy on 11-09..11-22: steady traffic and conversion above typical benchmarks', () => {
  const seeded = new Set(data.SEEDED.map((s) => `${s.platform}|${s.productId}`));
  const fortnight = Array.from({ length: 14 }, (_, i) => data.addDays('2026-11-09', i));
  const traffic: Record<string, string> = { taobao: 'visitors', jd: 'visitors', pinduoduo: 'visitors', douyin: 'clickUsers', amazon: 'sessions', shopify: 'sessions' };
  const conversion: Record<string, [string, number]> = {
    taobao: ['conversionRate', 0.035],
    jd: ['conversionRate', 0.035],
    pinduoduo: ['conversionRate', 0.035],
    douyin: ['conversionRate', 0.035],
    amazon: ['unitSessionRate', 0.15],
    shopify: ['conversionRate', 0.03],
  };
  for (const [platform, shop] of Object.entries(data.day('2026-11-20').platforms))
    for (const product of shop.products) {
      if (seeded.has(`${platform}|${product.id}`)) continue;
      const visits = fortnight.map((d) => metric(d, platform, product.id, traffic[platform] ?? ''));
      const rates = fortnight.map((d) => metric(d, platform, product.id, conversion[platform]?.[0] ?? ''));
      const label = `${platform} ${product.id}`;
      expect(Math.min(...visits), label).toBeGreaterThanOrEqual(300);
      expect(Math.min(...visits) / Math.max(...visits), label).toBeGreaterThan(0.8);
      expect(Math.min(...rates), label).toBeGreaterThanOrEqual(conversion[platform]?.[1] ?? 1);
      expect(Math.min(...rates) / Math.max(...rates), label).toBeGreaterThan(0.7);
      if (platform === 'amazon') expect(Math.min(...fortnight.map((d) => metric(d, platform, product.id, 'buyBoxRate'))), label).toBeGreaterThan(0.9);
    }
});
