import fc from 'fast-check';
import { rescanEdited, scanWindow, WINDOW_MARGIN } from '../../../lib/compliance/incremental';
import { compilePacks, loadCompiled } from '../../../lib/compliance/matcher';
import { BUILT_IN_PACKS } from '../../../lib/compliance/packs/index';
import { decodeMatcher, encodeMatcher } from '../../../lib/compliance/wire';

const matcher = compilePacks(BUILT_IN_PACKS, { allow: ['第一次'] });
const strip = (findings: { start: number; end: number; term: string; severity: string }[]) => findings.map(({ start, end, term, severity }) => ({ start, end, term, severity }));
const LISTING = '花漾丝绒哑光口红 全网最低价 最好用的显白口红 秋冬第一次涂就爱上，销量第一！Best Seller, #1 Vet Recommended, cures itchy skin; secure clasp, dog treats.';

describe('the compiled matcher as it crosses runtime.sendMessage (JSON)', () => {
  test('survives JSON and finds exactly what the background matcher finds', () => {
    const wire = JSON.parse(JSON.stringify(encodeMatcher(matcher.serialize()))) as ReturnType<typeof encodeMatcher>;
    const loaded = loadCompiled(decodeMatcher(wire));
    expect(strip(loaded.scan(LISTING))).toEqual(strip(matcher.scan(LISTING)));
    expect(loaded.scan(LISTING).map((f) => f.term)).toEqual(['全网最低价', '最好用', '销量第一', 'Best Seller', '#1 Vet Recommended', 'cures']);
  });

  test('is far smaller than the typed arrays written out as JSON', () => {
    const wire = JSON.stringify(encodeMatcher(matcher.serialize()));
    const naive = JSON.stringify({ ...matcher.serialize(), rules: [] });
    expect(wire.length).toBeLessThan(naive.length / 2);
  });

  test('a truncated or foreign wire is refused, not half-loaded', () => {
    const wire = encodeMatcher(matcher.serialize());
    expect(() => decodeMatcher({ ...wire, tables: wire.tables.slice(0, 100) })).toThrow(/truncated/);
    expect(() => decodeMatcher({ ...wire, lengths: [1] })).toThrow(/shape/);
  });
});

describe('re-checking only around a keystroke', () => {
  test('a window scan agrees with the whole-text scan for findings starting inside it', () => {
    const text = LISTING.repeat(20);
    const whole = strip(matcher.scan(text));
    const from = 500;
    const to = 1500;
    expect(strip(scanWindow(matcher, text, from, to))).toEqual(whole.filter((f) => f.start >= from && f.start < to));
  });

  test('typing 最 before 好 in a long description finds the new word and keeps the rest', () => {
    const before = '质检合格，支持七天无理由退换。'.repeat(400) + '这是我们做过好的一支口红' + LISTING.repeat(5);
    const at = before.indexOf('好的一支');
    const after = `${before.slice(0, at)}最${before.slice(at)}`;
    const previous = matcher.scan(before);
    expect(strip(rescanEdited(matcher, before, previous, after))).toEqual(strip(matcher.scan(after)));
  });

  test('property: any single edit gives the same findings as a full re-scan', () => {
    const words = ['最', '好', '全网', '最低价', '第一', '次', '销量', ' ', '，', 'cure', 's', 'secure', 'Best', ' Seller', '#1', '*', '丝绒', '\n'];
    const text = fc.array(fc.constantFrom(...words), { maxLength: 400 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.nat(), fc.nat({ max: 8 }), fc.array(fc.constantFrom(...words), { maxLength: 3 }), (base, at, removed, inserted) => {
        const start = base.length === 0 ? 0 : at % (base.length + 1);
        const after = base.slice(0, start) + inserted.join('') + base.slice(Math.min(base.length, start + removed));
        expect(strip(rescanEdited(matcher, base, matcher.scan(base), after))).toEqual(strip(matcher.scan(after)));
      }),
      { numRuns: 300 },
    );
  });

  test('the margin covers the longest term with separators slipped in', () => {
    const longest = Math.max(...BUILT_IN_PACKS.flatMap((p) => p.terms.flatMap((t) => [t.term.length, ...(t.allowedContexts ?? []).map((c) => c.length)])));
    expect(WINDOW_MARGIN).toBeGreaterThanOrEqual(longest * 2);
  });
});
