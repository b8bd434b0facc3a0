import { narrowCode } from '../text/full-width';
import { foldPictographs, isPictographCandidate } from './pictographs';

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
const SPACED_PERCENT_QUICK = /[0-9\uFF10-\uFF19][ \u3000][%\uFF05]/;
const DIGIT_LETTER_QUICK = /[0-9][OoIl]|[OoIl][0-9]|[Nn]0/;

/** Spelled-out letters read as the word: every separator (and a closing dot) becomes a zero-width space. */
const joinSpelled = (run: string, separator: string) => run.split(separator).join(ZERO_WIDTH_SPACE).replace(/\.$/, ZERO_WIDTH_SPACE);

const isStandInCode = (code: number) => STAND_IN_CODES.includes(code);
const isLetterCode = (code: number) =>
  (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a);
const isDigitCode = (code: number) => (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19);

/**
 * Whether `CANDIDATE` matches at `k`: a stand-in after a letter with a letter (or one more stand-in and a letter)
 * after it, a 0/$ with two letters after it, or a 1 closing a word of letters. `CANDIDATE` matches only where a
 * stand-in stands, so testing this at every stand-in of a text is testing `CANDIDATE` over the text.
 */
export function candidateAt(text: string, k: number): boolean {
  const code = text.charCodeAt(k);
  if (!isStandInCode(code)) return false;
  const next = text.charCodeAt(k + 1);
  const letterBefore = k > 0 && isLetterCode(text.charCodeAt(k - 1));
  if (letterBefore && (isLetterCode(next) || (isStandInCode(next) && isLetterCode(text.charCodeAt(k + 2))))) return true;
  if ((code === 0x30 || code === 0x24 || code === 0xff10 || code === 0xff04) && isLetterCode(next) && isLetterCode(text.charCodeAt(k + 2))) return true;
  return (code === 0x31 || code === 0xff11) && letterBefore && !isLetterCode(next) && !isDigitCode(next);
}

/**
 * `CANDIDATE` tested at the positions the caller already found (`at[0, count)`, ascending, holding every position
 * of a `STAND_IN_CODES` unit in `text`; others are passed over) instead of over the whole text. True exactly when
 * `CANDIDATE` matches somewhere in `text`.
 */
export function swapCandidateAmong(text: string, at: ArrayLike<number>, count: number): boolean {
  for (let j = 0; j < count; j++) if (candidateAt(text, at[j]!)) return true;
  return false;
}

/**
 * What the matcher's one pass over a text saw, so `foldLetterSwaps` can skip the whole-text tests that cannot
 * match: `marks[0, count)`, ascending, holds every position of a stand-in (`STAND_IN_CODES`), of a digit and of a
 * pictograph candidate (`PICTOGRAPH_CANDIDATES` in pictographs.ts), and may hold others; `spelled` is false only
 * when no three separators stand two apart (so `SPELLED_CANDIDATE` cannot match).
 */
export interface PassMarks {
  marks: ArrayLike<number>;
  count: number;
  spelled: boolean;
}

const isAsciiDigit = (code: number) => code >= 0x30 && code <= 0x39;
/** Whether `O_QUICK` (a digit before an O, or N0) could match in `text`: looked for at the marked digits. */
function oQuickAmong(text: string, marks: PassMarks): boolean {
  for (let j = 0; j < marks.count; j++) {
    const k = marks.marks[j]!;
    const code = text.charCodeAt(k);
    if (!isAsciiDigit(code)) continue;
    const next = text.charCodeAt(k + 1);
    if (next === 0x4f || next === 0x6f) return true;
    if (code === 0x30 && k > 0 && (text.charCodeAt(k - 1) | 0x20) === 0x6e) return true;
  }
  return false;
}

/**
 * Whether `PHONE_QUICK` (a digit next to an O, o, I or l) could match once the folds before it ran: looked for at the
 * marked digits. Those folds make no digit and put no such letter next to one (a swapped letter touches only letters,
 * an O read as 0 stands in a run that opens with a digit next to an O), except N0 read as No: so a 0 after an N counts.
 */
function phoneQuickAmong(text: string, marks: PassMarks): boolean {
  const isOIl = (code: number) => code === 0x4f || code === 0x6f || code === 0x49 || code === 0x6c;
  for (let j = 0; j < marks.count; j++) {
    const k = marks.marks[j]!;
    const code = text.charCodeAt(k);
    if (!isAsciiDigit(code)) continue;
    const before = k > 0 ? text.charCodeAt(k - 1) : -1;
    if (isOIl(before) || isOIl(text.charCodeAt(k + 1))) return true;
    if (code === 0x30 && (before | 0x20) === 0x6e) return true;
  }
  return false;
}

/**
 * Whether `SPACED_PERCENT` (a digit, a space, a per cent sign) could match in `text` as the pass saw it: at the marked
 * digits. The folds before it make no space or per cent sign, and the digits they make (an O read as 0) stand right
 * before the sign or before "off"; the phone fold's digits are the caller's to count (see `foldLetterSwaps`).
 */
