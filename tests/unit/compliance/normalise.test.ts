import fc from 'fast-check';
import { foldCode, normalise, normaliseTerm } from '../../../lib/compliance/normalise';

describe('normalise: what a seller types reads the same as the rule', () => {
  test.each([
    ['full-width letters fold to half-width lower case', 'ＦＤＡ Approved', 'fda approved'],
    ['full-width digits and percent fold', '１００％纯天然', '100%纯天然'],
    ['zero-width characters vanish', '最\u200b好\ufeff', '最好'],
    ['a star between Han characters is dropped', '最*好', '最好'],
    ['spaces between Han characters are dropped', '第 一', '第一'],
    ['hyphen and dot between Han characters are dropped', '最-佳 最.佳', '最佳最佳'],
    ['an ideographic space counts as a space', '第\u3000一', '第一'],
    ['traditional characters fold to simplified', '國家級', '国家级'],
    ['English spaces collapse to one', 'best   seller', 'best seller'],
    ['a hyphen between English words reads as a space', 'anti-aging', 'anti aging'],
    ['symbols that belong to a term stay', '#1 best', '#1 best'],
    ['leading and trailing spaces are trimmed', '  最好  ', '最好'],
  ])('%s', (_name, input, expected) => {
    expect(normalise(input).text).toBe(expected);
  });

  test('traditional folding can be turned off', () => {
    expect(normaliseTerm('國家級', { traditional: false })).toBe('國家級');
    expect(foldCode('國'.charCodeAt(0))).toBe('国'.charCodeAt(0));
  });

  test.each([
    // Characters the old hand table (term characters only) did not have: 強, 壓, 調, 腸, 顯.
    ['增強免疫力', '增强免疫力'],
    ['降血壓', '降血压'],
    ['調理腸胃', '调理肠胃'],
    ['療效顯著', '疗效显著'],
  ])('traditional %s reads as simplified %s, one code unit for one (OpenCC character table)', (input, expected) => {
    const { text, offsets } = normalise(input);
    expect(text).toBe(expected);
    expect([...offsets]).toEqual([...Array(input.length + 1).keys()]);
  });

  test('the offset map points at the original characters', () => {
    const input = '全 网*最\u200b低价';
    const { text, offsets } = normalise(input);
    expect(text).toBe('全网最低价');
    expect([...text].map((_, j) => input[offsets[j]!])).toEqual(['全', '网', '最', '低', '价']);
    expect(offsets[text.length]).toBe(input.length);
  });

  test('property: every normalised character comes from the original, in order', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('最', '好', 'A', 'ｂ', ' ', '*', '\u200b', '國', '-', '1', '.') }), (input) => {
        const { text, offsets } = normalise(input);
        expect(offsets.length).toBe(text.length + 1);
        for (let j = 0; j < text.length; j++) {
          expect(offsets[j]!).toBeLessThan(input.length);
          if (j > 0) expect(offsets[j]!).toBeGreaterThan(offsets[j - 1]!);
          expect(foldCode(input.charCodeAt(offsets[j]!))).toBe(text.charCodeAt(j));
        }
      }),
    );
  });
});
