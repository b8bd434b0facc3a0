import { describe, expect, test } from 'vitest';
import { daysSinceListed, lifecycleStage } from '../../../lib/alerts/lifecycle';
import { addDays, TODAY } from './build';

describe('lifecycle stage from days since listed', () => {
  test.each([
    ['listed today is in the promotion period', 0, 'promotion'],
    ['day 30 is still the promotion period', 30, 'promotion'],
    ['day 31 starts the stable period', 31, 'stable'],
    ['day 90 is still stable', 90, 'stable'],
    ['day 91 is mature', 91, 'mature'],
    ['a year on is mature', 365, 'mature'],
  ] as const)('%s', (_name, age, stage) => {
    expect(lifecycleStage({ listedDate: addDays(TODAY, -age), firstSeen: 0 }, TODAY)).toBe(stage);
  });

  test('the listing date on the page wins over when we first saw the product', () => {
    const firstSeen = Date.UTC(2026, 2, 15);
    expect(daysSinceListed({ listedDate: '2025-12-01', firstSeen }, TODAY)).toBe(109);
  });

  test('without a listing date, first seen counts', () => {
    expect(daysSinceListed({ firstSeen: Date.UTC(2026, 2, 15, 9, 30) }, TODAY)).toBe(5);
  });

  test('a period before the listing date counts as day 0', () => {
    expect(lifecycleStage({ listedDate: addDays(TODAY, 3), firstSeen: 0 }, TODAY)).toBe('promotion');
  });
});
