import { describe, expect, test } from 'vitest';
import { daysSinceListed, lifecycleStage } from '../../../lib/alerts/lifecycle';
import { addDays, TODAY } from './build';

describe('lifecycle stage from the listing date the page showed', () => {
  test.each([
    ['listed today is in the promotion period', 0, 'promotion'],
    ['day 30 is still the promotion period', 30, 'promotion'],
    ['day 31 starts the stable period', 31, 'stable'],
    ['day 90 is still stable', 90, 'stable'],
    ['day 91 is mature', 91, 'mature'],
    ['a year on is mature', 365, 'mature'],
  ] as const)('%s', (_name, age, stage) => {
    expect(lifecycleStage({ listedDate: addDays(TODAY, -age) }, TODAY)).toBe(stage);
  });

  test('days since listed count from the page’s listing date', () => {
    expect(daysSinceListed({ listedDate: '2025-12-01' }, TODAY)).toBe(109);
  });

  test('no listing date on any page: the stage is unknown, not "new" (first seen is when we met it)', () => {
    expect(daysSinceListed({}, TODAY)).toBeNull();
    expect(lifecycleStage({}, TODAY)).toBe('unknown');
  });

  test('a period before the listing date counts as day 0', () => {
    expect(lifecycleStage({ listedDate: addDays(TODAY, 3) }, TODAY)).toBe('promotion');
  });
});
