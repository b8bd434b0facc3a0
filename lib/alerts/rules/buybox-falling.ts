import type { SnapshotRow } from '../../db/types';
import { EPSILON, fallLine, metric, normalTail, ownBaseline, poissonAtLeast, pooledUnder, type Reading } from '../readings';
import type { ProductAlertRule } from '../types';

const buyBox = metric('buyBoxRate');
/** The views a day's Buy Box share is of: page views, else sessions. */
const pageViews: Reading = (m) => m.pageViews ?? m.sessions ?? null;

/**
 * Amazon Featured Offer (Buy Box) share down against the listing's own recent median, by the seller's
 * points and by more than its usual swing at the day's page views. A share that sits steadily a little
 * under 90% has not fallen: that is the separate floor rule's business, off by default. The days a fall
 * has lasted (each under the seller's points) are pooled by their page views, as the other falls are: a
 * listing with 50 views a day swings ±5 points by chance, and a lost Buy Box shows over two or three days.
 */
export const buyBoxFalling: ProductAlertRule = {
  id: 'buybox-falling',
  scope: 'product',
  severity: 'medium',
  metric: 'buyBoxRate',
  title: { 'zh-CN': '黄金购物车占比下降', en: 'Buy Box share falling' },
  short: { 'zh-CN': '购物车占有率下降', en: 'Buy Box falling' },
  action: {
    'zh-CN': '检查价格、库存与配送方式，夺回黄金购物车',
    en: 'Check price, stock and fulfilment to win the Buy Box back',
  },
  playbookTask: { templateId: 'product-lifecycle', taskId: 'check-price' },
  thresholds: ['buyBoxDropPoints', 'buyBoxMinPageViews', 'noiseSigmas', 'baselineDays', 'minBaselineDays'],
  evaluate(ctx) {
    const metrics = ctx.snapshot.metrics;
    const value = buyBox(metrics);
    const views = pageViews(metrics);
    if (value === null || views == null || views < ctx.settings.buyBoxMinPageViews) return null;
    const baseline = ownBaseline(ctx, buyBox);
    if (!baseline) return null;
    const { buyBoxDropPoints, noiseSigmas } = ctx.settings;
    // The run: the days ending today under the seller's points, their shares pooled by page views.
    const pooled = pooledUnder(ctx, buyBox, pageViews, baseline.median - buyBoxDropPoints);
    if (!pooled) return null;
    const { days } = pooled;
    const line = fallLine({ ...baseline, spread: baseline.spread / Math.sqrt(days) }, buyBoxDropPoints, noiseSigmas, 0);
    if (pooled.mean > line + EPSILON) return null;
    // Page views without the Buy Box are counts: 8 lost of 47 where 2 is usual happens by chance now and then.
    // The usual miss rate is pooled over the spread window, plus one miss in two views so a spotless 100% still has one.
    let missed = 1;
    let seen = 2;
    for (let i = ctx.spreadFrom; i < ctx.baselineTo; i++) {
      const { metrics: day } = ctx.history[i] as SnapshotRow;
      const share = buyBox(day);
      const dayViews = pageViews(day);
      if (share === null || dayViews == null) continue;
      missed += (1 - share) * dayViews;
      seen += dayViews;
    }
    if (poissonAtLeast(Math.round((1 - pooled.mean) * pooled.weight), (missed / seen) * pooled.weight) >= normalTail(noiseSigmas)) return null;
    return {
      severity: value < 0.5 ? 'high' : 'medium',
      evidence: {
        metric: 'buyBoxRate',
        value,
        baseline: baseline.median,
        period: ctx.period,
        extra: { drop: baseline.median - value, pageViews: views, days },
        threshold: ctx.threshold('buyBoxDropPoints', line),
      },
    };
  },
};
