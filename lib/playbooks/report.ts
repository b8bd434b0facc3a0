import type { Lang } from '../i18n/lang';
import type { PlatformId } from '../sites/types';
import type { Role, Run, TaskState, Template } from './model';
import { datedTasks, progress, type DatedTask, type RunProgress } from './run';
import { toCsv } from '../csv';

const ROLE_NAMES: Record<Role, Record<Lang, string>> = {
  operations: { 'zh-CN': '运营', en: 'Operations' },
  marketing: { 'zh-CN': '市场', en: 'Marketing' },
  customerService: { 'zh-CN': '客服', en: 'Customer service' },
  warehouse: { 'zh-CN': '仓储', en: 'Warehouse' },
  finance: { 'zh-CN': '财务', en: 'Finance' },
  tech: { 'zh-CN': '技术', en: 'Tech' },
};

const WORDS = {
  report: { 'zh-CN': '执行报告', en: 'run report' },
  template: { 'zh-CN': '模板', en: 'Template' },
  asOf: { 'zh-CN': '截至', en: 'As of' },
  keyDates: { 'zh-CN': '关键日期', en: 'Key dates' },
  targets: { 'zh-CN': '目标', en: 'Targets' },
  progress: { 'zh-CN': '进度', en: 'Progress' },
  overall: { 'zh-CN': '总体', en: 'Overall' },
  late: { 'zh-CN': '已逾期', en: 'Late' },
  notes: { 'zh-CN': '备注与交付物', en: 'Notes and deliverables' },
  skipped: { 'zh-CN': '已跳过', en: 'Skipped' },
  none: { 'zh-CN': '无', en: 'None' },
  phase: { 'zh-CN': '阶段', en: 'Phase' },
  step: { 'zh-CN': '步骤', en: 'Step' },
  taskId: { 'zh-CN': '任务ID', en: 'Task id' },
  task: { 'zh-CN': '任务', en: 'Task' },
  roles: { 'zh-CN': '角色', en: 'Roles' },
  due: { 'zh-CN': '截止日期', en: 'Due' },
  status: { 'zh-CN': '状态', en: 'Status' },
  reason: { 'zh-CN': '跳过原因', en: 'Skip reason' },
  note: { 'zh-CN': '备注', en: 'Note' },
  link: { 'zh-CN': '交付物链接', en: 'Deliverable link' },
  deliverables: { 'zh-CN': '输出物', en: 'Deliverables' },
  updated: { 'zh-CN': '更新时间', en: 'Updated' },
  done: { 'zh-CN': '已完成', en: 'Done' },
  open: { 'zh-CN': '未完成', en: 'Open' },
  yes: { 'zh-CN': '是', en: 'yes' },
  dueOn: { 'zh-CN': '截止', en: 'due' },
} as const;

type Word = keyof typeof WORDS;

export interface RunReport {
  template: Template;
  run: Run;
  /** The day the report speaks for, `YYYY-MM-DD` in the store's time zone. */
  today: string;
  progress: RunProgress;
  tasks: DatedTask[];
  late: DatedTask[];
  skipped: DatedTask[];
  /** Tasks with a note or deliverable link on record, and done tasks whose deliverables are due. */
  documented: DatedTask[];
}

export function buildRunReport(
  template: Template,
  run: Run,
  states: readonly TaskState[],
  today: string,
  market: PlatformId,
  holidays: readonly string[] = [],
): RunReport {
  const runStates = states.filter((state) => state.runId === run.id);
  const tasks = datedTasks(template, run, runStates, today, market, holidays);
  return {
    template,
    run,
    today,
    progress: progress(template, runStates),
    tasks,
    late: tasks.filter((t) => t.overdue),
    skipped: tasks.filter((t) => t.status === 'skipped'),
    documented: tasks.filter((t) => Boolean(t.state?.note || t.state?.link) || (t.status === 'done' && t.task.deliverables.length > 0)),
  };
}

function percent(ratio: number): string {
  return `${Math.round(ratio * 100)}%`;
}

