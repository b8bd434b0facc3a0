import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { deleteCustomTemplate, importCustomTemplates, saveCustomTemplate } from '../../../lib/db/playbooks-repo';
import { listTemplates } from '../../../lib/workflows/runs';
import { extensionDb } from '../../../lib/db/instance';
import { checkImportSize } from '../../../lib/imports/limits';
import { inBothLangs } from '../../../lib/i18n';
import { parseTemplateFile, templatesToJson } from '../../../lib/playbooks/import';
import type { Template, ValidationError } from '../../../lib/playbooks/model';
import { templateTasks } from '../../../lib/playbooks/run';
import { useLang, useT } from '../../common/i18n';
import { roleKey } from '../../playbooks/labels';
import { downloadText } from '../download';
import { TemplateEditor } from './TemplateEditor';
import './playbooks-options.css';
import { FileButton } from '../FileButton';

type Message = { kind: 'ok' | 'error'; text: string; errors?: ValidationError[] };

/** A copy with a free id (`<id>-copy`, `-copy-2`, …) that the seller can edit. */
function duplicateOf(template: Template, taken: ReadonlySet<string>, suffix: Template['name']): Template {
  let id = `${template.id}-copy`;
  for (let n = 2; taken.has(id); n++) id = `${template.id}-copy-${n}`;
  return {
    ...structuredClone(template),
    id,
    version: 1,
    builtIn: false,
    name: { 'zh-CN': `${template.name['zh-CN']}${suffix['zh-CN']}`, en: `${template.name.en}${suffix.en}` },
  };
}

export function TemplateLibrary() {
  const t = useT();
  const lang = useLang();
  const db = extensionDb();
  const templates = useLiveQuery(() => listTemplates(db), []);
  const [viewing, setViewing] = useState<string | null>(null);
  const [editing, setEditing] = useState<Template | null>(null);
  const [message, setMessage] = useState<Message | null>(null);

  if (!templates) return null;
  const custom = templates.filter((tpl) => !tpl.builtIn);

  const onImport = async (file: File) => {
    const size = checkImportSize('template', file.size);
    if (!size.ok) return setMessage({ kind: 'error', text: t('import.tooLarge', { size: size.sizeMb, limit: size.limitMb }) });
    const parsed = parseTemplateFile(await file.text(), lang);
    if (!parsed.ok) return setMessage({ kind: 'error', text: t('pb.lib.importFailed', { count: parsed.errors.length }), errors: parsed.errors });
    try {
      const saved = await importCustomTemplates(db, parsed.templates, Date.now());
      setMessage({ kind: 'ok', text: t('pb.lib.imported', { count: saved.length }) });
    } catch (error) {
      setMessage({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
    }
  };

  if (editing) {
    return (
      <TemplateEditor
        initial={editing}
        onSave={async (template) => {
          const saved = await saveCustomTemplate(db, template, Date.now());
          setEditing(null);
          setMessage({ kind: 'ok', text: t('pb.edit.saved', { version: saved.version }) });
        }}
        onCancel={() => setEditing(null)}
      />
    );
  }

  return (
    <section aria-labelledby="opt-pb-templates">
      <h2 id="opt-pb-templates">{t('options.templates')}</h2>
      <p className="muted">{t('pb.lib.help')}</p>
      <div className="row">
        <button type="button" disabled={custom.length === 0} onClick={() => downloadText('seller-sidekick-playbooks.json', templatesToJson(custom), 'application/json')}>
          {t('pb.lib.export')}
        </button>
        <FileButton label={t('pb.lib.import')} accept="application/json,.json" testId="template-file" onFile={(file) => void onImport(file)} />
      </div>
      {message ? (
        <div role={message.kind === 'error' ? 'alert' : 'status'} className={message.kind === 'error' ? 'error' : 'ok'} data-testid="template-message">
          <p>{message.text}</p>
          {message.errors ? (
            <ul className="pb-errors">
              {message.errors.map((error, i) => (
                <li key={i}>
                  <code>{error.path || '(file)'}</code> {error.message}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      <ul className="pb-library">
        {templates.map((template) => (
          <li key={template.id} className="pb-library-item">
            <div className="pb-library-head">
              <div>
                <strong>{template.name[lang]}</strong> <span className="pb-badge">{template.builtIn ? t('pb.lib.builtIn') : t('pb.lib.custom')}</span>
                <p className="muted pb-library-meta">
                  {t('pb.lib.meta', { version: template.version, count: templateTasks(template).length })} · {template.description[lang]}
                </p>
              </div>
              <div className="row pb-row-actions">
                <button type="button" className="secondary" aria-expanded={viewing === template.id} onClick={() => setViewing(viewing === template.id ? null : template.id)}>
                  {viewing === template.id ? t('pb.lib.hide') : t('pb.lib.view')}
                </button>
                <button
                  type="button"
                  className="secondary"
                  aria-label={`${t('pb.lib.duplicate')}: ${template.name[lang]}`}
                  onClick={() =>
                    setEditing(duplicateOf(template, new Set(templates.map((x) => x.id)), inBothLangs('pb.lib.copySuffix')))
                  }
                >
                  {t('pb.lib.duplicate')}
                </button>
                {!template.builtIn ? (
                  <>
                    <button type="button" className="secondary" aria-label={`${t('pb.lib.edit')}: ${template.name[lang]}`} onClick={() => setEditing(structuredClone(template))}>
                      {t('pb.lib.edit')}
                    </button>
                    <button type="button" className="secondary" onClick={() => downloadText(`${template.id}.json`, templatesToJson([template]), 'application/json')}>
                      {t('pb.lib.exportOne')}
                    </button>
                    <button
                      type="button"
                      className="danger"
                      aria-label={`${t('pb.lib.delete')}: ${template.name[lang]}`}
                      onClick={() =>
                        deleteCustomTemplate(db, template.id).then(
                          () => setMessage({ kind: 'ok', text: t('pb.lib.deleted') }),
                          (error: unknown) => setMessage({ kind: 'error', text: error instanceof Error ? error.message : String(error) }),
                        )
                      }
                    >
                      {t('pb.lib.delete')}
                    </button>
                  </>
                ) : null}
              </div>
            </div>
            {viewing === template.id ? <TemplateOutline template={template} /> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

function TemplateOutline({ template }: { template: Template }) {
  const t = useT();
  const lang = useLang();
  const anchor = (key: string) => template.dateKeys.find((d) => d.key === key)?.label[lang] ?? key;
  return (
    <ol className="pb-outline">
      {template.phases.map((phase) => (
        <li key={phase.id}>
          <strong>{phase.title[lang]}</strong>
          {phase.steps.map((step) => (
            <div key={step.id} className="pb-outline-step">
              <span className="muted">{step.title[lang]}</span>
              <ul>
                {step.tasks.map((task) => (
                  <li key={task.id}>
                    {task.title[lang]}{' '}
                    <span className="muted">
                      ({task.roles.map((r) => t(roleKey(r))).join(t('list.separator'))};{' '}
                      {t('pb.lib.dueRule', {
                        offset: task.due.offsetWorkingDays ?? task.due.offsetDays ?? 0,
                        unit: task.due.calendar ? t('pb.edit.unit.calendar') : t('pb.edit.unit.working'),
                        anchor: anchor(task.due.anchor),
                      })}
                      )
                    </span>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </li>
      ))}
    </ol>
  );
}
