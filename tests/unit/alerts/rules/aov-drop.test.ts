import { describe, expect, test } from 'vitest';
import { aovDrop } from '../../../../lib/alerts/rules/aov-drop';
import type { Metrics } from '../../../../lib/metrics/keys';
import { days, findingOf, product, settingsWith } from '../build';

// 客单价 = 支付金额 / 支付买家数 (生意参谋), watched daily beside UV, PV and conversion (handbook, 新平台筹备 步骤4).
// Expected lines worked out by hand: the shipped 30% fall from the product's own 7-day median, at least 10 orders.
const week = (aov: number | null, orders = 20): Metrics[] => Array.from({ length: 7 }, () => ({ visitors: 400, orders, aov }));
const stable = product({ listedDate: '2026-01-15' });

describe('average order value (客单价) falling against the product’s own recent days', () => {
  test.each<[string, Metrics[], { value: number; severity: string } | null]>([
    ['¥100 a basket for a week, then ¥60 on 20 orders (a coupon stacking past plan), is a fall', [...week(100), { visitors: 400, orders: 20, aov: 60 }], { value: 60, severity: 'medium' }],
    ['¥100 → ¥45 (a price typed as 45 instead of 145) is a steep fall', [...week(100), { visitors: 400, orders: 30, aov: 45 }], { value: 45, severity: 'high' }],
    ['exactly at the line (¥70, 30% down) counts', [...week(100), { visitors: 400, orders: 20, aov: 70 }], { value: 70, severity: 'medium' }],
    ['¥100 → ¥80 is an ordinary day', [...week(100), { visitors: 400, orders: 20, aov: 80 }], null],
    ['¥100 → ¥50 on 5 orders: too few baskets to judge', [...week(100), { visitors: 400, orders: 5, aov: 50 }], null],
    ['a higher basket is never this alert', [...week(100), { visitors: 400, orders: 20, aov: 180 }], null],
    ['unknown 客单价 (and no sales to work it out) never alerts', [...week(100), { visitors: 400, orders: 20, aov: null }], null],
    ['a week without 客单价 is no baseline', [...week(null), { visitors: 400, orders: 20, aov: 40 }], null],
    ['two days of history are too few to know its usual basket', [...week(100).slice(0, 2), { visitors: 400, orders: 20, aov: 40 }], null],
  ])('%s', (_name, history, expected) => {
    const finding = findingOf(aovDrop, stable, days(history));
    if (!expected) return expect(finding).toBeNull();
    expect(finding?.severity).toBe(expected.severity);
    expect(finding?.evidence).toMatchObject({ metric: 'aov', value: expected.value, baseline: 100 });
    expect(finding?.evidence.threshold).toMatchObject({ key: 'aovDropRatio', value: 0.3, source: 'default', limit: 70 });
  });

  test('with no 客单价 column it is worked out as sales over paying buyers (¥2,000 / 20 → ¥1,100 / 20)', () => {
    const history = [...Array.from({ length: 7 }, () => ({ visitors: 400, buyers: 20, orders: 21, gmv: 2000 })), { visitors: 400, buyers: 20, orders: 21, gmv: 1100 }];
    expect(findingOf(aovDrop, stable, days(history))?.evidence).toMatchObject({ value: 55, baseline: 100 });
  });

  test('a product whose basket swings ¥70–¥130 day to day is not alerted at ¥60: its own swing is wider than the seller’s 30%', () => {
    const swinging = [80, 120, 100, 70, 130, 100, 90].map((aov) => ({ visitors: 400, orders: 20, aov }));
    expect(findingOf(aovDrop, stable, days([...swinging, { visitors: 400, orders: 20, aov: 60 }]))).toBeNull();
  });

  // The usual swing: the days' deviations from the median, the largest fifth left out (at least one), their mean over
  // E[|Z| in its lowest share kept] for normal noise (lib/alerts/readings.ts `swingOf`). Those expectations, worked out
  // apart from the code (erf by its series, q by Newton): 4 of 5 kept 0.558610, 5 of 6 0.589511, 6 of 7 0.612672.
  test('a broken price on a product whose basket swings ±12%: not on its first day, found on the second once both days are pooled', () => {
    // Worked out by hand (the two days before today are kept out of the baseline). The first broken day is judged alone:
    // baseline ¥88, 100, 112, 88, 112 → median ¥100, deviations 0, 12, 12, 12 (12 left out) → swing 9 / 0.558610 = ¥16.11,
    // line 100 − 4 × 16.11 = ¥35.6, and ¥45 is above it. The second pools both broken days (each under the 30% line, ¥70):
    // the baseline gains a ¥100 day → deviations 0, 0, 12, 12, 12 kept → swing 7.2 / 0.589511 = ¥12.21, line
    // 100 − 4 × 12.21 / √2 = ¥65.5, and ¥45 is under it.
    const basket = [88, 100, 112, 88, 112, 100, 100].map((aov) => ({ visitors: 400, orders: 20, aov }));
    const broken = { visitors: 400, orders: 20, aov: 45 };
    expect(findingOf(aovDrop, stable, days([...basket, broken]))).toBeNull();
    const finding = findingOf(aovDrop, stable, days([...basket, broken, broken]));
    expect(finding?.evidence).toMatchObject({ metric: 'aov', value: 45, baseline: 100, extra: { days: 2 } });
    expect(finding?.evidence.threshold?.limit).toBeCloseTo(100 - (4 * (7.2 / 0.589511)) / Math.SQRT2, 4);
  });

  test('pooling needs every day of the run under the seller’s ratio: one broken day after an ordinary one is judged alone', () => {
    // Baseline: the whole week (median ¥100, deviations 0, 0, 0, 12, 12, 12 kept → swing 6 / 0.612672 = ¥9.79, line ¥60.8);
    // the ¥95 day ends the run.
    const basket = [88, 100, 112, 88, 112, 100, 100].map((aov) => ({ visitors: 400, orders: 20, aov }));
    const finding = findingOf(aovDrop, stable, days([...basket, { visitors: 400, orders: 20, aov: 45 }, { visitors: 400, orders: 20, aov: 95 }, { visitors: 400, orders: 20, aov: 45 }]));
    expect(finding?.evidence).toMatchObject({ value: 45, baseline: 100, extra: { days: 1 } });
    expect(finding?.evidence.threshold?.limit).toBeCloseTo(100 - 4 * (6 / 0.612672), 4);
  });

  test('a day with few orders inside a broken-price run adds its few baskets to the pool instead of ending it', () => {
    // ¥45 on 20 orders, then ¥45 on 4 orders (under the 10 a day is judged on alone), then ¥45 on 20: three days pooled.
    const basket = [88, 100, 112, 88, 112, 100, 100].map((aov) => ({ visitors: 400, orders: 20, aov }));
    const finding = findingOf(aovDrop, stable, days([...basket, { visitors: 400, orders: 20, aov: 45 }, { visitors: 400, orders: 4, aov: 45 }, { visitors: 400, orders: 20, aov: 45 }]));
    expect(finding?.evidence).toMatchObject({ value: 45, extra: { days: 3 } });
  });

  test('the seller’s own ratio and minimum orders are used', () => {
    const history = days([...week(100), { visitors: 400, orders: 8, aov: 80 }]);
    expect(findingOf(aovDrop, stable, history)).toBeNull();
    const finding = findingOf(aovDrop, stable, history, settingsWith({ thresholds: { aovDropRatio: 0.15, aovMinOrders: 5 } }));
    expect(finding?.evidence.threshold).toMatchObject({ key: 'aovDropRatio', value: 0.15, limit: 85 });
  });
});
