import { buildDigitMap, decodeWithMap, glyphSimilarity, normaliseGlyph, type GlyphBitmap } from '../../../lib/metrics/scrambled-digits';

/** A 5×7 digit font, as a standard font would draw them. */
const DIGITS_5X7 = [
  ['01110', '10001', '10011', '10101', '11001', '10001', '01110'],
  ['00100', '01100', '00100', '00100', '00100', '00100', '01110'],
  ['01110', '10001', '00001', '00010', '00100', '01000', '11111'],
  ['11111', '00010', '00100', '00010', '00001', '10001', '01110'],
  ['00010', '00110', '01010', '10010', '11111', '00010', '00010'],
  ['11111', '10000', '11110', '00001', '00001', '10001', '01110'],
  ['00110', '01000', '10000', '11110', '10001', '10001', '01110'],
  ['11111', '00001', '00010', '00100', '01000', '01000', '01000'],
  ['01110', '10001', '10001', '01110', '10001', '10001', '01110'],
  ['01110', '10001', '10001', '01111', '00001', '00010', '01100'],
];
const LETTER_X = ['10001', '10001', '01010', '00100', '01010', '10001', '10001'];

/** Draws a pattern scaled by `scale` at an offset on a canvas of `w`×`h`, as alpha 0/255. */
function draw(pattern: readonly string[], scale: number, dx = 0, dy = 0, w = 64, h = 64): GlyphBitmap {
  const data = new Uint8Array(w * h);
  pattern.forEach((line, y) => {
    [...line].forEach((bit, x) => {
      if (bit !== '1') return;
      for (let sy = 0; sy < scale; sy++) for (let sx = 0; sx < scale; sx++) data[(dy + y * scale + sy) * w + dx + x * scale + sx] = 255;
    });
  });
  return { width: w, height: h, data };
}

const reference = DIGITS_5X7.map((pattern) => draw(pattern, 4, 10, 10));
const blank: GlyphBitmap = { width: 64, height: 64, data: new Uint8Array(64 * 64) };

describe('scrambled digit font (Pinduoduo)', () => {
  test('a permutation of the digits in private-use codepoints is recovered', () => {
    const permutation = [7, 3, 9, 0, 5, 1, 8, 2, 6, 4];
    // The scrambled font draws digit permutation[i] at codepoint U+E000+i, bigger and elsewhere on its canvas.
    const glyphs = new Map(permutation.map((digit, i) => [String.fromCharCode(0xe000 + i), draw(DIGITS_5X7[digit]!, 6, 3 + i, 5)]));
    const map = buildDigitMap(reference, glyphs);
    permutation.forEach((digit, i) => expect(map.get(String.fromCharCode(0xe000 + i))).toBe(String(digit)));
    const shown = '\ue003,\ue005\ue007\ue000.\ue008\ue004%';
    expect(decodeWithMap(shown, map)).toBe('0,127.65%');
  });

  test('shuffled ASCII digits are decoded too', () => {
    const glyphs = new Map([...'0123456789'].map((c, i) => [c, draw(DIGITS_5X7[(i + 1) % 10]!, 3, 2, 2, 32, 32)]));
    const map = buildDigitMap(reference, glyphs);
    expect(decodeWithMap('¥10.98', map)).toBe('¥21.09');
  });

  test('a blank glyph and an unknown glyph map to null, never to a digit', () => {
    const glyphs = new Map([
      ['\ue100', blank],
      ['\ue101', draw(LETTER_X, 4, 0, 0)],
      ['\ue102', draw(DIGITS_5X7[5]!, 4)],
    ]);
    const map = buildDigitMap(reference, glyphs);
    expect(map.get('\ue100')).toBeNull();
    expect(map.get('\ue101')).toBeNull();
    expect(map.get('\ue102')).toBe('5');
    expect(decodeWithMap('\ue102\ue100', map)).toBeNull();
    expect(decodeWithMap('\ue102\ue101', map)).toBeNull();
  });

  test('a character the map has never seen makes the cell unreadable', () => {
    const map = buildDigitMap(reference, new Map([['\ue000', draw(DIGITS_5X7[1]!, 4)]]));
    expect(decodeWithMap('\ue000\ue999', map)).toBeNull();
    expect(decodeWithMap('3', map)).toBeNull();
    expect(decodeWithMap('\ue000万+', map)).toBe('1万+');
  });

  test('ASCII letters are units, never decoded into digits', () => {
    const map = buildDigitMap(reference, new Map([['\ue000', draw(DIGITS_5X7[1]!, 4)]]));
    expect(decodeWithMap('\ue000.\ue000B', map)).toBe('1.1B');
  });

  test('a digit may be drawn in several reference faces; the closest one counts', () => {
    const serifZero = ['01110', '10001', '10001', '10001', '10001', '10001', '01110'];
    const faces = DIGITS_5X7.map((pattern, d) => (d === 0 ? [draw(pattern, 4), draw(serifZero, 4)] : draw(pattern, 4)));
    const map = buildDigitMap(faces, new Map([['\ue000', draw(serifZero, 6)]]));
    expect(map.get('\ue000')).toBe('0');
  });

  test('near-identical reference digits make the match ambiguous, so null', () => {
    const twins = [...reference];
    twins[8] = reference[0]!;
    const map = buildDigitMap(twins, new Map([['\ue000', draw(DIGITS_5X7[0]!, 5)]]));
    expect(map.get('\ue000')).toBeNull();
  });

  test('a glyph as close to two digits as each other is resolved by the digit another glyph takes', () => {
    // Reference 8 is drawn in a face whose 8 looks exactly like the 0: a 0 glyph alone is ambiguous.
    const faces = DIGITS_5X7.map((pattern, d) => (d === 8 ? [draw(pattern, 4), draw(DIGITS_5X7[0]!, 4)] : draw(pattern, 4)));
    expect(buildDigitMap(faces, new Map([['\ue000', draw(DIGITS_5X7[0]!, 5)]])).get('\ue000')).toBeNull();
    // Another glyph is clearly the 8, and a font draws each digit once, so the first is the 0.
    const both = buildDigitMap(
      faces,
      new Map([
        ['\ue000', draw(DIGITS_5X7[0]!, 5)],
        ['\ue001', draw(DIGITS_5X7[8]!, 5)],
      ]),
    );
    expect(both.get('\ue000')).toBe('0');
    expect(both.get('\ue001')).toBe('8');
  });

  test('two glyphs that could swap digits at no cost both stay null', () => {
    const twins = [...reference];
    twins[8] = reference[0]!;
    const map = buildDigitMap(
      twins,
      new Map([
        ['\ue000', draw(DIGITS_5X7[0]!, 5)],
        ['\ue001', draw(DIGITS_5X7[0]!, 6)],
        ['\ue002', draw(DIGITS_5X7[3]!, 6)],
      ]),
    );
    expect(map.get('\ue000')).toBeNull();
    expect(map.get('\ue001')).toBeNull();
    expect(map.get('\ue002')).toBe('3');
  });

  test('normalising keeps the shape whatever the size and position', () => {
    const small = normaliseGlyph(draw(DIGITS_5X7[4]!, 4, 1, 1))!;
    const large = normaliseGlyph(draw(DIGITS_5X7[4]!, 8, 20, 5, 128, 128))!;
    const nine = normaliseGlyph(draw(DIGITS_5X7[9]!, 8, 20, 5, 128, 128))!;
    expect(glyphSimilarity(small, large)).toBeGreaterThan(0.9);
    expect(glyphSimilarity(nine, large)).toBeLessThan(0.6);
    expect(normaliseGlyph(blank)).toBeNull();
  });
});
