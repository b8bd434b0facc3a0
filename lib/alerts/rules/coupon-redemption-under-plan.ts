import { isKnown, metric } from '../readings';
import type { CampaignAlertRule } from '../types';

const redemptionRate = metric('couponRedemptionRate');

/**
 * 优惠券核销率低于预期: coupons used per coupon issued over the burst window so far (from the
 * counts when the dashboard shows them, else its own rate), against the run's plan.
 */
export const couponRedemptionUnderPlan: CampaignAlertRule = {
  id: 'coupon-redemption-under-plan',
  scope: 'campaign',
  severity: 'medium',
  metric: 'couponRedemptionRate',
  title: { 'zh-CN': '优惠券核销率低于预期', en: 'Coupon redemption under plan' },
  short: { 'zh-CN': '核销不及预期', en: 'Coupons unused' },
  action: {
    'zh-CN': '及时调整策略：提醒已领券未使用的用户、追加广告投放或调整优惠门槛',
    en: 'Adjust now: remind buyers holding unused coupons, add ad spend or adjust the coupon threshold',
  },
  playbookTask: { templateId: 'campaign', taskId: 'coupon-redemption-watch' },
  thresholds: ['couponRedemptionPlan', 'couponMinIssued'],
  evaluate(ctx) {
    let used = 0;
    let issued = 0;
    for (const { metrics } of ctx.rows) {
      if (!isKnown(metrics.couponUsed) || !isKnown(metrics.couponIssued)) continue;
      used += metrics.couponUsed;
      issued += metrics.couponIssued;
    }
    if (issued > 0 && issued < ctx.settings.couponMinIssued) return null;
    const value = issued > 0 ? used / issued : redemptionRate(ctx.snapshot.metrics);
    const runTarget = ctx.run.targets.couponRedemptionRate;
    const plan = runTarget ?? ctx.settings.couponRedemptionPlan;
    if (value === null || value >= plan) return null;
    return {
      severity: value < plan / 2 ? 'high' : 'medium',
      evidence: {
        metric: 'couponRedemptionRate',
        value,
        benchmark: plan,
        benchmarkSource: 'run-target',
        period: ctx.period,
        ...(issued > 0 && { extra: { couponUsed: used, couponIssued: issued } }),
        threshold: runTarget != null ? { key: 'couponRedemptionRate', value: plan, source: 'run-target', limit: plan } : ctx.threshold('couponRedemptionPlan', plan),
      },
    };
  },
};
