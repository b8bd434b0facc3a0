import { useState } from 'react';
import { ruleById } from '../../lib/alerts/rules/index';
import { dayNumber } from '../../lib/alerts/periods';
import { THRESHOLD_META, type ThresholdMeta } from '../../lib/alerts/thresholds';
import type { AlertThresholds } from '../../lib/alerts/types';
import type { AlertEvidence, AlertThresholdEvidence, SnapshotRow } from '../../lib/db/types';
import type { Lang } from '../../lib/i18n';
import type { MetricKey } from '../../lib/metrics/keys';
import type { AlertView } from '../../lib/messaging/alerts';
import { useLang, useT } from '../common/i18n';
import { benchmarkSourceLabel, formatMetric, metricLabelKey } from './format';
import { PlaybookTaskLink } from './PlaybookTaskLink';
import { Sparkline } from './Sparkline';

export type AlertAct = { action: 'acknowledge' } | { action: 'snooze'; days: 1 | 7 };

const SPARK_DAYS = 14;

/** The metric's value on each of the 14 days ending at `lastPeriod`, null where none was kept. */
export function sparkValues(history: readonly SnapshotRow[], metric: AlertView['evidence']['metric'], lastPeriod: string): (number | null)[] {
  const byDay = new Map(history.map((row) => [row.period.slice(0, 10), row.metrics[metric]]));
  const last = dayNumber(lastPeriod);
  return Array.from({ length: SPARK_DAYS }, (_, i) => {
    const day = new Date((last - SPARK_DAYS + 1 + i) * 86_400_000).toISOString().slice(0, 10);
    const value = byDay.get(day);
    return value === undefined || value === null || !Number.isFinite(value) ? null : value;
  });
}

/** "Traffic fall against its own baseline 40% · default, change it in Options → Alerts": the setting, its value and where it came from. */
function thresholdExplanation(threshold: AlertThresholdEvidence, lang: Lang, t: ReturnType<typeof useT>): string {
  const meta = THRESHOLD_META[threshold.key as keyof AlertThresholds] as ThresholdMeta | undefined;
  const setting = meta
    ? `${meta.label[lang]} ${meta.unit === 'share' || meta.unit === 'points' ? `${Math.round(threshold.value * 1000) / 10}%` : threshold.value}`
    : `${t(metricLabelKey(threshold.key as MetricKey))} ${formatMetric(threshold.key as MetricKey, threshold.value, lang)}`;
  return `${setting} · ${t(`alerts.thresholdSource.${threshold.source}`)}`;
}

export interface AlertDetailsProps {
  alert: AlertView;
  /** Daily snapshots of the product (null while loading). */
  history: readonly SnapshotRow[] | null;
  onAct(act: AlertAct): Promise<unknown>;
  /** Show the product's title (the Alerts tab); the in-row popover sits next to it already. */
  showProduct?: boolean;
  headingId?: string;
}

/** The stock and sales rate behind a low-stock alert's days of cover, and the campaign it must last through. */
function StockLine({ extra }: { extra: AlertEvidence['extra'] }) {
  const t = useT();
  const lang = useLang();
  if (typeof extra?.stock !== 'number' || typeof extra.stockDay !== 'string') return null;
  const count = (value: number) => formatMetric('stock', value, lang);
  const base =
    typeof extra.unitsPerDay === 'number' && typeof extra.salesDays === 'number'
      ? t('stock.detail', { stock: count(extra.stock), day: extra.stockDay, perDay: extra.unitsPerDay.toLocaleString(lang), days: extra.salesDays })
      : t('stock.detailPage', { stock: count(extra.stock), day: extra.stockDay });
  const sold = typeof extra.soldSince === 'number' ? t('stock.soldSince', { sold: count(extra.soldSince) }) : '';
  const inbound = typeof extra.inbound === 'number' ? t('stock.inbound', { inbound: count(extra.inbound) }) : '';
  return (
    <div className="ss-stock" data-testid="alert-stock">
      <p className="ss-muted">{base + sold + inbound}</p>
      {typeof extra.campaign === 'string' && typeof extra.campaignEnds === 'string' ? <p>{t('stock.campaign', { name: extra.campaign, end: extra.campaignEnds })}</p> : null}
    </div>
  );
}

/** The last 14 days as a line; with one day captured so far a lone dot would say nothing, so it says that in words. */
function Trend({ history, alert, metricLabel }: { history: readonly SnapshotRow[]; alert: AlertView; metricLabel: string }) {
  const t = useT();
  const values = sparkValues(history, alert.evidence.metric, alert.lastPeriod);
  const days = values.filter((v) => v !== null).length;
  if (days === 0) return <span className="ss-muted">{t('alerts.noHistory')}</span>;
  if (days === 1) return <span className="ss-muted" data-testid="alert-one-day">{t('alerts.oneDay', { metric: metricLabel })}</span>;
  return <Sparkline values={values} label={t('alerts.sparkline', { metric: metricLabel })} />;
}

