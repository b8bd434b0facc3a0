import { EPSILON, conversion, hasVolume, ownBaseline, traffic } from '../readings';
import type { ProductAlertRule } from '../types';

/** Conversion down against the product's own recent median, judged only on a period with enough visitors. */
export const conversionDrop: ProductAlertRule = {
  id: 'conversion-drop',
  scope: 'product',
  severity: 'medium',
  metric: 'conversionRate',
  title: { 'zh-CN': '转化率下滑', en: 'Conversion dropped against its own recent days' },
  action: {
    'zh-CN': '复查价格、评价与竞品变化，优化主图或详情页卖点',
    en: "Review price, reviews and competitors; optimise the main image or the detail page's selling points",
  },
  playbookTask: { templateId: 'product-lifecycle', taskId: 'optimise-main-image' },
  evaluate(ctx) {
    const metrics = ctx.snapshot.metrics;
    const value = conversion(metrics);
    if (value === null || !hasVolume(metrics, ctx.settings.minVisitors)) return null;
    const baseline = ownBaseline(ctx, conversion);
    if (!baseline || baseline.median <= 0) return null;
    const drop = 1 - value / baseline.median;
    if (drop < ctx.settings.conversionDropRatio - EPSILON) return null;
    return {
      severity: drop >= 0.7 ? 'high' : 'medium',
      evidence: {
        metric: 'conversionRate',
        value,
        baseline: baseline.median,
        period: ctx.period,
        extra: { drop, traffic: traffic(metrics), baselineDays: baseline.periods },
      },
    };
  },
};
