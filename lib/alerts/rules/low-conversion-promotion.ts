import type { SnapshotRow } from '../../db/types';
import { dayNumber } from '../periods';
import { addToCart, conversion, conversionEvidence, normalTail, poissonAtMost, pooledConversion } from '../readings';
import type { ProductAlertRule } from '../types';

/**
 * Handbook 推广期 (days 0–30 from the listing date the page showed): conversion under the category
 * mean (beauty 3%, product 1%) → fix the main image or selling points. Judged on the promotion days
 * so far pooled, and only when the shortfall is beyond chance at those visitors: one
 * 30-visitor day without a sale says nothing about a new product. Products whose listing date no page
 * showed are not judged (their age is unknown, not new).
 */
export const lowConversionPromotion: ProductAlertRule = {
  id: 'low-conversion-promotion',
  scope: 'product',
  severity: 'medium',
  metric: 'conversionRate',
  title: { 'zh-CN': '推广期转化率低于品类均值', en: 'Conversion under the category benchmark in the promotion period' },
  short: { 'zh-CN': '转化偏低', en: 'Low conversion' },
  action: { 'zh-CN': '优化主图或详情页卖点', en: "Optimise the main image or the detail page's selling points" },
  playbookTask: { templateId: 'product-lifecycle', taskId: 'optimise-main-image' },
  thresholds: ['minVisitors', 'benchmarkSigmas'],
  evaluate(ctx) {
    if (ctx.stage !== 'promotion' || ctx.ageDays === null) return null;
    const benchmark = ctx.benchmark('conversionRate');
    if (!benchmark || benchmark.value <= 0) return null;
    // The alert is about now: a day back at or over the mean resolves it, whatever the days before.
    const today = conversion(ctx.snapshot.metrics);
    if (today === null || today >= benchmark.value) return null;
    // The whole promotion period so far is pooled: days since listing only (before it is another story, or none).
    let from = ctx.index;
    while (from > 0 && dayNumber((ctx.history[from - 1] as SnapshotRow).period) >= dayNumber(ctx.period) - ctx.ageDays) from--;
    const pooled = pooledConversion(ctx.history, from, ctx.index + 1);
    if (pooled.visitors < ctx.settings.minVisitors) return null;
    const expected = pooled.visitors * benchmark.value;
    // Orders are counts: under the mean beyond chance when so few orders at the benchmark's rate are that unlikely.
    if (poissonAtMost(Math.round(pooled.orders), expected) >= normalTail(ctx.settings.benchmarkSigmas)) return null;
    const limitOrders = Math.max(0, expected - ctx.settings.benchmarkSigmas * Math.sqrt(expected));
    const value = pooled.orders / pooled.visitors;
    return {
      severity: value < benchmark.value / 2 ? 'high' : 'medium',
      evidence: conversionEvidence(
        ctx,
        value,
        benchmark,
        { traffic: pooled.visitors, days: pooled.days, ageDays: ctx.ageDays, addToCartRate: addToCart(ctx.snapshot.metrics) },
        limitOrders / pooled.visitors,
      ),
    };
  },
};
