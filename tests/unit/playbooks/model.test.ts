import { parseTemplateFile, templatesToJson } from '../../../lib/playbooks/import';
import type { TaskStateRow } from '../../../lib/db/schema';
import { parseTemplate, TASK_STATUSES, type TaskStatus, type Template } from '../../../lib/playbooks/model';
import { campaignTemplate } from '../../../lib/playbooks/templates/campaign';

/** A custom copy of the campaign playbook, as a seller would duplicate and edit it. */
function customCampaign(): Record<string, unknown> & Template {
  return { ...structuredClone(campaignTemplate), id: 'my-campaign', builtIn: false };
}

type Json = Record<string, unknown>;
function at(obj: unknown, path: (string | number)[]): Json {
  return path.reduce<unknown>((node, key) => (node as Json)[key as string], obj) as Json;
}

const brokenTemplates: { name: string; breakIt: (t: Json) => void; path: string; en: RegExp; zh: RegExp }[] = [
  {
    name: 'a task with no title',
    breakIt: (t) => delete at(t, ['phases', 1, 'steps', 0, 'tasks', 2]).title,
    path: 'phases[1].steps[0].tasks[2].title',
    en: /required/,
    zh: /必填/,
  },
  {
    name: 'a task title with no English',
    breakIt: (t) => (at(t, ['phases', 0, 'steps', 0, 'tasks', 1]).title = { 'zh-CN': '排期' }),
    path: 'phases[0].steps[0].tasks[1].title.en',
    en: /required/,
    zh: /必填/,
  },
  {
    name: 'a blank Chinese detail',
    breakIt: (t) => (at(t, ['phases', 0, 'steps', 0, 'tasks', 1, 'detail'])['zh-CN'] = '   '),
    path: 'phases[0].steps[0].tasks[1].detail.zh-CN',
    en: /empty/,
    zh: /不能为空/,
  },
  {
    name: 'two tasks with the same id',
    breakIt: (t) => (at(t, ['phases', 3, 'steps', 0, 'tasks', 1]).id = 'choose-theme'),
    path: 'phases[3].steps[0].tasks[1].id',
    en: /"choose-theme" is used twice \(first at phases\[0\]\.steps\[0\]\.tasks\[0\]\.id\)/,
    zh: /重复/,
  },
  {
    name: 'a due date anchored on a date the template does not ask for',
    breakIt: (t) => (at(t, ['phases', 1, 'steps', 0, 'tasks', 2, 'due']).anchor = 'launchDate'),
    path: 'phases[1].steps[0].tasks[2].due.anchor',
    en: /"launchDate" is not one of dateKeys \(preheatStart, burstStart, burstEnd, returnEnd\)/,
    zh: /不在 dateKeys 中/,
  },
  {
    name: 'a fallback due date the template does not ask for',
    breakIt: (t) => (at(t, ['phases', 1, 'steps', 0, 'tasks', 2, 'due']).fallbackAnchors = ['burstEnd', 'launchDate']),
    path: 'phases[1].steps[0].tasks[2].due.fallbackAnchors[1]',
    en: /"launchDate" is not one of dateKeys/,
    zh: /不在 dateKeys 中/,
  },
  {
    name: 'a role that is not one of the six teams',
    breakIt: (t) => (at(t, ['phases', 0, 'steps', 0, 'tasks', 0, 'roles'])[1] = 'legal'),
    path: 'phases[0].steps[0].tasks[0].roles[1]',
    en: /one of: operations, marketing, customerService, warehouse, finance, tech/,
    zh: /必须是以下之一/,
  },
  {
    name: 'a task nobody owns',
    breakIt: (t) => (at(t, ['phases', 0, 'steps', 0, 'tasks', 0]).roles = []),
    path: 'phases[0].steps[0].tasks[0].roles',
    en: /at least 1 item/,
    zh: /至少需要 1 项/,
  },
  {
    name: 'no phases at all',
    breakIt: (t) => (t.phases = []),
    path: 'phases',
    en: /at least 1 item/,
    zh: /至少/,
  },
  {
    name: 'a page type the extension does not know',
    breakIt: (t) => (at(t, ['phases', 2, 'steps', 1, 'tasks', 0]).pageHints = ['dashboard', 'checkout']),
    path: 'phases[2].steps[1].tasks[0].pageHints[1]',
    en: /one of: analyticsTable/,
    zh: /必须是以下之一/,
  },
  {
    name: 'an unknown auto-check',
    breakIt: (t) => (at(t, ['phases', 1, 'steps', 0, 'tasks', 1]).autoCheck = 'coupons-perfect'),
    path: 'phases[1].steps[0].tasks[1].autoCheck',
    en: /coupons-configured/,
    zh: /必须是以下之一/,
  },
  {
    name: 'a misspelt field',
    breakIt: (t) => {
      const task = at(t, ['phases', 0, 'steps', 1, 'tasks', 0]);
      task.titel = task.title;
    },
    path: 'phases[0].steps[1].tasks[0].titel',
    en: /not a known field/,
    zh: /未知字段/,
  },
  {
    name: 'a fractional version',
    breakIt: (t) => (t.version = 1.5),
    path: 'version',
    en: /integer/,
    zh: /整数/,
  },
  {
    name: 'a fractional working-day offset',
    breakIt: (t) => (at(t, ['phases', 3, 'steps', 0, 'tasks', 1, 'due']).offsetWorkingDays = 2.5),
    path: 'phases[3].steps[0].tasks[1].due.offsetWorkingDays',
    en: /integer/,
    zh: /整数/,
  },
  {
    name: 'calendar days without calendar: true',
    breakIt: (t) => (at(t, ['phases', 3, 'steps', 0, 'tasks', 1]).due = { anchor: 'burstEnd', offsetDays: 3 }),
    path: 'phases[3].steps[0].tasks[1].due.offsetDays',
    en: /calendar: true/,
    zh: /calendar: true/,
  },
  {
    name: 'a due rule with no offset',
    breakIt: (t) => (at(t, ['phases', 3, 'steps', 0, 'tasks', 1]).due = { anchor: 'burstEnd' }),
    path: 'phases[3].steps[0].tasks[1].due',
    en: /exactly one of offsetWorkingDays/,
    zh: /offsetWorkingDays/,
  },
  {
    name: 'an id with spaces',
    breakIt: (t) => (at(t, ['phases', 0]).id = 'Plan It'),
    path: 'phases[0].id',
    en: /wrong format/,
    zh: /格式不正确/,
  },
  {
    name: 'a key date listed twice',
    breakIt: (t) => (t.dateKeys = [...(t.dateKeys as unknown[]), { key: 'burstEnd', label: { 'zh-CN': '结束', en: 'End' } }]),
    path: 'dateKeys[4].key',
    en: /used twice/,
    zh: /重复/,
  },
];

