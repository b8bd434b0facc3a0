import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { buildDailyReport, CORE_METRICS, dailyReportCsv, dailyReportMarkdown, formatChange, formatValue, type DailyReport } from '../../../lib/alerts/daily-report';
import { extensionDb } from '../../../lib/db/instance';
import { useLang, useT } from '../../common/i18n';
import { downloadText } from '../../options/download';

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
  const days = useLiveQuery(async () => (await db.snapshots.orderBy('period').uniqueKeys()).map(String).filter((p) => p.length === 10), [], null);
  const [picked, setPicked] = useState<string | null>(null);
  const target = yesterday();
  const day = picked ?? (days?.includes(target) ? target : ([...(days ?? [])].reverse().find((d) => d <= target) ?? days?.[days.length - 1] ?? target));
  const report = useLiveQuery(
    async (): Promise<DailyReport> => {
      const previous = new Date(Date.UTC(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10) - 1)).toISOString().slice(0, 10);
      const [stores, products, snapshots, openAlerts] = await Promise.all([
        db.stores.toArray(),
        db.products.toArray(),
        db.snapshots.where('period').anyOf([day, previous]).toArray(),
        db.alerts.where('status').anyOf(['open', 'snoozed']).toArray(),
      ]);
      return buildDailyReport({ day, stores, products, snapshots, openAlerts, lang });
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
        <button type="button" disabled={!report?.lines.length} onClick={() => report && downloadText(`运营日报-${report.day}.md`, dailyReportMarkdown(report, lang), 'text/markdown;charset=utf-8')}>
          {t('options.dailyReport.markdown')}
        </button>
        <button type="button" disabled={!report?.lines.length} onClick={() => report && downloadText(`运营日报-${report.day}.csv`, `\ufeff${dailyReportCsv(report, lang)}`, 'text/csv;charset=utf-8')}>
          {t('options.dailyReport.csv')}
        </button>
      </div>
      {!report ? null : !report.lines.length ? (
        <p className="muted">{t('options.dailyReport.empty')}</p>
      ) : (
        <>
          <div className="table-scroll">
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
