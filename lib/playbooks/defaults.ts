import { z } from 'zod';
import type { Lang } from '../i18n/lang';
import type { Task, TaskParameter, Template } from './model';
import { SEGMENT_CUTOFF_KEYS, SEGMENT_CUTOFFS, type NumberSource, type SegmentCutoffKey } from './segment-cutoffs';

/**
 * The playbooks' numbers the handbook does not give, as defaults the seller can change per store or for
 * every store: each built-in task's due offset (the handbook gives only the campaign review's "within 3
 * working days" and the 30- and 90-day lifecycle marks) and the segmentation playbook's cut-offs (the
 * handbook names new, active, dormant and VIP customers but gives no numbers). Stored in one `settings`
 * row, parsed on read so a bad or older value falls back to the defaults.
 */
export const PLAYBOOK_DEFAULTS_KEY = 'playbooks:defaults';
/** Settings for every store unless the store has its own (the alert rules use the same key). */
export const ALL_STORES = '*';

/** A due offset may move a task up to a year either way of its key date. */
export const DUE_OFFSET_LIMIT = 365;
/** `<templateId>/<taskId>` of a built-in task. */
export const dueKey = (templateId: string, taskId: string): string => `${templateId}/${taskId}`;

const cutoffsSchema = z.strictObject(
  Object.fromEntries(SEGMENT_CUTOFF_KEYS.map((key) => [key, z.int().min(SEGMENT_CUTOFFS[key].min).max(SEGMENT_CUTOFFS[key].max).optional()])) as Record<
    SegmentCutoffKey,
    z.ZodOptional<z.ZodInt>
  >,
);

export const storePlaybookDefaultsSchema = z.strictObject({
  due: z.record(z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/).max(170), z.int().min(-DUE_OFFSET_LIMIT).max(DUE_OFFSET_LIMIT)),
  segments: cutoffsSchema,
});
export type StorePlaybookDefaults = z.infer<typeof storePlaybookDefaultsSchema>;

/** Per store id (or ALL_STORES): the seller's own due offsets and cut-offs. */
export const playbookDefaultsSchema = z.record(z.string().min(1).max(300), storePlaybookDefaultsSchema);
export type PlaybookDefaults = z.infer<typeof playbookDefaultsSchema>;

export const EMPTY_STORE_DEFAULTS: StorePlaybookDefaults = { due: {}, segments: {} };

export function readPlaybookDefaults(stored: unknown): PlaybookDefaults {
  const parsed = playbookDefaultsSchema.safeParse(stored);
  return parsed.success ? parsed.data : {};
}

/** A store's own values over the all-stores ones, value by value. */
export function storeDefaults(defaults: PlaybookDefaults, storeId: string | undefined): StorePlaybookDefaults {
  const all = defaults[ALL_STORES] ?? EMPTY_STORE_DEFAULTS;
  const own = storeId !== undefined && storeId !== ALL_STORES ? defaults[storeId] : undefined;
  if (!own) return all;
  return { due: { ...all.due, ...own.due }, segments: { ...all.segments, ...own.segments } };
}

/** The offset a due rule counts (working days, or calendar days for a calendar rule). */
export const dueOffset = (due: Task['due']): number => (due.calendar && due.offsetDays !== undefined ? due.offsetDays : (due.offsetWorkingDays ?? 0));

function withOffset(due: Task['due'], offset: number): Task['due'] {
  return due.calendar && due.offsetDays !== undefined ? { ...due, offsetDays: offset } : { ...due, offsetWorkingDays: offset };
}

/**
 * A built-in template with the seller's numbers in place and every number labelled with where it came
 * from: `handbook` as declared in the template, `seller` where the seller set it, else `default`.
 * A custom template is the seller's own: its numbers are edited in the template itself, so a number a
 * duplicated built-in still calls a default is the seller's now (Options → Playbook defaults cannot reach it).
 */
export function applyPlaybookDefaults(template: Template, own: StorePlaybookDefaults): Template {
  if (!template.builtIn) return sellersOwn(template);
  const source = (declared: NumberSource | undefined): NumberSource => declared ?? 'default';
  const withParameters = (parameters: readonly TaskParameter[]): TaskParameter[] =>
    parameters.map((parameter) => {
      const value = own.segments[parameter.key];
      return value === undefined ? { ...parameter, source: source(parameter.source) } : { ...parameter, value, source: 'seller' };
    });
  return mapTasks(template, (task) => {
    const offset = own.due[dueKey(template.id, task.id)];
    const due = offset === undefined ? { ...task.due, source: source(task.due.source) } : { ...withOffset(task.due, offset), source: 'seller' as const };
    return { ...task, due, ...(task.parameters ? { parameters: withParameters(task.parameters) } : {}) };
  });
}

