import type { SnapshotRow } from '../../db/types';
import { dayNumber } from '../periods';
import { conversion, medianOver, soldNothing, traffic } from '../readings';
import type { ProductAlertRule } from '../types';

/**
 * N consecutive calendar days with visitors each day and nothing sold, on enough visitors that the
 * product's own conversion (from the days before; else the benchmark) would have sold several times:
 * a product that sells one in a hundred visitors selling nothing to 60 is luck, not a broken listing.
 * A day without sales figures breaks the run.
 */
export const zeroSalesWithTraffic: ProductAlertRule = {
  id: 'zero-sales-with-traffic',
  scope: 'product',
  severity: 'high',
  metric: 'orders',
  title: { 'zh-CN': '有流量无成交', en: 'Visitors but no sales' },
  short: { 'zh-CN': '有流量无成交', en: 'No sales' },
  action: {
    'zh-CN': '模拟下单全链路（库存、价格、SKU、支付），排查流程断点',
    en: 'Walk through ordering end to end (stock, price, SKUs, payment) to find the break',
  },
  playbookTask: { templateId: 'product-lifecycle', taskId: 'check-listing-health' },
  thresholds: ['zeroSalesDays', 'zeroSalesMinDailyVisitors', 'zeroSalesMinExpectedOrders', 'baselineDays'],
  evaluate(ctx) {
    const { zeroSalesDays, zeroSalesMinDailyVisitors, zeroSalesMinExpectedOrders } = ctx.settings;
    if (ctx.index + 1 < zeroSalesDays) return null;
    const lastDay = dayNumber(ctx.period);
    let visitors = 0;
    for (let back = 0; back < zeroSalesDays; back++) {
      const row = ctx.history[ctx.index - back] as SnapshotRow;
      if (back > 0 && dayNumber(row.period) !== lastDay - back) return null;
      const dayTraffic = traffic(row.metrics);
      if (dayTraffic === null || dayTraffic < zeroSalesMinDailyVisitors || soldNothing(row.metrics) !== true) return null;
      visitors += dayTraffic;
    }
    const runStart = ctx.index - zeroSalesDays + 1;
    const before = medianOver(ctx.history, Math.max(0, runStart - ctx.settings.baselineDays), runStart, conversion, 1);
    const rate = before?.median ?? ctx.benchmark('conversionRate')?.value ?? null;
    if (rate === null || visitors * rate < zeroSalesMinExpectedOrders) return null;
    return {
      severity: 'high',
      evidence: {
        metric: 'orders',
        value: 0,
        period: ctx.period,
        extra: { days: zeroSalesDays, traffic: visitors, expectedOrders: visitors * rate },
        threshold: ctx.threshold('zeroSalesMinExpectedOrders', zeroSalesMinExpectedOrders),
      },
    };
  },
};
