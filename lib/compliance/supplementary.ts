/**
 * Look-alikes outside the Basic Multilingual Plane: CJK compatibility ideographs from the supplement
 * (U+2F8D4 for 最, U+2F9A2 for 菌), mathematical bold and italic letters (𝐂𝐔𝐑𝐄𝐒) and enclosed letters (🄲).
 * Each is a surrogate pair, two UTF-16 code units, and the matcher folds one code unit at a time, so it cannot
 * read them through its tables. Here each such pair whose Unicode compatibility form (NFKC, the platform's own
 * Unicode data) is one ordinary character becomes that character followed by a zero-width space, which the
 * matcher skips: the text keeps its length, so every offset still points into the seller's own text.
 *
 * Only the high surrogates of those three blocks are looked for, so text without them (nearly all text) costs
 * one native regular-expression test; emoji and rare Han characters (Extension B) are left as they are.
 */

/** The high surrogates of those blocks: the matcher's scan notes them as it goes by (matcher.ts). */
export const SUPPLEMENTARY_HIGH: readonly number[] = [0xd835, 0xd83c, 0xd87e];
const CANDIDATE = /[\uD835\uD83C\uD87E][\uDC00-\uDFFF]/;
const PAIRS = /[\uD835\uD83C\uD87E][\uDC00-\uDFFF]/g;
const ZERO_WIDTH_SPACE = '\u200B';
/** Pair → its one-unit fold plus a zero-width space, or the pair itself when it folds to nothing shorter. */
const folded = new Map<string, string>();

function foldPair(pair: string): string {
  let out = folded.get(pair);
  if (out === undefined) {
    const nfkc = pair.normalize('NFKC');
    out = nfkc.length === 1 ? nfkc + ZERO_WIDTH_SPACE : pair;
    folded.set(pair, out);
  }
  return out;
}

/** `text` with supplementary look-alikes folded in place (same length, same offsets); `text` itself when it has none. */
export function foldSupplementary(text: string): string {
  if (!CANDIDATE.test(text)) return text;
  return text.replace(PAIRS, foldPair);
}
