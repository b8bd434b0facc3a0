import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { extensionDb } from '../../../lib/db/instance';
import {
  ALL_STORES,
  dueKey,
  dueOffset,
  editDefaults,
  EMPTY_STORE_DEFAULTS,
  PLAYBOOK_DEFAULTS_KEY,
  readPlaybookDefaults,
  storeDefaults,
  type PlaybookDefaults,
  type TypedDefaults,
} from '../../../lib/playbooks/defaults';
import type { Task, Template } from '../../../lib/playbooks/model';
import { SEGMENT_CUTOFF_KEYS, SEGMENT_CUTOFFS, type SegmentCutoffKey } from '../../../lib/playbooks/segment-cutoffs';
import { BUILT_IN_TEMPLATES } from '../../../lib/playbooks/templates';
import { useLang, useT } from '../../common/i18n';

const EMPTY_TYPED: TypedDefaults = { due: {}, segments: {} };

/** Every built-in task by its due key, for error messages and "typed back to the default". */
const BUILT_IN_TASKS = new Map<string, { template: Template; task: Task }>(
  BUILT_IN_TEMPLATES.flatMap((template) => template.phases.flatMap((phase) => phase.steps.flatMap((step) => step.tasks.map((task) => [dueKey(template.id, task.id), { template, task }] as const)))),
);

/**
 * Options → Playbook defaults: the built-in playbooks' due offsets and the segmentation cut-offs, for all
 * stores or one. The handbook's own numbers are labelled as such; every other is a default to change.
 */
export function PlaybookDefaultsSection() {
  const t = useT();
  const lang = useLang();
  const db = extensionDb();
  const stores = useLiveQuery(() => db.stores.toArray(), []) ?? [];
  const saved = useLiveQuery(async () => readPlaybookDefaults((await db.settings.get(PLAYBOOK_DEFAULTS_KEY))?.value), [], {} as PlaybookDefaults);
  const [store, setStore] = useState<string>(ALL_STORES);
  const [typed, setTyped] = useState<TypedDefaults>(EMPTY_TYPED);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; lines: string[] } | null>(null);

  const inherited = store === ALL_STORES ? EMPTY_STORE_DEFAULTS : storeDefaults(saved, undefined);
  const own = saved[store] ?? EMPTY_STORE_DEFAULTS;

  const save = async () => {
    const result = editDefaults(own, typed, lang, {
      inherited,
      taskTitle: (key) => BUILT_IN_TASKS.get(key)?.task.title[lang] ?? key,
      defaultOffset: (key) => {
        const found = BUILT_IN_TASKS.get(key);
        return found ? dueOffset(found.task.due) : undefined;
      },
    });
    if (!result.ok) {
      setMessage({ kind: 'error', lines: result.errors });
      return;
    }
    await db.settings.put({ key: PLAYBOOK_DEFAULTS_KEY, value: { ...saved, [store]: result.value } });
    setTyped(EMPTY_TYPED);
    setMessage({ kind: 'ok', lines: [t('defaults.saved')] });
  };

  const reset = async () => {
    const next = { ...saved };
    delete next[store];
    await db.settings.put({ key: PLAYBOOK_DEFAULTS_KEY, value: next });
    setTyped(EMPTY_TYPED);
    setMessage({ kind: 'ok', lines: [t('defaults.resetDone')] });
  };

  /** The source label beside a value: the seller's (with the default), the handbook's, or a default. */
  const label = (sellerValue: number | undefined, shipped: number, handbook: boolean) =>
    sellerValue !== undefined ? t('defaults.label.yours', { value: shipped }) : handbook ? t('defaults.label.handbook') : t('defaults.label.default');

  const segmentValue = (key: SegmentCutoffKey) => own.segments[key] ?? inherited.segments[key];

  return (
    <section aria-labelledby="opt-playbook-defaults">
      <h2 id="opt-playbook-defaults">{t('options.playbookDefaults')}</h2>
      <p className="muted">{t('defaults.intro')}</p>
      <label>
        {t('defaults.store')}{' '}
        <select
          value={store}
          onChange={(e) => {
            setStore(e.target.value);
            setTyped(EMPTY_TYPED);
            setMessage(null);
          }}
        >
          <option value={ALL_STORES}>{t('defaults.allStores')}</option>
          {stores.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </label>

      <fieldset className="defaults-segments">
        <legend>{t('defaults.segments')}</legend>
        <ul className="threshold-list">
          {SEGMENT_CUTOFF_KEYS.map((key) => {
            const meta = SEGMENT_CUTOFFS[key];
            const id = `cutoff-${key}`;
            const sellerValue = segmentValue(key);
            return (
              <li key={key} data-parameter={key}>
                <label htmlFor={id}>{meta.label[lang]}</label>{' '}
                <input
                  id={id}
                  inputMode="numeric"
                  size={5}
                  value={typed.segments[key] ?? String(sellerValue ?? meta.value)}
                  onChange={(e) => setTyped({ ...typed, segments: { ...typed.segments, [key]: e.target.value } })}
                />{' '}
                <span>{t(`defaults.unit.${meta.unit}`, { n: '' }).trim()}</span> <span className="muted small">{label(sellerValue, meta.value, false)}</span>
              </li>
            );
          })}
        </ul>
      </fieldset>

      <h3>{t('defaults.dueOffsets')}</h3>
      {BUILT_IN_TEMPLATES.map((template) => (
        <details key={template.id} className="defaults-template" data-template={template.id}>
          <summary>{template.name[lang]}</summary>
          <ul className="threshold-list">
            {template.phases.flatMap((phase) =>
              phase.steps.flatMap((step) =>
                step.tasks.map((task) => {
                  const key = dueKey(template.id, task.id);
                  const id = `due-${key.replace('/', '--')}`;
                  const shipped = dueOffset(task.due);
                  const sellerValue = own.due[key] ?? inherited.due[key];
                  const anchor = template.dateKeys.find((d) => d.key === task.due.anchor)?.label[lang] ?? task.due.anchor;
                  return (
                    <li key={key} data-task={key}>
                      <label htmlFor={id}>{task.title[lang]}</label>{' '}
                      <input
                        id={id}
                        inputMode="numeric"
                        size={5}
                        value={typed.due[key] ?? String(sellerValue ?? shipped)}
                        onChange={(e) => setTyped({ ...typed, due: { ...typed.due, [key]: e.target.value } })}
                      />{' '}
                      <span>
                        {t(task.due.calendar ? 'defaults.offsetUnit.calendar' : 'defaults.offsetUnit.working')} {anchor}
                      </span>{' '}
                      <span className="muted small" data-source={sellerValue !== undefined ? 'seller' : (task.due.source ?? 'default')}>
                        {label(sellerValue, shipped, task.due.source === 'handbook')}
                      </span>
                    </li>
                  );
                }),
              ),
            )}
          </ul>
        </details>
      ))}

      <p>
        <button type="button" onClick={() => void save()}>
          {t('defaults.save')}
        </button>{' '}
        <button type="button" onClick={() => void reset()}>
          {t(store === ALL_STORES ? 'defaults.reset' : 'defaults.resetStore')}
        </button>
      </p>
      {message ? (
        <div role={message.kind === 'error' ? 'alert' : 'status'} className={message.kind === 'error' ? 'error' : 'ok'}>
          {message.kind === 'error' ? <p>{t('defaults.invalid')}</p> : null}
          {message.lines.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      ) : null}
    </section>
  );
}
