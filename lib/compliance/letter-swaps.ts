import { narrowCode } from '../text/full-width';
import { foldPictographs } from './pictographs';

/**
 * Digit-for-letter and symbol-for-letter swaps inside English words (policy §5): `B3st`, `Pr0ven`, `0rganic`,
 * `Gu4ranteed`, `l0se`, `$ave`, mixed in any combination in one word (`Cl1nically Pr0ven`). The matcher's term
 * variants (matcher.ts, `termVariants`) list a few swapped spellings per term, which cannot cover every mix of
 * swaps across a phrase, and pattern rules (`lose {#} lbs`, `save {#}%`) have no variants at all. So the text
 * is read with the swapped characters put back, in place: one character for one, the same length and offsets,
 * like the supplementary look-alikes (supplementary.ts).
 *
 * The same in-place reading covers three more evasion classes (policy §5), so that pattern rules, whose anchor
 * words have no spelled variants, see them too:
 * - letters spelled out with one separator between them (`R.E.V.E.R.S.E.S`, `c~u~r~e~s`, `k-i-l-l-s`,
 *   `B E S T  S E L L E R`): each separator (and a dot closing `F.D.A.`) becomes a zero-width space, which the
 *   matcher skips, so the word reads whole. At least three single letters, so `a.m.`, `e.g.` and `U.S.` stay.
 * - a capital I standing for l (`CIinically`, `heaIs`): before an i, or between two lower-case letters.
 * - a letter O standing for the digit 0 in a number (`5O% OFF`, `1OO%`), and `N0.1` for No.1.
 * Last, any decorative pictograph reads as one the packs name (pictographs.ts).
 *
 * A digit reads as a letter only where it cannot be part of a number: between two letters of one word (B3st,
 * Pr00ven; at most two digits, so `F150` and `X360` stay numbers), or a 0 or $ opening a word that goes on in
 * letters (0rganic, $ave; a quantity does not start with 0, a price has digits after its $). Unit-suffixed
 * numbers (5lbs, 3in1, 10pcs) are left alone, as are codes with fewer than three letters (H2O is no swap: 2 is
 * not a letter stand-in; mp3, 4K). A 1 reads as i or l by its neighbours (k1lls, c1inically, antibacteria1):
 * put back in place it can only be one of them, so the likelier is chosen (oneAs below), and pattern rules,
 * which have no spelled variants, see the claim.
 *
 * Only the words around a candidate are looked at, so text without one costs one native regular-expression
 * test, and text with a few pays for those words only.
 */

/** Stand-in → the letter it spells (ASCII; the full-width forms narrow to these first). */
const SWAPS: Readonly<Record<string, string>> = { '0': 'o', '3': 'e', '4': 'a', '5': 's', '7': 't', $: 's', '@': 'a', '1': 'i' };

const LETTER = 'A-Za-z\\uFF21-\\uFF3A\\uFF41-\\uFF5A';
const STAND_IN = '01345 7$@\\uFF10\\uFF11\\uFF13\\uFF14\\uFF15\\uFF17\\uFF04\\uFF20'.replace(' ', '');
/**
 * The stand-in code units themselves: text holding none of them has no digit or symbol swap to read, so the
 * matcher notes them as its one pass goes by and skips the whole-text pre-test below when it met none.
 */
export const STAND_IN_CODES: readonly number[] = Array.from(JSON.parse(`"${STAND_IN}"`) as string, (ch) => ch.charCodeAt(0));
/**
 * Cheap pre-test: a stand-in between letters, or a 0/$ opening a word of letters. It opens with the stand-in, a
 * rarer character than a letter, and looks behind from there: about three times faster on English text than
 * opening with the letter class.
 */
const CANDIDATE = new RegExp(
  `[${STAND_IN}](?:(?<=[${LETTER}][${STAND_IN}])[${STAND_IN}]?[${LETTER}]|(?<=[0$\\uFF10\\uFF04])[${LETTER}]{2})|[1\\uFF11](?<=[${LETTER}].)(?![${LETTER}0-9\\uFF10-\\uFF19])`,
  'g',
);
/** A character of a word: ASCII (or full-width) letters, digits, $ and @. */
const WORD_CHAR = /[A-Za-z0-9$@\uFF04\uFF10-\uFF19\uFF20-\uFF3A\uFF41-\uFF5A]/;
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
    // A 1 closing a long word of letters reads as l (antibacteria1); a short one is a rank or a model (Top1, No1, Gen1),
    // and a 1 opens none (1st, 1x).
    const closing = end === chars.length && i > 0 && run.length === 1 && run[0] === '1' && isLetter(chars[i - 1]) && letters >= 6;
    if (allStandIns && (between || opening || closing)) {
      for (let k = i; k < end; k++) chars[k] = run[k - i] === '1' ? oneAs(chars, k, end - i) : SWAPS[run[k - i]!]!;
      changed = true;
    }
    i = end;
  }
  return changed ? chars.join('') : word;
}

