import { inBothLangs, type MessageKey } from '../i18n';
import type { LocalizedText } from '../sites/types';
import { foldCode, isCjk, isIgnorable, isSeparator, normaliseTerm, type FoldOptions } from './normalise';

/**
 * Pattern rules: claims that are a shape, not a word (治疗 + a disease, 3天瘦8斤, kills 99% of germs).
 * A pattern is written as a template, so packs and a seller's own list stay data:
 *
 *   literal text       matched as written (normalised like terms; a space means "a space or none")
 *   {a|b|c}            one of the alternatives; an empty one makes the slot optional: {每|}
 *   {#}                a number: 3, 3.5, 1,000, 十, 两, 二十, 半 (financial numerals fold to ordinary ones)
 *   {#N} {#N-M}        exactly N (or N to M) digits, e.g. {#11} for a mainland mobile number
 *   {~N}               up to N characters that are not sentence punctuation (N ≤ 20): 治疗{~4}鼻炎
 *                      (a dot or comma inside a number or word, 99.9 or 10,000, does not end it)
 *   {&}                an account name or e-mail/domain part: letters, digits, inner dots, _ and +
 *   {@list}            one word of a named list (conditions, germs… see packs/pattern-lists.ts); {@} is a plain @
 *   <…>                the anchor slot: its words go into the automaton, and only where one of them
 *                      occurs is the pattern checked, in a small window around it (one pass stays one pass)
 *   {…}+ or <…>+       the slot one or more times (not for {#} or {~N}: no nested repeats, no runaway regex)
 *   \x                 the character x itself ({ } < > | \ #)
 *
 * Without a <…> slot the anchor is the required word slot whose shortest word is longest. `<#>` anchors
 * on the digits themselves (phone numbers). A template compiles to a regular expression over the
 * normalised text (built here, in the background) and its anchors; both are plain data for the wire.
 */

export interface CompiledTemplate {
  /** RegExp source over normalised text, ASCII word edges guarded. */
  source: string;
  /** Words whose occurrence triggers the check (as written; the matcher normalises them like terms). */
  anchors: string[];
  /** Upper bound of a match's length in normalised characters. */
  reach: number;
  /** Upper bound of what a match holds before its anchor: a match starts at most this far left of it. */
  left: number;
  /**
   * Words of another required slot (the anchor's companion: 鼻炎 for 治疗, % for off), cut to a run the
   * automaton is sure to find wherever the expression could read the word (see `companionTriggers`). A
   * check runs only where one of them occurs near its anchor; empty when no slot qualifies (then every
   * anchor is checked).
   */
  triggers: string[];
  /** How many digits (0-9 after folding) every match holds: a phone number's 11 cannot match where fewer stand. */
  digits: number;
  /**
   * The longest a match can be in normalised characters, counting the optional spaces `reach` leaves out;
   * null when unbounded (a {#} number or a repeated slot). Unlike `reach`, a true bound.
   */
  longest: number | null;
}

export class PatternError extends Error {
  constructor(readonly problem: LocalizedText) {
    super(problem.en);
  }
}

/** The longest match a pattern may have: keeps the bounded local check (and incremental re-checks) bounded. */
export const MAX_PATTERN_REACH = 64;
const MAX_GAP = 20;
/** Digits, grouped or decimal; Chinese numerals including the financial ones that are also ordinary words. */
const NUMBER = '(?:[0-9]+(?:[.,][0-9]+)*|[零〇一二两三四五六七八九十百千万亿半几陆伍拾佰仟]+)';
const NUMBER_REACH = 10;
/**
 * What a gap may not cross: sentence punctuation (full-width already folded to ASCII), the enumeration comma
 * 、 (治疗肩周炎、缓解关节炎疼痛 lists two claims) and line breaks.
 */
const GAP_CHAR = '(?:[^,.!?;:\\n。、]|[.,](?=[0-9a-z]))';
/** An account name, e-mail user or domain part: letters and digits with inner dots, underscores, plus signs. */
const HANDLE = '[a-z0-9](?:[a-z0-9_+]|\\.(?=[a-z0-9])){1,24}';
const HANDLE_REACH = 25;
const DIGITS = '0123456789'.split('');
const REPEAT_REACH = 4;

