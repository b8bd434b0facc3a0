import Dexie from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { ruleById } from '../../../lib/alerts/rules/index';
import { dayNumber, isHourly } from '../../../lib/alerts/periods';
import { extensionDb } from '../../../lib/db/instance';
import type { SnapshotRow } from '../../../lib/db/types';
import { METRIC_KEYS, METRIC_KIND, type MetricKey } from '../../../lib/metrics/keys';
import { useLang, useT } from '../../common/i18n';
import { metricLabelKey } from '../format';
import { HistoryChart } from './HistoryChart';
import { StockCover } from './StockCover';

const keyOf = (platform: string, productId: string) => `${platform}|${productId}`;

/** Every day from the first to the last captured one, with gaps as null (never 0). */
function series(rows: readonly SnapshotRow[], metric: MetricKey): { days: string[]; values: (number | null)[] } {
  const daily = rows.filter((r) => !isHourly(r.period));
  if (!daily.length) return { days: [], values: [] };
  const byDay = new Map(daily.map((r) => [r.period, r.metrics[metric]]));
  const first = dayNumber(daily[0]!.period);
  const last = dayNumber(daily[daily.length - 1]!.period);
  const days: string[] = [];
  const values: (number | null)[] = [];
  for (let d = first; d <= last; d++) {
    const day = new Date(d * 86_400_000).toISOString().slice(0, 10);
    days.push(day);
    const value = byDay.get(day);
    values.push(value === undefined || value === null || !Number.isFinite(value) ? null : value);
  }
  return { days, values };
}

/** Per-product history chart (uPlot) and the product's alert history, read straight from Dexie. */
export function ProductHistorySection() {
  const t = useT();
  const lang = useLang();
  const db = extensionDb();
  const products = useLiveQuery(() => db.products.toArray(), [], null);
  const alerted = useLiveQuery(() => db.alerts.toArray(), [], []);
  const [picked, setPicked] = useState<string | null>(null);
  const [pickedMetric, setPickedMetric] = useState<MetricKey | null>(null);
  const sorted = useMemo(() => {
    const withAlerts = new Set(alerted.map((a) => keyOf(a.platform, a.productId ?? '')));
    return [...(products ?? [])].sort(
      (a, b) =>
        Number(withAlerts.has(keyOf(b.platform, b.productId))) - Number(withAlerts.has(keyOf(a.platform, a.productId))) ||
        a.platform.localeCompare(b.platform) ||
        a.title.localeCompare(b.title),
    );
  }, [products, alerted]);
  const selected = picked ?? (sorted[0] ? keyOf(sorted[0].platform, sorted[0].productId) : null);
  const [platform, productId] = selected ? (selected.split('|') as [string, string]) : ['', ''];
  const rows = useLiveQuery(
    () =>
      selected
        ? db.snapshots.where('[platform+productId+period]').between([platform, productId, Dexie.minKey], [platform, productId, Dexie.maxKey], true, true).toArray()
        : Promise.resolve([] as SnapshotRow[]),
    [selected],
    [] as SnapshotRow[],
  );
  const history = alerted.filter((a) => a.platform === platform && a.productId === productId).sort((a, b) => (a.lastPeriod < b.lastPeriod ? 1 : -1));
  const metrics = METRIC_KEYS.filter((key) => rows.some((r) => r.metrics[key] !== undefined && r.metrics[key] !== null));
  // The metric of the product's latest alert first: that is what the seller came to look at.
  const alertMetric = history[0]?.evidence.metric;
  const metric =
    pickedMetric && metrics.includes(pickedMetric)
      ? pickedMetric
      : alertMetric && metrics.includes(alertMetric)
        ? alertMetric
        : (metrics.find((k) => k === 'visitors' || k === 'sessions') ?? metrics[0] ?? null);
  const product = sorted.find((p) => keyOf(p.platform, p.productId) === selected);
  const line = metric ? series(rows, metric) : null;

  return (
    <section aria-labelledby="opt-product-history">
      <h2 id="opt-product-history">{t('options.productHistory')}</h2>
      <p className="muted">{t('options.productHistory.intro')}</p>
      {products === null ? null : !sorted.length ? (
        <p>{t('options.productHistory.none')}</p>
      ) : (
        <>
          <div className="row">
            <label>
              {t('options.productHistory.pick')}{' '}
              <select value={selected ?? ''} onChange={(e) => {
                  setPicked(e.target.value);
                  setPickedMetric(null);
                }}>
                {sorted.map((p) => (
                  <option key={keyOf(p.platform, p.productId)} value={keyOf(p.platform, p.productId)}>
                    {`${p.platform} · ${p.title.slice(0, 40)} (${p.productId})`}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('options.productHistory.metric')}{' '}
              <select value={metric ?? ''} onChange={(e) => setPickedMetric(e.target.value as MetricKey)}>
                {metrics.map((key) => (
                  <option key={key} value={key}>
                    {t(metricLabelKey(key))}
                  </option>
                ))}
              </select>
            </label>
          </div>
          {metric && line && product ? (
            <HistoryChart days={line.days} values={line.values} percent={METRIC_KIND[metric] === 'rate'} seriesLabel={t(metricLabelKey(metric))} label={t('options.productHistory.chart', { metric: t(metricLabelKey(metric)), product: product.title })} />
          ) : null}
          <StockCover rows={rows} />
          <h3>{t('options.alertHistory')}</h3>
          {!history.length ? (
            <p className="muted">{t('options.alertHistory.none')}</p>
          ) : (
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('options.alertHistory.rule')}</th>
                  <th scope="col">{t('options.alertHistory.status')}</th>
                  <th scope="col">{t('options.alertHistory.first')}</th>
                  <th scope="col">{t('options.alertHistory.last')}</th>
                </tr>
              </thead>
              <tbody>
                {history.map((a) => (
                  <tr key={a.id}>
                    <td>{ruleById(a.ruleId)?.title[lang] ?? a.ruleId}</td>
                    <td>{t(`alerts.status.${a.status}`)}</td>
                    <td>{a.firstPeriod}</td>
                    <td>{a.lastPeriod}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );
}