/**
 * The letter a 1 stands for: l next to an i (c1inically, ki1ls), in a pair (ki11s) and closing a word
 * (antibacteria1); i otherwise (k1lls, rel1eves, arthr1tis, sh1pp1ng), the likelier of the two in English.
 */
function oneAs(chars: readonly string[], k: number, runLength: number): string {
  const before = chars[k - 1] === undefined ? '' : narrow(chars[k - 1]!).toLowerCase();
  const after = chars[k + 1] === undefined ? '' : narrow(chars[k + 1]!).toLowerCase();
  const upper = isUpper(chars[k - 1]) && (after === '' || runLength > 1 || isUpper(chars[k + 1]));
  if (runLength > 1 || after === '' || before === 'i' || after === 'i') return upper ? 'L' : 'l';
  return upper ? 'I' : 'i';
}
const isUpper = (ch: string | undefined) => ch !== undefined && /[A-Z]/.test(narrow(ch));

/** Separators sellers put between spelled-out letters. */
const SPELLED_CANDIDATE = /[.~*_\u00b7\u2022/\- ][A-Za-z][.~*_\u00b7\u2022/\- ][A-Za-z][.~*_\u00b7\u2022/\- ]/;
/** Three or more single letters with one separator between each (and a closing dot after F.D.A.). */
const SPELLED = /(?<![A-Za-z0-9])[A-Za-z]([.~*_\u00b7\u2022/\- ])[A-Za-z](?:\1[A-Za-z])+(?![A-Za-z0-9])(?:\.(?= ))?/g;
const ZERO_WIDTH_SPACE = '\u200B';
/** A capital I between two lower-case letters, or before an i: an l in disguise. */
const I_FOR_L = /(?<=[a-z])I(?=[a-z])|(?<=[A-Za-z])I(?=i)/g;
/** A letter O inside a number before % or "off" (5O% OFF, 1OO%), and N0 before a number (N0.1). */
const O_IN_NUMBER = /(?<![A-Za-z0-9])(?:[0-9][0-9Oo]*[Oo][0-9Oo]*(?=%|\s?off\b)|[Nn]0(?=\.?\s?[0-9]))/gi;

const isLower = (code: number) => code >= 0x61 && code <= 0x7a;
/** Whether a capital I stands where I_FOR_L reads an l: found by indexOf, as capital I is rare inside words. */
function hasIForL(text: string): boolean {
  for (let at = text.indexOf('I', 1); at >= 0; at = text.indexOf('I', at + 1)) {
    const before = text.charCodeAt(at - 1);
    const after = text.charCodeAt(at + 1);
    if (isLower(after) && (isLower(before) || (after === 0x69 && isLower(before | 0x20)))) return true;
  }
  return false;
}
const O_CANDIDATE = /[0-9][Oo]+(?:[0-9%]| ?off)|[Nn]0\.? ?[0-9]/i;
/** Quick pre-test for O_CANDIDATE: a digit next to an O, or N0. */
const O_QUICK = /[0-9][Oo]|[Nn]0/;

/**
 * Letters standing in for digits inside a phone number (`(555) 0I4-2233`, `8OO-555-Ol99`): three groups of digits
 * apart by the usual separators, O/o read as 0 and I/l as 1. Only where at least seven real digits stand, so a word
 * (Ill, loo) or a model code is never read as a number.
 */
const PHONE_WITH_LETTERS = /(?<![A-Za-z0-9])\(?[0-9OoIl]{3}\)?[-. ]?[0-9OoIl]{3}[-. ][0-9OoIl]{4}(?![A-Za-z0-9])/g;
const PHONE_QUICK = /[0-9][OoIl]|[OoIl][0-9]/;
const MIN_PHONE_DIGITS = 7;
const readPhone = (run: string) => (run.replace(/[^0-9]/g, '').length >= MIN_PHONE_DIGITS ? run.replace(/[Oo]/g, '0').replace(/[Il]/g, '1') : run);
/** A space between a number and its per cent sign (`100 % effective`): the figure reads whole, as `100%`. */
const SPACED_PERCENT = /(?<=[0-9\uFF10-\uFF19])[ \u3000](?=[%\uFF05])/g;

