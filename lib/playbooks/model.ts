import { z } from 'zod';
import { translate, type Lang, type MessageKey } from '../i18n';
import { PAGE_TYPES } from '../sites/types';

export { AUTO_CHECK_IDS, ROLES, SCENARIOS, type AutoCheckId, type Role, type Scenario } from './scenarios-roles-checks';
import { AUTO_CHECK_IDS, ROLES, SCENARIOS } from './scenarios-roles-checks';
import { NUMBER_SOURCES, SEGMENT_CUTOFF_KEYS } from './segment-cutoffs';

export type { NumberSource } from './segment-cutoffs';

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const KEY_PATTERN = /^[a-zA-Z][a-zA-Z0-9]*$/;
const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

const text = z.string().trim().min(1);
const id = z.string().regex(ID_PATTERN, { error: 'kebab-case' }).max(80);
const key = z.string().regex(KEY_PATTERN, { error: 'camelCase' }).max(40);

export const localizedTextSchema = z.strictObject({ 'zh-CN': text, en: text });

/**
 * Due date relative to one of the run's key dates: `offsetWorkingDays` (negative = before),
 * or `offsetDays` with `calendar: true` for calendar days (e.g. "day 30 after listing").
 */
export const dueRuleSchema = z.strictObject({
  anchor: key,
  /** Used in order when the run has no date for `anchor` (an optional encore falls back to the burst's end). */
  fallbackAnchors: z.array(key).max(4).optional(),
  offsetWorkingDays: z.int().optional(),
  offsetDays: z.int().optional(),
  calendar: z.literal(true).optional(),
  /** Where the offset comes from: the handbook gives a few ("within 3 working days of the end"); the rest are defaults the seller can change. */
  source: z.enum(NUMBER_SOURCES).optional(),
});
export type DueRule = z.infer<typeof dueRuleSchema>;

/** A number the task's text relies on (a segment cut-off), shown with where it comes from. */
export const taskParameterSchema = z.strictObject({
  key: z.enum(SEGMENT_CUTOFF_KEYS),
  value: z.number().finite(),
  source: z.enum(NUMBER_SOURCES).optional(),
});
export type TaskParameter = z.infer<typeof taskParameterSchema>;

export const taskSchema = z.strictObject({
  id,
  title: localizedTextSchema,
  detail: localizedTextSchema,
  deliverables: z.array(localizedTextSchema),
  roles: z.array(z.enum(ROLES)).min(1),
  due: dueRuleSchema,
  pageHints: z.array(z.enum(PAGE_TYPES)),
  autoCheck: z.enum(AUTO_CHECK_IDS).optional(),
  parameters: z.array(taskParameterSchema).max(20).optional(),
});
export type Task = z.infer<typeof taskSchema>;

export const stepSchema = z.strictObject({
  id,
  title: localizedTextSchema,
  tasks: z.array(taskSchema).min(1),
});
export type Step = z.infer<typeof stepSchema>;

export const phaseSchema = z.strictObject({
  id,
  title: localizedTextSchema,
  steps: z.array(stepSchema).min(1),
});
export type Phase = z.infer<typeof phaseSchema>;

export const dateKeySchema = z.strictObject({
  key,
  label: localizedTextSchema,
  /** A run may leave it empty (e.g. a clearance start nobody has picked yet); its tasks then have no due date. */
  optional: z.boolean().optional(),
});
export type DateKey = z.infer<typeof dateKeySchema>;

export const TARGET_UNITS = ['money', 'count', 'ratio', 'multiple'] as const;
export const targetKeySchema = z.strictObject({
  key,
  label: localizedTextSchema,
  /** `ratio` targets are fractions (3.2% is 0.032), as snapshot metrics are; `multiple` is e.g. an ROI of 3.5. */
  unit: z.enum(TARGET_UNITS),
});
export type TargetKey = z.infer<typeof targetKeySchema>;

export const templateSchema = z.strictObject({
  id,
  version: z.int().min(1),
  builtIn: z.boolean(),
  name: localizedTextSchema,
  description: localizedTextSchema,
  scenario: z.enum(SCENARIOS),
  dateKeys: z.array(dateKeySchema),
  targetKeys: z.array(targetKeySchema),
  phases: z.array(phaseSchema).min(1),
});
export type Template = z.infer<typeof templateSchema>;

