import { translate } from '../i18n';
import type { Lang } from '../i18n/lang';
import type { PlatformId } from '../sites/types';
import type { Role, Run, TaskState, Template } from './model';
import { datedTasks, progress, type DatedTask, type RunProgress } from './run';
import { toCsv } from '../csv';


/** The report's words, from the playbooks catalogue (`pb.report.*`): one place for UI text in both languages. */
type Word =
  | 'report'
  | 'template'
  | 'asOf'
  | 'keyDates'
  | 'targets'
  | 'progress'
  | 'overall'
  | 'late'
  | 'notes'
  | 'skipped'
  | 'none'
  | 'phase'
  | 'step'
  | 'taskId'
  | 'task'
  | 'roles'
  | 'due'
  | 'status'
  | 'reason'
  | 'note'
  | 'link'
  | 'deliverables'
  | 'updated'
  | 'done'
  | 'open'
  | 'yes'
  | 'dueOn';
const word = (lang: Lang, key: Word): string => translate(lang, `pb.report.${key}`);


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
  return word(lang, task.status === 'done' ? 'done' : task.status === 'skipped' ? 'skipped' : 'open');
}

export function reportToMarkdown(report: RunReport, lang: Lang): string {
  const w = (key: Word) => word(lang, key);
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
    if (t.task.deliverables.length > 0) lines.push(`  - ${w('deliverables')}: ${t.task.deliverables.map((d) => md(d[lang])).join(translate(lang, 'list.separator'))}`);
    if (t.state?.note) lines.push(`  - ${w('note')}: ${md(t.state.note)}`);
    if (t.state?.link) lines.push(`  - ${w('link')}: <${t.state.link.replace(/[<>\s]/g, encodeURIComponent)}>`);
  }
  lines.push('');
  return lines.join('\n');
}

function roleNames(roles: readonly Role[], lang: Lang): string {
  return roles.map((role) => translate(lang, `pb.role.${role}`)).join(translate(lang, 'list.separator'));
}

/** One row per task; quoting by papaparse, and cells a spreadsheet would run as a formula are defused. */
export function reportToCsv(report: RunReport, lang: Lang): string {
  const w = (key: Word) => word(lang, key);
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
