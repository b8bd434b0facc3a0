import { describe, expect, test } from 'vitest';
import { couponRedemptionUnderPlan } from '../../../../lib/alerts/rules/coupon-redemption-under-plan';
import { gmvPaceBehind } from '../../../../lib/alerts/rules/gmv-pace-behind';
import { paymentFailuresRising } from '../../../../lib/alerts/rules/payment-failures-rising';
import type { CampaignRunInput } from '../../../../lib/alerts/types';
import type { Metrics } from '../../../../lib/metrics/keys';
import { campaign, days, hours, runFindingOf } from '../build';

const hoursOf = (count: number, metrics: (hour: number) => Metrics) => hours('2026-11-11T00', Array.from({ length: count }, (_, hour) => metrics(hour)));

describe('coupon redemption under plan (during the burst window)', () => {
  test.each<[string, Partial<CampaignRunInput>, { value: number; plan: number } | null]>([
    ['30% planned, 12% redeemed of 1,000 coupons issued', { snapshots: hoursOf(4, () => ({ couponIssued: 250, couponUsed: 30 })) }, { value: 0.12, plan: 0.3 }],
    ['redeemed at plan', { snapshots: hoursOf(4, () => ({ couponIssued: 250, couponUsed: 80 })) }, null],
    ['40 coupons issued are too few to judge', { snapshots: hoursOf(2, () => ({ couponIssued: 20, couponUsed: 0 })) }, null],
    ["the run's own 50% target replaces the default plan", { targets: { couponRedemptionRate: 0.5 }, snapshots: hoursOf(4, () => ({ couponIssued: 250, couponUsed: 100 })) }, { value: 0.4, plan: 0.5 }],
    ["the dashboard's own redemption rate counts when it shows no counts", { snapshots: hoursOf(3, () => ({ couponRedemptionRate: 0.1 })) }, { value: 0.1, plan: 0.3 }],
    ['null coupon figures never alert', { snapshots: hoursOf(3, () => ({ couponIssued: null, couponUsed: null, couponRedemptionRate: null })) }, null],
    ['the pre-heat, before the burst window, is not judged', { snapshots: hours('2026-11-10T20', [{ couponIssued: 500, couponUsed: 0 }]) }, null],
  ])('%s', (_name, patch, expected) => {
    const finding = runFindingOf(couponRedemptionUnderPlan, campaign(patch));
    if (!expected) return expect(finding).toBeNull();
    expect(finding?.evidence).toMatchObject({ metric: 'couponRedemptionRate', value: expected.value, benchmark: expected.plan, benchmarkSource: 'run-target' });
  });
});

describe('payment failures rising', () => {
  const steady = (failures: number, orders: number | null) => ({ paymentFailures: failures, orders });
  test.each<[string, Metrics[], string | null]>([
    ['2, 3, 2 failures an hour, then 12, is rising', [steady(2, null), steady(3, null), steady(2, null), steady(12, null)], 'count'],
    ['20 failures on ten times the orders is the same failure rate', [steady(2, 100), steady(2, 100), steady(2, 100), steady(20, 1000)], null],
    ['12 failures on the usual 100 orders is a rising failure rate', [steady(2, 100), steady(2, 100), steady(2, 100), steady(12, 100)], 'share-of-attempts'],
    ['4 failures is under the minimum worth a look', [steady(0, null), steady(0, null), steady(4, null)], null],
    ['one previous hour is not a baseline', [steady(1, null), steady(12, null)], null],
    ['null failures never alert', [steady(2, null), steady(2, null), { paymentFailures: null }], null],
  ])('%s', (_name, metrics, measure) => {
    const finding = runFindingOf(paymentFailuresRising, campaign({ snapshots: hours('2026-11-11T00', metrics) }));
    if (!measure) return expect(finding).toBeNull();
    expect(finding?.evidence).toMatchObject({ metric: 'paymentFailures', extra: { measure } });
  });
});

describe('GMV pace behind the target', () => {
  const target = { gmv: 1_000_000 };
  test.each<[string, Partial<CampaignRunInput>, { value: number; expected: number; severity: string } | null]>([
    ['¥300k by hour 12 of a 24-hour burst is behind a ¥1M target', { targets: target, snapshots: hoursOf(12, () => ({ gmv: 25_000 })) }, { value: 300_000, expected: 500_000, severity: 'medium' }],
    ['¥200k by hour 12 is under half the pace', { targets: target, snapshots: hoursOf(12, () => ({ gmv: 200_000 / 12 })) }, { value: 200_000, expected: 500_000, severity: 'high' }],
    ['¥450k by hour 12 is within 20% of the pace', { targets: target, snapshots: hoursOf(12, () => ({ gmv: 37_500 })) }, null],
    ['no GMV target, nothing to pace against', { snapshots: hoursOf(12, () => ({ gmv: 1 })) }, null],
    ['the first hour is too early to judge', { targets: target, snapshots: hoursOf(1, () => ({ gmv: 0 })) }, null],
    ['hours without a GMV figure are left out, not counted as 0', { targets: target, snapshots: hoursOf(12, (hour) => ({ gmv: hour % 2 ? null : 40_000 })) }, null],
    ['after the burst window the run is no longer judged', { targets: target, snapshots: [...hoursOf(12, () => ({ gmv: 1 })), ...hours('2026-11-12T01', [{ gmv: 1 }])] }, null],
  ])('%s', (_name, patch, expected) => {
    const finding = runFindingOf(gmvPaceBehind, campaign(patch));
    if (!expected) return expect(finding).toBeNull();
    expect(finding?.severity).toBe(expected.severity);
    expect(finding?.evidence.value).toBeCloseTo(expected.value, 6);
    expect(finding?.evidence).toMatchObject({ metric: 'gmv', benchmark: expected.expected, benchmarkSource: 'run-target' });
  });

  test('a three-day burst captured daily is paced by day', () => {
    const run = campaign({
      burst: { start: '2026-06-16', end: '2026-06-18' },
      targets: { gmv: 300_000 },
      snapshots: days([{ gmv: 50_000 }, { gmv: 40_000 }], '2026-06-17', { productId: 'store' }),
    });
    expect(runFindingOf(gmvPaceBehind, run)?.evidence).toMatchObject({ value: 90_000, benchmark: 200_000, extra: { elapsedShare: 2 / 3 } });
  });
});
