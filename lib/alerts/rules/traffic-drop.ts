import type { SnapshotRow } from '../../db/types';
import { EPSILON, daysUnder, fallLine, metric, normalTail, poissonAtMost, trafficKey, weeklyBaseline } from '../readings';
import type { ProductAlertRule } from '../types';

/**
 * Visitors (or sessions) down against the product's own recent median (weekends against weekends), by the seller's ratio and by
 * more than its usual day-to-day swing (and the counting noise of small numbers): 3 → 1 is noise.
 */
export const trafficDrop: ProductAlertRule = {
  id: 'traffic-drop',
  scope: 'product',
  severity: 'medium',
  metric: 'visitors',
  title: { 'zh-CN': '流量骤降', en: 'Traffic dropped against its own recent days' },
  short: { 'zh-CN': '流量骤降', en: 'Traffic drop' },
  action: {
    'zh-CN': '排查流量来源（搜索排名、推荐位、活动入口），针对流量骤降启动应急预案',
    en: 'Check the traffic sources (search ranking, recommendation slots, campaign entries) and start the contingency plan for a traffic drop',
  },
  playbookTask: { templateId: 'product-lifecycle', taskId: 'traffic-drop-follow-up' },
  thresholds: ['trafficDropRatio', 'trafficMinBaseline', 'noiseSigmas', 'baselineDays', 'minBaselineDays'],
  evaluate(ctx) {
    const key = trafficKey(ctx.snapshot.metrics);
    if (key === null) return null;
    const value = ctx.snapshot.metrics[key] as number;
    const baseline = weeklyBaseline(ctx, metric(key));
    if (!baseline || baseline.median < ctx.settings.trafficMinBaseline) return null;
    const { trafficDropRatio, noiseSigmas } = ctx.settings;
    // The days the fall has lasted (under the seller's ratio) are pooled: their mean has to sit under the
    // baseline by more than its usual swing shrinks to over that many days (÷√days), so a fall that persists
    // is found on a volatile product too. A fall seen on one day only has to clear one more swing, since a
    // few weeks of history misjudge rare days. Visits are counts, so the pooled total must also be unlikely
    // under Poisson noise, which small numbers feel most.
    const ratioLine = baseline.median * (1 - trafficDropRatio);
    const run = daysUnder(ctx, metric(key), ratioLine);
    if (!run.length) return null;
    let visits = 0;
    for (const i of run) visits += (ctx.history[i] as SnapshotRow).metrics[key] ?? 0;
    const sigmas = run.length > 1 ? noiseSigmas : noiseSigmas + 1;
    const line = fallLine({ ...baseline, spread: baseline.spread / Math.sqrt(run.length) }, trafficDropRatio * baseline.median, sigmas, 0);
    if (visits / run.length > line + EPSILON) return null;
    if (poissonAtMost(visits, baseline.median * run.length) >= normalTail(noiseSigmas)) return null;
    const drop = 1 - value / baseline.median;
    return {
      severity: drop >= 0.7 ? 'high' : 'medium',
      evidence: {
        metric: key,
        value,
        baseline: baseline.median,
        period: ctx.period,
        extra: { drop, baselineDays: baseline.periods },
        threshold: ctx.threshold('trafficDropRatio', line),
      },
    };
  },
};
