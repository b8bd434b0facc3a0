import { useState } from 'react';
import { dueDate, isCalendarProvisional, usesChinaCalendar } from '../../lib/playbooks/due';
import type { Template } from '../../lib/playbooks/model';
import type { RunRow } from '../../lib/db/schema';
import { templateTasks } from '../../lib/playbooks/run';
import type { PlatformId } from '../../lib/sites/types';
import { useLang, useT } from '../common/i18n';
import { useBridge } from '../common/live';
import { TargetFields } from './TargetFields';

export interface StartRunFormProps {
  templates: readonly Template[];
  market: PlatformId;
  storeId?: string;
  storeName?: string;
  /** Preselected template (e.g. the campaign playbook on a campaign page). */
  initialTemplateId?: string;
  /** A team is joined: offer to start the run shared. */
  canShare?: boolean;
  onStarted(run: RunRow): void;
  onCancel(): void;
}

/** The first and last due date the key dates entered so far give, for the preview under the dates. */
function dueRange(template: Template, dates: Record<string, string>, market: PlatformId) {
  const days = templateTasks(template)
    .map(({ task }) => dueDate(task.due, dates, market))
    .filter((d): d is string => d !== null)
    .sort();
  return days.length === 0 ? null : { count: days.length, first: days[0]!, last: days[days.length - 1]! };
}

export function StartRunForm({ templates, market, storeId, storeName, initialTemplateId, canShare, onStarted, onCancel }: StartRunFormProps) {
  const t = useT();
  const lang = useLang();
  const { send } = useBridge();
  const [templateId, setTemplateId] = useState(initialTemplateId ?? templates[0]?.id ?? '');
  const [name, setName] = useState('');
  const [dates, setDates] = useState<Record<string, string>>({});
  const [targets, setTargets] = useState<Record<string, string>>({});
  const [productId, setProductId] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [share, setShare] = useState(false);
  const template = templates.find((tpl) => tpl.id === templateId);
  if (!template) return null;
  const range = dueRange(template, dates, market);
  const provisional = Object.values(dates).some((day) => day && isCalendarProvisional(day, market));

  /** `trusted`: the seller submitted the form; only then does the run leave the browser. */
  const submit = async (trusted: boolean) => {
    const missing = template.dateKeys.find((d) => !d.optional && !dates[d.key]);
    if (missing) return setError(t('pb.start.missingDate', { field: missing.label[lang] }));
    if (!name.trim()) return setError(t('pb.start.missingDate', { field: t('pb.start.name') }));
    const targetValues: Record<string, number> = {};
    for (const target of template.targetKeys) {
      const raw = targets[target.key]?.trim();
      if (!raw) continue;
      const value = Number(raw);
      if (!Number.isFinite(value)) return setError(t('pb.start.missingDate', { field: target.label[lang] }));
      // Ratios are typed as percentages (3.2) and kept as fractions (0.032), like snapshot metrics.
      targetValues[target.key] = target.unit === 'ratio' ? value / 100 : value;
    }
    setBusy(true);
    setError(null);
    try {
      const run = await send('playbooks/start', {
        templateId,
        name: name.trim(),
        ...(storeId ? { storeId } : {}),
        ...(productId.trim() ? { productId: productId.trim() } : {}),
        ...(market.startsWith('custom:') ? {} : { platform: market }),
        dates: Object.fromEntries(Object.entries(dates).filter(([, day]) => day)),
        targets: targetValues,
      });
      if (share && canShare && trusted) await send('team/share', { runId: run.id });
      onStarted(run);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="pb-start"
      aria-labelledby="pb-start-title"
      onSubmit={(e) => {
        e.preventDefault();
        void submit(e.nativeEvent.isTrusted);
      }}
    >
      <h3 id="pb-start-title" className="pb-group-title">
        {t('pb.start.title')}
      </h3>
      {storeName ? <p className="pb-hint">{t('pb.start.store', { store: storeName })}</p> : null}
      <label className="pb-field">
        <span>{t('pb.start.template')}</span>
        <select
          aria-label={t('pb.start.template')}
          value={templateId}
          onChange={(e) => {
            setTemplateId(e.target.value);
            setDates({});
            setTargets({});
          }}
        >
          {templates.map((tpl) => (
            <option key={tpl.id} value={tpl.id}>
              {tpl.name[lang]}
            </option>
          ))}
        </select>
      </label>
      <p className="pb-hint">{template.description[lang]}</p>
      <label className="pb-field">
        <span>{t('pb.start.name')}</span>
        <input type="text" value={name} maxLength={120} required placeholder={t('pb.start.namePlaceholder')} onChange={(e) => setName(e.target.value)} />
      </label>
      {template.scenario === 'product-lifecycle' ? (
        <label className="pb-field">
          <span>{t('pb.start.product')}</span>
          <input type="text" value={productId} maxLength={200} onChange={(e) => setProductId(e.target.value)} />
        </label>
      ) : null}
      <fieldset className="pb-fieldset">
        <legend>{t('pb.start.dates')}</legend>
        {template.dateKeys.map((dateKey) => (
          <label key={dateKey.key} className="pb-field pb-field-inline">
            <span>
              {dateKey.label[lang]}
              {dateKey.optional ? <span className="pb-optional"> ({t('pb.start.optional')})</span> : null}
            </span>
            <input type="date" value={dates[dateKey.key] ?? ''} required={!dateKey.optional} onChange={(e) => setDates({ ...dates, [dateKey.key]: e.target.value })} />
          </label>
        ))}
        {range ? (
          <p className="pb-hint" data-testid="pb-due-preview">
            {t('pb.start.dueRange', {
              count: range.count,
              first: range.first,
              last: range.last,
              calendar: usesChinaCalendar(market) ? t('pb.calendar.china') : t('pb.calendar.weekdays'),
            })}
            {provisional ? ` ${t('pb.start.provisional')}` : ''}
          </p>
        ) : null}
      </fieldset>
      <TargetFields template={template} values={targets} onChange={setTargets} fieldsetClassName="pb-fieldset" fieldClassName="pb-field pb-field-inline" />
      {canShare ? (
        <label className="pb-field pb-field-inline">
          <input type="checkbox" checked={share} onChange={(e) => setShare(e.target.checked)} />
          <span>{t('team.startShared')}</span>
        </label>
      ) : null}
      {error ? (
        <p className="pb-field-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="pb-actions">
        <button type="submit" className="pb-button pb-primary" disabled={busy}>
          {t('pb.start.submit')}
        </button>
        <button type="button" className="pb-button" onClick={onCancel}>
          {t('pb.cancel')}
        </button>
      </div>
    </form>
  );
}
