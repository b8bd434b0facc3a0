import { loadEvalSets, scoreEngine } from '../../bench/compliance-eval';
import { EVAL_BAR, meetsBar } from '../../bench/compliance-eval-score';

// The engine against the labelled sets (tests/fixtures/compliance-eval, POLICY.md): labels written from the
// law and the platforms' rules by reading, never by running the engine. Set A is the set the packs were tuned
// on; set B was written afterwards from the policy alone and is only ever looked at through these totals.
//
// Set A meets issue 8's bar (F1 ≥ 0.95, ≥ 95% of negatives clean). Set B does not yet: its line is a
// regression FLOOR at what the engine last measured, not the bar: F1 0.935 with 96.8% of negatives clean once the
// zh claim shapes and the English packs widened past set A's phrasing (en-gen-2/3) met (0.925 and 0.926 apart);
// 0.916 / 95.2% before both, and 0.901 before the packs were brought in line with the policy's scope, claim and
// evasion rules. Raise it as set B improves; when set B reaches the bar, give it EVAL_BAR like set A.
const REQUIRED: Record<string, { f1: number; negativesClean: number; what: 'bar' | 'floor' }> = {
  'set-a': { ...EVAL_BAR, what: 'bar' },
  'set-b': { f1: 0.93, negativesClean: 0.96, what: 'floor' },
};

describe('compliance accuracy on the labelled sets', () => {
  const sets = loadEvalSets();
  const scores = scoreEngine(sets);

  test('both labelled sets are there and each has its threshold', () => {
    expect([...sets.keys()].sort()).toEqual(Object.keys(REQUIRED).sort());
  });

  test.each(Object.entries(REQUIRED).map(([name, r]) => [name, r.what, r] as const))('%s holds its %s', (name, _what, { f1, negativesClean }) => {
    const score = scores.get(name)!;
    expect(meetsBar(score, { f1, negativesClean }).failures).toEqual([]);
  });

  test('set A meets the bar itself, not only a floor', () => {
    expect(REQUIRED['set-a']!.what).toBe('bar');
    expect(meetsBar(scores.get('set-a')!).ok).toBe(true);
  });
});
