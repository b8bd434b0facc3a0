import { AUTO_CHECK_IDS, parseTemplate, type Task, type Template } from '../../../lib/playbooks/model';
import { templateTasks } from '../../../lib/playbooks/run';
import { BUILT_IN_TEMPLATES, findBuiltInTemplate } from '../../../lib/playbooks/templates';
import { LANGS } from '../../../lib/i18n/lang';
import { ALERT_RULES } from '../../../lib/alerts/rules';

const HAN = /\p{Script=Han}/u;

function tasksOf(id: string): Task[] {
  const template = findBuiltInTemplate(id);
  if (!template) throw new Error(`no built-in template ${id}`);
  return templateTasks(template).map(({ task }) => task);
}

function task(templateId: string, taskId: string): Task {
  const found = tasksOf(templateId).find((t) => t.id === taskId);
  if (!found) throw new Error(`no task ${taskId} in ${templateId}`);
  return found;
}

describe('the built-in playbooks', () => {
  test('open with the handbook\'s five scenarios in its order (store launch, campaign, product lifecycle, user segmentation, cross-team); any added later follow, each once', () => {
    const ids = BUILT_IN_TEMPLATES.map((t) => t.id);
    expect(ids.slice(0, 5)).toEqual(['store-launch', 'campaign', 'product-lifecycle', 'user-segmentation', 'cross-team']);
    expect(new Set(ids).size).toBe(ids.length);
  });

  describe.each(BUILT_IN_TEMPLATES.map((template) => ({ id: template.id, template })))('$id', ({ template }: { template: Template }) => {
    test.each(LANGS)('passes the template schema and cross checks (%s)', (lang) => {
      expect(parseTemplate(template, lang)).toEqual({ ok: true, template });
    });

    test('is built in, at a positive version, for its own scenario', () => {
      expect(template.builtIn).toBe(true);
      expect(template.version).toBeGreaterThanOrEqual(1);
      expect(template.scenario).toBe(template.id);
    });

    test('speaks Chinese in zh-CN and English in en, on every task', () => {
      for (const { task: t } of templateTasks(template)) {
        for (const text of [t.title, t.detail, ...t.deliverables]) {
          expect(text['zh-CN'], t.id).toMatch(HAN);
          expect(text.en, t.id).not.toMatch(HAN);
        }
      }
    });

    test('names its deliverables the way the handbook does, in 《》', () => {
      for (const { task: t } of templateTasks(template)) {
        for (const deliverable of t.deliverables) expect(deliverable['zh-CN']).toMatch(/^《.+》$/);
      }
    });

    test('puts some tasks on seller pages and lets at least one tick itself', () => {
      const tasks = templateTasks(template).map(({ task: t }) => t);
      expect(tasks.some((t) => t.pageHints.length > 0)).toBe(true);
      expect(tasks.some((t) => t.autoCheck !== undefined)).toBe(true);
    });
  });

  test('task ids are unique across all built-ins, so an alert can link to one unambiguously', () => {
    const ids = BUILT_IN_TEMPLATES.flatMap((t) => templateTasks(t).map(({ task: x }) => x.id));
    const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(repeated).toEqual([]);
  });

  test.each(ALERT_RULES.filter((rule) => rule.playbookTask).map((rule) => ({ rule: rule.id, link: rule.playbookTask! })))(
    'the $rule alert links to a task that exists ($link.templateId / $link.taskId)',
    ({ link }) => {
      expect(tasksOf(link.templateId).map((t) => t.id)).toContain(link.taskId);
    },
  );

  test('every auto-check is used by some built-in task', () => {
    const used = new Set(BUILT_IN_TEMPLATES.flatMap((t) => templateTasks(t).map(({ task: x }) => x.autoCheck)));
    for (const check of AUTO_CHECK_IDS) expect(used.has(check), check).toBe(true);
  });
});

