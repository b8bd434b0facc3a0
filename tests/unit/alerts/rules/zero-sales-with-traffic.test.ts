import { describe, expect, test } from 'vitest';
import { zeroSalesWithTraffic } from '../../../../lib/alerts/rules/zero-sales-with-traffic';
import type { Metrics } from '../../../../lib/metrics/keys';
import { days, findingOf, product, settingsWith } from '../build';

const noSale: Metrics = { visitors: 100, orders: 0, gmv: 0 };
const item = product({ listedDate: '2025-06-01' });

describe('zero sales for days while visitors keep coming', () => {
  test.each<[string, (Metrics | null)[], boolean]>([
    ['three days of 100 visitors and no orders (beauty’s 3% would have sold 9)', [noSale, noSale, noSale], true],
    ['a product that sells 1 in 100 selling nothing to 300 visitors is luck, not a break', [{ visitors: 100, orders: 1, conversionRate: 0.01 }, { visitors: 100, orders: 1, conversionRate: 0.01 }, noSale, noSale, noSale], false],
    ['a product that usually sells 5 in 100 selling nothing to 300 is broken', [{ visitors: 100, orders: 5, conversionRate: 0.05 }, noSale, noSale, noSale], true],
    ['two days is not yet three', [noSale, noSale], false],
    ['a day the seller did not capture breaks the run', [noSale, noSale, null, noSale], false],
    ['a day with one order breaks it', [noSale, { visitors: 100, orders: 1, gmv: 89 }, noSale], false],
    ['unknown orders (null) are not zero orders', [noSale, noSale, { visitors: 100, orders: null }], false],
    ['GMV 0 with no order count still shows nothing sold', [noSale, noSale, { visitors: 100, gmv: 0 }], true],
    ['10 visitors a day is too little traffic to worry', [noSale, noSale, { visitors: 10, orders: 0 }], false],
    ['unknown visitors never pass', [noSale, noSale, { visitors: null, orders: 0 }], false],
  ])('%s', (_name, history, alerts) => {
    const finding = findingOf(zeroSalesWithTraffic, item, days(history));
    expect(finding !== null).toBe(alerts);
  });

  test('the evidence counts the days and the visitors that bought nothing', () => {
    expect(findingOf(zeroSalesWithTraffic, item, days([noSale, noSale, noSale]))?.evidence).toMatchObject({ metric: 'orders', value: 0, extra: { days: 3, traffic: 300 } });
  });

  test('the seller can ask for five days instead of three', () => {
    const fiveDays = settingsWith({ thresholds: { zeroSalesDays: 5 } });
    expect(findingOf(zeroSalesWithTraffic, item, days([noSale, noSale, noSale, noSale]), fiveDays)).toBeNull();
    expect(findingOf(zeroSalesWithTraffic, item, days([noSale, noSale, noSale, noSale, noSale]), fiveDays)).not.toBeNull();
  });
});
