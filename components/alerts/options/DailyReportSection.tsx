import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import {
  buildDailyReport,
  CORE_METRICS,
  dailyReportCsv,
  dailyReportMarkdown,
  formatChange,
  formatStoreValue,
  formatValue,
  storeLabel,
  storeSourceLabel,
  summedLabel,
  SUMMED_MARK,
  targetBasis,
  type DailyReport,
} from '../../../lib/alerts/daily-report';
import { runStart, STORE_MEASURES } from '../../../lib/alerts/store-totals';
import { extensionDb } from '../../../lib/db/instance';
import { useLang, useT } from '../../common/i18n';
import { downloadText } from '../../options/download';
import { TargetsTable } from './TargetsTable';

const SHOWN_LINES = 60;

function yesterday(now = new Date()): string {
  const local = new Date(now.getFullYear(), now.getMonth(), now.getDate() - 1);
  return `${local.getFullYear()}-${String(local.getMonth() + 1).padStart(2, '0')}-${String(local.getDate()).padStart(2, '0')}`;
}

/** The 运营日报: yesterday's core numbers per product, the change against the day before, open alerts; Markdown and CSV. */
export function DailyReportSection() {
  const t = useT();
  const lang = useLang();
  const db = extensionDb();
  const days = useLiveQuery(
    async () => {
      const [products, stores] = await Promise.all([db.snapshots.orderBy('period').uniqueKeys(), db.storeDays.orderBy('period').uniqueKeys()]);
      return [...new Set([...products, ...stores].map(String).filter((p) => p.length === 10))].sort();
    },
    [],
    null,
  );
  const [picked, setPicked] = useState<string | null>(null);
  const target = yesterday();
  const day = picked ?? (days?.includes(target) ? target : ([...(days ?? [])].reverse().find((d) => d <= target) ?? days?.[days.length - 1] ?? target));
  const report = useLiveQuery(
    async (): Promise<DailyReport> => {
      const previous = new Date(Date.UTC(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10) - 1)).toISOString().slice(0, 10);
      const [stores, products, snapshots, openAlerts, allRuns] = await Promise.all([
        db.stores.toArray(),
        db.products.toArray(),
        db.snapshots.where('period').anyOf([day, previous]).toArray(),
        db.alerts.where('status').anyOf(['open', 'snoozed']).toArray(),
        db.runs.toArray(),
      ]);
      // Runs live on the day with targets: their run-to-date totals need the days since their first date.
      const runs = allRuns.filter((run) => run.deletedAt === undefined && !run.archived && Object.keys(run.targets).length && (runStart(run) ?? day) <= day);
      const from = runs.map((run) => runStart(run) ?? day).sort()[0];
      const history = from && from < previous ? await db.snapshots.where('period').between(from, `${day}\uffff`, true, true).toArray() : snapshots;
      // The stores' own days (overview cards): the day, the day before, and back to the earliest run start.
      const storeDays = await db.storeDays.where('period').between(from && from < previous ? from : previous, day, true, true).toArray();
      return buildDailyReport({ day, stores, products, snapshots, openAlerts, lang, runs, history, storeDays });
    },
    [day, lang],
    null,
  );
  const headers: Record<(typeof CORE_METRICS)[number], string> = {
    traffic: `${t('alerts.metric.visitors')}`,
    conversionRate: t('alerts.metric.conversionRate'),
    gmv: t('alerts.metric.gmv'),
    orders: t('alerts.metric.orders'),
    addToCartRate: t('alerts.metric.addToCartRate'),
  };
  return (
    <section aria-labelledby="opt-daily-report">
      <h2 id="opt-daily-report">{t('options.dailyReport')}</h2>
      <p className="muted">{t('options.dailyReport.intro')}</p>
      <div className="row">
        <label>
          {t('options.dailyReport.day')}{' '}
          <input type="date" value={day} onChange={(e) => e.target.value && setPicked(e.target.value)} />
        </label>
        <button type="button" disabled={!report?.lines.length && !report?.stores.length} onClick={() => report && downloadText(`运营日报-${report.day}.md`, dailyReportMarkdown(report, lang), 'text/markdown;charset=utf-8')}>
          {t('options.dailyReport.markdown')}
        </button>
        <button type="button" disabled={!report?.lines.length && !report?.stores.length} onClick={() => report && downloadText(`运营日报-${report.day}.csv`, `\ufeff${dailyReportCsv(report, lang)}`, 'text/csv;charset=utf-8')}>
          {t('options.dailyReport.csv')}
        </button>
      </div>
      {!report ? null : !report.lines.length && !report.stores.length ? (
        <p className="muted">{t('options.dailyReport.empty')}</p>
      ) : (
        <>
          <h3>{t('measures.storeTotals')}</h3>
          <p className="muted">{t('measures.storeTotals.note')}</p>
          <div className="table-scroll" role="region" aria-label={t('measures.storeTotals')} tabIndex={0}>
            <table className="data-table" data-testid="store-totals">
              <thead>
                <tr>
                  <th scope="col">{t('context.store')}</th>
                  <th scope="col">{t('alerts.daily.store.source')}</th>
                  <th scope="col" className="num">
                    {t('measures.products')}
                  </th>
                  {STORE_MEASURES.map((m) => (
                    <th scope="col" key={m} className="num">
                      {storeLabel(m, lang)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {report.stores.map((store) => (
                  <tr key={`${store.platform}|${store.storeId ?? ''}`}>
                    <td>{store.storeName}</td>
                    <td>{storeSourceLabel(store, lang)}</td>
                    <td className="num">{store.products}</td>
                    {STORE_MEASURES.map((m) => (
                      <td key={m} className="num" data-measure={m} data-source={store.sources[m] ?? undefined}>
                        {formatStoreValue(m, store.values[m])}
                        {store.sources[m] === 'products' ? (
                          <abbr className="summed" title={summedLabel(lang)}>
                            {' '}
                            {SUMMED_MARK}
                          </abbr>
                        ) : null}
                        {store.changes[m] !== null ? <span className={`delta ${(store.changes[m] ?? 0) < 0 ? 'down' : 'up'}`}> {formatChange(store.changes[m])}</span> : null}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {report.stores.some((s) => s.targets.length) ? (
            <TargetsTable
              testId="store-targets"
              leadingHeaders={[t('context.store'), t('measures.run')]}
              rows={report.stores.flatMap((store) =>
                store.targets.map((line) => ({
                  id: `${store.platform}|${store.storeId ?? ''}|${line.runId}|${line.key}`,
                  leading: [store.storeName, line.runName],
                  targetKey: line.key,
                  target: line.target,
                  actual: line.actual,
                  attainment: line.attainment,
                  basis: targetBasis(line, lang),
                })),
              )}
            />
          ) : null}
          <h3>{t('alerts.product')}</h3>
          <div className="table-scroll" role="region" aria-label={t('alerts.product')} tabIndex={0}>
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('context.store')}</th>
                  <th scope="col">{t('alerts.product')}</th>
                  {CORE_METRICS.map((m) => (
                    <th scope="col" key={m} className="num">
                      {headers[m]}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {report.lines.slice(0, SHOWN_LINES).map((line) => (
                  <tr key={`${line.platform}|${line.productId}`}>
                    <td>{line.storeName}</td>
                    <td title={line.productId}>{line.title.slice(0, 36)}</td>
                    {CORE_METRICS.map((m) => (
                      <td key={m} className="num">
                        {formatValue(m, line.values[m])}
                        {line.changes[m] !== null ? <span className={`delta ${(line.changes[m] ?? 0) < 0 ? 'down' : 'up'}`}> {formatChange(line.changes[m])}</span> : null}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {report.lines.length > SHOWN_LINES ? <p className="muted">+{report.lines.length - SHOWN_LINES}</p> : null}
          <h3>{t('alerts.openCount', { count: report.alerts.length })}</h3>
          <ul className="plain">
            {report.alerts.map((a) => (
              <li key={`${a.platform}|${a.productId}|${a.rule}`}>
                <strong>{a.rule}</strong> · {a.title.slice(0, 40)} <span className="muted">({a.productId}, {a.since} → {a.period})</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
