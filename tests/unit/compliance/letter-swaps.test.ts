import { foldLetterSwaps, hasSwapCandidate, STAND_IN_CODES, swapCandidateAmong, type PassMarks } from '../../../lib/compliance/letter-swaps';
import { compilePacks } from '../../../lib/compliance/matcher';
import { pack, rule } from './helpers';

// Policy §5: digit-for-letter swaps count as the claim they spell. Expected values written by hand.

describe('digit and $ stand-ins read as letters inside English words', () => {
  test.each<[string, string, string]>([
    ['a digit between letters', 'B3st Pr0ven', 'Best Proven'],
    ['two swaps mixed in one phrase', 'Cl1nically Pr0ven', 'Clinically Proven'],
    ['1 for i, and for l next to an i, in a pair or closing a word', 'k1lls c1inically ki11s antibacteria1 Rel1eves', 'kills clinically kills antibacterial Relieves'],
    ['capital I for l', 'CIinically heaIs', 'Clinically heals'],
    ['letter O for the digit 0 in a number', '5O% OFF, 1OO% off, N0.1', '50% OFF, 100% off, No.1'],
    ['4 for a and 0 for o', 'Gu4ranteed to l0se 15 lbs', 'Guaranteed to lose 15 lbs'],
    ['0 opening a word', '0rganic cotton', 'organic cotton'],
    ['$ opening a word', '$ave 40% today', 'save 40% today'],
    ['two digits between letters', 'Pr00ven', 'Prooven'],
    ['full-width stand-in', 'Ｂ３ｓｔ', 'Ｂeｓｔ'],
    ['@ for a inside a word', '100% s@tisfaction', '100% satisfaction'],
  ])('%s', (_name, text, expected) => {
    const folded = foldLetterSwaps(text);
    expect(folded).toBe(expected);
    expect(folded.length).toBe(text.length);
  });

  test.each<[string, string]>([
    ['numbers with units', 'Lose 5lbs in 3days, 10pcs, 3in1'],
    ['model numbers and codes', 'F150 X360 USB3.0 H2O mp3 4K SPF50 KN95 B12'],
    ['prices', '$5 off, $19.99'],
    ['e-mail addresses and handles', 'me@shop.com bob@gmail follow @shopname'],
    ['a 1 in codes with fewer than three letters, opening a word or closing a short one', 'A1c 3in1 H1N1 1st Win11 COVID19 Top1 Gen1'],
    ['a capital I in a name or an acronym', 'iPhone McINTOSH KIlls HIIT'],
    ['an O that is a word, and No. with a space', 'Oh 10 Oreos, No. 2 pencils, Zoom 100%'],
    ['fewer than three spelled letters', 'e.g. a.m. U.S. P.O. Box'],
    ['Chinese text and plain numbers', '7天瘦10斤 第1 2024最新款'],
  ])('leaves %s alone', (_name, text) => {
    expect(foldLetterSwaps(text)).toBe(text);
  });

  test.each<[string, string, string]>([
    ['dots', 'R.E.V.E.R.S.E.S Diabetes', 'R\u200bE\u200bV\u200bE\u200bR\u200bS\u200bE\u200bS Diabetes'],
    ['tildes', 'c~u~r~e~s gout', 'c\u200bu\u200br\u200be\u200bs gout'],
    ['hyphens, word by word', 'R-E-P-E-L-S R-A-T-S', 'R\u200bE\u200bP\u200bE\u200bL\u200bS R\u200bA\u200bT\u200bS'],
    ['spaces, a double space between words', 'B E S T  S E L L E R', 'B\u200bE\u200bS\u200bT  S\u200bE\u200bL\u200bL\u200bE\u200bR'],
    ['an acronym with its closing dot', 'F.D.A. approved', 'F\u200bD\u200bA\u200b approved'],
  ])('letters spelled out with %s read as one word (separators become zero-width spaces)', (_name, text, expected) => {
    const folded = foldLetterSwaps(text);
    expect(folded).toBe(expected);
    expect(folded.length).toBe(text.length);
  });

  test('the matcher marks the swapped spelling at its own offsets', () => {
    const matcher = compilePacks([pack('en', [rule('clinically proven', { category: 'proof-needed' }), rule('organic')], 'en')]);
    const text = 'Our Cl1nically Pr0ven, 0rganic formula';
    expect(matcher.scan(text).map((f) => [text.slice(f.start, f.end), f.term])).toEqual([
      ['Cl1nically Pr0ven', 'Cl1nically Pr0ven'],
      ['0rganic', '0rganic'],
    ]);
  });
});

