import type { SnapshotRow } from '../../db/types';
import { dayNumber } from '../periods';
import { soldNothing, traffic } from '../readings';
import type { ProductAlertRule } from '../types';

/** N consecutive calendar days with visitors each day and nothing sold; a day without sales figures breaks the run. */
export const zeroSalesWithTraffic: ProductAlertRule = {
  id: 'zero-sales-with-traffic',
  scope: 'product',
  severity: 'high',
  metric: 'orders',
  title: { 'zh-CN': '有流量无成交', en: 'Visitors but no sales' },
  action: {
    'zh-CN': '模拟下单全链路（库存、价格、SKU、支付），排查流程断点',
    en: 'Walk through ordering end to end (stock, price, SKUs, payment) to find the break',
  },
  playbookTask: { templateId: 'product-lifecycle', taskId: 'check-listing-health' },
  evaluate(ctx) {
    const { zeroSalesDays, zeroSalesMinDailyVisitors } = ctx.settings;
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
    return {
      severity: 'high',
      evidence: { metric: 'orders', value: 0, period: ctx.period, extra: { days: zeroSalesDays, traffic: visitors } },
    };
  },
};
