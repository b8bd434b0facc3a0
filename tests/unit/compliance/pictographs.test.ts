import { foldPictographs } from '../../../lib/compliance/pictographs';
import { compileForStore } from '../../../lib/compliance/for-store';
import { EMPTY_STORE_COMPLIANCE } from '../../../lib/compliance/shop-choices';

// Policy §4 AZCHAR: emoji used as decoration on Amazon, whichever emoji. Expected values written by hand.

describe('decorative pictographs read as one the packs name', () => {
  test.each<[string, string, string]>([
    ['a pictograph of one code unit', 'Sheets ☀ Queen', 'Sheets \u2B50 Queen'],
    ['an emoji outside the BMP (a surrogate pair)', 'Sheets 🌟 Queen', 'Sheets \u2B50\u200B Queen'],
  ])('%s', (_name, text, expected) => {
    const folded = foldPictographs(text);
    expect(folded).toBe(expected);
    expect(folded.length).toBe(text.length);
  });

  test.each<[string, string]>([
    ['trademark notices and arrows', 'Stanley® Quencher™ © 2024 ↔ 20–30 in'],

    ['plain text, stars and check marks that are no pictographs', 'Five Star ★ ✓ 5°F'],
  ])('leaves %s alone', (_name, text) => {
    expect(foldPictographs(text)).toBe(text);
  });

  test('leaves the pictographs a compiled term is spelled with', () => {
    const inTerm = (code: number) => code === '🔥'.charCodeAt(1) || code === '✨'.charCodeAt(0);
    expect(foldPictographs('🔥 ✨ 🌟', inTerm)).toBe('🔥 ✨ \u2B50\u200B');
  });

  test('on Amazon any decorative emoji is marked, over the whole emoji; on Shopify none is', () => {
    const text = 'Bamboo Sheets 🌟 Cooling 🦋 Queen';
    const amazon = compileForStore('amazon', EMPTY_STORE_COMPLIANCE).scan(text).filter((f) => f.category === 'title-format');
    expect(amazon.map((f) => text.slice(f.start, f.end))).toEqual(['🌟', '🦋']);
    expect(compileForStore('shopify', EMPTY_STORE_COMPLIANCE).scan(text)).toEqual([]);
  });
});
