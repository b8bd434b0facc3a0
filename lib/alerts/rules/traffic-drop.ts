import { EPSILON, metric, ownBaseline, trafficKey } from '../readings';
import type { ProductAlertRule } from '../types';

/** Visitors (or sessions) down against the product's own recent median; small baselines are noise, not drops. */
export const trafficDrop: ProductAlertRule = {
  id: 'traffic-drop',
  scope: 'product',
  severity: 'medium',
  metric: 'visitors',
  title: { 'zh-CN': '流量骤降', en: 'Traffic dropped against its own recent days' },
  action: {
    'zh-CN': '排查流量来源（搜索排名、推荐位、活动入口），针对流量骤降启动应急预案',
    en: 'Check the traffic sources (search ranking, recommendation slots, campaign entries) and start the contingency plan for a traffic drop',
  },
  playbookTask: { templateId: 'product-lifecycle', taskId: 'traffic-drop-follow-up' },
  evaluate(ctx) {
    const key = trafficKey(ctx.snapshot.metrics);
    if (key === null) return null;
    const value = ctx.snapshot.metrics[key] as number;
    const baseline = ownBaseline(ctx, metric(key));
    if (!baseline || baseline.median < ctx.settings.trafficMinBaseline) return null;
    const drop = 1 - value / baseline.median;
    if (drop < ctx.settings.trafficDropRatio - EPSILON) return null;
    return {
      severity: drop >= 0.7 ? 'high' : 'medium',
      evidence: { metric: key, value, baseline: baseline.median, period: ctx.period, extra: { drop, baselineDays: baseline.periods } },
    };
  },
};