describe('what the handbook asks for is where a seller looks for it', () => {
  test.each<{ name: string; template: string; task: string; expect: (t: Task) => void }>([
    {
      name: 'the campaign review is due 3 working days after the encore (else the burst) ends, the handbook\'s own number, and yields the 活动复盘报告',
      template: 'campaign',
      task: 'campaign-review',
      expect: (t) => {
        expect(t.due).toEqual({ anchor: 'returnEnd', fallbackAnchors: ['burstEnd'], offsetWorkingDays: 3, source: 'handbook' });
        expect(t.deliverables.map((d) => d['zh-CN'])).toContain('《活动复盘报告》');
      },
    },
    {
      name: 'coupon configuration belongs on the campaign page and ticks itself when coupons are listed',
      template: 'campaign',
      task: 'configure-coupons',
      expect: (t) => {
        expect(t.pageHints).toContain('campaign');
        expect(t.autoCheck).toBe('coupons-configured');
      },
    },
    {
      name: 'the campaign plan is approved by operations, marketing and finance',
      template: 'campaign',
      task: 'submit-for-approval',
      expect: (t) => expect([...t.roles].sort()).toEqual(['finance', 'marketing', 'operations']),
    },
    {
      name: 'hourly campaign monitoring belongs on the analytics table and dashboard',
      template: 'campaign',
      task: 'hourly-metrics-watch',
      expect: (t) => {
        expect(t.pageHints).toEqual(expect.arrayContaining(['analyticsTable', 'dashboard']));
        expect(t.autoCheck).toBe('metrics-captured-today');
      },
    },
    {
      name: 'listing review of images and copy belongs in the listing editor and ticks itself when compliance is clean',
      template: 'product-lifecycle',
      task: 'compliant-images-copy',
      expect: (t) => {
        expect(t.pageHints).toContain('listingEditor');
        expect(t.autoCheck).toBe('listing-compliance-clean');
      },
    },
    {
      name: 'low conversion leads to optimise-main-image in the listing editor',
      template: 'product-lifecycle',
      task: 'optimise-main-image',
      expect: (t) => expect(t.pageHints).toContain('listingEditor'),
    },
    {
      name: 'a traffic drop has a follow-up on the analytics table',
      template: 'product-lifecycle',
      task: 'traffic-drop-follow-up',
      expect: (t) => expect(t.pageHints).toContain('analyticsTable'),
    },
    {
      name: 'low add-to-cart has a follow-up',
      template: 'product-lifecycle',
      task: 'add-to-cart-follow-up',
      expect: (t) => expect(t.roles).toContain('operations'),
    },
    {
      name: 'the promotion-period daily report is due on day 30 after listing, where the handbook ends the promotion period',
      template: 'product-lifecycle',
      task: 'promotion-daily-report',
      expect: (t) => expect(t.due).toEqual({ anchor: 'listedDate', offsetDays: 30, calendar: true, source: 'handbook' }),
    },
    {
      name: 'the new store is tested end to end before launch',
      template: 'store-launch',
      task: 'journey-test',
      expect: (t) => expect(t.due.offsetWorkingDays).toBeLessThan(0),
    },
    {
      name: 'the new store sends a daily 运营日报 from launch',
      template: 'store-launch',
      task: 'daily-operations-report',
      expect: (t) => expect(t.deliverables.map((d) => d['zh-CN'])).toContain('《运营日报》'),
    },
    {
      name: 'dormant customers are won back',
      template: 'user-segmentation',
      task: 'dormant-win-back',
      expect: (t) => expect(t.pageHints).toContain('campaign'),
    },
    {
      name: 'the go / no-go meeting brings in all six teams the day before go-live',
      template: 'cross-team',
      task: 'go-no-go',
      expect: (t) => {
        expect(t.roles).toHaveLength(6);
        expect(t.due).toEqual({ anchor: 'goLiveDate', offsetWorkingDays: -1 });
      },
    },
  ])('$name', ({ template, task: taskId, expect: check }) => {
    check(task(template, taskId));
  });

  test('the product lifecycle runs listing → promotion → stable → maturity → decline → clearance', () => {
    expect(findBuiltInTemplate('product-lifecycle')?.phases.map((p) => p.id)).toEqual([
      'listing-review', 'promotion', 'stable', 'maturity', 'decline', 'clearance',
    ]);
  });

  test('the campaign asks for pre-heat, burst and encore dates', () => {
    expect(findBuiltInTemplate('campaign')?.dateKeys.map((d) => d.key)).toEqual(['preheatStart', 'burstStart', 'burstEnd', 'returnEnd']);
  });
});
