import { DEBOUNCE_MS, MIN_DEBOUNCE_MS, debounceAfter } from '../../../lib/compliance/in-page/debounce';

describe('the keystroke debounce follows what the field’s check costs', () => {
  test('a field that re-checks in well under a millisecond waits one frame', () => {
    expect(MIN_DEBOUNCE_MS).toBe(16);
    expect(debounceAfter(0)).toBe(16);
    expect(debounceAfter(0.3)).toBe(16);
  });

  test('a costlier check waits eight times its cost', () => {
    expect(debounceAfter(3)).toBe(24);
    expect(debounceAfter(5.5)).toBe(44);
  });

  test('never more than the fixed debounce, and the fixed debounce before a first check or on a bad reading', () => {
    expect(DEBOUNCE_MS).toBe(90);
    expect(debounceAfter(40)).toBe(90);
    expect(debounceAfter(Number.NaN)).toBe(90);
    expect(debounceAfter(-1)).toBe(90);
    expect(debounceAfter(Number.POSITIVE_INFINITY)).toBe(90);
  });
});
