import type { SnapshotRow } from '../../db/types';
import { EPSILON, FALL_RUN_DAYS, isWeekend, metric, normalTail, poissonAtMost, trafficKey, weeklyBaseline } from '../readings';
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
    // under Poisson noise, which small numbers feel most. Each day of the run is held to its own kind's median
    // (a Friday to the weekdays, a Saturday to the weekends): on a product busier at weekends, a Saturday's
    // line would make an ordinary Friday look like part of a fall.
    const read = metric(key);
    const todayWeekend = isWeekend(ctx.period);
    let visits = 0;
    let expected = 0;
    let days = 0;
    for (let i = ctx.index; i >= ctx.baselineTo && days < FALL_RUN_DAYS; i--) {
      const row = ctx.history[i] as SnapshotRow;
      const dayValue = read(row.metrics);
      if (dayValue === null) break;
      const dayMedian = isWeekend(row.period) === todayWeekend ? baseline.median : weeklyBaseline({ ...ctx, period: row.period }, read)?.median;
      if (dayMedian === undefined || dayValue > dayMedian * (1 - trafficDropRatio) + EPSILON) break;
      visits += dayValue;
      expected += dayMedian;
      days++;
    }
    if (days === 0) return null;
    // The days' visits against what their medians expect: under by the seller's ratio, or by more than the usual
    // swing (relative, the same for both kinds) shrunk to that many days.
    const sigmas = days > 1 ? noiseSigmas : noiseSigmas + 1;
    const fall = Math.max(trafficDropRatio, (sigmas * baseline.spread) / baseline.median / Math.sqrt(days));
    if (visits > expected * (1 - fall) + EPSILON) return null;
    if (poissonAtMost(visits, expected) >= normalTail(noiseSigmas)) return null;
    const line = baseline.median * (1 - fall);
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
