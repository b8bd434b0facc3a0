import { countsOf, matchListing, meetsBar, scoreSet, scoreToMarkdown, type EvalFinding } from '../../bench/compliance-eval-score';
import type { EvalLabel, EvalRecord } from '../../fixtures/compliance-eval/record';

// The scorer on tiny hand-made listings and findings (never the engine): every expected figure below
// is counted by hand from the inputs.

const label = (text: string, extra: Partial<EvalLabel> = {}): EvalLabel => ({
  text,
  occurrence: 0,
  category: 'absolute',
  severity: 'block',
  reason: 'r',
  code: 'ABS',
  ...extra,
});
const rec = (id: string, text: string, labels: EvalLabel[], extra: Partial<EvalRecord> = {}): EvalRecord => ({
  id,
  platform: 'taobao',
  lang: 'zh',
  field: 'title',
  kind: labels.length ? 'positive' : 'negative',
  text,
  labels,
  ...extra,
});
const find = (start: number, end: number, extra: Partial<EvalFinding> = {}): EvalFinding => ({ start, end, category: 'absolute', severity: 'block', ...extra });

describe('compliance eval scorer: matching', () => {
  //            0123456789
  const text = '最好的茶 最好的壶';
  const twoClaims = rec('r', text, [label('最好'), label('最好', { occurrence: 1 })]);

  it('matches findings that overlap a label, even partly', () => {
    const { taken, extra } = matchListing(twoClaims, [find(0, 2), find(6, 8)]);
    expect(taken.map((f) => f?.start)).toEqual([0, 5 + 1]);
    expect(extra).toEqual([]);
    expect(matchListing(twoClaims, [find(1, 3)]).taken[0]).toBeDefined();
  });

  it('takes the label occurrence into account: a mark on the first 最好 does not match the second', () => {
    const one = rec('r', text, [label('最好', { occurrence: 1 })]);
    const { taken, extra } = matchListing(one, [find(0, 2)]);
    expect(taken).toEqual([undefined]);
    expect(extra).toHaveLength(1);
    expect(extra[0]!.duplicate).toBe(false);
  });

  it('counts a second mark on an already matched claim as a false positive (one claim, one mark)', () => {
    const one = rec('r', text, [label('最好')]);
    const { taken, extra } = matchListing(one, [find(0, 1), find(1, 2)]);
    expect(taken[0]).toEqual(find(0, 1));
    expect(extra).toEqual([{ finding: find(1, 2), duplicate: true }]);
  });

  it('lets one finding cover only one claim: a mark across two labels leaves the second a miss', () => {
    const adjacent = rec('r', 'AB', [label('A'), label('B')]);
    const { taken } = matchListing(adjacent, [find(0, 2)]);
    expect(taken[0]).toBeDefined();
    expect(taken[1]).toBeUndefined();
  });

  it('does not count touching spans as overlapping', () => {
    const one = rec('r', 'xx最好', [label('最好')]);
    expect(matchListing(one, [find(0, 2)]).taken).toEqual([undefined]);
  });

  it('refuses a label that is not in its listing', () => {
    expect(() => matchListing(rec('r', 'abc', [label('zz')]), [])).toThrow(/not in its listing/);
  });
});

