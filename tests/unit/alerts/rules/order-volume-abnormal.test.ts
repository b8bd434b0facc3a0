import { describe, expect, test } from 'vitest';
import { orderVolumeAbnormal } from '../../../../lib/alerts/rules/order-volume-abnormal';
import type { Metrics } from '../../../../lib/metrics/keys';
import { days, findingOf, product, settingsWith } from '../build';
import { mulberry32 as rng } from '../../../support/random';

function gaussian(random: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

/** Poisson draw (Knuth under 30, normal with continuity above). */
function poisson(random: () => number, lambda: number): number {
  if (lambda > 30) return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * gaussian(random)));
  const limit = Math.exp(-lambda);
  let k = 0;
  for (let p = random(); p > limit; p *= random()) k++;
  return k;
}

/**
 * 35 days of a product's orders: its own mean, a weekend lift (Sat/Sun of 2026-03: the 14th, 15th,
 * 21st, 22nd…), day-to-day demand noise (lognormal, σ 0.2) and Poisson counting on top. The last day,
 * TODAY (2026-03-20), is multiplied by `lastDay` (1 for a healthy product).
 */
function history(random: () => number, mean: number, lastDay = 1): Metrics[] {
  return Array.from({ length: 35 }, (_, i) => {
    const weekday = (i + 5) % 7; // day 0 = 2026-02-14, a Saturday → weekday index 6 is Saturday
    const weekend = weekday === 0 || weekday === 1 ? 1.3 : 1;
    const demand = mean * weekend * Math.exp(0.2 * gaussian(random) - 0.02);
    const orders = poisson(random, demand * (i === 34 ? lastDay : 1));
    return { orders, visitors: orders * 30 + 100 };
  });
}

const item = product({ listedDate: '2025-06-01' });
const on = settingsWith({});

describe('abnormal order volume against the product’s own pattern', () => {
  test('ships on; the seller can turn it off', () => {
    expect(findingOf(orderVolumeAbnormal, item, days(history(rng(9), 100, 0.02)))).not.toBeNull();
    expect(findingOf(orderVolumeAbnormal, item, days(history(rng(9), 100, 0.02)), settingsWith({ disabledRules: ['order-volume-abnormal'] }))).toBeNull();
  });

  test('a day the page’s peer conversion halves (a platform-wide dip) expects half the orders; a collapse beyond that is still found', () => {
    // 30 orders a day, steady; the peer figure 3% every day but the last, when the whole group converts at 1.5%.
    const rows = (lastOrders: number): Metrics[] => Array.from({ length: 35 }, (_, i) => ({ orders: i === 34 ? lastOrders : 30 + (i % 5) - 2, visitors: 1000 }));
    const withPeer = (metrics: Metrics[]) => days(metrics).map((row, i) => ({ ...row, peer: { conversionRate: i === 34 ? 0.015 : 0.03 } }));
    // 9 orders: under a third of 30, but not under a third of the 15 the dip leaves.
    expect(findingOf(orderVolumeAbnormal, item, days(rows(9)), on)).not.toBeNull();
    expect(findingOf(orderVolumeAbnormal, item, withPeer(rows(9)), on)).toBeNull();
    const collapse = findingOf(orderVolumeAbnormal, item, withPeer(rows(1)), on);
    expect(collapse?.evidence).toMatchObject({ baseline: 15, extra: { direction: 'collapse' } });
  });

  test('2,000 healthy products (2–400 orders a day, weekly rhythm, noisy demand): at most 0.5% alerted', () => {
    const random = rng(7_2026);
    let alerted = 0;
    for (let i = 0; i < 2000; i++) {
      const mean = 2 + Math.exp(random() * Math.log(200)) * 2;
      if (findingOf(orderVolumeAbnormal, { ...item, productId: `h${i}` }, days(history(random, mean)), on)) alerted++;
    }
    expect(alerted).toBeLessThanOrEqual(10);
  });

  test('every seeded spike (×8) and collapse (×0.05) on products of 15+ orders a day is found, in the right direction', () => {
    const random = rng(11_2026);
    for (let i = 0; i < 40; i++) {
      const mean = 15 + random() * 300;
      const spike = i % 2 === 0;
      const rows = history(random, mean, spike ? 8 : 0.05);
      const finding = findingOf(orderVolumeAbnormal, { ...item, productId: `s${i}` }, days(rows), on);
      expect(finding, `product ${i}, mean ${mean.toFixed(1)}, ${spike ? 'spike' : 'collapse'}`).not.toBeNull();
      expect(finding!.evidence.extra?.direction).toBe(spike ? 'spike' : 'collapse');
      expect(finding!.severity).toBe(spike ? 'medium' : 'high');
      expect(finding!.evidence.threshold).toMatchObject({ key: 'noiseSigmas', source: 'default' });
    }
  });

  test('a thin product (median under 10 a day) and a new one without two weeks of history are not judged', () => {
    const random = rng(3);
    expect(findingOf(orderVolumeAbnormal, item, days(history(random, 6, 4)), on)).toBeNull();
    expect(findingOf(orderVolumeAbnormal, item, days(history(random, 100, 0).slice(-10)), on)).toBeNull();
  });

  test('buyers stand in for orders where the table shows no order count', () => {
    const random = rng(5);
    const rows = history(random, 80, 0.02).map((m) => ({ buyers: m.orders, visitors: m.visitors }));
    expect(findingOf(orderVolumeAbnormal, item, days(rows), on)?.evidence).toMatchObject({ metric: 'orders', extra: { direction: 'collapse' } });
  });
});
