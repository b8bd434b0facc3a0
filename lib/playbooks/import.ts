import { translate, type Lang } from '../i18n';
import { duplicateId, joinPath, parseTemplate, tooFew, type Template, type ValidationError } from './model';
import { findBuiltInTemplate } from './templates';

export type TemplateImportResult = { ok: true; templates: Template[] } | { ok: false; errors: ValidationError[] };

/**
 * A template file as the options page reads it (text, or already-parsed JSON): one template or a list.
 * All or nothing: one bad field anywhere and no template is returned. In a list, paths start with `[i]`.
 */
export function parseTemplateFile(input: unknown, lang: Lang): TemplateImportResult {
  let json = input;
  if (typeof input === 'string') {
    try {
      json = JSON.parse(input);
    } catch {
      return { ok: false, errors: [{ path: '', message: translate(lang, 'pb.check.notJson') }] };
    }
  }
  const list = Array.isArray(json);
  const items: unknown[] = Array.isArray(json) ? json : [json];
  if (items.length === 0) return { ok: false, errors: [{ path: '', message: tooFew(1, lang) }] };

  const errors: ValidationError[] = [];
  const templates: Template[] = [];
  const idPaths = new Map<string, string>();
  items.forEach((item, i) => {
    const prefix = list ? `[${i}]` : '';
    const parsed = parseTemplate(item, lang);
    if (!parsed.ok) {
      errors.push(...parsed.errors.map((error) => ({ ...error, path: joinPath(prefix, error.path) })));
      return;
    }
    const { template } = parsed;
    const idPath = joinPath(prefix, 'id');
    if (template.builtIn) errors.push({ path: joinPath(prefix, 'builtIn'), message: translate(lang, 'pb.check.builtInImport') });
    if (findBuiltInTemplate(template.id)) errors.push({ path: idPath, message: translate(lang, 'pb.check.builtInIdTaken', { id: template.id }) });
    const first = idPaths.get(template.id);
    if (first !== undefined) errors.push({ path: idPath, message: duplicateId(template.id, first, lang) });
    else idPaths.set(template.id, idPath);
    templates.push(template);
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, templates };
}

/** The file `parseTemplateFile` reads back: a list, so several templates travel together. */
export function templatesToJson(templates: readonly Template[]): string {
  return `${JSON.stringify(templates, null, 2)}\n`;
}
