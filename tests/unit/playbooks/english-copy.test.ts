import { ALERT_RULES } from '../../../lib/alerts/rules';
import { MESSAGES } from '../../../lib/i18n';
import { BUILT_IN_TEMPLATES } from '../../../lib/playbooks/templates';

/** Every zh-CN / en pair the seller reads: template texts, alert rule texts, and the UI catalogue by key. */
function pairs(): { zh: string; en: string; where: string }[] {
  const found: { zh: string; en: string; where: string }[] = [];
  const walk = (value: unknown, where: string) => {
    if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${where}[${i}]`));
    else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (typeof record['zh-CN'] === 'string' && typeof record.en === 'string') found.push({ zh: record['zh-CN'], en: record.en, where });
      else for (const [key, child] of Object.entries(record)) walk(child, `${where}.${key}`);
    }
  };
  walk(BUILT_IN_TEMPLATES, 'templates');
  walk(ALERT_RULES, 'rules');
  for (const [key, en] of Object.entries(MESSAGES.en)) found.push({ zh: MESSAGES['zh-CN'][key] ?? '', en, where: `catalog ${key}` });
  return found;
}

describe('English copy says what the Chinese says, with one word for one thing', () => {
  const all = pairs();

  test('there is copy to check', () => {
    expect(all.length).toBeGreaterThan(300);
  });

  test('参加 a platform event is "Join", never "Run"', () => {
    const joins = all.filter((p) => p.zh.includes('参加'));
    expect(joins.length).toBeGreaterThan(0);
    for (const p of joins) expect(p.en, p.where).toMatch(/\bJoin\b/i);
    for (const p of joins) expect(p.en, p.where).not.toMatch(/\bRun\b/);
  });

  test('客单价 is "average order value", never a bare "order value"', () => {
    for (const p of all) expect(p.en, p.where).not.toMatch(/(?<!average )order value/i);
    const aov = all.filter((p) => p.zh.includes('客单价') && /order value/i.test(p.en));
    expect(aov.length).toBeGreaterThan(0);
  });

  test('应急预案 is the "contingency plan" everywhere, in both languages', () => {
    for (const p of all) expect(p.en, p.where).not.toMatch(/emergency plan|outage plan|backup plan|fallback plan/i);
    const plans = all.filter((p) => /预案/.test(p.zh));
    expect(plans.length).toBeGreaterThanOrEqual(3);
    for (const p of plans) {
      expect(p.zh, p.where).toContain('应急预案');
      expect(p.en, p.where).toMatch(/contingency plan/i);
    }
  });
});
