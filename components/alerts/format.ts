import type { AlertEvidence, AlertRow, AlertSeverity } from '../../lib/db/types';
import type { BenchmarkSource } from '../../lib/alerts/types';
import { translate, type Lang, type MessageKey } from '../../lib/i18n';
import { METRIC_KIND, type MetricKey } from '../../lib/metrics/keys';

/** How alert numbers read to a seller: rates as percentages, counts whole, money with two decimals. */
export function formatMetric(key: MetricKey, value: number | null | undefined, lang: Lang): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const locale = lang === 'zh-CN' ? 'zh-CN' : 'en-US';
  const kind = METRIC_KIND[key];
  if (kind === 'rate') return `${(value * 100).toFixed(value < 0.1 ? 2 : 1)}%`;
  if (kind === 'money') return value.toLocaleString(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return Math.round(value).toLocaleString(locale);
}

export const metricLabelKey = (key: MetricKey): MessageKey => `alerts.metric.${key}` as MessageKey;

export const SEVERITY_RANK: Record<AlertSeverity, number> = { high: 0, medium: 1, low: 2 };

/** Most severe first, then the most recently seen, then the longest running. */
export function bySeverity(a: AlertRow, b: AlertRow): number {
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    (a.lastPeriod < b.lastPeriod ? 1 : a.lastPeriod > b.lastPeriod ? -1 : 0) ||
    b.seenCount - a.seenCount
  );
}

/** The same words as Options → Benchmarks uses for a typical and the seller's own figure: one sentence, one key. */
const BENCHMARK_SOURCE_KEY: Record<BenchmarkSource, MessageKey> = {
  'page-peer': 'alerts.benchmarkSource.pagePeer',
  user: 'options.benchmarks.user',
  'category-typical': 'options.benchmarks.typical',
};

export function benchmarkSourceLabel(source: AlertEvidence['benchmarkSource'], lang: Lang, runTarget: string): string {
  if (!source) return '';
  return source === 'run-target' ? runTarget : translate(lang, BENCHMARK_SOURCE_KEY[source]);
}
