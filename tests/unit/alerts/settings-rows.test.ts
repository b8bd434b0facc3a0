import { describe, expect, test } from 'vitest';
import { ALL_STORES, ruleSettingsSchema, storedAlertSettings } from '../../../lib/alerts/settings-rows';
import { DEFAULT_THRESHOLDS } from '../../../lib/alerts/defaults';
import { formatIssues } from '../../../lib/messaging/define';

const STORE = 'taobao:花漾美妆旗舰店';

describe('the seller’s rule settings per store', () => {
  test('nothing saved: every shipped default, floor rule off', () => {
    const settings = storedAlertSettings(undefined, undefined)(STORE);
    expect(settings.thresholds).toEqual(DEFAULT_THRESHOLDS);
    expect(settings.disabledRules).toEqual([]);
    expect(settings.enabledRules).toEqual([]);
    expect(settings.tunedThresholds).toEqual([]);
  });

  test('a store’s own thresholds override the all-stores ones, and are marked as the seller’s', () => {
    const saved = {
      [ALL_STORES]: { disabledRules: ['refund-rate-spike'], enabledRules: [], thresholds: { trafficDropRatio: 0.3 } },
      [STORE]: { disabledRules: [], enabledRules: ['buybox-under-floor'], thresholds: { buyBoxFloor: 0.8 } },
    };
    const forStore = storedAlertSettings(undefined, saved);
    const own = forStore(STORE);
    expect(own.thresholds).toMatchObject({ trafficDropRatio: 0.3, buyBoxFloor: 0.8 });
    expect([...own.tunedThresholds].sort()).toEqual(['buyBoxFloor', 'trafficDropRatio']);
    expect(own.enabledRules).toEqual(['buybox-under-floor']);
    expect(own.disabledRules).toEqual([]);
    const other = forStore('jd:another');
    expect(other.thresholds).toMatchObject({ trafficDropRatio: 0.3, buyBoxFloor: DEFAULT_THRESHOLDS.buyBoxFloor });
    expect(other.disabledRules).toEqual(['refund-rate-spike']);
    expect(forStore(STORE)).toBe(own);
  });

  test.each([
    ['a ratio over 95%', { trafficDropRatio: 1.5 }, 'trafficDropRatio'],
    ['a fractional visitor count', { minVisitors: 2.5 }, 'minVisitors'],
    ['a threshold that does not exist', { madeUp: 3 }, 'madeUp'],
    ['fewer baseline days than it needs', { baselineDays: 5, minBaselineDays: 6 }, 'minBaselineDays'],
  ])('%s is refused with the field named', (_name, thresholds, field) => {
    const parsed = ruleSettingsSchema.safeParse({ [STORE]: { disabledRules: [], enabledRules: [], thresholds } });
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(formatIssues(parsed.error).join(' ')).toContain(field);
  });

  test('an unknown rule id is refused, and a damaged stored value falls back to the defaults', () => {
    expect(ruleSettingsSchema.safeParse({ [STORE]: { disabledRules: ['no-such-rule'], enabledRules: [], thresholds: {} } }).success).toBe(false);
    expect(storedAlertSettings(undefined, { [STORE]: 'garbage' })(STORE).thresholds).toEqual(DEFAULT_THRESHOLDS);
  });
});
