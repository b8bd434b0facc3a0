import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { parseTemplate, ROLES, type Phase, type Step, type Task, type Template, type ValidationError } from '../../../lib/playbooks/model';
import { useLang, useT } from '../../common/i18n';
import { roleKey } from '../../playbooks/labels';

export interface TemplateEditorProps {
  initial: Template;
  onSave(template: Template): Promise<void>;
  onCancel(): void;
}

type Lang2 = 'zh-CN' | 'en';

const newTask = (n: number, anchor: string): Task => ({
  id: `task-${n}`,
  title: { 'zh-CN': '', en: '' },
  detail: { 'zh-CN': '', en: '' },
  deliverables: [],
  roles: ['operations'],
  due: { anchor, offsetWorkingDays: 0 },
  pageHints: [],
});
const newStep = (n: number, taskN: number, anchor: string): Step => ({ id: `step-${n}`, title: { 'zh-CN': '', en: '' }, tasks: [newTask(taskN, anchor)] });
const newPhase = (n: number, stepN: number, taskN: number, anchor: string): Phase => ({
  id: `phase-${n}`,
  title: { 'zh-CN': '', en: '' },
  steps: [newStep(stepN, taskN, anchor)],
});

/**
 * Edits a custom template's phases, steps and tasks (titles, details, roles, due rules). Saving runs the
 * same validation as an import; every problem is shown on its field and listed with its exact path.
 */
