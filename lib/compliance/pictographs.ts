/**
 * Emoji and other pictographs used as decoration (policy §4 AZCHAR: "emoji used as decoration"). Amazon's rule is
 * about any of them, and a rule pack can only list some (🔥 ✨ 👉 …), so the text is read with every pictograph
 * no term names put back as one the Amazon pack does: ⭐ (U+2B50). In place, like the other look-alike folds: a
 * pictograph of one UTF-16 unit becomes ⭐, a surrogate pair becomes ⭐ and a zero-width space, which the matcher
 * skips, so offsets still point into the seller's own text and the finding covers the whole emoji.
 *
 * Which characters are pictographs is the platform's own Unicode data (`\p{Extended_Pictographic}`), not a hand
 * list. Left alone: the ones a compiled term is spelled with (`inTerm`, the matcher's character classes: a pack's
 * 🔥 rule or a seller's own 🌸好 still sees its own character), © ® ™ (trademark notices, no decoration), ‼ ⁉ and
 * the arrows.
 *
 * Text without a character in the symbol blocks or the emoji planes costs one native regular-expression test over
 * three ranges; each character found there is looked up in a table built once from the same Unicode data (so
 * Chinese copy full of ◆ ● ★, which are no pictographs, stays as it is).
 */

const PICTOGRAPH = /^\p{Extended_Pictographic}$/u;
const STAND_IN = '\u2B50';
const ZERO_WIDTH_SPACE = '\u200B';
/** Pictographs kept as they are without a term: no decoration. */
const KEPT = new Set(Array.from('©®™‼⁉'));
const isArrow = (code: number) => code >= 0x2190 && code <= 0x21ff;

/**
 * Emoji that Extended_Pictographic leaves out because they are built of other characters: a flag is two regional
 * indicator letters (🇺🇸, U+1F1E6–U+1F1FF) and a keycap is a digit, # or * with U+20E3 after it (1️⃣). Used in a
 * title they decorate as any emoji does.
 */
const isRegionalIndicatorLow = (low: number) => low >= 0xdde6 && low <= 0xddff;
const KEYCAP = 0x20e3;
const isKeycapBase = (code: number) => (code >= 0x30 && code <= 0x39) || code === 0x23 || code === 0x2a;

/** Cheap pre-test by code-unit range (a plain range is several times faster than the exact class). */
const COARSE = /[\u20e3\u2139-\u2bff\u3030\u303d\u3297\u3299\ud83c-\ud83e]/g;
/** The code units `COARSE` looks for: text without any has nothing for `foldPictographs` to read. */
export const isPictographCandidate = (code: number): boolean =>
  code === 0x20e3 || (code >= 0x2139 && code <= 0x2bff) || code === 0x3030 || code === 0x303d || code === 0x3297 || code === 0x3299 || (code >= 0xd83c && code <= 0xd83e);
/** Per BMP code unit in U+2000–U+33FF: a decorative pictograph (1) or not (0); filled from the Unicode data on first use. */
let decorativeBmp: Uint8Array | undefined;
function isDecorativeBmp(code: number): boolean {
  if (!decorativeBmp) {
    decorativeBmp = new Uint8Array(0x1400);
    for (let at = 0; at < 0x1400; at++) {
      const ch = String.fromCharCode(0x2000 + at);
      if (!isArrow(0x2000 + at) && !KEPT.has(ch) && PICTOGRAPH.test(ch)) decorativeBmp[at] = 1;
    }
  }
  return code >= 0x2000 && code < 0x3400 && decorativeBmp[code - 0x2000] === 1;
}

/** `text` with pictographs no term names read as ⭐ (same length, same offsets); `text` itself when there are none. */
export function foldPictographs(text: string, inTerm: (code: number) => boolean = () => false): string {
  COARSE.lastIndex = 0;
  let out = text;
  for (let found = COARSE.exec(text); found; found = COARSE.exec(text)) {
    const at = found.index;
    const code = text.charCodeAt(at);
    if (code >= 0xd800) {
      const pair = text.slice(at, at + 2);
      COARSE.lastIndex = at + 2;
      const low = pair.charCodeAt(1);
      const flagLetter = code === 0xd83c && isRegionalIndicatorLow(low);
      if (pair.length === 2 && !inTerm(low) && (flagLetter || PICTOGRAPH.test(pair))) out = `${out.slice(0, at)}${STAND_IN}${ZERO_WIDTH_SPACE}${out.slice(at + 2)}`;
    } else if (code === KEYCAP) {
      // The keycap's base sits before it, with the emoji variation selector (ignorable) between or not: the base reads
      // as the stand-in, the keycap mark as nothing, so the finding covers the whole keycap.
      const base = at >= 2 && text.charCodeAt(at - 1) === 0xfe0f ? at - 2 : at - 1;
      if (base >= 0 && isKeycapBase(text.charCodeAt(base)) && !inTerm(KEYCAP)) {
        out = `${out.slice(0, base)}${STAND_IN}${out.slice(base + 1, at)}${ZERO_WIDTH_SPACE}${out.slice(at + 1)}`;
      }
    } else if (isDecorativeBmp(code) && !inTerm(code)) {
      out = `${out.slice(0, at)}${STAND_IN}${out.slice(at + 1)}`;
    }
  }
  return out;
}