describe('a broken template names the exact field', () => {
  test.each(brokenTemplates)('$name → $path', ({ breakIt, path, en, zh }) => {
    const template = customCampaign();
    breakIt(template);
    for (const [lang, message] of [['en', en], ['zh-CN', zh]] as const) {
      const result = parseTemplate(template, lang);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.errors.map((e) => e.path)).toEqual([path]);
      expect(result.errors[0]?.message).toMatch(message);
    }
  });

  test('every problem is reported, not just the first', () => {
    const template = customCampaign();
    delete at(template, ['phases', 1, 'steps', 0, 'tasks', 2]).title;
    at(template, ['phases', 0, 'steps', 0, 'tasks', 0, 'roles'])[0] = 'legal';
    const result = parseTemplate(template, 'en');
    expect(result.ok ? [] : result.errors.map((e) => e.path)).toEqual([
      'phases[0].steps[0].tasks[0].roles[0]',
      'phases[1].steps[0].tasks[2].title',
    ]);
  });

  test('something that is not a template at all', () => {
    expect(parseTemplate(null, 'zh-CN')).toEqual({ ok: false, errors: [{ path: '', message: '应为对象' }] });
    expect(parseTemplate('campaign', 'en')).toEqual({ ok: false, errors: [{ path: '', message: 'must be an object' }] });
  });

  test('a sound custom template parses to the same data', () => {
    const result = parseTemplate(customCampaign(), 'en');
    expect(result).toEqual({ ok: true, template: customCampaign() });
  });
});

describe('importing a template file is all or nothing', () => {
  const second = () => ({ ...customCampaign(), id: 'my-second-campaign' });

  test('a file of two sound templates imports both', () => {
    const result = parseTemplateFile(templatesToJson([customCampaign(), second()]), 'en');
    expect(result.ok && result.templates.map((t) => t.id)).toEqual(['my-campaign', 'my-second-campaign']);
  });

  test('a single template object imports too', () => {
    const result = parseTemplateFile(customCampaign(), 'en');
    expect(result.ok && result.templates.length).toBe(1);
  });

  test.each<{ name: string; file: () => unknown; errors: { path: string; message: RegExp }[] }>([
    {
      name: 'one bad template in a list blocks the whole file, its path prefixed with its index',
      file: () => {
        const bad = second();
        at(bad, ['phases', 1, 'steps', 0, 'tasks', 2, 'due']).anchor = 'launchDate';
        return [customCampaign(), bad];
      },
      errors: [{ path: '[1].phases[1].steps[0].tasks[2].due.anchor', message: /not one of dateKeys/ }],
    },
    {
      name: 'the same id twice in one file',
      file: () => [customCampaign(), customCampaign()],
      errors: [{ path: '[1].id', message: /"my-campaign" is used twice \(first at \[0\]\.id\)/ }],
    },
    {
      name: 'a template claiming to be built in',
      file: () => [{ ...customCampaign(), builtIn: true }],
      errors: [{ path: '[0].builtIn', message: /cannot be built in/ }],
    },
    {
      name: 'a template taking a built-in id',
      file: () => ({ ...customCampaign(), id: 'campaign' }),
      errors: [{ path: 'id', message: /belongs to a built-in template/ }],
    },
    { name: 'text that is not JSON', file: () => '{"id": "my-campaign",', errors: [{ path: '', message: /not valid JSON/ }] },
    { name: 'an empty list', file: () => [], errors: [{ path: '', message: /at least 1/ }] },
  ])('$name', ({ file, errors }) => {
    const result = parseTemplateFile(file(), 'en');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.path)).toEqual(errors.map((e) => e.path));
    result.errors.forEach((error, i) => expect(error.message).toMatch(errors[i]!.message));
    expect('templates' in result).toBe(false);
  });

  test('messages follow the user\'s language', () => {
    const result = parseTemplateFile('not json', 'zh-CN');
    expect(result).toEqual({ ok: false, errors: [{ path: '', message: '不是有效的 JSON' }] });
  });
});

describe('task status, one list', () => {
  test('the stored row, the model and the list the schema checks agree', () => {
    // Checked by tsc (npm run typecheck): a second, drifted union in lib/db fails here.
    expectTypeOf<TaskStateRow['status']>().toEqualTypeOf<TaskStatus>();
    expect([...TASK_STATUSES].sort()).toEqual(['done', 'open', 'skipped']);
  });
});
