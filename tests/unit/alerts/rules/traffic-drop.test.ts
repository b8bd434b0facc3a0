import { describe, expect, test } from 'vitest';
import { trafficDrop } from '../../../../lib/alerts/rules/traffic-drop';
import type { Metrics } from '../../../../lib/metrics/keys';
import { days, findingOf, product, settingsWith } from '../build';

// A product's usual week: a little up and down each day (±5%), so it has a known swing.
const usual = (level: number, length = 14): Metrics[] => Array.from({ length }, (_, i) => ({ visitors: Math.round(level * (1 + ((i % 3) - 1) * 0.05)) }));
const mature = product({ listedDate: '2025-01-01' });

describe('traffic drop against the product’s own recent days', () => {
  test.each<[string, (Metrics | null)[], { value: number; baseline: number; severity: string } | null]>([
    ['100 visitors a day for two weeks, then 50, is a traffic drop', [...usual(100), { visitors: 50 }], { value: 50, baseline: 100, severity: 'medium' }],
    ['100 a day, then 20, is a steep drop', [...usual(100), { visitors: 20 }], { value: 20, baseline: 100, severity: 'high' }],
    ['a 30% dip (100 → 70) is not a drop', [...usual(100), { visitors: 70 }], null],
    ['3 → 1 visitors is not a traffic drop', [...usual(3), { visitors: 1 }], null],
    ['25 → 12 visitors on one day is within chance (Poisson)', [...usual(25), { visitors: 12 }], null],
    ['25 → 10, 9, 11 for three days in a row is a drop', [...usual(25), { visitors: 10 }, { visitors: 9 }, { visitors: 11 }], { value: 11, baseline: 25, severity: 'medium' }],
    ['two days of history are too few to know its usual swing', [...usual(100, 2), { visitors: 20 }], null],
    ['a young history (four days) is judged against the days right before today', [...usual(100, 4), { visitors: 20 }], { value: 20, baseline: 97.5, severity: 'high' }],
    ['null visitors today never alert', [...usual(100), { visitors: null }], null],
    ["days without a visitor figure don't drag the baseline down", [...usual(100, 10), { visitors: null }, { visitors: null }, ...usual(100, 4), { visitors: 50 }], { value: 50, baseline: 100, severity: 'medium' }],
    ['days the seller never captured are left out of the baseline', [...usual(100, 10), null, null, ...usual(100, 4), { visitors: 50 }], { value: 50, baseline: 100, severity: 'medium' }],
    ['a product that swings ±40% a day is not "dropping" at −45%', [...Array.from({ length: 14 }, (_, i) => ({ visitors: i % 2 ? 140 : 60 })), { visitors: 55 }], null],
  ])('%s', (_name, history, expected) => {
    const finding = findingOf(trafficDrop, mature, days(history));
    if (!expected) return expect(finding).toBeNull();
    expect(finding?.severity).toBe(expected.severity);
    expect(finding?.evidence).toMatchObject({ metric: 'visitors', value: expected.value, baseline: expected.baseline });
    expect(finding?.evidence.threshold).toMatchObject({ key: 'trafficDropRatio', value: 0.4, source: 'default' });
  });

  test('weekends are judged against weekends: a shop that is always quiet on Saturday is not dropping', () => {
    // 2026-03-21 is a Saturday, 60% under the weekdays, as every weekend day before it.
    const weekday = (i: number) => new Date(Date.UTC(2026, 2, 21 - 28 + i)).getUTCDay();
    const history = days(Array.from({ length: 29 }, (_, i) => ({ visitors: [0, 6].includes(weekday(i)) ? 40 : 100 })), '2026-03-21');
    expect(history.at(-1)?.metrics.visitors).toBe(40);
    expect(findingOf(trafficDrop, mature, history)).toBeNull();
  });

  describe('on a shop twice as busy at weekends (weekdays 45–55, weekends 90–110), each day of a fall is held to its own kind', () => {
    // 2026-03-21 is a Saturday; 2026-03-20 the Friday before it. 29 days ending `on`, the last ones given.
    const ending = (last: number[], on = '2026-03-21') => {
      const weekday = (i: number) => new Date(Date.parse(on) - (28 - i) * 86_400_000).getUTCDay();
      const usual = (i: number) => ([0, 6].includes(weekday(i)) ? (i % 2 ? 90 : 110) : i % 2 ? 45 : 55);
      return days([...Array.from({ length: 29 - last.length }, (_, i) => ({ visitors: usual(i) })), ...last.map((visitors) => ({ visitors }))], on);
    };

    test('an ordinary Friday (52) is no part of a Saturday’s dip (55): the Saturday alone is within its swing', () => {
      expect(findingOf(trafficDrop, mature, ending([52, 55]))).toBeNull();
    });
    test('a Saturday and a Sunday both at 45 are a fall', () => {
      expect(findingOf(trafficDrop, mature, ending([52, 45, 45], '2026-03-22'))?.evidence).toMatchObject({ metric: 'visitors', value: 45 });
    });
    test('a Friday at 20 and a Saturday at 45 are one fall across the two kinds', () => {
      expect(findingOf(trafficDrop, mature, ending([20, 45]))?.evidence).toMatchObject({ metric: 'visitors', value: 45 });
    });
  });

  test('the seller’s own ratio is the one shown', () => {
    const finding = findingOf(trafficDrop, mature, days([...usual(100), { visitors: 55 }]), settingsWith({ thresholds: { trafficDropRatio: 0.3 } }));
    expect(finding?.evidence.threshold).toMatchObject({ key: 'trafficDropRatio', value: 0.3, source: 'seller' });
  });

  test('an Amazon listing is watched by sessions', () => {
    const history = days([...Array.from({ length: 14 }, () => ({ sessions: 400 })), { sessions: 120 }], undefined, { platform: 'amazon' });
    expect(findingOf(trafficDrop, product({ platform: 'amazon' }), history)?.evidence).toMatchObject({ metric: 'sessions', value: 120, baseline: 400 });
  });

  test('a 罗盘 product, whose page shows clicks but no visitors, is watched by its clicks', () => {
    const history = days([...Array.from({ length: 10 }, () => ({ clicks: 900, impressions: 6000 })), { clicks: 370, impressions: 2500 }], undefined, { platform: 'douyin' });
    expect(findingOf(trafficDrop, product({ platform: 'douyin' }), history)?.evidence).toMatchObject({ metric: 'clicks', value: 370, baseline: 900 });
  });
});
