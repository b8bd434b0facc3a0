/**
 * Emoji and other pictographs used as decoration (policy §4 AZCHAR: "emoji used as decoration"). Amazon's rule is
 * about any of them, and a rule pack can only list some (🔥 ✨ 👉 …), so the text is read with every pictograph
 * the pack does not name put back as one it does: ⭐ (U+2B50). In place, like the other look-alike folds: a
 * pictograph of one UTF-16 unit becomes ⭐, a surrogate pair becomes ⭐ and a zero-width space, which the matcher
 * skips, so offsets still point into the seller's own text and the finding covers the whole emoji.
 *
 * Which characters are pictographs is the platform's own Unicode data (`\p{Extended_Pictographic}`), not a hand
 * list. Left alone: the ones a compiled term is spelled with (`inTerm`, the matcher's character classes: a pack's
 * 🔥 rule or a seller's own 🌸好 still sees its own character), © ® ™ (trademark notices, no decoration), ‼ ⁉ and
 * the arrows.
 *
 * Text without a character in the pictograph ranges (nearly all text) costs one native regular-expression test
 * over two code-unit ranges.
 */

const PICTOGRAPH = /\p{Extended_Pictographic}/gu;
/** Cheap pre-test: the BMP symbol blocks and the high surrogates of the emoji planes. */
const CANDIDATE = /[\u2190-\u2bff\u3030\u303d\u3297\u3299\ud83c-\ud83e]/;
const STAND_IN = '\u2B50';
const ZERO_WIDTH_SPACE = '\u200B';
/** Pictographs kept as they are without a term: no decoration. */
const KEPT = new Set(Array.from('©®™‼⁉'));
const isArrow = (code: number) => code >= 0x2190 && code <= 0x21ff;

/** `text` with pictographs the packs do not name read as ⭐ (same length, same offsets); `text` itself when there are none. */
export function foldPictographs(text: string, inTerm: (code: number) => boolean = () => false): string {
  if (!CANDIDATE.test(text)) return text;
  return text.replace(PICTOGRAPH, (ch: string) => {
    if (KEPT.has(ch) || isArrow(ch.charCodeAt(0)) || inTerm(ch.charCodeAt(ch.length - 1))) return ch;
    return ch.length === 1 ? STAND_IN : STAND_IN + ZERO_WIDTH_SPACE.repeat(ch.length - 1);
  });
}
