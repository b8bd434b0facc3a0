import { describe, expect, test } from 'vitest';
import { zeroSalesWithTraffic } from '../../../../lib/alerts/rules/zero-sales-with-traffic';
import type { Metrics } from '../../../../lib/metrics/keys';
import { days, findingOf, product, settingsWith } from '../build';

const noSale: Metrics = { visitors: 50, orders: 0, gmv: 0 };
const item = product({ listedDate: '2025-06-01' });

describe('zero sales for days while visitors keep coming', () => {
  test.each<[string, (Metrics | null)[], boolean]>([
    ['three days of 50 visitors and no orders', [noSale, noSale, noSale], true],
    ['two days is not yet three', [noSale, noSale], false],
    ['a day the seller did not capture breaks the run', [noSale, noSale, null, noSale], false],
    ['a day with one order breaks it', [noSale, { visitors: 50, orders: 1, gmv: 89 }, noSale], false],
    ['unknown orders (null) are not zero orders', [noSale, noSale, { visitors: 50, orders: null }], false],
    ['GMV 0 with no order count still shows nothing sold', [noSale, noSale, { visitors: 50, gmv: 0 }], true],
    ['10 visitors a day is too little traffic to worry', [noSale, noSale, { visitors: 10, orders: 0 }], false],
    ['unknown visitors never pass', [noSale, noSale, { visitors: null, orders: 0 }], false],
  ])('%s', (_name, history, alerts) => {
    const finding = findingOf(zeroSalesWithTraffic, item, days(history));
    expect(finding !== null).toBe(alerts);
  });

  test('the evidence counts the days and the visitors that bought nothing', () => {
    expect(findingOf(zeroSalesWithTraffic, item, days([noSale, noSale, noSale]))?.evidence).toMatchObject({ metric: 'orders', value: 0, extra: { days: 3, traffic: 150 } });
  });

  test('the seller can ask for five days instead of three', () => {
    const fiveDays = settingsWith({ thresholds: { zeroSalesDays: 5 } });
    expect(findingOf(zeroSalesWithTraffic, item, days([noSale, noSale, noSale, noSale]), fiveDays)).toBeNull();
    expect(findingOf(zeroSalesWithTraffic, item, days([noSale, noSale, noSale, noSale, noSale]), fiveDays)).not.toBeNull();
  });
});
