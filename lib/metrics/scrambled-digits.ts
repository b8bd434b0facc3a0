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
 *
 * The font draws each digit once, so the glyphs are matched jointly: the one-to-one assignment
 * of glyphs to digits with the highest total similarity. Matched one by one, a glyph drawn in a
 * face unlike the machine's standard fonts (DejaVu outlines against Liberation/Noto references)
 * is often almost as close to a look-alike (0/8/6/3) as to its own digit and came out null, which
 * left the whole table unread; jointly, the look-alike is usually taken by a better match. A
 * glyph still needs `minScore` with its digit, and the best assignment must beat every
 * assignment giving that glyph another digit by `minMargin`, so an ambiguous glyph stays null.
 * With more than ten glyphs no such assignment exists and each glyph is matched on its own.
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
  const chars: string[] = [];
  const scores: number[][] = [];
  for (const [char, bitmap] of glyphs) {
    map.set(char, null);
    const glyph = normaliseGlyph(bitmap, size, threshold);
    if (!glyph) continue;
    chars.push(char);
    scores.push(digits.map((drawings) => Math.max(0, ...drawings.map((drawing) => (drawing ? glyphSimilarity(glyph, drawing) : 0)))));
  }
  if (chars.length > 10) {
    chars.forEach((char, g) => {
      const ranked = scores[g]!.map((score, d) => ({ score, d })).sort((a, b) => b.score - a.score);
      const [best, second] = ranked;
      if (best!.score >= minScore && best!.score - second!.score >= minMargin) map.set(char, String(best!.d));
    });
    return map;
  }
  const optimum = bestAssignment(scores);
  chars.forEach((char, g) => {
    const digit = optimum.digits[g]!;
    if (scores[g]![digit]! < minScore) return;
    const rival = bestAssignment(scores, g, digit);
    if (optimum.total - rival.total >= minMargin) map.set(char, String(digit));
  });
  return map;
}

/**
 * The one-to-one assignment of glyphs (rows of `scores`, at most ten) to digits with the highest
 * total score, optionally forbidding glyph `notGlyph` the digit `notDigit`. Exhaustive over digit
 * subsets (10 × 2^10 states), so the answer is exact.
 */
function bestAssignment(scores: readonly (readonly number[])[], notGlyph = -1, notDigit = -1): { total: number; digits: number[] } {
  const n = scores.length;
  const full = 1 << 10;
  // best[g * full + used]: the highest total for glyphs g.. given the digits in `used` are taken.
  const best = new Float64Array((n + 1) * full);
  const choice = new Int8Array(n * full).fill(-1);
  for (let g = n - 1; g >= 0; g--) {
    for (let used = 0; used < full; used++) {
      let top = -Infinity;
      for (let d = 0; d < 10; d++) {
        if (used & (1 << d) || (g === notGlyph && d === notDigit)) continue;
        const total = scores[g]![d]! + best[(g + 1) * full + (used | (1 << d))]!;
        if (total > top) {
          top = total;
          choice[g * full + used] = d;
        }
      }
      best[g * full + used] = top;
    }
  }
  const digits: number[] = [];
  let used = 0;
  for (let g = 0; g < n; g++) {
    const d = choice[g * full + used]!;
    digits.push(d);
    used |= 1 << d;
  }
  return { total: best[0]!, digits };
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
