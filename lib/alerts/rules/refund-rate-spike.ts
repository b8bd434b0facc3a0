import { ownBaseline, refund, salesCount } from '../readings';
import type { ProductAlertRule } from '../types';

/** Refund rate at twice its own median and over an absolute floor, on enough orders to mean something. */
export const refundRateSpike: ProductAlertRule = {
  id: 'refund-rate-spike',
  scope: 'product',
  severity: 'medium',
  metric: 'refundRate',
  title: { 'zh-CN': '退款率突增', en: 'Refund rate spiked' },
  action: {
    'zh-CN': '分析客服咨询高频问题与评价关键词，推动质量或发货问题整改',
    en: 'Look at the frequent customer-service questions and review keywords, and push the quality or shipping fix',
  },
  playbookTask: { templateId: 'product-lifecycle', taskId: 'reviews-and-questions' },
  evaluate(ctx) {
    const metrics = ctx.snapshot.metrics;
    const value = refund(metrics);
    const sales = salesCount(metrics);
    const { refundSpikeFactor, refundRateFloor, refundMinOrders } = ctx.settings;
    if (value === null || sales === null || sales < refundMinOrders || value <= refundRateFloor) return null;
    const baseline = ownBaseline(ctx, refund);
    if (!baseline || value <= baseline.median * refundSpikeFactor) return null;
    return {
      severity: value >= 2 * refundRateFloor && value >= 2 * refundSpikeFactor * baseline.median ? 'high' : 'medium',
      evidence: { metric: 'refundRate', value, baseline: baseline.median, period: ctx.period, extra: { sales, floor: refundRateFloor } },
    };
  },
};
