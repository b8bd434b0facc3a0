import type { SnapshotRow } from '../../db/types';
import type { Metrics } from '../../metrics/keys';
import { dayNumber } from '../periods';
import { benchmarkThreshold, normalTail, poissonAtMost } from '../readings';
import type { ProductAlertRule } from '../types';

/** Clicks a row shows: counted, else its CTR × impressions. */
function clicksOf(m: Metrics): number | null {
  if (m.impressions === null || m.impressions === undefined || !Number.isFinite(m.impressions) || m.impressions <= 0) return null;
  if (m.clicks !== null && m.clicks !== undefined && Number.isFinite(m.clicks)) return m.clicks;
  return m.ctr !== null && m.ctr !== undefined && Number.isFinite(m.ctr) ? Math.round(m.ctr * m.impressions) : null;
}

/**
 * Clicks the benchmark must predict over the pooled days before a shortfall is judged: under ten, a
 * low count is as likely bad luck as a weak main image. A default, not a handbook figure.
 */
const MIN_EXPECTED_CLICKS = 10;

/**
 * Handbook 推广期 (days 0–30 from the listing date the page showed): track CTR daily; impressions that
 * few click mean the main image or title loses the search result. Pooled over the promotion days so far
 * and judged against the page's 同行平均, else the seller's figure, else a shipped default (labelled as
 * one), only when that few clicks at the benchmark's rate are beyond chance. Unknown age: not judged.
 */
export const ctrLowPromotion: ProductAlertRule = {
  id: 'ctr-low-promotion',
  scope: 'product',
  severity: 'medium',
  metric: 'ctr',
  title: { 'zh-CN': '推广期点击率低于基准', en: 'Click-through rate under the benchmark in the promotion period' },
  short: { 'zh-CN': '点击率低', en: 'Low CTR' },
  action: { 'zh-CN': '优化主图与标题，提升搜索结果中的点击', en: 'Rework the main image and title so search results get clicked' },
  playbookTask: { templateId: 'product-lifecycle', taskId: 'optimise-main-image' },
  thresholds: ['benchmarkSigmas'],
  evaluate(ctx) {
    if (ctx.stage !== 'promotion' || ctx.ageDays === null) return null;
    const benchmark = ctx.benchmark('ctr');
    if (!benchmark || benchmark.value <= 0) return null;
    let from = ctx.index;
    while (from > 0 && dayNumber((ctx.history[from - 1] as SnapshotRow).period) >= dayNumber(ctx.period) - ctx.ageDays) from--;
    let impressions = 0;
    let clicks = 0;
    let days = 0;
    for (let i = from; i <= ctx.index; i++) {
      const m = (ctx.history[i] as SnapshotRow).metrics;
      const c = clicksOf(m);
      if (c === null) continue;
      impressions += m.impressions as number;
      clicks += c;
      days++;
    }
    if (!days || clicksOf(ctx.snapshot.metrics) === null) return null;
    const expected = impressions * benchmark.value;
    if (expected < MIN_EXPECTED_CLICKS) return null;
    if (poissonAtMost(clicks, expected) >= normalTail(ctx.settings.benchmarkSigmas)) return null;
    const value = clicks / impressions;
    const limit = Math.max(0, expected - ctx.settings.benchmarkSigmas * Math.sqrt(expected)) / impressions;
    return {
      severity: value < benchmark.value / 2 ? 'high' : 'medium',
      evidence: {
        metric: 'ctr',
        value,
        benchmark: benchmark.value,
        benchmarkSource: benchmark.source,
        period: ctx.period,
        extra: { impressions, clicks, days, ageDays: ctx.ageDays },
        threshold: benchmarkThreshold('ctr', benchmark, limit),
      },
    };
  },
};
