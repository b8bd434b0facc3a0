import { EPSILON, metric, ownBaseline } from '../readings';
import type { ProductAlertRule } from '../types';

const buyBox = metric('buyBoxRate');

/** Amazon Featured Offer (Buy Box) share under the floor or down by some points against its own median. */
export const buyBoxFalling: ProductAlertRule = {
  id: 'buybox-falling',
  scope: 'product',
  severity: 'medium',
  metric: 'buyBoxRate',
  title: { 'zh-CN': '黄金购物车占比下降', en: 'Buy Box share falling' },
  action: {
    'zh-CN': '检查价格、库存与配送方式，夺回黄金购物车',
    en: 'Check price, stock and fulfilment to win the Buy Box back',
  },
  playbookTask: { templateId: 'product-lifecycle', taskId: 'check-price' },
  evaluate(ctx) {
    const metrics = ctx.snapshot.metrics;
    const value = buyBox(metrics);
    const views = metrics.pageViews ?? metrics.sessions;
    if (value === null || views == null || views < ctx.settings.buyBoxMinPageViews) return null;
    const baseline = ownBaseline(ctx, buyBox);
    const underFloor = value < ctx.settings.buyBoxFloor;
    const fell = baseline !== null && baseline.median - value >= ctx.settings.buyBoxDropPoints - EPSILON;
    if (!underFloor && !fell) return null;
    return {
      severity: value < 0.5 ? 'high' : 'medium',
      evidence: { metric: 'buyBoxRate', value, baseline: baseline?.median ?? null, period: ctx.period, extra: { floor: ctx.settings.buyBoxFloor } },
    };
  },
};