type TemplateTask = Template['phases'][number]['steps'][number]['tasks'][number];

/** The template with each task replaced, phases and steps kept. */
function mapTasks(template: Template, fn: (task: TemplateTask) => TemplateTask): Template {
  return {
    ...template,
    phases: template.phases.map((phase) => ({ ...phase, steps: phase.steps.map((step) => ({ ...step, tasks: step.tasks.map(fn) })) })),
  };
}

function sellersOwn(template: Template): Template {
  const relabel = <T extends { source?: NumberSource }>(item: T): T => (item.source === 'default' ? { ...item, source: 'seller' } : item);
  const hasDefaults = template.phases.some((p) => p.steps.some((s) => s.tasks.some((t) => t.due.source === 'default' || t.parameters?.some((x) => x.source === 'default'))));
  if (!hasDefaults) return template;
  return mapTasks(template, (task) => ({ ...task, due: relabel(task.due), ...(task.parameters ? { parameters: task.parameters.map(relabel) } : {}) }));
}

const MESSAGES = {
  en: {
    due: (task: string, min: number, max: number) => `${task}: the offset must be a whole number of days from ${min} to ${max}.`,
    cutoff: (label: string, min: number, max: number) => `${label}: must be a whole number from ${min} to ${max}.`,
    waves: 'The win-back waves must grow: dormant < second wave < third wave.',
  },
  'zh-CN': {
    due: (task: string, min: number, max: number) => `${task}：偏移天数须为 ${min} 到 ${max} 之间的整数。`,
    cutoff: (label: string, min: number, max: number) => `${label}：须为 ${min} 到 ${max} 之间的整数。`,
    waves: '召回批次须依次加长：沉睡天数 < 第二批 < 第三批。',
  },
} as const;

/** What the seller typed in Options: numbers by due key and by cut-off; '' clears a value back to its default. */
export interface TypedDefaults {
  due: Readonly<Record<string, string>>;
  segments: Readonly<Partial<Record<SegmentCutoffKey, string>>>;
}

export type DefaultsEdit = { ok: true; value: StorePlaybookDefaults } | { ok: false; errors: string[] };

/**
 * The store's values after the seller's edits, checked whole: every bad number is named in the seller's
 * language and nothing is saved unless all are good. A value typed back to its default is dropped.
 */
export function editDefaults(
  current: StorePlaybookDefaults,
  typed: TypedDefaults,
  lang: Lang,
  context: { taskTitle(key: string): string; defaultOffset(key: string): number | undefined; inherited: StorePlaybookDefaults },
): DefaultsEdit {
  const m = MESSAGES[lang];
  const errors: string[] = [];
  const whole = (text: string) => (/^[+-]?\d+$/.test(text.trim()) ? Number(text.trim()) : Number.NaN);
  const due: Record<string, number> = { ...current.due };
  for (const [key, text] of Object.entries(typed.due)) {
    if (text.trim() === '') {
      delete due[key];
      continue;
    }
    const value = whole(text);
    if (!Number.isInteger(value) || Math.abs(value) > DUE_OFFSET_LIMIT) errors.push(m.due(context.taskTitle(key), -DUE_OFFSET_LIMIT, DUE_OFFSET_LIMIT));
    else if (value === context.defaultOffset(key) && context.inherited.due[key] === undefined) delete due[key];
    else due[key] = value;
  }
  const segments: Partial<Record<SegmentCutoffKey, number>> = { ...current.segments };
  for (const [key, text] of Object.entries(typed.segments) as [SegmentCutoffKey, string][]) {
    const meta = SEGMENT_CUTOFFS[key];
    if (text.trim() === '') {
      delete segments[key];
      continue;
    }
    const value = whole(text);
    if (!Number.isInteger(value) || value < meta.min || value > meta.max) errors.push(m.cutoff(meta.label[lang], meta.min, meta.max));
    else if (value === meta.value && context.inherited.segments[key] === undefined) delete segments[key];
    else segments[key] = value;
  }
  if (!errors.length) {
    const effective = (key: SegmentCutoffKey) => segments[key] ?? context.inherited.segments[key] ?? SEGMENT_CUTOFFS[key].value;
    if (!(effective('dormantAfterDays') < effective('winBackSecondDays') && effective('winBackSecondDays') < effective('winBackThirdDays'))) errors.push(m.waves);
  }
  if (errors.length) return { ok: false, errors };
  const parsed = storePlaybookDefaultsSchema.safeParse({ due, segments });
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, errors: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) };
}
