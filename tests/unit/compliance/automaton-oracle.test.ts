import fc from 'fast-check';
import { compilePacks, loadCompiled } from '../../../lib/compliance/matcher';
import { pack, rule } from './helpers';

// The automaton's scan tables (dense root row, pre-multiplied steps, overlap clusters resolved in scratch tables,
// look-alike surrogates noted during the pass) against a plain scan written from the policy alone: every
// occurrence of every term by indexOf, then the longest match per place, leftmost first among equals. The
// alphabets are small on purpose, so terms share prefixes and suffixes and failure links are taken all the time.

interface Hit {
  start: number;
  end: number;
  term: string;
}

/** Every occurrence of every term, one term at a time, by `indexOf`. */
function occurrences(text: string, terms: readonly string[]): Hit[] {
  const hits: Hit[] = [];
  for (const term of terms) for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) hits.push({ start: at, end: at + term.length, term });
  return hits;
}

/** Longest first, then leftmost; a match is kept when it overlaps none kept before it. */
function longestPerPlace(hits: Hit[]): Hit[] {
  const kept: Hit[] = [];
  for (const hit of [...hits].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)) {
    if (kept.every((k) => hit.end <= k.start || hit.start >= k.end)) kept.push(hit);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** The matcher on plain terms: no extra spellings, no whole-word rule, so the oracle above is its whole policy. */
function plainMatcher(terms: readonly string[]) {
  const compiled = compilePacks([pack('oracle', terms.map((t) => rule(t, { wholeWord: false })))], { spellings: false });
  // Also through the wire format, as the content script gets it.
  return [compiled, loadCompiled(structuredClone(compiled.serialize()))];
}

const found = (findings: { start: number; end: number; ruleTerm: string }[]) => findings.map((f) => ({ start: f.start, end: f.end, term: f.ruleTerm }));

describe('the automaton agrees with a plain indexOf scan', () => {
  // Han, Latin and digits, none of them separators or folded characters: text already in normalised form.
  const alphabets = ['最好佳第一级', 'abcab', '01ab', '全网最低价格'];

  test.each(alphabets)('random terms and texts over "%s" (and the walk alone, the bench\'s lower bound, finds every place a term ends)', (letters) => {
    const chars = [...letters];
    const word = (min: number, max: number) => fc.array(fc.constantFrom(...chars), { minLength: min, maxLength: max }).map((a) => a.join(''));
    // Digits are off the walk's hot path (the pass notes them as stand-ins for letters): it is checked where there are none.
    const walkApplies = !/\d/.test(letters);
    fc.assert(
      fc.property(fc.uniqueArray(word(1, 5), { minLength: 1, maxLength: 16 }), word(0, 120), (terms, text) => {
        const hits = occurrences(text, terms);
        for (const matcher of plainMatcher(terms)) {
          expect(found(matcher.scanTerms(text))).toEqual(longestPerPlace(hits));
          if (walkApplies) expect(matcher.countEndPlaces(text)).toBe(new Set(hits.map((h) => h.end)).size);
        }
      }),
      { numRuns: 60, seed: 8 },
    );
  });

  test('the walk alone ends at a separator or a character in no term, and counts a place once however many terms end there', () => {
    const [matcher] = plainMatcher(['seller', 'ller', 'best seller', '最好']);
    // seller and ller end at 6 (one place), seller at 15, 最好 at 19; best seller is cut by its space, x and the comma are in no term.
    expect(matcher!.countEndPlaces('seller x seller, 最好')).toBe(3);
    expect(matcher!.countEndPlaces('best seller')).toBe(1);
    // A term is never found across what ends the walk: a space, a character in no term.
    expect(plainMatcher(['ab', '最好'])[0]!.countEndPlaces('a b, 最x好')).toBe(0);
  });

  test('adversarial: nested suffix chains, long runs of one letter, terms inside terms', () => {
    const terms = ['a', 'aa', 'aaa', 'aaaa', 'ab', 'bab', 'abab', 'babab', 'b', '最', '最好', '好最好', '最好最好最'];
    const texts = [
      'a'.repeat(37),
      'ab'.repeat(40),
      'ba'.repeat(41) + 'b',
      '最好'.repeat(30),
      '好最'.repeat(30) + '好',
      'aab' + '最好最好最' + 'aaab' + '好最好',
      '',
      'c',
      'cabcaabc最c好',
    ];
    for (const matcher of plainMatcher(terms)) {
      for (const text of texts) expect(found(matcher.scanTerms(text)), text).toEqual(longestPerPlace(occurrences(text, terms)));
    }
  });

  test('a cluster of many overlapping matches keeps the longest, then the leftmost of equal length, and returns them in text order', () => {
    const terms = ['abc', 'bcd', 'cde', 'def', 'bcdef', 'ab', 'ef'];
    const text = 'xabcdefx abcdef abcde bcdefab';
    for (const matcher of plainMatcher(terms)) {
      const got = found(matcher.scanTerms(text));
      expect(got).toEqual(longestPerPlace(occurrences(text, terms)));
      // Written out once, by hand from the rule: bcdef wins its clusters, abc (leftmost of three) wins abcde, ab stands beside bcdef.
      expect(got).toEqual([
        { start: 2, end: 7, term: 'bcdef' },
        { start: 10, end: 15, term: 'bcdef' },
        { start: 16, end: 19, term: 'abc' },
        { start: 22, end: 27, term: 'bcdef' },
        { start: 27, end: 29, term: 'ab' },
      ]);
    }
  });
});

describe('look-alikes outside the BMP are folded only when the scan meets one', () => {
  const matcher = compilePacks([pack('p', [rule('最好'), rule('cure', { category: 'medical' })])]);

  test('a compatibility ideograph and mathematical letters are found, with offsets in the original text', () => {
    const text = `效果\u{2F8D4}好，𝐂𝐔𝐑𝐄 now`;
    const findings = matcher.scan(text);
    expect(findings.map((f) => f.term)).toEqual(['\u{2F8D4}好', '𝐂𝐔𝐑𝐄']);
    for (const f of findings) expect(text.slice(f.start, f.end)).toBe(f.term);
  });

  test('an emoji of the same high surrogate block, or a lone surrogate, changes nothing', () => {
    expect(matcher.scan('🌸 最好 \uD835 cure').map((f) => f.term)).toEqual(['最好', 'cure']);
  });

  test('a custom term spelled with such a character still matches, and squared letters of its block still fold', () => {
    // 🌸 and the squared letters 🄲🅄🅁🄴 share the high surrogate U+D83C: the term gives it a class of its own.
    const own = compilePacks([pack('p', [rule('cure', { category: 'medical' })], 'en')], { custom: [rule('🌸好')] });
    const text = '🌸好 and \u{1F132}\u{1F144}\u{1F141}\u{1F134} it';
    expect(own.scan(text).map((f) => f.term)).toEqual(['🌸好', '\u{1F132}\u{1F144}\u{1F141}\u{1F134}']);
  });
});
