/**
 * Pinduoduo draws its numbers with a scrambled web font: the DOM holds private-use codepoints
 * (or shuffled ASCII digits) and only the font makes them look like the real digits. Given each
 * glyph's bitmap as that font draws it, and the ten digits drawn in a standard font, each glyph
 * is matched to the digit it looks like. A glyph that matches nothing well, or two digits almost
 * equally, maps to null: the cell is then unreadable, never a wrong number.
 */
export interface GlyphBitmap {
  width: number;
  height: number;
  /** Row-major coverage, one value per pixel: 0 = blank; anything over `threshold` is ink. */
  data: ArrayLike<number>;
}

/** codepoint (as a one-character string) → '0'..'9', or null when no digit matches confidently. */
export type DigitMap = ReadonlyMap<string, string | null>;

export interface MatchOptions {
  /** Side of the normalised square bitmap. */
  size?: number;
  /** Fraction of full coverage above which a pixel is ink (data up to 1 is 0..1, else 0..255 alpha). */
  threshold?: number;
  /** Minimum IoU with the best digit. */
  minScore?: number;
  /** Minimum IoU lead of the best digit over the second best. */
  minMargin?: number;
}

/** Share of a grid cell's area that must be ink; under half keeps thin strokes. */
const COVERAGE = 0.4;
const DEFAULTS = { size: 16, threshold: 0.5, minScore: 0.6, minMargin: 0.08 };

/**
 * Crops to the ink's bounding box and scales it, aspect kept and centred, into a size×size binary
 * grid (a cell is ink when 40% of its source area is). Returns null for a blank glyph.
 */
export function normaliseGlyph(bitmap: GlyphBitmap, size = DEFAULTS.size, threshold = DEFAULTS.threshold): Uint8Array | null {
  const { width, height, data } = bitmap;
  const inkCut = maxOf(data) > 1 ? threshold * 255 : threshold;
  let top = height;
  let left = width;
  let bottom = -1;
  let right = -1;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if ((data[y * width + x] ?? 0) > inkCut) {
        if (y < top) top = y;
        if (y > bottom) bottom = y;
        if (x < left) left = x;
        if (x > right) right = x;
      }
    }
  }
  if (bottom < 0) return null;
  const boxW = right - left + 1;
  const boxH = bottom - top + 1;
  const scale = Math.max(boxW, boxH) / size;
  const outW = Math.max(1, Math.round(boxW / scale));
  const outH = Math.max(1, Math.round(boxH / scale));
  const offX = Math.floor((size - outW) / 2);
  const offY = Math.floor((size - outH) / 2);
  const grid = new Uint8Array(size * size);
  // Box filter with fractional overlaps, so one shape gives one grid whatever its pixel size.
  for (let gy = 0; gy < outH; gy++) {
    const y0 = top + gy * scale;
    const y1 = Math.min(bottom + 1, y0 + scale);
    for (let gx = 0; gx < outW; gx++) {
      const x0 = left + gx * scale;
      const x1 = Math.min(right + 1, x0 + scale);
      let ink = 0;
      let total = 0;
      for (let y = Math.floor(y0); y < y1; y++) {
        const wy = Math.min(y + 1, y1) - Math.max(y, y0);
        for (let x = Math.floor(x0); x < x1; x++) {
          const w = wy * (Math.min(x + 1, x1) - Math.max(x, x0));
          total += w;
          if ((data[y * width + x] ?? 0) > inkCut) ink += w;
        }
      }
      if (total > 0 && ink >= total * COVERAGE) grid[(offY + gy) * size + offX + gx] = 1;
    }
  }
  return grid;
}

function maxOf(data: ArrayLike<number>): number {
  let max = 0;
  for (let i = 0; i < data.length; i++) if (data[i]! > max) max = data[i]!;
  return max;
}

/** Intersection over union of two binary grids of the same size. */
export function glyphSimilarity(a: Uint8Array, b: Uint8Array): number {
  let both = 0;
  let either = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    both += x & y;
    either += x | y;
  }
  return either ? both / either : 0;
}

/**
 * Maps each glyph of the suspicious font to the reference digit it looks like.
 * `reference[d]` is digit d drawn in one or more standard fonts (the best-matching drawing
 * counts); `glyphs` maps a codepoint to its drawing in the suspicious font.
 */
export function buildDigitMap(
  reference: readonly (GlyphBitmap | readonly GlyphBitmap[])[],
  glyphs: ReadonlyMap<string, GlyphBitmap>,
  opts: MatchOptions = {},
): DigitMap {
  const { size, threshold, minScore, minMargin } = { ...DEFAULTS, ...opts };
  if (reference.length !== 10) throw new Error('buildDigitMap needs the ten digits 0-9 as reference');
  const digits = reference.map((drawings) =>
    (Array.isArray(drawings) ? drawings : [drawings as GlyphBitmap]).map((bitmap) => normaliseGlyph(bitmap, size, threshold)),
  );
  const map = new Map<string, string | null>();
  for (const [char, bitmap] of glyphs) {
    const glyph = normaliseGlyph(bitmap, size, threshold);
    let best = -1;
    let bestScore = 0;
    let second = 0;
    if (glyph) {
      digits.forEach((drawings, d) => {
        let score = 0;
        for (const drawing of drawings) if (drawing) score = Math.max(score, glyphSimilarity(glyph, drawing));
        if (score > bestScore) {
          second = bestScore;
          bestScore = score;
          best = d;
        } else if (score > second) second = score;
      });
    }
    map.set(char, best >= 0 && bestScore >= minScore && bestScore - second >= minMargin ? String(best) : null);
  }
  return map;
}

/** Characters a scrambled number keeps as they are (the fonts scramble digits only). */
export const PASS_THROUGH = new Set([...'.,%‰¥￥$€£+-−()万亿 ', '\u00a0']);
const SPACE = /\s/;

/**
 * Whether a character may be a scrambled digit: an ASCII digit or a non-ASCII codepoint (private
 * use and the like). ASCII letters are units ("1.2B") and stay as they are, never decoded: a
 * letter drawn like a digit (B, z) must not turn into one.
 */
export function isDigitCandidate(char: string): boolean {
  const code = char.charCodeAt(0);
  return (code >= 48 && code <= 57) || (code > 0x7f && !PASS_THROUGH.has(char) && !SPACE.test(char));
}

/** The text with every mapped glyph replaced by its digit; null if any glyph is unknown. */
export function decodeWithMap(text: string, map: DigitMap): string | null {
  let out = '';
  for (const char of text) {
    const digit = map.get(char);
    if (digit) out += digit;
    else if (digit === null || isDigitCandidate(char)) return null;
    else out += char;
  }
  return out;
}