function spacedPercentAmong(text: string, marks: PassMarks): boolean {
  for (let j = 0; j < marks.count; j++) {
    const k = marks.marks[j]!;
    const code = text.charCodeAt(k);
    if (!isDigitCode(code)) continue;
    const space = text.charCodeAt(k + 1);
    const sign = text.charCodeAt(k + 2);
    if ((space === 0x20 || space === 0x3000) && (sign === 0x25 || sign === 0xff05)) return true;
  }
  return false;
}

/** Whether a pictograph candidate is marked: else `foldPictographs` has nothing to read. */
function pictographAmong(text: string, marks: PassMarks): boolean {
  for (let j = 0; j < marks.count; j++) if (isPictographCandidate(text.charCodeAt(marks.marks[j]!))) return true;
  return false;
}

/** The whole-text pre-test, for checking `swapCandidateAmong` against it. */
export function hasSwapCandidate(text: string): boolean {
  CANDIDATE.lastIndex = 0;
  const found = CANDIDATE.test(text);
  CANDIDATE.lastIndex = 0;
  return found;
}

/**
 * `text` with the stand-ins above read as the letters they spell (same length, same offsets); `text` itself when there are none.
 * `marks`, from the matcher's pass over this same `text`, lets the tests that cannot match be skipped: digit and symbol
 * swaps are then looked for only at the marked stand-ins, and spelled-out letters, an O in a number and pictographs
 * only when the pass saw what each needs. The result is the same either way.
 */
export function foldLetterSwaps(text: string, inTerm?: (code: number) => boolean, standInSwaps = true, marks?: PassMarks): string {
  let out = text;
  // Each word holding a candidate once, put back in place (same length, so offsets in `text` stay offsets in `out`).
  // `standInSwaps` false: the caller saw no stand-in where one could be read (swapCandidateAmong), so none is looked for.
  if (standInSwaps && marks) {
    // The marked stand-ins in text order, as `CANDIDATE.exec` would find them, past each word it read.
    let past = 0;
    for (let j = 0; j < marks.count; j++) {
      const k = marks.marks[j]!;
      if (k < past || !candidateAt(text, k)) continue;
      out = unswapAround(text, out, k);
      past = wordEnd(text, k);
    }
  } else {
    CANDIDATE.lastIndex = 0;
    for (let found = standInSwaps ? CANDIDATE.exec(text) : null; found; found = CANDIDATE.exec(text)) {
      out = unswapAround(text, out, found.index);
      // A match lies inside its word (letters, digits, $ and @ are all word characters), so this is past it too.
      CANDIDATE.lastIndex = Math.max(CANDIDATE.lastIndex, wordEnd(text, found.index));
    }
  }
  if (hasIForL(out)) out = out.replace(I_FOR_L, 'l');
  // Swaps, I for l and spelled-out letters change no character a spelled run or an O in a number needs before them
  // (a swapped letter always touches another letter; joined separators become zero-width spaces), so what the pass
  // saw in `text` decides whether to look in `out`.
  if ((!marks || marks.spelled) && SPELLED_CANDIDATE.test(out)) out = out.replace(SPELLED, joinSpelled);
  // One pre-test for both readings of letters among digits (5O% OFF, N0.1; a phone number's 0I4): most text has neither.
  // With the pass's marks each reading has its own test at the marked digits instead.
  let phoneRead = false;
  if (marks || DIGIT_LETTER_QUICK.test(out)) {
    if ((!marks || oQuickAmong(text, marks)) && O_QUICK.test(out) && O_CANDIDATE.test(out)) out = out.replace(O_IN_NUMBER, (n: string) => (/^[Nn]0$/.test(n) ? `${n[0]}o` : n.replace(/[Oo]/g, '0')));
    if ((!marks || phoneQuickAmong(text, marks)) && PHONE_QUICK.test(out)) {
      out = out.replace(PHONE_WITH_LETTERS, (run: string) => {
        const read = readPhone(run);
        if (read !== run) phoneRead = true;
        return read;
      });
    }
  }
  if ((!marks || phoneRead || spacedPercentAmong(text, marks)) && (out.indexOf('%') >= 0 || out.indexOf('\uFF05') >= 0) && SPACED_PERCENT_QUICK.test(out)) {
    out = out.replace(SPACED_PERCENT, ZERO_WIDTH_SPACE);
  }
  // Decorative pictographs the packs do not list read as one they do (pictographs.ts). None of the folds above makes or
  // removes a pictograph candidate (a keycap's digit is kept), so the marks of `text` answer for `out`.
  return !marks || pictographAmong(text, marks) ? foldPictographs(out, inTerm) : out;
}

/** Where the word holding `k` ends (letters, digits, $ and @). */
function wordEnd(text: string, k: number): number {
  let end = k;
  while (end < text.length && WORD_CHAR.test(text[end]!)) end++;
  return end;
}

/** `out` with the word of `text` holding the candidate at `k` read with its stand-ins put back. */
function unswapAround(text: string, out: string, k: number): string {
  let start = k;
  while (start > 0 && WORD_CHAR.test(text[start - 1]!)) start--;
  const end = wordEnd(text, k);
  const word = text.slice(start, end);
  const read = unswapWord(word, start, text);
  return read !== word ? out.slice(0, start) + read + out.slice(end) : out;
}
