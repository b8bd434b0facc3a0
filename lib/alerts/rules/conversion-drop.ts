import type { SnapshotRow } from '../../db/types';
import { conversion, daysUnder, normalTail, ownBaseline, peerFactor, poissonAtMost, traffic } from '../readings';
import type { ProductAlertRule } from '../types';

/**
 * Conversion down against the product's own recent median, by the seller's ratio and beyond what
 * chance gives at the day's visitors: judged only when the baseline predicts enough orders for a
 * shortfall to mean something. Where the page shows a peer figure, a fall the whole peer group shares
 * (a holiday, a platform-wide dip) is taken out first.
 */
export const conversionDrop: ProductAlertRule = {
  id: 'conversion-drop',
  scope: 'product',
  severity: 'medium',
  metric: 'conversionRate',
  title: { 'zh-CN': '转化率下滑', en: 'Conversion dropped against its own recent days' },
  short: { 'zh-CN': '转化下滑', en: 'Conversion drop' },
  action: {
    'zh-CN': '复查价格、评价与竞品变化，优化主图或详情页卖点',
    en: "Review price, reviews and competitors; optimise the main image or the detail page's selling points",
  },
  playbookTask: { templateId: 'product-lifecycle', taskId: 'optimise-main-image' },
  thresholds: ['conversionDropRatio', 'conversionMinExpectedOrders', 'minVisitors', 'noiseSigmas', 'baselineDays', 'minBaselineDays'],
  evaluate(ctx) {
    const metrics = ctx.snapshot.metrics;
    const value = conversion(metrics);
    const visitors = traffic(metrics);
    if (value === null || visitors === null || visitors < ctx.settings.minVisitors) return null;
    const own = ownBaseline(ctx, conversion);
    if (!own || own.median <= 0) return null;
    const peer = peerFactor(ctx, 'conversionRate');
    const baseline = { ...own, median: own.median * peer(ctx.index) };
    const { conversionDropRatio, conversionMinExpectedOrders, noiseSigmas } = ctx.settings;
    const expectedOrders = visitors * baseline.median;
    if (expectedOrders < conversionMinExpectedOrders) return null;
    // A conversion rate's day-to-day swing is mostly the counting noise of its orders, which the test below
    // measures on the days themselves; its spread would count that noise twice.
    const line = baseline.median * (1 - conversionDropRatio);
    // Orders are counts: 3 where 8 were expected happens by chance more often than a seller would guess.
    // The days the fall has lasted are pooled, so a fall that persists is found even on small days.
    let orders = 0;
    let expected = 0;
    for (const i of daysUnder(ctx, conversion, line)) {
      const day = (ctx.history[i] as SnapshotRow).metrics;
      const dayVisitors = traffic(day) ?? 0;
      orders += (conversion(day) ?? 0) * dayVisitors;
      expected += own.median * peer(i) * dayVisitors;
    }
    if (expected === 0 || poissonAtMost(Math.round(orders), expected) >= normalTail(noiseSigmas)) return null;
    const drop = 1 - value / baseline.median;
    return {
      severity: drop >= 0.7 ? 'high' : 'medium',
      evidence: {
        metric: 'conversionRate',
        value,
        baseline: baseline.median,
        period: ctx.period,
        extra: { drop, traffic: visitors, expectedOrders, baselineDays: baseline.periods },
        threshold: ctx.threshold('conversionDropRatio', line),
      },
    };
  },
};