describe('spelled-out evasions reach the pattern rules', () => {
  test('a disease claim spelled letter by letter is marked over the whole disguise', () => {
    const matcher = compilePacks([
      {
        ...pack('en', [], 'en'),
        lists: { verbs: ['reverses', 'cures'], conditions: ['diabetes', 'gout'] },
        patterns: [{ id: 'treat', pattern: '<@verbs> {~12}{@conditions}', severity: 'block', category: 'medical', why: { 'zh-CN': '疾病', en: 'disease' }, source: 'test', suggestions: [] }],
      },
    ]);
    for (const text of ['Gummies R.E.V.E.R.S.E.S Diabetes fast', 'Pills c~u~r~e~s gout', 'Pills c u r e s gout']) {
      const findings = matcher.scan(text);
      expect(findings.map((f) => f.term), text).toEqual([text.replace(/^\S+ /, '').replace(/ fast$/, '')]);
    }
  });
});

describe('the matcher looks for swaps only where its pass met a stand-in', () => {
  // swapCandidateAmong, given every stand-in's position, must answer as the whole-text pre-test does, or a swapped
  // word would go unread (or the text would be folded for nothing).
  const alphabet = ['a', 'Z', 'ｂ', 'Ｑ', '0', '3', '4', '5', '7', '1', '9', '$', '@', '０', '１', '＄', '＠', '３', ' ', '.', '最', '-'];
  const standIns = (text: string) => [...text].flatMap((ch, i) => (STAND_IN_CODES.includes(text.charCodeAt(i)) ? [i] : []));
  test('agrees with the whole-text pre-test on random short texts', () => {
    let state = 12345;
    const next = () => (state = (state * 48271) % 0x7fffffff) / 0x7fffffff;
    let positives = 0;
    for (let n = 0; n < 20000; n++) {
      let text = '';
      const length = 1 + Math.floor(next() * 7);
      for (let i = 0; i < length; i++) text += alphabet[Math.floor(next() * alphabet.length)];
      const at = standIns(text);
      const expected = hasSwapCandidate(text);
      if (expected) positives++;
      expect(swapCandidateAmong(text, at, at.length), text).toBe(expected);
    }
    // Both answers occur often enough for the comparison to mean something.
    expect(positives).toBeGreaterThan(1000);
    expect(positives).toBeLessThan(18000);
  });
  test('a scan finds the swapped claim with no other stand-in in the text, and none where the digit is a number', () => {
    const matcher = compilePacks([pack('swaps', [rule('best seller', { severity: 'block' })], 'en')]);
    expect(matcher.scan('our b3st seller mug').map((f) => f.term)).toEqual(['b3st seller']);
    expect(matcher.scan('our 3 best sellers')).toEqual([]);
  });
});

