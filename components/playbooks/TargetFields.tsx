import type { Template } from '../../lib/playbooks/model';
import { useLang, useT } from '../common/i18n';

/**
 * A run's targets as the seller types them (one number each, ratios as percentages), shared by starting
 * a run in the sidebar and editing one in Options; each caller keeps its own look through the class names.
 */
export function TargetFields({
  template,
  values,
  onChange,
  fieldsetClassName,
  fieldClassName,
}: {
  template: Template;
  values: Record<string, string>;
  onChange(values: Record<string, string>): void;
  fieldsetClassName?: string;
  fieldClassName?: string;
}) {
  const t = useT();
  const lang = useLang();
  if (template.targetKeys.length === 0) return null;
  return (
    <fieldset className={fieldsetClassName}>
      <legend>{t('pb.start.targets')}</legend>
      {template.targetKeys.map((target) => (
        <label key={target.key} className={fieldClassName}>
          <span>
            {target.label[lang]}
            {target.unit === 'ratio' ? ' (%)' : ''}
          </span>
          <input type="number" step="any" inputMode="decimal" value={values[target.key] ?? ''} onChange={(e) => onChange({ ...values, [target.key]: e.target.value })} />
        </label>
      ))}
    </fieldset>
  );
}
