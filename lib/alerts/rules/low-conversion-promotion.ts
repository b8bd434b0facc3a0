import { conversion, conversionEvidence, hasVolume, traffic } from '../readings';
import type { ProductAlertRule } from '../types';

/** Handbook 推广期 (days 0–30): conversion under the category mean (beauty 3%, product 1%) → fix the main image or selling points. */
export const lowConversionPromotion: ProductAlertRule = {
  id: 'low-conversion-promotion',
  scope: 'product',
  severity: 'medium',
  metric: 'conversionRate',
  title: { 'zh-CN': '推广期转化率低于品类均值', en: 'Conversion under the category benchmark in the promotion period' },
  action: { 'zh-CN': '优化主图或详情页卖点', en: "Optimise the main image or the detail page's selling points" },
  playbookTask: { templateId: 'product-lifecycle', taskId: 'optimise-main-image' },
  evaluate(ctx) {
    if (ctx.stage !== 'promotion') return null;
    const metrics = ctx.snapshot.metrics;
    const value = conversion(metrics);
    if (value === null || !hasVolume(metrics, ctx.settings.minVisitors)) return null;
    const benchmark = ctx.benchmark('conversionRate');
    if (!benchmark || value >= benchmark.value) return null;
    return {
      severity: value < benchmark.value / 2 ? 'high' : 'medium',
      evidence: conversionEvidence(ctx, value, benchmark, { traffic: traffic(metrics), ageDays: ctx.ageDays }),
    };
  },
};
