import { describe, expect, test } from 'vitest';
import { buyBoxFalling } from '../../../../lib/alerts/rules/buybox-falling';
import type { Metrics } from '../../../../lib/metrics/keys';
import { buyBoxUnderFloor } from '../../../../lib/alerts/rules/buybox-under-floor';
import { days, findingOf, product, settingsWith } from '../build';

const week = (buyBoxRate: number): Metrics[] => Array.from({ length: 10 }, () => ({ sessions: 200, pageViews: 300, buyBoxRate }));
const listing = product({ platform: 'amazon', category: 'Electronics', listedDate: '2025-06-01' });
const today = (buyBoxRate: number | null, pageViews = 300): Metrics => ({ sessions: 200, pageViews, buyBoxRate });
const amazon = { platform: 'amazon' as const };

describe('Buy Box share falling against its own history', () => {
  test.each<[string, Metrics[], { value: number; severity: string } | null]>([
    ['95% then 80%: down 15 points', [...week(0.95), today(0.8)], { value: 0.8, severity: 'medium' }],
    ['steady at 97% is fine', [...week(0.97), today(0.97)], null],
    ['steady at 86%, a little under 90%, has not fallen', [...week(0.86), today(0.86)], null],
    ['100% to 90% is down 10 points', [...week(1), today(0.9)], { value: 0.9, severity: 'medium' }],
    ['100% to 92% is a normal wobble', [...week(1), today(0.92)], null],
    ['a new listing at 85% with no history has nothing to fall from', [today(0.85)], null],
    ['losing the Buy Box most of the day (40%) is high', [...week(0.95), today(0.4)], { value: 0.4, severity: 'high' }],
    ['null Buy Box never alerts', [...week(0.95), today(null)], null],
    ['a day with 20 page views is not judged', [...week(0.95), today(0.5, 20)], null],
    ['95% → 83% on 40 page views (7 lost where 2 are usual) is within chance', [...week(0.95), today(0.825, 40)], null],
  ])('%s', (_name, history, expected) => {
    const finding = findingOf(buyBoxFalling, listing, days(history, undefined, amazon));
    if (!expected) return expect(finding).toBeNull();
    expect(finding?.severity).toBe(expected.severity);
    expect(finding?.evidence).toMatchObject({ metric: 'buyBoxRate', value: expected.value });
    expect(finding?.evidence.threshold).toMatchObject({ key: 'buyBoxDropPoints', value: 0.1, source: 'default' });
  });
});

describe('a Buy Box fall on few page views shows over the days it lasts', () => {
  // 95% for ten days on 300 views (usual miss rate (1 + 150) / (2 + 3000) = 5.03%), then 82.5% on 40 views a day.
  test('two such days (14 lost where 4.0 are usual) are still within chance', () => {
    expect(findingOf(buyBoxFalling, listing, days([...week(0.95), today(0.825, 40), today(0.825, 40)], undefined, amazon))).toBeNull();
  });
  test('three (21 lost where 6.0 are usual, about one chance in a million) are a fall', () => {
    const finding = findingOf(buyBoxFalling, listing, days([...week(0.95), today(0.825, 40), today(0.825, 40), today(0.825, 40)], undefined, amazon));
    expect(finding?.evidence).toMatchObject({ metric: 'buyBoxRate', value: 0.825, extra: { days: 3 } });
  });
});

describe('Buy Box share under your floor (its own rule, off by default)', () => {
  const floorOn = settingsWith({ enabledRules: ['buybox-under-floor'] });
  test('off by default: a steady 86% raises nothing', () => {
    expect(findingOf(buyBoxUnderFloor, listing, days([...week(0.86), today(0.86)], undefined, amazon))).toBeNull();
  });
  test('turned on, 86% is under the 90% default, and the alert says the 90% is a default you can change', () => {
    const finding = findingOf(buyBoxUnderFloor, listing, days([today(0.86)], undefined, amazon), floorOn);
    expect(finding?.evidence).toMatchObject({ value: 0.86, threshold: { key: 'buyBoxFloor', value: 0.9, source: 'default', limit: 0.9 } });
  });
  test('the seller’s own floor of 80% clears 86% and is named as theirs when crossed', () => {
    const own = settingsWith({ enabledRules: ['buybox-under-floor'], thresholds: { buyBoxFloor: 0.8 } });
    expect(findingOf(buyBoxUnderFloor, listing, days([today(0.86)], undefined, amazon), own)).toBeNull();
    expect(findingOf(buyBoxUnderFloor, listing, days([today(0.7)], undefined, amazon), own)?.evidence.threshold).toMatchObject({ source: 'seller', value: 0.8 });
  });
});