describe('compliance eval scorer: figures', () => {
  const records: EvalRecord[] = [
    // 2 labels: one found with the right severity, one missed.
    rec('p1', '最好 根治', [label('最好'), label('根治', { category: 'medical' })]),
    // 1 label found twice (second mark is a FP) with the wrong severity and category.
    rec('e1', 'C.U.R.E gout', [label('C.U.R.E gout', { category: 'medical' })], { platform: 'amazon', lang: 'en', kind: 'evasion' }),
    // Negatives: one clean, one with a false alarm.
    rec('n1', '第一次', [], { kind: 'tricky-negative' }),
    rec('n2', '第一批', [], { kind: 'tricky-negative' }),
    rec('n3', '纯棉T恤', []),
  ];
  const findings: Record<string, EvalFinding[]> = {
    p1: [find(0, 2)],
    e1: [find(0, 7, { category: 'medical', severity: 'warn' }), find(8, 12, { category: 'medical' })],
    n1: [find(0, 2)],
    n2: [],
    n3: [],
  };
  const s = scoreSet(records, (r) => findings[r.id] ?? []);

  it('counts TP, FP and FN overall and derives precision, recall and F1', () => {
    expect(s.overall).toMatchObject({ tp: 2, fp: 2, fn: 1 });
    expect(s.overall.precision).toBeCloseTo(2 / 4);
    expect(s.overall.recall).toBeCloseTo(2 / 3);
    expect(s.overall.f1).toBeCloseTo((2 * 0.5 * (2 / 3)) / (0.5 + 2 / 3));
    expect([s.listings, s.labels, s.findings]).toEqual([5, 3, 4]);
  });

  it('breaks the counts down by category (FP under the finding\'s category), platform and kind', () => {
    expect(s.byCategory.absolute).toMatchObject({ tp: 1, fp: 1, fn: 0 });
    expect(s.byCategory.medical).toMatchObject({ tp: 1, fp: 1, fn: 1 });
    expect(s.byPlatform.taobao).toMatchObject({ tp: 1, fp: 1, fn: 1 });
    expect(s.byPlatform.amazon).toMatchObject({ tp: 1, fp: 1, fn: 0 });
    expect(s.byKind.evasion).toMatchObject({ tp: 1, fp: 1, fn: 0 });
    expect(s.byKind['tricky-negative']).toMatchObject({ tp: 0, fp: 1, fn: 0 });
  });

  it('reports severity and category agreement on matched claims', () => {
    expect(s.matched).toBe(2);
    expect(s.severityAgreement).toBe(0.5);
    expect(s.categoryAgreement).toBe(1);
  });

  it('reports the share of negatives and tricky negatives with no finding', () => {
    expect(s.negatives).toBe(3);
    expect(s.negativesClean).toBeCloseTo(2 / 3);
    expect(s.negativesCleanByKind).toEqual({ 'tricky-negative': 0.5, negative: 1 });
  });

  it('lists misses and false alarms, marking repeats on one claim', () => {
    expect(s.misses).toEqual([{ id: 'p1', text: '根治', category: 'medical' }]);
    expect(s.falseAlarms).toEqual([
      { id: 'e1', kind: 'evasion', term: 'gout', category: 'medical', duplicate: true },
      { id: 'n1', kind: 'tricky-negative', term: '第一', category: 'absolute', duplicate: false },
    ]);
  });

  it('prints Markdown with the overall row and the bar', () => {
    const md = scoreToMarkdown('tiny', s, 5);
    expect(md).toContain('| **overall** | 2 | 2 | 1 | 0.500 | 0.667 | 0.571 |');
    expect(md).toContain('not met');
    expect(md).toContain('p1 `根治`');
    expect(md).toContain('| tricky-negative | 0 | 1 | 0 | – | – | – |');
  });
});

describe('compliance eval scorer: edge cases and the bar', () => {
  it('treats an empty side as perfect and no hits as F1 0', () => {
    expect(countsOf({ tp: 0, fp: 0, fn: 0 })).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    expect(countsOf({ tp: 0, fp: 3, fn: 2 })).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });

  it('meets the bar only with F1 ≥ 0.95 and ≥ 95% negatives clean, naming what fell short', () => {
    expect(meetsBar({ overall: countsOf({ tp: 95, fp: 5, fn: 5 }), negativesClean: 0.95 })).toEqual({ ok: true, failures: [] });
    const low = meetsBar({ overall: countsOf({ tp: 90, fp: 10, fn: 10 }), negativesClean: 0.9 });
    expect(low.ok).toBe(false);
    expect(low.failures).toEqual(['F1 0.900 < 0.95', 'negatives clean 90.0% < 95%']);
  });
});
