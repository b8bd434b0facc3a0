import { addToCart, conversion, conversionEvidence, hasVolume } from '../readings';
import type { ProductAlertRule } from '../types';

/** Shoppers want it (add-to-cart at or above the benchmark) but don't buy (conversion under it): price or detail page. */
export const cartHighConversionLow: ProductAlertRule = {
  id: 'cart-high-conversion-low',
  scope: 'product',
  severity: 'medium',
  metric: 'conversionRate',
  title: { 'zh-CN': '加购高但转化低', en: 'Many add to cart, few buy' },
  action: {
    'zh-CN': '核对定价合理性（与市场价对比）与详情页卖点，必要时调整优惠门槛',
    en: "Check the price against the market and the detail page's selling points; adjust the discount threshold if needed",
  },
  playbookTask: { templateId: 'product-lifecycle', taskId: 'check-price' },
  evaluate(ctx) {
    const metrics = ctx.snapshot.metrics;
    const cartRate = addToCart(metrics);
    const value = conversion(metrics);
    if (cartRate === null || value === null || !hasVolume(metrics, ctx.settings.minVisitors)) return null;
    const cartBenchmark = ctx.benchmark('addToCartRate');
    const benchmark = ctx.benchmark('conversionRate');
    if (!cartBenchmark || !benchmark || cartRate < cartBenchmark.value || value >= benchmark.value) return null;
    return {
      severity: 'medium',
      evidence: conversionEvidence(ctx, value, benchmark, { addToCartRate: cartRate, addToCartBenchmark: cartBenchmark.value }),
    };
  },
};