type Slot =
  | { kind: 'words'; words: string[]; anchor: boolean; optional: boolean; repeat: boolean }
  | { kind: 'number'; anchor: boolean; digits?: [number, number] }
  | { kind: 'gap'; max: number }
  | { kind: 'handle' };

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
const isAsciiWord = (code: number) => (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a);
const isAsciiLetter = (code: number) => code >= 0x61 && code <= 0x7a;

/** Both languages from the catalogue: the error travels (and is stored with an import result) before a reader's language is known. */
function problem(key: MessageKey, params?: Record<string, string | number>): PatternError {
  return new PatternError(inBothLangs(key, params));
}

/** Is this text written as a pattern (rather than a plain term)? */
export const looksLikePattern = (text: string): boolean => /(?<!\\)[{<]/.test(text);

function parse(template: string, lists: Readonly<Record<string, readonly string[]>>): Slot[] {
  const slots: Slot[] = [];
  let literal = '';
  const flushLiteral = () => {
    if (literal) slots.push({ kind: 'words', words: [literal], anchor: false, optional: false, repeat: false });
    literal = '';
  };
  for (let i = 0; i < template.length; i++) {
    const ch = template[i]!;
    if (ch === '\\') {
      if (i + 1 >= template.length) throw problem('cmp.pattern.trailingBackslash');
      literal += template[++i];
      continue;
    }
    if (ch === '}' || ch === '>') throw problem('cmp.pattern.unmatched', { char: ch });
    if (ch !== '{' && ch !== '<') {
      literal += ch;
      continue;
    }
    flushLiteral();
    const close = ch === '{' ? '}' : '>';
    const end = template.indexOf(close, i + 1);
    if (end < 0) throw problem('cmp.pattern.unclosed', { open: ch, close });
    const body = template.slice(i + 1, end);
    i = end;
    const repeat = template[i + 1] === '+';
    if (repeat) i++;
    const anchor = ch === '<';
    const digits = /^#(?:(\d+)(?:-(\d+))?)?$/.exec(body);
    if (digits) {
      if (repeat) throw problem('cmp.pattern.numberRepeat');
      if (digits[1] === undefined) {
        slots.push({ kind: 'number', anchor });
        continue;
      }
      const min = Number(digits[1]);
      const max = digits[2] === undefined ? min : Number(digits[2]);
      if (min < 1 || max < min || max > 20) throw problem('cmp.pattern.digitCount', { body });
      slots.push({ kind: 'number', anchor, digits: [min, max] });
      continue;
    }
    if (body === '&') {
      if (anchor || repeat) throw problem('cmp.pattern.handleRole');
      slots.push({ kind: 'handle' });
      continue;
    }
    const gap = /^~(\d+)$/.exec(body);
    if (gap) {
      const max = Number(gap[1]);
      if (anchor || repeat) throw problem('cmp.pattern.gapRole');
      if (max < 1 || max > MAX_GAP) throw problem('cmp.pattern.gapRange', { gap: max, maxGap: MAX_GAP });
      slots.push({ kind: 'gap', max });
      continue;
    }
    let words: string[];
    if (body.startsWith('@') && body.length > 1) {
      const list = lists[body.slice(1)];
      if (!list) throw problem('cmp.pattern.unknownList', { name: body.slice(1) });
      words = [...list];
    } else {
      words = body.split('|');
    }
    const optional = words.some((w) => w.trim() === '');
    words = words.filter((w) => w.trim() !== '');
    if (words.length === 0) throw problem('cmp.pattern.emptySlot', { slot: `${ch}${body}${close}` });
    // `{#|one|two}` would read "#" as a character, not a number: a number, gap or handle stands alone.
    // (`#1` among words is the word "#1", as a seller writes a rank, and `&` the ampersand of "subscribe & save";
    // only a bare # or ~N, which mean nothing as text, is refused.)
    if (!body.startsWith('@') && words.some((w) => /^(?:#|~\d+)$/.test(w.trim()))) {
      throw problem('cmp.pattern.mixedSlot', { slot: `${ch}${body}${close}` });
    }
    if (optional && (anchor || repeat)) throw problem('cmp.pattern.optionalRole');
    slots.push({ kind: 'words', words, anchor, optional, repeat });
  }
  flushLiteral();
  return slots;
}

/** A literal as the regex reads normalised text: each character folded, a space optional. */
function literalSource(word: string, fold: FoldOptions): { source: string; length: number; first: number; last: number } {
  // Normalised like terms (separators between Han characters vanish); a space at either edge of a literal
  // run (`lose {#} lbs`) or inside it means "a space or none", as normalised text has at most one.
  const normalised = normaliseTerm(word, fold);
  let source = /^\s/.test(word) ? ' ?' : '';
  let length = 0;
  // Code unit by code unit, as the matcher reads text: an emoji outside the BMP (🔥) is two units, both in the source.
  for (let k = 0; k < normalised.length; k++) {
    const code = normalised.charCodeAt(k);
    if (code === 0x20) {
      source += ' ?';
      continue;
    }
    source += escapeRegExp(String.fromCharCode(foldCode(code, fold)));
    length++;
  }
  if (/\s$/.test(word) && normalised.length > 0) source += ' ?';
  return { source, length, first: normalised.charCodeAt(0), last: normalised.charCodeAt(normalised.length - 1) };
}

/**
 * What the automaton can stand in for a required word slot: per word, its longest run of characters that
 * the expression reads as they are (folding leaves them alone; no space, separator or ignorable; all Han
 * or none). Wherever the expression matches the word in normalised text, that run stands there
 * contiguously, with only characters the automaton skips between its characters (ignorables; separators
 * between Han), so the automaton reports it: a trigger is a necessary condition, never a guess. A run
 * never mixes Han and other characters, so adding it to the automaton changes no other term's matching
 * (which separators a state skips depends on whether Han follows it). None when a word has no such run.
 */
function companionTriggers(words: readonly string[], fold: FoldOptions): string[] | undefined {
  const triggers = new Set<string>();
  for (const word of words) {
    let best = '';
    let run = '';
    let runHan = false;
    const end = () => {
      if (run.length > best.length) best = run;
      run = '';
    };
    for (const ch of normaliseTerm(word, fold)) {
      const code = ch.charCodeAt(0);
      const usable = ch.length === 1 && code !== 0x20 && foldCode(code, fold) === code && !isSeparator(code) && !isIgnorable(code);
      if (!usable) {
        end();
        continue;
      }
      if (run && isCjk(code) !== runHan) end();
      runHan = isCjk(code);
      run += ch;
    }
    end();
    if (!best || normaliseTerm(best, fold) !== best) return undefined;
    triggers.add(best);
  }
  return [...triggers];
}

/** Compile a template (see the file comment); throws a `PatternError` in both languages when it is malformed. */
export function compileTemplate(template: string, lists: Readonly<Record<string, readonly string[]>> = {}, fold: FoldOptions = {}): CompiledTemplate {
  const slots = parse(template, lists);
  if (slots.length === 0) throw problem('cmp.pattern.empty');
  type Anchorable = Extract<Slot, { kind: 'words' | 'number' }>;
  const marked = slots.filter((s): s is Anchorable => (s.kind === 'words' || s.kind === 'number') && s.anchor);
  if (marked.length > 1) throw problem('cmp.pattern.twoAnchors');
  let anchorSlot: Anchorable | undefined = marked[0];
  if (!anchorSlot) {
    let best = -1;
    for (const slot of slots) {
      if (slot.kind !== 'words' || slot.optional) continue;
      const shortest = Math.min(...slot.words.map((w) => normaliseTerm(w, fold).replace(/ /g, '').length));
      if (shortest > best) {
        best = shortest;
        anchorSlot = slot;
      }
    }
  }
  if (!anchorSlot) throw problem('cmp.pattern.noRequiredWord');
  const anchors = anchorSlot.kind === 'number' ? DIGITS : anchorSlot.words.map((w) => w.trim());
  if (anchors.some((a) => normaliseTerm(a, fold).length === 0)) throw problem('cmp.pattern.emptyAnchor');

  let source = '';
  let reach = 0;
  // How far a match may start before its anchor, in normalised characters: `reach` leaves out the spaces a literal
  // may read (`free <shipping>` has one before its anchor), but a window cut that short misses the match's start.
  let before = 0;
  let longest = 0;
  let left = -1;
  slots.forEach((slot, index) => {
    let part: string;
    let slotReach: number;
    let edgeWord = false;
    if (slot.kind === 'number') {
      part = slot.digits ? `[0-9]{${slot.digits[0]},${slot.digits[1]}}(?![0-9])` : NUMBER;
      slotReach = slot.digits ? slot.digits[1] : NUMBER_REACH;
      longest += slot.digits ? slot.digits[1] : Infinity;
      edgeWord = true;
    } else if (slot.kind === 'gap') {
      // Lazy: the shortest claim around the anchor, so 降血压降血糖 (a space between keywords is gone once
      // normalised) reads as two claims, not one stretching from the first verb to the last condition.
      part = `${GAP_CHAR}{0,${slot.max}}?`;
      slotReach = slot.max;
      longest += slot.max;
    } else if (slot.kind === 'handle') {
      part = HANDLE;
      slotReach = HANDLE_REACH;
      longest += HANDLE_REACH;
      edgeWord = true;
    } else {
      const compiled = slot.words.map((w) => literalSource(w, fold)).sort((a, b) => b.length - a.length);
      part = `(?:${compiled.map((c) => c.source).join('|')})`;
      // English words the template separates by a space end there: `stop {~12}pain` is not read in "stopper blocks
      // a cold", nor `kill` in "killer". (A space in a template otherwise means "a space or none", for Chinese.)
      const next = slots[index + 1];
      const spaceFollows = next?.kind === 'words' && next.words.every((w) => w.trim() === '') && !next.optional;
      if (spaceFollows && !slot.repeat && compiled.every((c) => isAsciiLetter(c.last))) part = `(?:${part}(?![a-z]))`;
      slotReach = Math.max(...compiled.map((c) => c.length));
      // Each ` ?` reads at most one space; every other piece of a literal's source reads one character.
      longest += slot.repeat ? Infinity : Math.max(...compiled.map((c) => c.length + (c.source.match(/ \?/g) ?? []).length));
      const edges = compiled.map((c) => (index === 0 ? c.first : c.last));
      edgeWord = edges.some(isAsciiWord);
      if (slot.repeat) {
        part = `${part}+`;
        slotReach *= REPEAT_REACH;
      }
      if (slot.optional) part = `${part}?`;
    }
    // Guard ASCII word edges so `cure` is not read inside `secure` and `3天` not inside `13天`.
    if (index === 0 && edgeWord) source += '(?<![a-z0-9])';
    source += part;
    if (index === slots.length - 1 && (edgeWord || (slot.kind === 'words' && slot.words.some((w) => isAsciiWord(literalSource(w, fold).last))))) {
      source += '(?![a-z0-9])';
    }
    if (slot === anchorSlot) left = before;
    reach += slotReach;
    before += slotReach;
    if (slot.kind === 'words') {
      const spaces = Math.max(...slot.words.map((w) => (literalSource(w, fold).source.match(/ \?/g) ?? []).length));
      before += slot.repeat ? spaces * REPEAT_REACH : spaces;
    }
  });
  if (reach > MAX_PATTERN_REACH) {
    throw problem('cmp.pattern.tooWide', { reach, max: MAX_PATTERN_REACH });
  }
  try {
    new RegExp(source, 'g');
  } catch {
    throw problem('cmp.pattern.noCompile');
  }
  if (new RegExp(`^(?:${source})$`).test('')) throw problem('cmp.pattern.matchesEmpty');
  // The companion: the required word slot (not the anchor's) whose shortest trigger is longest, the rarest to occur by chance.
  let triggers: string[] = [];
  let shortest = 0;
  for (const slot of slots) {
    if (slot === anchorSlot || slot.kind !== 'words' || slot.optional) continue;
    const candidate = companionTriggers(slot.words, fold);
    const length = candidate ? Math.min(...candidate.map((t) => t.length)) : 0;
    if (candidate && length > shortest) {
      triggers = candidate;
      shortest = length;
    }
  }
  let digits = 0;
  for (const slot of slots) {
    if (slot.kind === 'number') digits += slot.digits?.[0] ?? 0;
    else if (slot.kind === 'words' && !slot.optional) {
      digits += Math.min(...slot.words.map((w) => [...normaliseTerm(w, fold)].filter((ch) => ch >= '0' && ch <= '9').length));
    }
  }
  return { source, anchors, reach, left, triggers, digits, longest: Number.isFinite(longest) ? longest : null };
}