/** Escapes inline markup so a seller's note prints as written; every line we emit starts with our own prefix. */
function md(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(/([\\`*_[\]<>|~])/g, '\\$1');
}

function statusWord(task: DatedTask, lang: Lang): string {
  return WORDS[task.status === 'done' ? 'done' : task.status === 'skipped' ? 'skipped' : 'open'][lang];
}

export function reportToMarkdown(report: RunReport, lang: Lang): string {
  const w = (word: Word) => WORDS[word][lang];
  const { template, run } = report;
  const lines: string[] = [];
  const dateLabel = (key: string) => template.dateKeys.find((d) => d.key === key)?.label[lang] ?? key;
  const targetLabel = (key: string) => template.targetKeys.find((t) => t.key === key)?.label[lang] ?? key;
  const taskLine = (t: DatedTask, extra: string) => `- ${md(t.task.title[lang])}${extra}`;

  lines.push(`# ${md(run.name)}: ${w('report')}`, '');
  lines.push(`${w('template')}: ${md(template.name[lang])} (v${template.version}) · ${w('asOf')} ${report.today}`, '');

  const dates = Object.entries(run.dates);
  if (dates.length > 0) {
    lines.push(`## ${w('keyDates')}`, '');
    for (const [key, day] of dates) lines.push(`- ${md(dateLabel(key))}: ${day}`);
    lines.push('');
  }
  const targets = Object.entries(run.targets);
  if (targets.length > 0) {
    lines.push(`## ${w('targets')}`, '');
    for (const [key, value] of targets) lines.push(`- ${md(targetLabel(key))}: ${value}`);
    lines.push('');
  }

  lines.push(`## ${w('progress')}`, '');
  lines.push(`| ${w('phase')} | ${w('done')} | ${w('skipped')} | % |`, '| --- | ---: | ---: | ---: |');
  for (const phase of report.progress.byPhase) {
    const title = template.phases.find((p) => p.id === phase.phaseId)?.title[lang] ?? phase.phaseId;
    lines.push(`| ${md(title)} | ${phase.done}/${phase.total} | ${phase.skipped} | ${percent(phase.ratio)} |`);
  }
  const overall = report.progress.overall;
  lines.push(`| **${w('overall')}** | ${overall.done}/${overall.total} | ${overall.skipped} | ${percent(overall.ratio)} |`, '');

  lines.push(`## ${w('late')} (${report.late.length})`, '');
  if (report.late.length === 0) lines.push(w('none'));
  for (const t of report.late) lines.push(taskLine(t, ` (${w('dueOn')} ${t.due}; ${roleNames(t.task.roles, lang)})`));
  lines.push('');

  lines.push(`## ${w('skipped')} (${report.skipped.length})`, '');
  if (report.skipped.length === 0) lines.push(w('none'));
  for (const t of report.skipped) lines.push(taskLine(t, t.state?.reason ? `: ${md(t.state.reason)}` : ''));
  lines.push('');

  lines.push(`## ${w('notes')}`, '');
  if (report.documented.length === 0) lines.push(w('none'));
  for (const t of report.documented) {
    lines.push(taskLine(t, ` (${statusWord(t, lang)})`));
    if (t.task.deliverables.length > 0) lines.push(`  - ${w('deliverables')}: ${t.task.deliverables.map((d) => md(d[lang])).join(lang === 'zh-CN' ? '、' : ', ')}`);
    if (t.state?.note) lines.push(`  - ${w('note')}: ${md(t.state.note)}`);
    if (t.state?.link) lines.push(`  - ${w('link')}: <${t.state.link.replace(/[<>\s]/g, encodeURIComponent)}>`);
  }
  lines.push('');
  return lines.join('\n');
}

function roleNames(roles: readonly Role[], lang: Lang): string {
  return roles.map((role) => ROLE_NAMES[role][lang]).join(lang === 'zh-CN' ? '、' : ', ');
}

/** One row per task; quoting by papaparse, and cells a spreadsheet would run as a formula are defused. */
export function reportToCsv(report: RunReport, lang: Lang): string {
  const w = (word: Word) => WORDS[word][lang];
  const header = [
    w('phase'), w('step'), w('taskId'), w('task'), w('roles'), w('due'), w('status'), w('late'),
    w('reason'), w('note'), w('link'), w('deliverables'), w('updated'),
  ];
  const rows = report.tasks.map((t) => [
    t.phase.title[lang],
    t.step.title[lang],
    t.task.id,
    t.task.title[lang],
    roleNames(t.task.roles, lang),
    t.due ?? '',
    statusWord(t, lang),
    t.overdue ? w('yes') : '',
    t.state?.reason ?? '',
    t.state?.note ?? '',
    t.state?.link ?? '',
    t.task.deliverables.map((d) => d[lang]).join('; '),
    t.state ? new Date(t.state.updatedAt).toISOString() : '',
  ]);
  return toCsv(header, rows);
}