/** Evidence, the last 14 days, what to do in the handbook's words, the linked playbook task, and the actions. */
export function AlertDetails({ alert, history, onAct, showProduct, headingId }: AlertDetailsProps) {
  const t = useT();
  const lang = useLang();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const rule = ruleById(alert.ruleId);
  const { evidence } = alert;
  const metricLabel = t(metricLabelKey(evidence.metric));
  const baselineDays = typeof evidence.extra?.baselineDays === 'number' ? evidence.extra.baselineDays : 7;
  const act = (next: AlertAct) => {
    setBusy(true);
    setError(null);
    onAct(next).then(
      () => setBusy(false),
      (e: unknown) => {
        setBusy(false);
        setError(e instanceof Error ? e.message : String(e));
      },
    );
  };
  return (
    <article className="ss-alert" data-severity={alert.severity} data-rule={alert.ruleId} aria-labelledby={headingId}>
      <header className="ss-alert-head">
        <span className={`ss-sev ss-sev-${alert.severity}`}>{t(`alerts.severity.${alert.severity}`)}</span>
        <h3 className="ss-alert-title" id={headingId}>
          {rule ? rule.title[lang] : alert.ruleId}
        </h3>
      </header>
      {showProduct && alert.runId !== undefined ? (
        <p className="ss-alert-product">
          <span className="ss-muted">{t('alerts.campaignRun')}</span> {alert.runName ?? alert.runId}
        </p>
      ) : showProduct ? (
        <p className="ss-alert-product">
          <span className="ss-muted">{t('alerts.product')}</span> {alert.productTitle ?? alert.productId ?? alert.runId}
          {alert.productTitle && alert.productId ? <span className="ss-muted"> · {alert.productId}</span> : null}
        </p>
      ) : null}
      <dl className="ss-evidence">
        <div>
          <dt>{metricLabel}</dt>
          <dd data-testid="alert-value">{formatMetric(evidence.metric, evidence.value, lang)}</dd>
        </div>
        {evidence.baseline !== undefined && evidence.baseline !== null ? (
          <div>
            <dt>{t('alerts.baseline', { days: baselineDays })}</dt>
            <dd>{formatMetric(evidence.metric, evidence.baseline, lang)}</dd>
          </div>
        ) : null}
        {evidence.benchmark !== undefined && evidence.benchmark !== null ? (
          <div>
            <dt>{t('alerts.benchmark')}</dt>
            <dd>
              {formatMetric(evidence.metric, evidence.benchmark, lang)}
              {/* A shipped default (no one publishes a product CTR) is not a "typical" figure: say it is the seller's to change; a
                  figure the handbook gives (beauty conversion 3%) is the handbook's, as the threshold under it says. */}
              <span className="ss-muted ss-source">
                {evidence.threshold?.source === 'default'
                  ? t('alerts.thresholdSource.default')
                  : evidence.threshold?.source === 'handbook'
                    ? t('options.benchmarks.handbook')
                    : benchmarkSourceLabel(evidence.benchmarkSource, lang, t('alerts.source.runTarget'))}
              </span>
            </dd>
          </div>
        ) : null}
        {evidence.threshold ? (
          <div>
            <dt>{t('alerts.threshold')}</dt>
            <dd data-testid="alert-threshold" data-source={evidence.threshold.source}>
              {formatMetric(evidence.metric, evidence.threshold.limit, lang)}
              <span className="ss-muted ss-source">{thresholdExplanation(evidence.threshold, lang, t)}</span>
            </dd>
          </div>
        ) : null}
        <div>
          <dt>{t('alerts.period')}</dt>
          <dd>{evidence.period}</dd>
        </div>
        {alert.productId !== undefined && alert.runId === undefined ? (
          <div>
            <dt>{t('listed.label')}</dt>
            <dd data-testid="alert-listed">{alert.productListedDate ?? t('listed.unknown')}</dd>
          </div>
        ) : null}
      </dl>
      <StockLine extra={evidence.extra} />
      <p className="ss-muted ss-seen">{t('alerts.seen', { count: alert.seenCount, first: alert.firstPeriod })}</p>
      <div className="ss-spark">
        {history === null ? null : <Trend history={history} alert={alert} metricLabel={metricLabel} />}
      </div>
      {rule ? (
        <p className="ss-todo">
          <strong>{t('alerts.whatToDo')}</strong> {rule.action[lang]}
        </p>
      ) : null}
      {rule?.playbookTask ? <PlaybookTaskLink alert={alert} link={rule.playbookTask} /> : null}
      <div className="ss-alert-actions">
        <button type="button" disabled={busy} onClick={() => act({ action: 'acknowledge' })}>
          {t('alerts.acknowledge')}
        </button>
        <button type="button" disabled={busy} onClick={() => act({ action: 'snooze', days: 1 })}>
          {t('alerts.snooze1')}
        </button>
        <button type="button" disabled={busy} onClick={() => act({ action: 'snooze', days: 7 })}>
          {t('alerts.snooze7')}
        </button>
      </div>
      {error ? (
        <p className="ss-alert-error" role="alert">
          {t('alerts.actionFailed', { message: error })}
        </p>
      ) : null}
    </article>
  );
}
