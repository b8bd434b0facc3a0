import { metric } from '../readings';
import type { ProductAlertRule } from '../types';

const buyBox = metric('buyBoxRate');

/**
 * Buy Box share under a fixed floor, whatever its history. Amazon publishes no such number, so the
 * rule is off until the seller turns it on and picks the floor (the shipped 90% is only a default).
 */
export const buyBoxUnderFloor: ProductAlertRule = {
  id: 'buybox-under-floor',
  scope: 'product',
  severity: 'low',
  metric: 'buyBoxRate',
  defaultEnabled: false,
  title: { 'zh-CN': '黄金购物车占比低于下限', en: 'Buy Box share under your floor' },
  short: { 'zh-CN': '购物车低于下限', en: 'Buy Box under floor' },
  action: {
    'zh-CN': '检查价格、库存与配送方式，夺回黄金购物车',
    en: 'Check price, stock and fulfilment to win the Buy Box back',
  },
  playbookTask: { templateId: 'product-lifecycle', taskId: 'check-price' },
  thresholds: ['buyBoxFloor', 'buyBoxMinPageViews'],
  evaluate(ctx) {
    const metrics = ctx.snapshot.metrics;
    const value = buyBox(metrics);
    const views = metrics.pageViews ?? metrics.sessions;
    const floor = ctx.settings.buyBoxFloor;
    if (value === null || views == null || views < ctx.settings.buyBoxMinPageViews || value >= floor) return null;
    return {
      severity: value < 0.5 ? 'medium' : 'low',
      evidence: { metric: 'buyBoxRate', value, period: ctx.period, extra: { floor, pageViews: views }, threshold: ctx.threshold('buyBoxFloor', floor) },
    };
  },
};
