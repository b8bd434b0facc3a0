import { EPSILON, isKnown, medianOver, metric, type Reading } from '../readings';
import type { CampaignAlertRule } from '../types';

const failureCount = metric('paymentFailures');
/** Failed payments per payment attempt, so a busier hour alone does not look like a rise. */
const failureShare: Reading = ({ paymentFailures, orders }) =>
  isKnown(paymentFailures) && isKnown(orders) && paymentFailures + orders > 0 ? paymentFailures / (paymentFailures + orders) : null;

/** 支付失败率上升: this period's payment failures against the median of the previous few periods. */
export const paymentFailuresRising: CampaignAlertRule = {
  id: 'payment-failures-rising',
  scope: 'campaign',
  severity: 'high',
  metric: 'paymentFailures',
  title: { 'zh-CN': '支付失败率上升', en: 'Payment failures rising' },
  short: { 'zh-CN': '支付失败增多', en: 'Payment failures' },
  action: {
    'zh-CN': '联系技术团队检查支付系统稳定性，优化支付流程',
    en: 'Ask the tech team to check payment-system stability and optimise the payment flow',
  },
  playbookTask: { templateId: 'campaign', taskId: 'payment-failure-watch' },
  thresholds: ['paymentFailureFactor', 'paymentFailureMin', 'paymentFailureLookback'],
  evaluate(ctx) {
    const failures = failureCount(ctx.snapshot.metrics);
    if (failures === null || failures < ctx.settings.paymentFailureMin) return null;
    const last = ctx.rows.length - 1;
    const read = failureShare(ctx.snapshot.metrics) === null ? failureCount : failureShare;
    const value = read(ctx.snapshot.metrics) as number;
    const baseline = medianOver(ctx.rows, Math.max(0, last - ctx.settings.paymentFailureLookback), last, read, 2);
    if (!baseline || value <= baseline.median + EPSILON || value < baseline.median * ctx.settings.paymentFailureFactor - EPSILON) return null;
    return {
      severity: 'high',
      evidence: {
        metric: 'paymentFailures',
        value,
        baseline: baseline.median,
        period: ctx.period,
        extra: { measure: read === failureShare ? 'share-of-attempts' : 'count', paymentFailures: failures },
        threshold: ctx.threshold('paymentFailureFactor', baseline.median * ctx.settings.paymentFailureFactor),
      },
    };
  },
};