describe('the folds look only where the pass saw what they need', () => {
  // What the matcher's pass hands foldLetterSwaps, worked out here from the text alone: every stand-in, digit and
  // pictograph-block code unit (U+2139–U+2BFF, the keycap mark and the emoji surrogates), and whether three spelling separators stand two apart.
  const marked = (code: number) =>
    STAND_IN_CODES.includes(code) || (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19) || code === 0x20e3 || (code >= 0x2139 && code <= 0x2bff) || (code >= 0xd83c && code <= 0xd83e);
  const marksOf = (text: string): PassMarks => {
    const at: number[] = [];
    for (let i = 0; i < text.length; i++) if (marked(text.charCodeAt(i))) at.push(i);
    return { marks: at, count: at.length, spelled: /[.~*_\u00b7\u2022/\- ][A-Za-z][.~*_\u00b7\u2022/\- ][A-Za-z][.~*_\u00b7\u2022/\- ]/.test(text) };
  };
  const pieces = ['a', 'b', 'e', 'l', 'I', 'i', 'O', 'o', 'N', 'n', 'Z', 'ｂ', '0', '1', '3', '5', '2', '8', '$', '@', '１', '０', ' ', '.', '-', '*', '%', ' off', '最', '★', '✨', '🔥', '🙂', '™',
    // phone numbers with letters for digits (555-O12-3456, (8OO) 555 l234): three, three and four
    '555', '55', 'O12', '8OO', '(', ')', 'l23', '4567', '456O',
    // a figure and its per cent sign apart (100 %, ５０ and an ideographic space ％)
    ' %', '\u3000％', '５',
    // a keycap (1️⃣) and a flag (🇺🇸)
    '1\ufe0f\u20e3', '#\u20e3', '🇺🇸'];
  test('the same text with the marks as without them, on random short texts', () => {
    let state = 4242;
    const next = () => (state = (state * 48271) % 0x7fffffff) / 0x7fffffff;
    let folded = 0;
    for (let n = 0; n < 30000; n++) {
      let text = '';
      const length = 1 + Math.floor(next() * 12);
      for (let i = 0; i < length; i++) text += pieces[Math.floor(next() * pieces.length)];
      const plain = foldLetterSwaps(text);
      if (plain !== text) folded++;
      expect(foldLetterSwaps(text, undefined, true, marksOf(text)), text).toBe(plain);
    }
    // Texts that some fold changes are common enough for the comparison to mean something.
    expect(folded).toBeGreaterThan(3000);
  });
  test('the same phone numbers read with the marks as without them', () => {
    // Phone-shaped runs of digits and O, o, I, l (three, three, four), with a piece before and after.
    let state = 777;
    const next = () => (state = (state * 48271) % 0x7fffffff) / 0x7fffffff;
    const pick = <T,>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!;
    const group = (n: number) => Array.from({ length: n }, () => pick(['0', '5', '8', '1', '2', 'O', 'o', 'I', 'l', 'N'])).join('');
    let folded = 0;
    for (let n = 0; n < 5000; n++) {
      const text = `${pick(['', 'call ', 'N', 'x', '('])}${group(3)}${pick(['', '-', '.', ' ', ') '])}${group(3)}${pick(['-', '.', ' '])}${group(4)}${pick(['', ' %', 'a', '.', '5'])}`;
      const plain = foldLetterSwaps(text);
      if (plain !== text) folded++;
      expect(foldLetterSwaps(text, undefined, true, marksOf(text)), text).toBe(plain);
    }
    expect(folded).toBeGreaterThan(1000);
  });
  test('with marks that say there is nothing, nothing is looked for', () => {
    // Marks are a promise about the text: an empty list skips the swaps, the O in a number and the pictographs.
    const nothing: PassMarks = { marks: [], count: 0, spelled: false };
    expect(foldLetterSwaps('B3st 5O% OFF 🔥 C.U.R.E.S', undefined, true, nothing)).toBe('B3st 5O% OFF 🔥 C.U.R.E.S');
    expect(foldLetterSwaps('B3st 5O% OFF 🔥 C.U.R.E.S')).not.toBe('B3st 5O% OFF 🔥 C.U.R.E.S');
  });
  test('a scan reads each evasion the pass marks, alone in its text', () => {
    const matcher = compilePacks([pack('folds', [rule('best seller'), rule('50% off'), rule('cures'), rule('⭐')], 'en')]);
    expect(matcher.scan('our B3st Seller').map((f) => f.term)).toEqual(['B3st Seller']);
    expect(matcher.scan('now 5O% OFF').map((f) => f.term)).toEqual(['5O% OFF']);
    expect(matcher.scan('it C.U.R.E.S colds').map((f) => f.term)).toEqual(['C.U.R.E.S']);
    expect(matcher.scan('hot 🔥 deal').map((f) => f.term)).toEqual(['🔥']);
  });
});