const isoDate = z.string().regex(ISO_DATE_PATTERN);

export const runSchema = z.strictObject({
  id: z.string().min(1),
  templateId: z.string().min(1),
  templateVersion: z.int().min(1),
  name: z.string().trim().min(1),
  storeId: z.string().optional(),
  productId: z.string().optional(),
  dates: z.record(z.string(), isoDate),
  targets: z.record(z.string(), z.number()),
  createdAt: z.number(),
  archived: z.boolean(),
});
export type Run = z.infer<typeof runSchema>;

/** A shared run's task belongs to one member or to everyone in a role. */
export const taskOwnerSchema = z.union([
  // A named member, with their role when they were picked (for role views while the member list is not yet known).
  z.object({ kind: z.literal('member'), memberId: z.string().min(1).max(40), name: z.string().min(1).max(60), role: z.enum(ROLES).optional() }),
  z.object({ kind: z.literal('role'), role: z.enum(ROLES) }),
]);
export type TaskOwner = z.infer<typeof taskOwnerSchema>;

export const TASK_STATUSES = ['done', 'skipped', 'open'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export const taskStateSchema = z.strictObject({
  runId: z.string().min(1),
  taskId: z.string().min(1),
  status: z.enum(TASK_STATUSES),
  reason: z.string().optional(),
  note: z.string().optional(),
  link: z.string().optional(),
  updatedAt: z.number(),
  /** Shared runs: who made the task's current tick, skip or untick, and when. */
  by: z.object({ name: z.string(), role: z.enum(ROLES), at: z.number() }).optional(),
  /** Shared runs: the other members' notes (`note` is this member's own). */
  teamNotes: z.array(z.object({ name: z.string(), role: z.enum(ROLES), text: z.string(), at: z.number() })).optional(),
  /** Shared runs: who the task is assigned to. */
  owner: taskOwnerSchema.optional(),
});
export type TaskState = z.infer<typeof taskStateSchema>;

export interface ValidationError {
  /** e.g. `phases[1].steps[0].tasks[2].due.anchor` */
  path: string;
  message: string;
}

export type TemplateParseResult = { ok: true; template: Template } | { ok: false; errors: ValidationError[] };

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}

export function joinPath(prefix: string, rest: string): string {
  if (prefix === '') return rest;
  if (rest === '') return prefix;
  return rest.startsWith('[') ? `${prefix}${rest}` : `${prefix}.${rest}`;
}

const TYPE_NAMES: Record<string, MessageKey> = {
  string: 'pb.check.type.string',
  number: 'pb.check.type.number',
  int: 'pb.check.type.int',
  boolean: 'pb.check.type.boolean',
  array: 'pb.check.type.array',
  object: 'pb.check.type.object',
};
/** A zod type name in the seller's words; one the editor never produces shows as zod names it. */
const typeName = (expected: string, lang: Lang) => (Object.hasOwn(TYPE_NAMES, expected) ? translate(lang, TYPE_NAMES[expected]!) : expected);

export const tooFew = (min: number, lang: Lang) => (min === 1 ? translate(lang, 'pb.check.tooFewOne') : translate(lang, 'pb.check.tooFew', { min }));
export const duplicateId = (id: string, firstPath: string, lang: Lang) => translate(lang, 'pb.check.duplicateId', { id, firstPath });

function describeIssue(issue: z.core.$ZodIssue, lang: Lang): ValidationError[] {
  const path = formatPath(issue.path);
  switch (issue.code) {
    case 'invalid_type':
      return [{ path, message: issue.input === undefined ? translate(lang, 'pb.check.required') : translate(lang, 'pb.check.expectedType', { type: typeName(issue.expected, lang) }) }];
    case 'too_small':
      if (issue.origin === 'string') return [{ path, message: translate(lang, 'pb.check.emptyText') }];
      if (issue.origin === 'array') return [{ path, message: tooFew(Number(issue.minimum), lang) }];
      return [{ path, message: translate(lang, 'pb.check.numberTooSmall', { min: Number(issue.minimum) }) }];
    case 'too_big':
      return [{ path, message: translate(lang, 'pb.check.tooLong', { max: Number(issue.maximum) }) }];
    case 'invalid_value':
      return [{ path, message: translate(lang, 'pb.check.oneOf', { values: issue.values.map(String).join(', ') }) }];
    case 'invalid_format':
      return [{ path, message: translate(lang, 'pb.check.badFormat', { format: issue.message === 'camelCase' || issue.message === 'kebab-case' ? issue.message : issue.format }) }];
    case 'unrecognized_keys':
      return issue.keys.map((k) => ({ path: joinPath(path, k), message: translate(lang, 'pb.check.unknownField') }));
    case 'custom':
      return [{ path, message: issue.message }];
    default:
      return [{ path, message: translate(lang, 'pb.check.invalid') }];
  }
}

