import { buildDigitMap, decodeWithMap, isDigitCandidate, type DigitMap, type GlyphBitmap, type MatchOptions } from './scrambled-digits';

/**
 * The browser half of scrambled-font decoding: draw glyphs on a canvas and read their pixels.
 * Called once per table (never per cell): one getComputedStyle on a sample cell, then one map.
 */

/** Font families a number cell may legitimately use; anything else first in the stack is suspect. */
export const STANDARD_FONT_FAMILIES: readonly string[] = [
  'serif', 'sans-serif', 'monospace', 'system-ui', 'ui-sans-serif', 'ui-monospace', '-apple-system',
  'blinkmacsystemfont', 'segoe ui', 'roboto', 'helvetica neue', 'helvetica', 'arial', 'noto sans',
  'noto sans sc', 'noto sans cjk sc', 'pingfang sc', 'hiragino sans gb', 'microsoft yahei', '微软雅黑',
  'simsun', '宋体', 'simhei', '黑体', 'source han sans sc', 'source han sans cn', 'wenquanyi micro hei',
  'tahoma', 'verdana', 'open sans', 'inter', 'ubuntu', 'cantarell', 'fira sans', 'lucida grande',
  'din alternate', 'din', 'din pro', 'alibaba-puhuiti', 'alibaba puhuiti', 'alibabasans', 'tt norms',
  'amazon ember', 'sf pro text', 'sf pro display', 'apple color emoji', 'segoe ui emoji',
];

/** The families of a CSS `font-family` value, unquoted and lower-cased. */
export function fontFamilies(value: string): string[] {
  return value
    .split(',')
    .map((family) => family.trim().replace(/^["']|["']$/g, '').toLowerCase())
    .filter(Boolean);
}

/**
 * The first family of the cell's font, or of an element inside it (拼多多 puts the font on a
 * `span` in the cell), when it is not a standard one (e.g. `__spider_font`); else null.
 * A handful of getComputedStyle calls: once per table, never per cell.
 */
export function nonStandardFont(cell: Element, standard: readonly string[] = STANDARD_FONT_FAMILIES): string | null {
  const known = new Set(standard.map((family) => family.toLowerCase()));
  const elements = [cell, ...Array.from(cell.querySelectorAll('*')).slice(0, 8)];
  for (const element of elements) {
    const first = fontFamilies(getComputedStyle(element).fontFamily)[0];
    if (first && !known.has(first)) return first;
  }
  return null;
}

const GLYPH_PX = 48;
const GENERIC_FAMILIES = new Set(['serif', 'sans-serif', 'monospace', 'system-ui', 'cursive', 'fantasy']);

/** A family for the canvas `font` shorthand: generics bare, names quoted. */
function cssFamily(family: string): string {
  return GENERIC_FAMILIES.has(family) ? family : JSON.stringify(family);
}

function context(): OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D {
  const canvas =
    typeof OffscreenCanvas === 'function'
      ? new OffscreenCanvas(GLYPH_PX * 2, GLYPH_PX * 2)
      : Object.assign(document.createElement('canvas'), { width: GLYPH_PX * 2, height: GLYPH_PX * 2 });
  const ctx = canvas.getContext('2d', { willReadFrequently: true }) as OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D | null;
  if (!ctx) throw new Error('no 2d canvas context');
  return ctx;
}

/** One character drawn in `fontFamily` as an alpha bitmap. */
export function renderGlyph(
  ctx: OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D,
  char: string,
  fontFamily: string,
): GlyphBitmap {
  const size = GLYPH_PX * 2;
  ctx.clearRect(0, 0, size, size);
  ctx.font = `${GLYPH_PX}px ${cssFamily(fontFamily)}`;
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'center';
  ctx.fillStyle = '#000';
  ctx.fillText(char, size / 2, size / 2);
  const rgba = ctx.getImageData(0, 0, size, size).data;
  const alpha = new Uint8Array(size * size);
  for (let i = 0; i < alpha.length; i++) alpha[i] = rgba[i * 4 + 3]!;
  return { width: size, height: size, data: alpha };
}

/**
 * Draws the distinct digit candidates of `texts` in the suspicious font and the ten digits in
 * standard faces, and matches them.
 */
export async function buildFontDigitMap(
  fontFamily: string,
  texts: Iterable<string>,
  opts: MatchOptions & { referenceFamilies?: readonly string[] } = {},
): Promise<DigitMap> {
  const chars = new Set<string>();
  for (const text of texts) for (const char of text) if (isDigitCandidate(char)) chars.add(char);
  const sample = [...chars].join('');
  // The web font may not be loaded yet; drawing before it is would draw the fallback's digits.
  if (typeof document !== 'undefined' && document.fonts) await document.fonts.load(`${GLYPH_PX}px ${cssFamily(fontFamily)}`, sample || '0');
  const ctx = context();
  // Digits in several standard faces: a serif 0 or a monospace 8 still finds its match.
  const families = opts.referenceFamilies ?? ['sans-serif', 'serif', 'monospace'];
  const reference = Array.from({ length: 10 }, (_, digit) => families.map((family) => renderGlyph(ctx, String(digit), family)));
  const glyphs = new Map<string, GlyphBitmap>();
  for (const char of chars) glyphs.set(char, renderGlyph(ctx, char, fontFamily));
  return buildDigitMap(reference, glyphs, opts);
}

/**
 * A `decode` for scrapeTable when a table's number cells use a non-standard font, else undefined.
 * `sampleCell` is one number cell (one getComputedStyle per table); `texts` are the cells' texts.
 */
export async function scrambledDecoder(
  sampleCell: Element,
  texts: Iterable<string>,
  opts?: MatchOptions & { referenceFamilies?: readonly string[] },
): Promise<((text: string) => string | null) | undefined> {
  const family = nonStandardFont(sampleCell);
  if (!family) return undefined;
  const map = await buildFontDigitMap(family, texts, opts);
  return (text) => decodeWithMap(text, map);
}
