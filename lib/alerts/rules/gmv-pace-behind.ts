import { metric, sumOver } from '../readings';
import type { CampaignAlertRule } from '../types';

const gmv = metric('gmv');

/**
 * GMV so far against the run's target spread evenly over the burst window. Periods without a
 * GMV figure are left out of both sides rather than counted as 0.
 */
export const gmvPaceBehind: CampaignAlertRule = {
  id: 'gmv-pace-behind',
  scope: 'campaign',
  severity: 'medium',
  metric: 'gmv',
  title: { 'zh-CN': 'GMV 进度落后于目标', en: 'GMV behind the target pace' },
  short: { 'zh-CN': 'GMV 进度落后', en: 'GMV behind' },
  action: { 'zh-CN': '及时调整策略（如追加广告投放、调整优惠力度）', en: 'Adjust now, e.g. add ad spend or deepen the discount' },
  playbookTask: { templateId: 'campaign', taskId: 'hourly-metrics-watch' },
  thresholds: ['gmvPaceTolerance', 'campaignMinElapsed'],
  evaluate(ctx) {
    const target = ctx.run.targets.gmv;
    if (target == null || !(target > 0) || ctx.elapsedShare < ctx.settings.campaignMinElapsed) return null;
    const { sum, periods } = sumOver(ctx.rows, gmv);
    if (periods === 0) return null;
    const expected = (target * periods) / ctx.windowPeriods;
    if (sum >= expected * (1 - ctx.settings.gmvPaceTolerance)) return null;
    return {
      severity: sum < expected / 2 ? 'high' : 'medium',
      evidence: {
        metric: 'gmv',
        value: sum,
        benchmark: expected,
        benchmarkSource: 'run-target',
        period: ctx.period,
        extra: { target, elapsedShare: ctx.elapsedShare, periodsWithGmv: periods },
        threshold: ctx.threshold('gmvPaceTolerance', expected * (1 - ctx.settings.gmvPaceTolerance)),
      },
    };
  },
};
