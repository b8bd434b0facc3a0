import { describe, expect, test } from 'vitest';
import { ctrLowPromotion } from '../../../../lib/alerts/rules/ctr-low-promotion';
import type { Benchmark } from '../../../../lib/alerts/types';
import type { Metrics } from '../../../../lib/metrics/keys';
import { addDays, days, findingOf, product, settingsWith, TODAY } from '../build';
import { mulberry32 as rng } from '../../../support/random';

/** A week of a new product: noisy daily impressions, each impression clicked with probability `ctr`; the page shows CTR rounded to 0.01%. */
function week(random: () => number, impressionsPerDay: number, ctr: number, showClicks = false): Metrics[] {
  return Array.from({ length: 7 }, () => {
    const impressions = Math.round(impressionsPerDay * (0.6 + random() * 0.8));
    let clicks = 0;
    for (let i = 0; i < impressions; i++) if (random() < ctr) clicks++;
    return showClicks ? { impressions, clicks } : { impressions, ctr: Math.round((clicks / impressions) * 10_000) / 10_000 };
  });
}

const lipstick = product();

describe('CTR under the benchmark in the promotion period', () => {
  test('a new product clicked at 0.8% against the 2% default is alerted, the threshold labelled as a default the seller can change', () => {
    const finding = findingOf(ctrLowPromotion, lipstick, days(week(rng(1), 3000, 0.008)));
    expect(finding?.severity).toBe('high');
    expect(finding?.evidence).toMatchObject({ metric: 'ctr', benchmark: 0.02, benchmarkSource: 'category-typical', period: TODAY });
    // Nobody publishes a product CTR: the 2% is ours, so it says "default", not "typical (third-party)".
    expect(finding?.evidence.threshold).toMatchObject({ key: 'ctr', value: 0.02, source: 'default' });
    expect(finding?.evidence.value).toBeGreaterThan(0.006);
    expect(finding?.evidence.value).toBeLessThan(0.01);
  });

  test('the page’s 同行平均 wins over the default, and the seller’s own figure over the default', () => {
    const rows = days(week(rng(2), 3000, 0.025), TODAY, { peer: { ctr: 0.04 } });
    expect(findingOf(ctrLowPromotion, lipstick, rows)?.evidence).toMatchObject({ benchmark: 0.04, benchmarkSource: 'page-peer' });
    const mine: Benchmark = { platform: '*', category: '*', metric: 'ctr', value: 0.01, source: 'user' };
    expect(findingOf(ctrLowPromotion, lipstick, days(week(rng(3), 3000, 0.012)), settingsWith({ benchmarkOverrides: [mine] }))).toBeNull();
  });

  test('over 1,000 generated healthy new products (true CTR at or above the default), none is alerted', () => {
    const random = rng(20261206);
    let alerted = 0;
    for (let i = 0; i < 1000; i++) {
      const ctr = 0.02 + random() * 0.03;
      const impressions = 50 + Math.floor(random() * 5000);
      if (findingOf(ctrLowPromotion, { ...lipstick, productId: `p${i}` }, days(week(random, impressions, ctr, i % 2 === 0)))) alerted++;
    }
    expect(alerted).toBeLessThanOrEqual(5);
  });

  test('too few impressions, unknown age, or past 30 days: not judged', () => {
    expect(findingOf(ctrLowPromotion, lipstick, days(week(rng(4), 40, 0.005)))).toBeNull();
    const unknown = { ...lipstick };
    delete unknown.listedDate;
    expect(findingOf(ctrLowPromotion, unknown, days(week(rng(5), 3000, 0.005)))).toBeNull();
    expect(findingOf(ctrLowPromotion, { ...lipstick, listedDate: addDays(TODAY, -45) }, days(week(rng(6), 3000, 0.005)))).toBeNull();
  });

  test('Amazon is judged against its own typical CTR, not the 2% default', () => {
    const item = product({ platform: 'amazon', category: 'Beauty & Personal Care' });
    expect(findingOf(ctrLowPromotion, item, days(week(rng(7), 20_000, 0.004), TODAY, { platform: 'amazon' }))).toBeNull();
    const amazon = findingOf(ctrLowPromotion, item, days(week(rng(8), 20_000, 0.001), TODAY, { platform: 'amazon' }))?.evidence;
    expect(amazon).toMatchObject({ benchmark: 0.003 });
    // A published (third-party) range: typical, not a default.
    expect(amazon?.threshold).toMatchObject({ source: 'typical' });
  });
});
