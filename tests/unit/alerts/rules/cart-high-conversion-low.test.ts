import { describe, expect, test } from 'vitest';
import { cartHighConversionLow } from '../../../../lib/alerts/rules/cart-high-conversion-low';
import type { Metrics } from '../../../../lib/metrics/keys';
import { days, findingOf, product } from '../build';

const lipstick = product({ listedDate: '2025-06-01' });

describe('add-to-cart high but conversion low against the page’s peer figures, a week pooled', () => {
  test.each<[string, Metrics, boolean]>([
    ['12% add to cart but 1% conversion in beauty points at price or the detail page', { visitors: 200, addToCartRate: 0.12, conversionRate: 0.01 }, true],
    ['12% add to cart and 4% conversion is healthy', { visitors: 200, addToCartRate: 0.12, conversionRate: 0.04 }, false],
    ['5% add to cart and 1% conversion is a different problem', { visitors: 200, addToCartRate: 0.05, conversionRate: 0.01 }, false],
    ['24 加购人数 of 200 访客 is a 12% add-to-cart rate', { visitors: 200, addToCartUsers: 24, conversionRate: 0.01 }, true],
    ['no add-to-cart figure (Amazon shows none) never alerts', { visitors: 200, addToCartRate: null, conversionRate: 0.01 }, false],
    ['null conversion never alerts', { visitors: 200, addToCartRate: 0.12, conversionRate: null }, false],
    ['25 visitors are too few', { visitors: 25, addToCartRate: 0.12, conversionRate: 0 }, false],
  ])('%s', (_name, metrics, alerts) => {
    const week = Array.from({ length: 7 }, () => metrics);
    const finding = findingOf(cartHighConversionLow, lipstick, days(week, undefined, { peer: { addToCartRate: 0.08, conversionRate: 0.03 } }));
    expect(finding !== null).toBe(alerts);
    if (finding)
      expect(finding.evidence).toMatchObject({ metric: 'conversionRate', benchmark: 0.03, benchmarkSource: 'page-peer', extra: { addToCartRate: 0.12, addToCartBenchmark: 0.08 } });
  });

  test('a typical third-party conversion figure is no floor: a steady electronics product under it is not flagged', () => {
    const week = Array.from({ length: 7 }, () => ({ visitors: 2000, addToCartRate: 0.12, conversionRate: 0.004 }));
    expect(findingOf(cartHighConversionLow, product({ listedDate: '2025-06-01', category: '手机数码/耳机' }), days(week))).toBeNull();
  });

  test('the handbook’s beauty mean (3%) is a floor of its own', () => {
    const week = Array.from({ length: 7 }, () => ({ visitors: 200, addToCartRate: 0.12, conversionRate: 0.01 }));
    expect(findingOf(cartHighConversionLow, lipstick, days(week))?.evidence).toMatchObject({ benchmark: 0.03, threshold: { source: 'handbook' } });
  });
});