export function TemplateEditor({ initial, onSave, onCancel }: TemplateEditorProps) {
  const t = useT();
  const lang = useLang();
  const [draft, setDraft] = useState<Template>(initial);
  const [errors, setErrors] = useState<ValidationError[]>([]);
  const anchor = draft.dateKeys[0]?.key ?? '';

  const update = (mutate: (next: Template) => void) =>
    setDraft((current) => {
      const next = structuredClone(current);
      mutate(next);
      return next;
    });
  // Phase, step and task ids share one namespace in a template; a new one takes the first free number.
  const taken = new Set(draft.phases.flatMap((ph) => [ph.id, ...ph.steps.flatMap((st) => [st.id, ...st.tasks.map((tk) => tk.id)])]));
  const free = (prefix: string) => {
    let n = 1;
    while (taken.has(`${prefix}-${n}`)) n++;
    return n;
  };

  // A failed save brings the list of problems into view: the editor is long and the save button is at its end.
  const summaryRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length > 0) summaryRef.current?.focus();
  }, [errors]);

  const errorsAt = (path: string) => errors.filter((e) => e.path === path);

  const save = async () => {
    const parsed = parseTemplate(draft, lang);
    if (!parsed.ok) {
      setErrors(parsed.errors);
      return;
    }
    setErrors([]);
    await onSave(parsed.template);
  };

  const text = (label: string, path: string, value: string, set: (value: string) => void, multiline = false) => (
    <Field label={label} errors={errorsAt(path)} path={path}>
      {(props) =>
        multiline ? <textarea rows={2} value={value} onChange={(e) => set(e.target.value)} {...props} /> : <input type="text" value={value} onChange={(e) => set(e.target.value)} {...props} />
      }
    </Field>
  );
  const bilingual = (label: string, path: string, value: { 'zh-CN': string; en: string }, set: (lang: Lang2, value: string) => void, multiline = false) => (
    <div className="pb-bilingual">
      {text(`${label} (${t('pb.edit.zh')})`, `${path}.zh-CN`, value['zh-CN'], (v) => set('zh-CN', v), multiline)}
      {text(`${label} (${t('pb.edit.en')})`, `${path}.en`, value.en, (v) => set('en', v), multiline)}
    </div>
  );

  return (
    <section aria-labelledby="opt-pb-editor" className="pb-editor">
      <h2 id="opt-pb-editor">
        {t('pb.edit.title')}: {draft.name[lang] || draft.id}
      </h2>
      {errors.length > 0 ? (
        <div role="alert" className="error" data-testid="editor-errors" tabIndex={-1} ref={summaryRef}>
          <p>{t('pb.edit.errors', { count: errors.length })}</p>
          <ul className="pb-errors">
            {errors.map((error, i) => (
              <li key={i}>
                <code>{error.path}</code> {error.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {text(t('pb.edit.id'), 'id', draft.id, (v) => update((d) => void (d.id = v)))}
      {bilingual(t('pb.edit.name'), 'name', draft.name, (l, v) => update((d) => void (d.name[l] = v)))}
      {bilingual(t('pb.edit.description'), 'description', draft.description, (l, v) => update((d) => void (d.description[l] = v)), true)}

      {draft.phases.map((phase, p) => (
        <fieldset key={p} className="pb-edit-phase">
          <legend>{t('pb.edit.phase', { n: p + 1 })}</legend>
          {text(t('pb.edit.fieldId'), `phases[${p}].id`, phase.id, (v) => update((d) => void (d.phases[p]!.id = v)))}
          {bilingual(t('pb.edit.fieldTitle'), `phases[${p}].title`, phase.title, (l, v) => update((d) => void (d.phases[p]!.title[l] = v)))}
          {phase.steps.map((step, s) => (
            <fieldset key={s} className="pb-edit-step">
              <legend>{t('pb.edit.step', { n: s + 1 })}</legend>
              {text(t('pb.edit.fieldId'), `phases[${p}].steps[${s}].id`, step.id, (v) => update((d) => void (d.phases[p]!.steps[s]!.id = v)))}
              {bilingual(t('pb.edit.fieldTitle'), `phases[${p}].steps[${s}].title`, step.title, (l, v) => update((d) => void (d.phases[p]!.steps[s]!.title[l] = v)))}
              {step.tasks.map((task, k) => {
                const base = `phases[${p}].steps[${s}].tasks[${k}]`;
                const at = (d: Template) => d.phases[p]!.steps[s]!.tasks[k]!;
                const calendar = task.due.calendar === true;
                return (
                  <fieldset key={k} className="pb-edit-task">
                    <legend>{t('pb.edit.task', { n: k + 1 })}</legend>
                    {text(t('pb.edit.fieldId'), `${base}.id`, task.id, (v) => update((d) => void (at(d).id = v)))}
                    {bilingual(t('pb.edit.fieldTitle'), `${base}.title`, task.title, (l, v) => update((d) => void (at(d).title[l] = v)))}
                    {bilingual(t('pb.edit.fieldDetail'), `${base}.detail`, task.detail, (l, v) => update((d) => void (at(d).detail[l] = v)), true)}
                    <fieldset className="pb-edit-roles" aria-invalid={errorsAt(`${base}.roles`).length > 0 || undefined}>
                      <legend>{t('pb.edit.roles')}</legend>
                      {ROLES.map((role) => (
                        <label key={role}>
                          <input
                            type="checkbox"
                            checked={task.roles.includes(role)}
                            onChange={(e) =>
                              update((d) => {
                                const roles = at(d).roles.filter((r) => r !== role);
                                at(d).roles = e.target.checked ? ROLES.filter((r) => r === role || roles.includes(r)) : roles;
                              })
                            }
                          />{' '}
                          {t(roleKey(role))}
                        </label>
                      ))}
                      <FieldErrors errors={errorsAt(`${base}.roles`)} />
                    </fieldset>
                    <div className="pb-edit-due">
                      <Field label={t('pb.edit.anchor')} errors={errorsAt(`${base}.due.anchor`)} path={`${base}.due.anchor`}>
                        {(props) => (
                          <select value={task.due.anchor} onChange={(e) => update((d) => void (at(d).due.anchor = e.target.value))} {...props}>
                            {draft.dateKeys.map((dateKey) => (
                              <option key={dateKey.key} value={dateKey.key}>
                                {dateKey.label[lang]}
                              </option>
                            ))}
                            {draft.dateKeys.some((dk) => dk.key === task.due.anchor) ? null : <option value={task.due.anchor}>{task.due.anchor}</option>}
                          </select>
                        )}
                      </Field>
                      <Field label={t('pb.edit.offset')} errors={[...errorsAt(`${base}.due`), ...errorsAt(`${base}.due.offsetWorkingDays`), ...errorsAt(`${base}.due.offsetDays`)]} path={`${base}.due.offset`}>
                        {(props) => (
                          <input
                            type="number"
                            step={1}
                            value={(calendar ? task.due.offsetDays : task.due.offsetWorkingDays) ?? ''}
                            onChange={(e) =>
                              update((d) => {
                                const value = e.target.value === '' ? undefined : Number(e.target.value);
                                at(d).due = calendar ? { anchor: at(d).due.anchor, offsetDays: value, calendar: true } : { anchor: at(d).due.anchor, offsetWorkingDays: value };
                              })
                            }
                            {...props}
                          />
                        )}
                      </Field>
                      <Field label={t('pb.edit.unit')} errors={errorsAt(`${base}.due.calendar`)} path={`${base}.due.calendar`}>
                        {(props) => (
                          <select
                            value={calendar ? 'calendar' : 'working'}
                            onChange={(e) =>
                              update((d) => {
                                const offset = at(d).due.offsetWorkingDays ?? at(d).due.offsetDays;
                                at(d).due = e.target.value === 'calendar' ? { anchor: at(d).due.anchor, offsetDays: offset, calendar: true } : { anchor: at(d).due.anchor, offsetWorkingDays: offset };
                              })
                            }
                            {...props}
                          >
                            <option value="working">{t('pb.edit.unit.working')}</option>
                            <option value="calendar">{t('pb.edit.unit.calendar')}</option>
                          </select>
                        )}
                      </Field>
                    </div>
                    <button type="button" className="danger" onClick={() => update((d) => void d.phases[p]!.steps[s]!.tasks.splice(k, 1))}>
                      {t('pb.edit.remove')}: {t('pb.edit.task', { n: k + 1 })}
                    </button>
                  </fieldset>
                );
              })}
              <FieldErrors errors={errorsAt(`phases[${p}].steps[${s}].tasks`)} />
              <div className="row">
                <button type="button" className="secondary" onClick={() => update((d) => void d.phases[p]!.steps[s]!.tasks.push(newTask(free('task'), anchor)))}>
                  {t('pb.edit.addTask')}
                </button>
                <button type="button" className="danger" onClick={() => update((d) => void d.phases[p]!.steps.splice(s, 1))}>
                  {t('pb.edit.remove')}: {t('pb.edit.step', { n: s + 1 })}
                </button>
              </div>
            </fieldset>
          ))}
          <FieldErrors errors={errorsAt(`phases[${p}].steps`)} />
          <div className="row">
            <button type="button" className="secondary" onClick={() => update((d) => void d.phases[p]!.steps.push(newStep(free('step'), free('task'), anchor)))}>
              {t('pb.edit.addStep')}
            </button>
            <button type="button" className="danger" onClick={() => update((d) => void d.phases.splice(p, 1))}>
              {t('pb.edit.remove')}: {t('pb.edit.phase', { n: p + 1 })}
            </button>
          </div>
        </fieldset>
      ))}
      <FieldErrors errors={errorsAt('phases')} />
      <div className="row pb-editor-actions">
        <button type="button" className="secondary" onClick={() => update((d) => void d.phases.push(newPhase(free('phase'), free('step'), free('task'), anchor)))}>
          {t('pb.edit.addPhase')}
        </button>
        <button type="button" onClick={() => void save()}>
          {t('pb.edit.save')}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t('pb.cancel')}
        </button>
      </div>
    </section>
  );
}

function FieldErrors({ errors, id }: { errors: ValidationError[]; id?: string }) {
  if (errors.length === 0) return null;
  return (
    <span className="error pb-field-error" id={id}>
      {errors.map((e) => e.message).join('; ')}
    </span>
  );
}

function Field({
  label,
  errors,
  path,
  children,
}: {
  label: string;
  errors: ValidationError[];
  path: string;
  children: (props: { id: string; 'aria-invalid'?: true; 'aria-describedby'?: string; 'data-path': string }) => ReactNode;
}) {
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <div className="pb-edit-field">
      <label htmlFor={id}>{label}</label>
      {children({ id, 'data-path': path, ...(errors.length > 0 ? { 'aria-invalid': true, 'aria-describedby': errorId } : {}) })}
      <FieldErrors errors={errors} id={errorId} />
    </div>
  );
}
