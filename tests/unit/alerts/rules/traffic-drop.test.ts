import { describe, expect, test } from 'vitest';
import { trafficDrop } from '../../../../lib/alerts/rules/traffic-drop';
import type { Metrics } from '../../../../lib/metrics/keys';
import { days, findingOf, product } from '../build';

const week = (visitors: number | null): Metrics[] => Array.from({ length: 7 }, () => ({ visitors }));
const mature = product({ listedDate: '2025-01-01' });

describe('traffic drop against the product’s own 7-day median', () => {
  test.each<[string, (Metrics | null)[], { value: number; baseline: number; severity: string } | null]>([
    ['100 visitors a day for a week, then 50, is a traffic drop', [...week(100), { visitors: 50 }], { value: 50, baseline: 100, severity: 'medium' }],
    ['100 a day, then 20, is a steep drop', [...week(100), { visitors: 20 }], { value: 20, baseline: 100, severity: 'high' }],
    ['exactly 40% down (100 → 60) is a drop', [...week(100), { visitors: 60 }], { value: 60, baseline: 100, severity: 'medium' }],
    ['a 30% dip (100 → 70) is not a drop', [...week(100), { visitors: 70 }], null],
    ['3 → 1 visitors is not a traffic drop', [...week(3), { visitors: 1 }], null],
    ['two prior days are not enough for a baseline', [{ visitors: 100 }, { visitors: 100 }, { visitors: 10 }], null],
    ['three prior days are enough', [{ visitors: 100 }, { visitors: 100 }, { visitors: 100 }, { visitors: 10 }], { value: 10, baseline: 100, severity: 'high' }],
    ['null visitors today never alert', [...week(100), { visitors: null }], null],
    ["days without a visitor figure don't drag the baseline down", [{ visitors: 100 }, ...week(null).slice(0, 4), { visitors: 100 }, { visitors: 100 }, { visitors: 50 }], { value: 50, baseline: 100, severity: 'medium' }],
    ['days the seller never captured are left out of the baseline', [{ visitors: 100 }, null, null, null, null, { visitors: 100 }, { visitors: 100 }, { visitors: 50 }], { value: 50, baseline: 100, severity: 'medium' }],
    ['a busy week more than 7 days ago is no baseline for today', [...week(100), null, null, null, null, null, null, null, { visitors: 10 }], null],
    ['one great day does not move the median (100s with a 1,000 spike, then 55)', [...week(100).slice(0, 6), { visitors: 1000 }, { visitors: 55 }], { value: 55, baseline: 100, severity: 'medium' }],
  ])('%s', (_name, history, expected) => {
    const finding = findingOf(trafficDrop, mature, days(history));
    if (!expected) return expect(finding).toBeNull();
    expect(finding?.severity).toBe(expected.severity);
    expect(finding?.evidence).toMatchObject({ metric: 'visitors', value: expected.value, baseline: expected.baseline });
  });

  test('an Amazon listing is watched by sessions', () => {
    const history = days([...Array.from({ length: 7 }, () => ({ sessions: 400 })), { sessions: 120 }], undefined, { platform: 'amazon' });
    expect(findingOf(trafficDrop, product({ platform: 'amazon' }), history)?.evidence).toMatchObject({ metric: 'sessions', value: 120, baseline: 400 });
  });

  test('a 罗盘 product, whose page shows clicks but no visitors, is watched by its clicks', () => {
    const history = days([...Array.from({ length: 3 }, () => ({ clicks: 900, impressions: 6000 })), { clicks: 370, impressions: 2500 }], undefined, { platform: 'douyin' });
    expect(findingOf(trafficDrop, product({ platform: 'douyin' }), history)?.evidence).toMatchObject({ metric: 'clicks', value: 370, baseline: 900 });
  });
});