/** Structural checks a schema cannot express: ids unique, due anchors among dateKeys, offsets well-formed. */
export function checkTemplate(template: Template, lang: Lang): ValidationError[] {
  const errors: ValidationError[] = [];
  const seen = new Map<string, string>();
  const claim = (value: string, path: string) => {
    const first = seen.get(value);
    if (first !== undefined) errors.push({ path, message: duplicateId(value, first, lang) });
    else seen.set(value, path);
  };

  const dateKeyPaths = new Map<string, string>();
  template.dateKeys.forEach((dateKey, i) => {
    const path = `dateKeys[${i}].key`;
    const first = dateKeyPaths.get(dateKey.key);
    if (first !== undefined) errors.push({ path, message: duplicateId(dateKey.key, first, lang) });
    else dateKeyPaths.set(dateKey.key, path);
  });
  const targetKeyPaths = new Map<string, string>();
  template.targetKeys.forEach((targetKey, i) => {
    const path = `targetKeys[${i}].key`;
    const first = targetKeyPaths.get(targetKey.key);
    if (first !== undefined) errors.push({ path, message: duplicateId(targetKey.key, first, lang) });
    else targetKeyPaths.set(targetKey.key, path);
  });
  const keyList = template.dateKeys.map((d) => d.key).join(', ') || translate(lang, 'pb.check.noDateKeys');

  template.phases.forEach((phase, p) => {
    claim(phase.id, `phases[${p}].id`);
    phase.steps.forEach((step, s) => {
      claim(step.id, `phases[${p}].steps[${s}].id`);
      step.tasks.forEach((task, t) => {
        const taskPath = `phases[${p}].steps[${s}].tasks[${t}]`;
        claim(task.id, `${taskPath}.id`);
        if (!dateKeyPaths.has(task.due.anchor)) {
          errors.push({ path: `${taskPath}.due.anchor`, message: translate(lang, 'pb.check.anchorNotInDateKeys', { anchor: task.due.anchor, keys: keyList }) });
        }
        task.due.fallbackAnchors?.forEach((anchor, a) => {
          if (!dateKeyPaths.has(anchor)) errors.push({ path: `${taskPath}.due.fallbackAnchors[${a}]`, message: translate(lang, 'pb.check.anchorNotInDateKeys', { anchor, keys: keyList }) });
        });
        errors.push(...checkDueOffsets(task.due, `${taskPath}.due`, lang));
      });
    });
  });
  return errors;
}

function checkDueOffsets(due: DueRule, path: string, lang: Lang): ValidationError[] {
  const hasWorking = due.offsetWorkingDays !== undefined;
  const hasCalendarDays = due.offsetDays !== undefined;
  if (hasWorking === hasCalendarDays) return [{ path, message: translate(lang, 'pb.check.dueOffsetChoice') }];
  if (hasWorking && due.calendar) return [{ path: `${path}.calendar`, message: translate(lang, 'pb.check.calendarNeedsOffsetDays') }];
  if (hasCalendarDays && !due.calendar) return [{ path: `${path}.offsetDays`, message: translate(lang, 'pb.check.offsetDaysNeedsCalendar') }];
  return [];
}

/** Validates one template (from the editor or an import): every problem, each at its exact field path. */
export function parseTemplate(json: unknown, lang: Lang): TemplateParseResult {
  const parsed = templateSchema.safeParse(json, { reportInput: true });
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.flatMap((issue) => describeIssue(issue, lang)) };
  const errors = checkTemplate(parsed.data, lang);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, template: parsed.data };
}

