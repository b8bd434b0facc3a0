import { describe, expect, test } from 'vitest';
import { refundRateSpike } from '../../../../lib/alerts/rules/refund-rate-spike';
import type { Metrics } from '../../../../lib/metrics/keys';
import { days, findingOf, product } from '../build';

const week = (refundRate: number | null): Metrics[] => Array.from({ length: 7 }, () => ({ orders: 40, refundRate }));
const item = product({ platform: 'douyin', listedDate: '2025-06-01' });

describe('refund rate spike', () => {
  test.each<[string, Metrics[], { value: number; baseline: number; severity: string } | null]>([
    ['2% refunds all week, then 12% on 200 orders', [...week(0.02), { orders: 200, refundRate: 0.12 }], { value: 0.12, baseline: 0.02, severity: 'high' }],
    ['2% refunds all week, then 6% on 600 orders: over the floor and three times the usual', [...week(0.02), { orders: 600, refundRate: 0.06 }], { value: 0.06, baseline: 0.02, severity: 'medium' }],
    ['6% on 50 orders (3 refunds where 1 is usual) is within chance', [...week(0.02), { orders: 50, refundRate: 0.06 }], null],
    ['8% when it is usually 5% is under twice the baseline', [...week(0.05), { orders: 40, refundRate: 0.08 }], null],
    ['4% is under the 5% floor even though it quadrupled', [...week(0.01), { orders: 40, refundRate: 0.04 }], null],
    ['one refund on two orders (50%) is too few orders to call', [...week(0.02), { orders: 2, refundRate: 0.5 }], null],
    ['refund amount ¥300 of ¥2,000 GMV is 15%', [...week(0.02), { orders: 200, refundAmount: 300, gmv: 2000 }], { value: 0.15, baseline: 0.02, severity: 'high' }],
    ['null refund rate never alerts', [...week(0.02), { orders: 40, refundRate: null }], null],
    ['unknown order count never passes the volume guard', [...week(0.02), { refundRate: 0.3 }], null],
    ['a product that never had a refund, then 10% of 100 orders, spikes', [...week(0), { orders: 100, refundRate: 0.1 }], { value: 0.1, baseline: 0, severity: 'high' }],
  ])('%s', (_name, history, expected) => {
    const finding = findingOf(refundRateSpike, item, days(history));
    if (!expected) return expect(finding).toBeNull();
    expect(finding?.severity).toBe(expected.severity);
    expect(finding?.evidence).toMatchObject({ metric: 'refundRate', value: expected.value, baseline: expected.baseline });
  });
});
