import { fallLine, isKnown, ownBaseline, pooledUnder, ratio, salesCount, type Reading } from '../readings';
import type { ProductAlertRule } from '../types';

/**
 * 客单价 (average order value) down against the product's own recent days. The handbook has the seller watch
 * 客单价 every day beside UV, PV and conversion (新平台筹备 步骤4 数据监控); for one product a sudden fall is
 * most often money leaking out: a price changed by mistake, coupons stacking past the plan, or a cheap SKU
 * or gift selling alone. Judged on days with enough orders that one large or small basket can't move it,
 * and only when the fall is wider than the product's own usual day-to-day swing. A price mistake lasts until
 * someone fixes it: the days it has lasted (each under the seller's ratio) are pooled, so on a product whose
 * value swings widely with 20 orders a day, halved baskets show on the second or third day instead of never.
 */
// The page's own 客单价 first; otherwise sales over paying buyers (生意参谋's definition), else over orders.
const orderValue: Reading = (m) => (isKnown(m.aov) ? m.aov : (ratio(m.gmv, m.buyers) ?? ratio(m.gmv, m.orders)));

export const aovDrop: ProductAlertRule = {
  id: 'aov-drop',
  scope: 'product',
  severity: 'medium',
  metric: 'aov',
  title: { 'zh-CN': '客单价下滑', en: 'Average order value fell against its own recent days' },
  short: { 'zh-CN': '客单价降', en: 'AOV down' },
  action: {
    'zh-CN': '核对售价、SKU 价格和优惠设置（券是否叠加、满减门槛、赠品是否被单独拍下），确认不是误改价或漏设门槛',
    en: 'Check the price, each SKU’s price and the discounts (coupons stacking, spend thresholds, a gift bought on its own) to rule out a price mistake or a missing threshold',
  },
  thresholds: ['aovDropRatio', 'aovMinOrders', 'noiseSigmas', 'baselineDays', 'minBaselineDays'],
  evaluate(ctx) {
    const metrics = ctx.snapshot.metrics;
    const value = orderValue(metrics);
    const orders = salesCount(metrics);
    const { aovDropRatio, aovMinOrders, noiseSigmas } = ctx.settings;
    if (value === null || orders === null || orders < aovMinOrders) return null;
    const baseline = ownBaseline(ctx, orderValue);
    if (!baseline || baseline.median <= 0) return null;
    // The days the fall has lasted, each under the seller's ratio, pooled as sales over orders (a day with few orders adds
    // few baskets, so it neither ends the run nor sways it):
    // their value has to sit under the baseline by the seller's ratio, or by more than the product's usual swing
    // shrunk to that many days (÷√days). One day alone meets the full swing, as before.
    const pooled = pooledUnder(ctx, orderValue, salesCount, baseline.median * (1 - aovDropRatio));
    if (!pooled) return null;
    const { days } = pooled;
    const line = fallLine({ ...baseline, spread: baseline.spread / Math.sqrt(days) }, baseline.median * aovDropRatio, noiseSigmas, 0);
    if (pooled.mean > line) return null;
    const drop = 1 - value / baseline.median;
    return {
      severity: drop >= 0.5 ? 'high' : 'medium',
      evidence: {
        metric: 'aov',
        value,
        baseline: baseline.median,
        period: ctx.period,
        extra: { drop, orders, days, baselineDays: baseline.periods },
        threshold: ctx.threshold('aovDropRatio', line),
      },
    };
  },
};
