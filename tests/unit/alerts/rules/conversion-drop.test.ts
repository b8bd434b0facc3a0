import { describe, expect, test } from 'vitest';
import { conversionDrop } from '../../../../lib/alerts/rules/conversion-drop';
import type { Metrics } from '../../../../lib/metrics/keys';
import { days, findingOf, product } from '../build';

const week = (conversionRate: number | null): Metrics[] => Array.from({ length: 7 }, () => ({ visitors: 300, conversionRate }));
const stable = product({ listedDate: '2026-01-15' });

describe('conversion drop against the product’s own recent days', () => {
  test.each<[string, Metrics[], { value: number; baseline: number; severity: string } | null]>([
    ['4% for a week, then 2% on 1,500 visitors, is a conversion drop', [...week(0.04), { visitors: 1500, conversionRate: 0.02 }], { value: 0.02, baseline: 0.04, severity: 'medium' }],
    ['4% for a week, then 1% on 1,000 visitors, is a steep drop', [...week(0.04), { visitors: 1000, conversionRate: 0.01 }], { value: 0.01, baseline: 0.04, severity: 'high' }],
    ['one day at 2% on 600 visitors (12 orders where 24 were usual) is within chance', [...week(0.04), { visitors: 600, conversionRate: 0.02 }], null],
    ['three days in a row at 2% on 600 visitors are a drop', [...week(0.04), ...Array.from({ length: 3 }, () => ({ visitors: 600, conversionRate: 0.02 }))], { value: 0.02, baseline: 0.04, severity: 'medium' }],
    ['4% → 0% on 100 visitors (4 orders expected) is too few orders to call', [...week(0.04), { visitors: 100, conversionRate: 0 }], null],
    ['3% → 2.5% is ordinary variation', [...week(0.03), { visitors: 300, conversionRate: 0.025 }], null],
    ['a day with 10 visitors is not judged', [...week(0.04), { visitors: 10, conversionRate: 0 }], null],
    ['null conversion never alerts', [...week(0.04), { visitors: 300, conversionRate: null }], null],
    ['a week of unknown conversion is no baseline', [...week(null), { visitors: 300, conversionRate: 0.01 }], null],
    ['a product that never converted has nothing to drop from', [...week(0), { visitors: 300, conversionRate: 0 }], null],
  ])('%s', (_name, history, expected) => {
    const finding = findingOf(conversionDrop, stable, days(history));
    if (!expected) return expect(finding).toBeNull();
    expect(finding?.severity).toBe(expected.severity);
    expect(finding?.evidence).toMatchObject({ metric: 'conversionRate', value: expected.value, baseline: expected.baseline });
    expect(finding?.evidence.threshold).toMatchObject({ key: 'conversionDropRatio', value: 0.4, source: 'default', limit: expected.baseline * 0.6 });
  });

  test('the whole peer group fell too (同行平均 halved): not the product’s fall', () => {
    const history = days([...week(0.04), { visitors: 1500, conversionRate: 0.02 }]).map((row, i) => ({ ...row, peer: { conversionRate: i < 7 ? 0.04 : 0.02 } }));
    expect(findingOf(conversionDrop, stable, history)).toBeNull();
    const alone = history.map((row) => ({ ...row, peer: { conversionRate: 0.04 } }));
    expect(findingOf(conversionDrop, stable, alone)?.evidence).toMatchObject({ value: 0.02 });
  });
});