/** Spelled-out letters read as the word: every separator (and a closing dot) becomes a zero-width space. */
const joinSpelled = (run: string, separator: string) => run.split(separator).join(ZERO_WIDTH_SPACE).replace(/\.$/, ZERO_WIDTH_SPACE);

const isStandInCode = (code: number) => STAND_IN_CODES.includes(code);
const isLetterCode = (code: number) =>
  (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a);
const isDigitCode = (code: number) => (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19);

/**
 * `CANDIDATE` tested at the stand-ins the caller already found (`at[0, count)`, positions of `STAND_IN_CODES` in
 * `text`) instead of over the whole text: a stand-in after a letter with a letter (or one more stand-in and a
 * letter) after it, a 0/$ with two letters after it, or a 1 closing a word of letters. True exactly when
 * `CANDIDATE` matches somewhere in `text`, given every stand-in of the text is listed.
 */
export function swapCandidateAmong(text: string, at: ArrayLike<number>, count: number): boolean {
  for (let j = 0; j < count; j++) {
    const k = at[j]!;
    const next = text.charCodeAt(k + 1);
    const letterBefore = k > 0 && isLetterCode(text.charCodeAt(k - 1));
    if (letterBefore && (isLetterCode(next) || (isStandInCode(next) && isLetterCode(text.charCodeAt(k + 2))))) return true;
    const code = text.charCodeAt(k);
    if ((code === 0x30 || code === 0x24 || code === 0xff10 || code === 0xff04) && isLetterCode(next) && isLetterCode(text.charCodeAt(k + 2))) return true;
    if ((code === 0x31 || code === 0xff11) && letterBefore && !isLetterCode(next) && !isDigitCode(next)) return true;
  }
  return false;
}

/** The whole-text pre-test, for checking `swapCandidateAmong` against it. */
export function hasSwapCandidate(text: string): boolean {
  CANDIDATE.lastIndex = 0;
  const found = CANDIDATE.test(text);
  CANDIDATE.lastIndex = 0;
  return found;
}

/** `text` with the stand-ins above read as the letters they spell (same length, same offsets); `text` itself when there are none. */
export function foldLetterSwaps(text: string, inTerm?: (code: number) => boolean, standInSwaps = true): string {
  let out = text;
  CANDIDATE.lastIndex = 0;
  // Each word holding a candidate once, put back in place (same length, so offsets in `text` stay offsets in `out`).
  // `standInSwaps` false: the caller saw no stand-in where one could be read (swapCandidateAmong), so none is looked for.
  for (let found = standInSwaps ? CANDIDATE.exec(text) : null; found; found = CANDIDATE.exec(text)) {
    let start = found.index;
    while (start > 0 && WORD_CHAR.test(text[start - 1]!)) start--;
    let end = found.index;
    while (end < text.length && WORD_CHAR.test(text[end]!)) end++;
    const word = text.slice(start, end);
    const read = unswapWord(word, start, text);
    if (read !== word) out = out.slice(0, start) + read + out.slice(end);
    CANDIDATE.lastIndex = Math.max(CANDIDATE.lastIndex, end);
  }
  if (hasIForL(out)) out = out.replace(I_FOR_L, 'l');
  if (SPELLED_CANDIDATE.test(out)) out = out.replace(SPELLED, joinSpelled);
  if (O_QUICK.test(out) && O_CANDIDATE.test(out)) out = out.replace(O_IN_NUMBER, (n: string) => (/^[Nn]0$/.test(n) ? `${n[0]}o` : n.replace(/[Oo]/g, '0')));
  if (PHONE_QUICK.test(out)) out = out.replace(PHONE_WITH_LETTERS, readPhone);
  if (out.indexOf(' %') >= 0 || out.indexOf(' \uFF05') >= 0 || out.indexOf('\u3000%') >= 0 || out.indexOf('\u3000\uFF05') >= 0) out = out.replace(SPACED_PERCENT, ZERO_WIDTH_SPACE);
  // Decorative pictographs the packs do not list read as one they do (pictographs.ts).
  return foldPictographs(out, inTerm);
}
