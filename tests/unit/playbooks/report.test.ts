import Papa from 'papaparse';
import type { Run, TaskState } from '../../../lib/playbooks/model';
import { buildRunReport, reportToCsv, reportToMarkdown } from '../../../lib/playbooks/report';
import { templateTasks } from '../../../lib/playbooks/run';
import { campaignTemplate } from '../../../lib/playbooks/templates/campaign';

const double11: Run = {
  id: 'run-double11-2026',
  templateId: 'campaign',
  templateVersion: 1,
  name: '双11 2026',
  dates: { preheatStart: '2026-10-20', burstStart: '2026-10-31', burstEnd: '2026-11-11' },
  targets: { gmv: 1_000_000, conversionRate: 0.032 },
  createdAt: Date.UTC(2026, 8, 1),
  archived: false,
};

const states: TaskState[] = [
  { runId: double11.id, taskId: 'choose-theme', status: 'done', note: '主题定为「双11 狂欢」, 主推 3 款', updatedAt: Date.UTC(2026, 8, 20) },
  { runId: double11.id, taskId: 'submit-for-approval', status: 'done', link: 'https://drive.example.test/plan.docx', updatedAt: Date.UTC(2026, 9, 1) },
  { runId: double11.id, taskId: 'offsite-preheat', status: 'skipped', reason: 'No off-site budget this year', updatedAt: Date.UTC(2026, 9, 2) },
  { runId: double11.id, taskId: 'configure-coupons', status: 'done', note: '=HYPERLINK("http://evil.test","click")', updatedAt: Date.UTC(2026, 9, 3) },
  { runId: double11.id, taskId: 'stock-check', status: 'done', note: 'line one\nline "two", with | pipe *stars*', updatedAt: Date.UTC(2026, 9, 4) },
  { runId: 'another-run', taskId: 'campaign-review', status: 'done', note: 'not this run', updatedAt: 1 },
];

// On 11-17 the review (due 11-16, 3 working days after 双11) is one day late.
const report = buildRunReport(campaignTemplate, double11, states, '2026-11-17', 'tmall');

describe('the run report', () => {
  test('lists what is late, including the campaign review due 3 working days after 双11', () => {
    const late = report.late.map((t) => [t.task.id, t.due]);
    expect(late).toContainEqual(['campaign-review', '2026-11-16']);
    expect(late.map(([id]) => id)).not.toContain('choose-theme');
    expect(report.progress.overall).toMatchObject({ done: 4, skipped: 1 });
  });

  test.each([
    { lang: 'en', expected: ['# 双11 2026: run report', 'Write the campaign review', 'due 2026-11-16', '## Skipped (1)', 'No off-site budget this year', 'Campaign plan, Budget approval form', '<https://drive.example.test/plan.docx>', '| **Overall** | 4/23 | 1 | 22% |'] },
    { lang: 'zh-CN', expected: ['# 双11 2026: 执行报告', '出具活动复盘报告', '截止 2026-11-16', '## 已跳过 (1)', '《活动策划方案》、《预算审批表》', '主题定为「双11 狂欢」, 主推 3 款'] },
  ] as const)('in Markdown ($lang) holds progress, late tasks, skips with reasons, notes and deliverables', ({ lang, expected }) => {
    const markdown = reportToMarkdown(report, lang);
    for (const text of expected) expect(markdown).toContain(text);
    expect(markdown).not.toContain('not this run');
  });

  test('in Markdown a note cannot break the layout: line breaks and markup are escaped', () => {
    const markdown = reportToMarkdown(report, 'en');
    expect(markdown).toContain('line one line "two", with \\| pipe \\*stars\\*');
  });

  test.each(['en', 'zh-CN'] as const)('in CSV (%s) reads back to one row per task with notes intact', (lang) => {
    const csv = reportToCsv(report, lang);
    const parsed = Papa.parse<string[]>(csv, { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const [header, ...rows] = parsed.data;
    expect(rows).toHaveLength(templateTasks(campaignTemplate).length);
    const column = (name: string) => header!.indexOf(name);
    const byId = new Map(rows.map((row) => [row[column(lang === 'en' ? 'Task id' : '任务ID')], row]));
    const noteColumn = column(lang === 'en' ? 'Note' : '备注');
    expect(byId.get('stock-check')?.[noteColumn]).toBe('line one\nline "two", with | pipe *stars*');
    expect(byId.get('choose-theme')?.[noteColumn]).toBe('主题定为「双11 狂欢」, 主推 3 款');
    expect(byId.get('offsite-preheat')?.[column(lang === 'en' ? 'Skip reason' : '跳过原因')]).toBe('No off-site budget this year');
    expect(byId.get('campaign-review')?.[column(lang === 'en' ? 'Late' : '已逾期')]).toBe(lang === 'en' ? 'yes' : '是');
  });

  test('in CSV a note that looks like a spreadsheet formula is defused', () => {
    const parsed = Papa.parse<string[]>(reportToCsv(report, 'en'), { skipEmptyLines: true });
    const row = parsed.data.find((r) => r.includes('configure-coupons'));
    expect(row).toContain('\'=HYPERLINK("http://evil.test","click")');
  });
});
