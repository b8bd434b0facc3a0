import type { Lang } from '../i18n/lang';

/** Validation and report wording of the playbooks feature, in the two UI languages. */
export const PLAYBOOK_MESSAGES = {
  required: { 'zh-CN': '必填', en: 'is required' },
  expectedType: {
    'zh-CN': (expected: string) => `应为${TYPE_NAMES_ZH[expected] ?? expected}`,
    en: (expected: string) => `must be ${TYPE_NAMES_EN[expected] ?? expected}`,
  },
  emptyText: { 'zh-CN': '不能为空', en: 'must not be empty' },
  tooFew: {
    'zh-CN': (min: number) => `至少需要 ${min} 项`,
    en: (min: number) => `needs at least ${min} item${min === 1 ? '' : 's'}`,
  },
  tooLong: {
    'zh-CN': (max: number) => `不能超过 ${max}`,
    en: (max: number) => `must be at most ${max}`,
  },
  numberTooSmall: {
    'zh-CN': (min: number) => `不能小于 ${min}`,
    en: (min: number) => `must be at least ${min}`,
  },
  oneOf: {
    'zh-CN': (values: string) => `必须是以下之一：${values}`,
    en: (values: string) => `must be one of: ${values}`,
  },
  badFormat: {
    'zh-CN': (what: string) => `格式不正确（${what}）`,
    en: (what: string) => `has the wrong format (${what})`,
  },
  unknownField: { 'zh-CN': '未知字段', en: 'is not a known field' },
  duplicateId: {
    'zh-CN': (id: string, firstPath: string) => `ID「${id}」重复（已用于 ${firstPath}）`,
    en: (id: string, firstPath: string) => `id "${id}" is used twice (first at ${firstPath})`,
  },
  anchorNotInDateKeys: {
    'zh-CN': (anchor: string, keys: string) => `锚点日期「${anchor}」不在 dateKeys 中（可用：${keys || '无'}）`,
    en: (anchor: string, keys: string) => `anchor date "${anchor}" is not one of dateKeys (${keys || 'none'})`,
  },
  dueOffsetChoice: {
    'zh-CN': '须且只能填写 offsetWorkingDays 或 offsetDays（配合 calendar: true）之一',
    en: 'needs exactly one of offsetWorkingDays, or offsetDays with calendar: true',
  },
  calendarNeedsOffsetDays: {
    'zh-CN': 'calendar: true 须与 offsetDays 一起使用',
    en: 'calendar: true goes with offsetDays',
  },
  offsetDaysNeedsCalendar: {
    'zh-CN': 'offsetDays 须同时写 calendar: true（按自然日计）',
    en: 'offsetDays needs calendar: true (counted in calendar days)',
  },
  notJson: { 'zh-CN': '不是有效的 JSON', en: 'is not valid JSON' },
  builtInImport: {
    'zh-CN': '导入的模板不能标记为内置（builtIn 须为 false）',
    en: 'an imported template cannot be built in (builtIn must be false)',
  },
  builtInIdTaken: {
    'zh-CN': (id: string) => `ID「${id}」是内置模板的 ID，请换一个`,
    en: (id: string) => `id "${id}" belongs to a built-in template; pick another`,
  },
  invalid: { 'zh-CN': '无效', en: 'is invalid' },
} as const;

const TYPE_NAMES_ZH: Record<string, string> = {
  string: '文本',
  number: '数字',
  int: '整数',
  boolean: '布尔值',
  array: '数组',
  object: '对象',
};
const TYPE_NAMES_EN: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'an integer',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
};

export function pick<T>(entry: Record<Lang, T>, lang: Lang): T {
  return entry[lang];
}
