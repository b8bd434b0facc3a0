import { describe, expect, test } from 'vitest';
import { ALERT_RULES, ruleById } from '../../../lib/alerts/rules/index';
import { BUILT_IN_TEMPLATES } from '../../../lib/playbooks/templates';

// Whether the linked task exists is checked in tests/unit/playbooks/templates.test.ts.
const TEMPLATE_IDS = BUILT_IN_TEMPLATES.map((template) => template.id);

describe('the rule registry', () => {
  test('rule ids are unique and each can be found by id', () => {
    expect(new Set(ALERT_RULES.map((rule) => rule.id)).size).toBe(ALERT_RULES.length);
    for (const rule of ALERT_RULES) expect(ruleById(rule.id)).toBe(rule);
  });

  test.each(ALERT_RULES.map((rule) => [rule.id, rule] as const))('%s says what is wrong and what to do in both languages', (_id, rule) => {
    for (const text of [rule.title, rule.action]) {
      expect(text['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
      expect(text.en).toMatch(/[a-z]{3}/i);
    }
    if (rule.playbookTask) expect(TEMPLATE_IDS).toContain(rule.playbookTask.templateId);
  });

  test('campaign rules are the ones for coupons, payment failures and GMV pace', () => {
    expect(ALERT_RULES.filter((rule) => rule.scope === 'campaign').map((rule) => rule.id)).toEqual(['coupon-redemption-under-plan', 'payment-failures-rising', 'gmv-pace-behind']);
  });
});
