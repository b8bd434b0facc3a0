import { useLiveQuery } from 'dexie-react-hooks';
import { useRef, useState } from 'react';
import { CATEGORY_IDS, TYPICAL_BENCHMARKS, type CategoryId } from '../../../lib/alerts/benchmarks';
import {
  ALERT_SETTING_KEYS,
  benchmarkOverridesSchema,
  DEFAULT_RETENTION_DAYS,
  readBenchmarkOverrides,
  readRetentionDays,
  retentionDaysSchema,
} from '../../../lib/alerts/settings-rows';
import type { Benchmark } from '../../../lib/alerts/types';
import { extensionDb } from '../../../lib/db/instance';
import { formatIssues } from '../../../lib/messaging/define';
import { METRIC_KIND, type MetricKey } from '../../../lib/metrics/keys';
import { PLATFORM_IDS } from '../../../lib/sites/types';
import { useLang, useT } from '../../common/i18n';
import { formatMetric, metricLabelKey } from '../format';
import { OutcomeMessage, type Outcome } from '../../options/OutcomeMessage';
import './alerts-options.css';

/** A shipped category id (a seller's own figure may name the product's own category text instead). */
const isCategoryId = (category: string): category is CategoryId => (CATEGORY_IDS as readonly string[]).includes(category);

/** Metrics a seller benchmarks against (the ones the rules compare with a benchmark). */
const BENCHMARK_METRICS: readonly MetricKey[] = ['conversionRate', 'addToCartRate', 'buyBoxRate', 'refundRate', 'ctr', 'aov'];

