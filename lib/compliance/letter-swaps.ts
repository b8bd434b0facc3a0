import { narrowCode } from '../text/full-width';

/**
 * Digit-for-letter and symbol-for-letter swaps inside English words (policy §5): `B3st`, `Pr0ven`, `0rganic`,
 * `Gu4ranteed`, `l0se`, `$ave`, mixed in any combination in one word (`Cl1nically Pr0ven`). The matcher's term
 * variants (matcher.ts, `termVariants`) list a few swapped spellings per term, which cannot cover every mix of
 * swaps across a phrase, and pattern rules (`lose {#} lbs`, `save {#}%`) have no variants at all. So the text
 * is read with the swapped characters put back, in place: one character for one, the same length and offsets,
 * like the supplementary look-alikes (supplementary.ts).
 *
 * A digit reads as a letter only where it cannot be part of a number: between two letters of one word (B3st,
 * Pr00ven; at most two digits, so `F150` and `X360` stay numbers), or a 0 or $ opening a word that goes on in
 * letters (0rganic, $ave; a quantity does not start with 0, a price has digits after its $). Unit-suffixed
 * numbers (5lbs, 3in1, 10pcs) are left alone, as are codes with fewer than three letters (H2O is no swap: 2 is
 * not a letter stand-in; mp3, 4K). The digit 1 is left to the term variants, which try both i and l (k1lls,
 * antibacteria1): put back in place it could only be one of them.
 *
 * Text without a letter next to a candidate character costs one native regular-expression test.
 */

/** Stand-in → the letter it spells (ASCII; the full-width forms narrow to these first). */
const SWAPS: Readonly<Record<string, string>> = { '0': 'o', '3': 'e', '4': 'a', '5': 's', '7': 't', $: 's', '@': 'a' };

const LETTER = 'A-Za-z\\uFF21-\\uFF3A\\uFF41-\\uFF5A';
const STAND_IN = '0345 7$@\\uFF10\\uFF13\\uFF14\\uFF15\\uFF17\\uFF04\\uFF20'.replace(' ', '');
/**
 * The stand-in code units themselves: text holding none of them has no swap to read (foldLetterSwaps returns it
 * as it is), so the matcher notes them as its one pass goes by and skips the pre-test below when it met none.
 */
export const STAND_IN_CODES: readonly number[] = Array.from(JSON.parse(`"${STAND_IN}"`) as string, (ch) => ch.charCodeAt(0));
/**
 * Cheap pre-test: a stand-in between letters, or a 0/$ opening a word of letters. It opens with the stand-in, a
 * rarer character than a letter, and looks behind from there: about three times faster on English text than
 * opening with the letter class.
 */
const CANDIDATE = new RegExp(
  `[${STAND_IN}](?:(?<=[${LETTER}][${STAND_IN}])[${STAND_IN}]?[${LETTER}]|(?<=[0$\\uFF10\\uFF04])[${LETTER}]{2})`,
);
/** A word: a run of ASCII (or full-width) letters, digits, $ and @. */
const WORD = /[A-Za-z0-9$@\uFF04\uFF10-\uFF19\uFF20-\uFF3A\uFF41-\uFF5A]+/g;
/** A mail host named without its domain (bob@gmail) is still an address. */
const MAIL_HOST = /[@\uFF20](?:gmail|googlemail|yahoo|hotmail|outlook|live|icloud|aol|proton|qq|foxmail)/i;
const MIN_LETTERS = 3;
const MAX_RUN = 2;

const narrow = (ch: string) => String.fromCharCode(narrowCode(ch.charCodeAt(0)));
const isLetter = (ch: string | undefined) => ch !== undefined && /[a-z]/i.test(narrow(ch));
const isDigitLike = (ch: string | undefined) => ch !== undefined && /[0-9$@]/.test(narrow(ch));

/**
 * `word` with its stand-ins put back. An @ reads as a only where the word is no e-mail address: an address goes
 * on with a dot and a domain after the word (me@shop.com) or names a mail host (bob@gmail); a swapped word does
 * neither (100% s@tisfaction).
 */
function unswapWord(word: string, offset: number, text: string): string {
  if (word.includes('@') || word.includes('\uFF20')) {
    const after = text.slice(offset + word.length, offset + word.length + 2);
    if (/^[.．][A-Za-z]/.test(after) || MAIL_HOST.test(word)) return word;
  }
  let letters = 0;
  for (const ch of word) if (isLetter(ch)) letters++;
  if (letters < MIN_LETTERS) return word;
  const chars = [...word];
  let changed = false;
  for (let i = 0; i < chars.length; ) {
    if (!isDigitLike(chars[i])) {
      i++;
      continue;
    }
    // A run of digits (and $): read as letters only when every one is a stand-in and the run sits as a letter would.
    let end = i;
    while (end < chars.length && isDigitLike(chars[end])) end++;
    const run = chars.slice(i, end).map(narrow);
    const allStandIns = run.every((ch) => SWAPS[ch] !== undefined);
    const between = i > 0 && isLetter(chars[i - 1]) && isLetter(chars[end]) && run.length <= MAX_RUN;
    // 0 and $ may open a word (0rganic, $ave); an @ opening one is a social handle (@shopname) and stays.
    const opening = i === 0 && run.length === 1 && (run[0] === '0' || run[0] === '$') && isLetter(chars[end]) && isLetter(chars[end + 1]);
    if (allStandIns && (between || opening)) {
      for (let k = i; k < end; k++) chars[k] = SWAPS[run[k - i]!]!;
      changed = true;
    }
    i = end;
  }
  return changed ? chars.join('') : word;
}

const isStandInCode = (code: number) => STAND_IN_CODES.includes(code);
const isLetterCode = (code: number) =>
  (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a);

/**
 * `CANDIDATE` tested at the stand-ins the caller already found (`at[0, count)`, positions of `STAND_IN_CODES` in
 * `text`) instead of over the whole text: a stand-in after a letter with a letter (or one more stand-in and a
 * letter) after it, or a 0/$ with two letters after it. True exactly when `CANDIDATE.test(text)` is, given every
 * stand-in of the text is listed.
 */
export function swapCandidateAmong(text: string, at: ArrayLike<number>, count: number): boolean {
  for (let j = 0; j < count; j++) {
    const k = at[j]!;
    const next = text.charCodeAt(k + 1);
    if (k > 0 && isLetterCode(text.charCodeAt(k - 1)) && (isLetterCode(next) || (isStandInCode(next) && isLetterCode(text.charCodeAt(k + 2))))) return true;
    const code = text.charCodeAt(k);
    if ((code === 0x30 || code === 0x24 || code === 0xff10 || code === 0xff04) && isLetterCode(next) && isLetterCode(text.charCodeAt(k + 2))) return true;
  }
  return false;
}

/** The whole-text pre-test, for checking `swapCandidateAmong` against it. */
export const hasSwapCandidate = (text: string): boolean => CANDIDATE.test(text);

/** `text` with digit and $ stand-ins inside English words read as the letters they spell (same length); `text` itself when there are none. */
export function foldLetterSwaps(text: string): string {
  if (!CANDIDATE.test(text)) return text;
  return text.replace(WORD, (word: string, offset: number) => unswapWord(word, offset, text));
}
