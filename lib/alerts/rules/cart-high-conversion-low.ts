import type { SnapshotRow } from '../../db/types';
import { addToCart, conversion, conversionEvidence, normalTail, poissonAtMost, pooledConversion, traffic } from '../readings';
import type { ProductAlertRule, ResolvedBenchmark } from '../types';

/**
 * The line conversion must fall under: the page's peer figure (同行平均), the seller's own, or the handbook's
 * category mean (beauty 3%); a typical third-party figure is no floor to alert on.
 */
const trusted = (benchmark: ResolvedBenchmark | null): benchmark is ResolvedBenchmark => benchmark !== null && (benchmark.source !== 'category-typical' || benchmark.handbook === true);

/**
 * Shoppers want it (add-to-cart at or above the benchmark) but don't buy (conversion today and over the
 * baseline days pooled under its benchmark, beyond chance): price or detail page. Conversion is judged only
 * against the page's peer figure, the seller's own or the handbook's category mean, never a typical figure.
 */
export const cartHighConversionLow: ProductAlertRule = {
  id: 'cart-high-conversion-low',
  scope: 'product',
  severity: 'medium',
  metric: 'conversionRate',
  title: { 'zh-CN': '加购高但转化低', en: 'Many add to cart, few buy' },
  short: { 'zh-CN': '加购高转化低', en: 'Carts, few buys' },
  action: {
    'zh-CN': '核对定价合理性（与市场价对比）与详情页卖点，必要时调整优惠门槛',
    en: "Check the price against the market and the detail page's selling points; adjust the discount threshold if needed",
  },
  playbookTask: { templateId: 'product-lifecycle', taskId: 'check-price' },
  thresholds: ['minVisitors', 'benchmarkSigmas', 'baselineDays'],
  evaluate(ctx) {
    const cartBenchmark = ctx.benchmark('addToCartRate');
    const benchmark = ctx.benchmark('conversionRate');
    // "Many add to cart" is a description, so the typical add-to-cart figure may qualify it; the floor is conversion's.
    if (!cartBenchmark || !trusted(benchmark)) return null;
    const today = conversion(ctx.snapshot.metrics);
    if (today === null || today >= benchmark.value) return null;
    // Both rates over the same days pooled: one busy add-to-cart day is not "many add to cart".
    let carts = 0;
    let cartVisitors = 0;
    for (let i = ctx.baselineFrom; i <= ctx.index; i++) {
      const { metrics } = ctx.history[i] as SnapshotRow;
      const rate = addToCart(metrics);
      const visitors = traffic(metrics);
      if (rate === null || visitors === null) continue;
      carts += rate * visitors;
      cartVisitors += visitors;
    }
    const cartRate = cartVisitors > 0 ? carts / cartVisitors : null;
    if (cartRate === null || cartRate < cartBenchmark.value) return null;
    const pooled = pooledConversion(ctx.history, ctx.baselineFrom, ctx.index + 1);
    if (pooled.visitors < ctx.settings.minVisitors) return null;
    const expected = pooled.visitors * benchmark.value;
    if (poissonAtMost(Math.round(pooled.orders), expected) >= normalTail(ctx.settings.benchmarkSigmas)) return null;
    const limitOrders = Math.max(0, expected - ctx.settings.benchmarkSigmas * Math.sqrt(expected));
    return {
      severity: 'medium',
      evidence: conversionEvidence(
        ctx,
        pooled.orders / pooled.visitors,
        benchmark,
        { addToCartRate: cartRate, addToCartBenchmark: cartBenchmark.value, traffic: pooled.visitors, days: pooled.days },
        limitOrders / pooled.visitors,
      ),
    };
  },
};
