import type { SnapshotRow } from '../../db/types';
import { binomialAtLeast, daysOver, normalTail, ownBaseline, refund, salesCount } from '../readings';
import type { ProductAlertRule } from '../types';

/**
 * Refund rate over the seller's multiple of its own median and over an absolute floor, and more refunds
 * than the product's usual refund rate makes likely on the day's orders: one refund out of five orders
 * is 20%, and no spike.
 */
export const refundRateSpike: ProductAlertRule = {
  id: 'refund-rate-spike',
  scope: 'product',
  severity: 'medium',
  metric: 'refundRate',
  title: { 'zh-CN': '退款率突增', en: 'Refund rate spiked' },
  short: { 'zh-CN': '退款激增', en: 'Refunds up' },
  action: {
    'zh-CN': '分析客服咨询高频问题与评价关键词，推动质量或发货问题整改',
    en: 'Look at the frequent customer-service questions and review keywords, and push the quality or shipping fix',
  },
  playbookTask: { templateId: 'product-lifecycle', taskId: 'reviews-and-questions' },
  thresholds: ['refundSpikeFactor', 'refundRateFloor', 'refundMinOrders', 'noiseSigmas', 'baselineDays', 'minBaselineDays'],
  evaluate(ctx) {
    const metrics = ctx.snapshot.metrics;
    const value = refund(metrics);
    const sales = salesCount(metrics);
    const { refundSpikeFactor, refundRateFloor, refundMinOrders, noiseSigmas } = ctx.settings;
    if (value === null || sales === null || sales < refundMinOrders || value <= refundRateFloor) return null;
    const baseline = ownBaseline(ctx, refund);
    if (!baseline) return null;
    const line = Math.max(refundRateFloor, baseline.median * refundSpikeFactor);
    if (value <= line) return null;
    // Refunds are rare: a median of 0% says little, so the usual rate is pooled over the spread window (plus one refund in two sales).
    let refunds = 1;
    let sold = 2;
    for (let i = ctx.spreadFrom; i < ctx.baselineTo; i++) {
      const { metrics: day } = ctx.history[i] as SnapshotRow;
      const rate = refund(day);
      const count = salesCount(day);
      if (rate === null || count === null) continue;
      refunds += rate * count;
      sold += count;
    }
    // The days the spike has lasted are pooled, as a fall's are.
    let spikeRefunds = 0;
    let spikeSales = 0;
    for (const i of daysOver(ctx, refund, line)) {
      const { metrics: day } = ctx.history[i] as SnapshotRow;
      const count = salesCount(day) ?? 0;
      spikeRefunds += (refund(day) ?? 0) * count;
      spikeSales += count;
    }
    if (binomialAtLeast(Math.round(spikeRefunds), Math.round(spikeSales), Math.min(refunds / sold, 1)) >= normalTail(noiseSigmas)) return null;
    return {
      severity: value >= 2 * refundRateFloor && value >= 2 * refundSpikeFactor * baseline.median ? 'high' : 'medium',
      evidence: {
        metric: 'refundRate',
        value,
        baseline: baseline.median,
        period: ctx.period,
        extra: { sales, floor: refundRateFloor },
        threshold: ctx.threshold('refundSpikeFactor', line),
      },
    };
  },
};
