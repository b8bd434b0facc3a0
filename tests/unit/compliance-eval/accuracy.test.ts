import { loadEvalSets, scoreEngine } from '../../bench/compliance-eval';
import { EVAL_BAR, meetsBar } from '../../bench/compliance-eval-score';

// The engine against the labelled sets (tests/fixtures/compliance-eval, POLICY.md): labels written from the
// law and the platforms' rules by reading, never by running the engine. Set A is the set the packs were tuned
// on; set B was written afterwards from the policy alone and is only ever looked at through these totals.
//
// Both sets are held to issue 8's bar (F1 ≥ 0.95, ≥ 95% of negatives clean). The first set B (163 listings) never
// reached it (F1 0.935 at best) and its totals had been looked at after thirteen rule rounds, so it joined set A
// (src/b1-*) and a fresh set B (src-b/b2-*, 168 listings) was written from the policy alone: F1 0.966 with 96.9% of
// its negatives clean on its first run.
const REQUIRED: Record<string, { f1: number; negativesClean: number; what: 'bar' | 'floor' }> = {
  'set-a': { ...EVAL_BAR, what: 'bar' },
  'set-b': { ...EVAL_BAR, what: 'bar' },
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

  test.each(['set-a', 'set-b'])('%s meets the bar itself, not only a floor', (name) => {
    expect(REQUIRED[name]!.what).toBe('bar');
    expect(meetsBar(scores.get(name)!).ok).toBe(true);
  });
});