function Choice({ label, value, options, onChange }: { label: string; value: string; options: readonly (readonly [string, string])[]; onChange(value: string): void }) {
  return (
    <label>
      {label}{' '}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map(([id, text]) => (
          <option key={id} value={id}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}

function BenchmarkEditor() {
  const t = useT();
  const lang = useLang();
  const db = extensionDb();
  const overrides = useLiveQuery(async () => readBenchmarkOverrides((await db.settings.get(ALERT_SETTING_KEYS.benchmarkOverrides))?.value), [], [] as Benchmark[]);
  const [draft, setDraft] = useState<{ platform: string; category: string; metric: MetricKey; value: string }>({ platform: '*', category: '*', metric: 'conversionRate', value: '' });
  const [message, setMessage] = useState<Outcome>(null);
  const any = t('options.benchmarks.any');
  const valueInput = useRef<HTMLInputElement>(null);

  const save = async (next: Benchmark[]) => {
    const parsed = benchmarkOverridesSchema.safeParse(next);
    if (!parsed.success) {
      setMessage({ kind: 'error', text: t('options.benchmarks.invalid', { issues: formatIssues(parsed.error).join('; ') }) });
      return;
    }
    await db.settings.put({ key: ALERT_SETTING_KEYS.benchmarkOverrides, value: parsed.data });
    setMessage({ kind: 'ok', text: t('options.benchmarks.saved') });
  };

  const add = () => {
    const typed = Number(draft.value.replace(',', '.').replace('%', ''));
    const value = METRIC_KIND[draft.metric] === 'rate' ? typed / 100 : typed;
    const row = { platform: draft.platform, category: draft.category, metric: draft.metric, value: draft.value.trim() ? value : Number.NaN, source: 'user' } as Benchmark;
    const rest = overrides.filter((o) => !(o.platform === row.platform && o.category === row.category && o.metric === row.metric));
    void save([...rest, row]);
  };

  const rows: Benchmark[] = [...overrides, ...TYPICAL_BENCHMARKS];
  return (
    <>
      <p className="muted">{t('options.benchmarks.intro')}</p>
      <h3>{t('options.benchmarks.add')}</h3>
      <div className="row">
        <Choice label={t('options.benchmarks.platform')} value={draft.platform} options={[['*', any], ...PLATFORM_IDS.map((p) => [p, p] as const)]} onChange={(platform) => setDraft({ ...draft, platform })} />
        <Choice label={t('options.benchmarks.category')} value={draft.category} options={[['*', any], ...CATEGORY_IDS.map((c) => [c, t(`options.benchmarks.cat.${c}`)] as const)]} onChange={(category) => setDraft({ ...draft, category })} />
        <Choice
          label={t('options.benchmarks.metric')}
          value={draft.metric}
          options={BENCHMARK_METRICS.map((m) => [m, t(metricLabelKey(m))] as const)}
          onChange={(metric) => setDraft({ ...draft, metric: metric as MetricKey })}
        />
        <label>
          {t('options.benchmarks.value')}{' '}
          <input ref={valueInput} inputMode="decimal" size={8} value={draft.value} onChange={(e) => setDraft({ ...draft, value: e.target.value })} placeholder={METRIC_KIND[draft.metric] === 'rate' ? '3.0 %' : ''} />
          {METRIC_KIND[draft.metric] === 'rate' ? ' %' : null}
        </label>
        <button type="button" onClick={add}>
          {t('options.benchmarks.add')}
        </button>
      </div>
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('options.benchmarks.platform')}</th>
              <th scope="col">{t('options.benchmarks.category')}</th>
              <th scope="col">{t('options.benchmarks.metric')}</th>
              <th scope="col" className="num">
                {t('options.benchmarks.value')}
              </th>
              <th scope="col">{t('options.benchmarks.source')}</th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={`${row.source}|${row.platform}|${row.category}|${row.metric}|${i}`} data-source={row.source}>
                <td>{row.platform === '*' ? any : row.platform}</td>
                <td>{row.category === '*' ? any : isCategoryId(row.category) ? t(`options.benchmarks.cat.${row.category}`) : row.category}</td>
                <td className="nowrap">{t(metricLabelKey(row.metric))}</td>
                <td className="num">
                  {formatMetric(row.metric, row.value, lang)}
                  {row.range ? <span className="muted"> ({formatMetric(row.metric, row.range[0], lang)}–{formatMetric(row.metric, row.range[1], lang)})</span> : null}
                </td>
                <td>
                  <span className={`tag ${row.source}`}>
                    {row.source === 'user' ? t('options.benchmarks.user') : row.shippedDefault ? t('options.benchmarks.default') : row.handbook ? t('options.benchmarks.handbook') : t('options.benchmarks.typical')}
                  </span>
                  {row.note ? <div className="muted small">{row.note}</div> : null}
                </td>
                <td>
                  {row.source === 'user' ? (
                    <button type="button" className="link-button" onClick={() => void save(overrides.filter((o) => o !== row))}>
                      {t('options.benchmarks.remove')}
                    </button>
                  ) : (
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => {
                        setDraft({ platform: row.platform, category: row.category, metric: row.metric, value: '' });
                        valueInput.current?.focus();
                      }}
                    >
                      {t('options.benchmarks.override')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <OutcomeMessage outcome={message} />
    </>
  );
}

function RetentionSetting() {
  const t = useT();
  const db = extensionDb();
  const stored = useLiveQuery(async () => readRetentionDays((await db.settings.get(ALERT_SETTING_KEYS.retentionDays))?.value), [], DEFAULT_RETENTION_DAYS);
  const [typed, setTyped] = useState<string | null>(null);
  const [message, setMessage] = useState<Outcome>(null);
  const save = async () => {
    const parsed = retentionDaysSchema.safeParse(Number(typed ?? stored));
    if (!parsed.success) {
      setMessage({ kind: 'error', text: t('options.benchmarks.invalid', { issues: formatIssues(parsed.error).join('; ') }) });
      return;
    }
    await db.settings.put({ key: ALERT_SETTING_KEYS.retentionDays, value: parsed.data });
    setTyped(null);
    setMessage({ kind: 'ok', text: t('options.benchmarks.saved') });
  };
  return (
    <>
      <h3 id="opt-retention">{t('options.retention')}</h3>
      <div className="row">
        <input aria-labelledby="opt-retention" type="number" min={30} max={3650} value={typed ?? String(stored)} onChange={(e) => setTyped(e.target.value)} />
        <span>{t('options.retention.days')}</span>
        <button type="button" onClick={() => void save()}>
          {t('options.retention.save')}
        </button>
      </div>
      <p className="muted">{t('options.retention.help')}</p>
      <OutcomeMessage outcome={message} />
    </>
  );
}

/** History retention, then benchmarks (typical figures labelled as typical, the seller's own on top). */
export function AlertSettingsSection() {
  const t = useT();
  return (
    <section aria-labelledby="opt-alert-settings">
      <h2 id="opt-alert-settings">{t('options.alertSettings')}</h2>
      <RetentionSetting />
      <BenchmarkEditor />
    </section>
  );
}
