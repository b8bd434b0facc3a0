import { describe, expect, test } from 'vitest';
import { addToCartDrop } from '../../../../lib/alerts/rules/add-to-cart-drop';
import type { Metrics } from '../../../../lib/metrics/keys';
import { days, findingOf, product, settingsWith } from '../build';

// Expected outcomes are worked out by hand from the defaults (a 40% fall, 15 expected carts, 4 sigmas,
// i.e. a chance under 3.2e-5): the Poisson figures in the names were computed separately, not read off the rule.
const week = (addToCartRate: number | null, visitors = 1000): Metrics[] => Array.from({ length: 7 }, () => ({ visitors, addToCartRate }));
const stable = product({ listedDate: '2026-01-15' });

describe('add-to-cart rate fall against the product’s own recent days', () => {
  test.each<[string, Metrics[], { value: number; baseline: number; severity: string } | null]>([
    ['8% for a week, then 3% on 1,000 visitors (30 carts where 80 were usual, P≈1e-10) is a fall', [...week(0.08), { visitors: 1000, addToCartRate: 0.03 }], { value: 0.03, baseline: 0.08, severity: 'medium' }],
    ['8% → 2% on 1,000 visitors is a steep fall (75%)', [...week(0.08), { visitors: 1000, addToCartRate: 0.02 }], { value: 0.02, baseline: 0.08, severity: 'high' }],
    ['8% → 6% (25%) is under the seller’s 40% and no fall', [...week(0.08), { visitors: 1000, addToCartRate: 0.06 }], null],
    ['one day at 4% on 300 visitors (12 carts where 24 were usual, P≈0.005) is within chance', [...week(0.08, 300), { visitors: 300, addToCartRate: 0.04 }], null],
    ['two such days (24 where 48, P≈1e-4) are still within chance', [...week(0.08, 300), ...Array.from({ length: 2 }, () => ({ visitors: 300, addToCartRate: 0.04 }))], null],
    ['three such days (36 where 72, P≈2e-6) are a fall', [...week(0.08, 300), ...Array.from({ length: 3 }, () => ({ visitors: 300, addToCartRate: 0.04 }))], { value: 0.04, baseline: 0.08, severity: 'medium' }],
    ['8% → 0% on 150 visitors predicts 12 carts, under the 15 needed: too few to call', [...week(0.08, 150), { visitors: 150, addToCartRate: 0 }], null],
    ['a day with 20 visitors (under 30) is not judged', [...week(0.08), { visitors: 20, addToCartRate: 0 }], null],
    ['an unknown rate never alerts', [...week(0.08), { visitors: 1000, addToCartRate: null }], null],
    ['a week of unknown rates is no baseline', [...week(null), { visitors: 1000, addToCartRate: 0.01 }], null],
    ['a product nobody ever carted has nothing to fall from', [...week(0), { visitors: 1000, addToCartRate: 0 }], null],
  ])('%s', (_name, history, expected) => {
    const finding = findingOf(addToCartDrop, stable, days(history));
    if (!expected) return expect(finding).toBeNull();
    expect(finding?.severity).toBe(expected.severity);
    expect(finding?.evidence).toMatchObject({ metric: 'addToCartRate', value: expected.value, baseline: expected.baseline });
    expect(finding?.evidence.threshold).toMatchObject({ key: 'addToCartDropRatio', value: 0.4, source: 'default' });
    expect(finding?.evidence.threshold?.limit).toBeCloseTo(expected.baseline * 0.6, 10);
  });

  test('add-to-cart users over visitors stand in when the page shows no rate (千牛 shows 加购人数)', () => {
    const users = (n: number): Metrics => ({ visitors: 1000, addToCartUsers: n });
    const finding = findingOf(addToCartDrop, stable, days([...Array.from({ length: 7 }, () => users(80)), users(30)]));
    expect(finding?.evidence).toMatchObject({ metric: 'addToCartRate', value: 0.03, baseline: 0.08 });
  });

  test('a product whose rate swings widely must fall by more than its swing', () => {
    // Days alternating 4% and 12% (median 8%, robust swing ≈ 5.9 points at 1,000 visitors each): 3% is 5 points
    // under the median, less than 4 swings, so it is the product's ordinary range, although carts alone would call it.
    const swinging: Metrics[] = [0.04, 0.12, 0.04, 0.12, 0.08, 0.04, 0.12].map((addToCartRate) => ({ visitors: 1000, addToCartRate }));
    expect(findingOf(addToCartDrop, stable, days([...swinging, { visitors: 1000, addToCartRate: 0.03 }]))).toBeNull();
  });

  test('carts fell but buyers still bought: conversion at or above its own median is no collapse', () => {
    // The demo store's 粉底液: carts ran at 16% with under 1% converting, then both went back to normal
    // (7.5% carts, 5.2% conversion). Carts halved, but that is the product recovering, not breaking.
    const recovering = [...Array.from({ length: 7 }, () => ({ visitors: 1500, addToCartRate: 0.16, conversionRate: 0.008 })), { visitors: 1500, addToCartRate: 0.075, conversionRate: 0.052 }];
    expect(findingOf(addToCartDrop, stable, days(recovering))).toBeNull();
    // The same cart fall with conversion slipping under its median (4% → 3.5%) is a collapse.
    const slipping = [...Array.from({ length: 7 }, () => ({ visitors: 1000, addToCartRate: 0.08, conversionRate: 0.04 })), { visitors: 1000, addToCartRate: 0.03, conversionRate: 0.035 }];
    expect(findingOf(addToCartDrop, stable, days(slipping))?.evidence).toMatchObject({ value: 0.03, baseline: 0.08 });
  });

  test('the whole peer group fell too (同行平均 from 10% to 4%): not the product’s fall', () => {
    const history = days([...week(0.08), { visitors: 1000, addToCartRate: 0.03 }]).map((row, i) => ({ ...row, peer: { addToCartRate: i < 7 ? 0.1 : 0.04 } }));
    expect(findingOf(addToCartDrop, stable, history)).toBeNull();
    const alone = history.map((row) => ({ ...row, peer: { addToCartRate: 0.1 } }));
    expect(findingOf(addToCartDrop, stable, alone)?.evidence).toMatchObject({ value: 0.03 });
  });

  test('both thresholds are the seller’s to change: a 70% ratio leaves a 62.5% fall alone; 100 expected carts leaves 1,000 visitors at 8% alone', () => {
    const history = days([...week(0.08), { visitors: 1000, addToCartRate: 0.03 }]);
    expect(findingOf(addToCartDrop, stable, history)).not.toBeNull();
    expect(findingOf(addToCartDrop, stable, history, settingsWith({ thresholds: { addToCartDropRatio: 0.7 } }))).toBeNull();
    expect(findingOf(addToCartDrop, stable, history, settingsWith({ thresholds: { addToCartMinExpected: 100 } }))).toBeNull();
  });

  test('turned off, it never fires', () => {
    const history = days([...week(0.08), { visitors: 1000, addToCartRate: 0.03 }]);
    expect(findingOf(addToCartDrop, stable, history, settingsWith({ disabledRules: ['add-to-cart-drop'] }))).toBeNull();
  });
});
