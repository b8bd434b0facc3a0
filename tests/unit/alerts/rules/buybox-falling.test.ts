import { describe, expect, test } from 'vitest';
import { buyBoxFalling } from '../../../../lib/alerts/rules/buybox-falling';
import type { Metrics } from '../../../../lib/metrics/keys';
import { days, findingOf, product } from '../build';

const week = (buyBoxRate: number): Metrics[] => Array.from({ length: 7 }, () => ({ sessions: 200, pageViews: 300, buyBoxRate }));
const listing = product({ platform: 'amazon', category: 'Electronics', listedDate: '2025-06-01' });
const today = (buyBoxRate: number | null, pageViews = 300): Metrics => ({ sessions: 200, pageViews, buyBoxRate });

describe('Buy Box share falling', () => {
  test.each<[string, Metrics[], { value: number; severity: string } | null]>([
    ['95% then 80%: under 90% and down 15 points', [...week(0.95), today(0.8)], { value: 0.8, severity: 'medium' }],
    ['steady at 97% is fine', [...week(0.97), today(0.97)], null],
    ['100% to 90% is down 10 points though not under the floor', [...week(1), today(0.9)], { value: 0.9, severity: 'medium' }],
    ['100% to 92% is a normal wobble', [...week(1), today(0.92)], null],
    ['a new listing at 85% with no history is under the floor', [today(0.85)], { value: 0.85, severity: 'medium' }],
    ['losing the Buy Box most of the day (40%) is high', [...week(0.95), today(0.4)], { value: 0.4, severity: 'high' }],
    ['null Buy Box never alerts', [...week(0.95), today(null)], null],
    ['a day with 3 page views is not judged', [...week(0.95), { pageViews: 3, buyBoxRate: 0 }], null],
  ])('%s', (_name, history, expected) => {
    const finding = findingOf(buyBoxFalling, listing, days(history, undefined, { platform: 'amazon' }));
    if (!expected) return expect(finding).toBeNull();
    expect(finding?.severity).toBe(expected.severity);
    expect(finding?.evidence).toMatchObject({ metric: 'buyBoxRate', value: expected.value });
  });
});
