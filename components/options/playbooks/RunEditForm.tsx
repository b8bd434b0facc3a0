import { useState, type FormEvent } from 'react';
import type { RunRow } from '../../../lib/db/schema';
import type { Template } from '../../../lib/playbooks/model';
import { useLang, useT } from '../../common/i18n';
import { TargetFields } from '../../playbooks/TargetFields';

export interface RunEditChange {
  name?: string;
  dates?: Record<string, string | null>;
  targets?: Record<string, number | null>;
}

/** Ratios are typed as percentages (3.2) and kept as fractions (0.032), as when the run was started. */
const shownTarget = (value: number | undefined, unit: string) => (value === undefined ? '' : String(unit === 'ratio' ? Math.round(value * 1e6) / 1e4 : value));

/**
 * Rename a run, move or clear its key dates (its due dates follow), change its targets. Only what the
 * seller changed is sent, so on a shared run a teammate's change of another field is never overwritten.
 */
export function RunEditForm({ run, template, onSave, onCancel }: { run: RunRow; template: Template; onSave(change: RunEditChange): Promise<void>; onCancel(): void }) {
  const t = useT();
  const lang = useLang();
  const [name, setName] = useState(run.name);
  const [dates, setDates] = useState<Record<string, string>>({ ...run.dates });
  const [targets, setTargets] = useState<Record<string, string>>(Object.fromEntries(template.targetKeys.map((k) => [k.key, shownTarget(run.targets[k.key], k.unit)])));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!event.nativeEvent.isTrusted) return;
    if (!name.trim()) return setError(t('pb.start.missingDate', { field: t('pb.start.name') }));
    const change: RunEditChange = {};
    if (name.trim() !== run.name) change.name = name.trim();
    const changedDates: Record<string, string | null> = {};
    for (const dateKey of template.dateKeys) {
      const day = dates[dateKey.key] ?? '';
      if (!day && !dateKey.optional) return setError(t('pb.start.missingDate', { field: dateKey.label[lang] }));
      if ((day || undefined) !== run.dates[dateKey.key]) changedDates[dateKey.key] = day || null;
    }
    if (Object.keys(changedDates).length > 0) change.dates = changedDates;
    const changedTargets: Record<string, number | null> = {};
    for (const target of template.targetKeys) {
      const raw = targets[target.key]?.trim() ?? '';
      const typed = raw === '' ? null : Number(raw);
      if (typed !== null && !Number.isFinite(typed)) return setError(t('pb.start.missingDate', { field: target.label[lang] }));
      const value = typed === null ? null : target.unit === 'ratio' ? typed / 100 : typed;
      if (raw !== shownTarget(run.targets[target.key], target.unit)) changedTargets[target.key] = value;
    }
    if (Object.keys(changedTargets).length > 0) change.targets = changedTargets;
    if (Object.keys(change).length === 0) return onCancel();
    setBusy(true);
    setError(null);
    try {
      await onSave(change);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="pb-edit" aria-label={t('run.edit.title', { name: run.name })} onSubmit={(e) => void submit(e)} noValidate>
      {run.shared ? <p className="muted">{t('run.edit.shared')}</p> : null}
      <label>
        <span>{t('pb.start.name')}</span>
        <input type="text" value={name} maxLength={120} onChange={(e) => setName(e.target.value)} />
      </label>
      <fieldset>
        <legend>{t('pb.start.dates')}</legend>
        {template.dateKeys.map((dateKey) => (
          <label key={dateKey.key}>
            <span>
              {dateKey.label[lang]}
              {dateKey.optional ? ` (${t('pb.start.optional')})` : ''}
            </span>
            <input type="date" value={dates[dateKey.key] ?? ''} onChange={(e) => setDates({ ...dates, [dateKey.key]: e.target.value })} />
          </label>
        ))}
      </fieldset>
      <TargetFields template={template} values={targets} onChange={setTargets} />
      {error ? (
        <p role="alert" className="error">
          {error}
        </p>
      ) : null}
      <div className="row">
        <button type="submit" disabled={busy}>
          {t('run.edit.save')}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t('pb.cancel')}
        </button>
      </div>
    </form>
  );
}
