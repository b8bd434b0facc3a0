import { inBothLangs } from '../i18n';
import type { LocalizedText } from '../sites/types';
import type { ComplianceCategory, CompliancePattern, ComplianceTerm, RulePack, Severity } from './types';
import { foldCode, foldTable, isCjk, isIgnorable, isKept, isSeparator, isWordCode, keptTable, normaliseInto, normaliseTerm, codesToString, type FoldOptions } from './normalise';
import { compileTemplate, PatternError } from './pattern';
import { joinClaims } from './claims';
import { foldLetterSwaps, STAND_IN_CODES, swapCandidateAmong, type PassMarks } from './letter-swaps';
import { isPictographCandidate } from './pictographs';
import { foldSupplementary, SUPPLEMENTARY_HIGH } from './supplementary';

/**
 * The compliance matcher: every term of every enabled pack (plus the user's own) compiled ONCE into
 * an Aho–Corasick automaton stored in typed arrays, in the manner of uBlock Origin's filter tries:
 *
 * - `classOf` maps each UTF-16 code unit straight to a character class, with all normalisation baked
 *   in (full-width, case, traditional → simplified, hyphen → space), so field text is never copied;
 *   class 0 = "in no term" (back to the root), 0xffff = ignorable (zero-width: skipped), bit 15 = separator.
 * - transitions are a double array (`base`/`check`) with failure links and output (dictionary) links,
 *   interleaved per state so one step touches one cache line.
 * - a separator is skipped while the automaton sits inside a Chinese term (最*好, 第 一) and whitespace
 *   runs collapse; in English only the spaces collapse, so "cure" never matches across "cu.re".
 *
 * - pattern rules (治疗 + a disease, 3天瘦8斤) put their anchor words into the same automaton; only where
 *   an anchor occurs is the pattern's regular expression run, over a small normalised window around it,
 *   so a check is still one pass over the text plus a bounded local look at the few places that need it.
 *
 * The background compiles; `serialize()` gives plain typed arrays that survive structured clone, and
 * `loadCompiled()` rebuilds the matcher in the content script without recompiling. `scan()` allocates
 * nothing per character: hits go into a reused buffer; only findings are objects.
 */

export interface CompiledRule {
  term: string;
  severity: Severity;
  category: ComplianceCategory;
  why: LocalizedText;
  source: string;
  suggestions: string[];
  packId: string;
  /** Only where the pattern does not touch an ASCII letter or digit (cure not inside secure). */
  wholeWord: boolean;
  /** A pattern rule's id (its `term` is then the template). */
  patternId?: string;
}

/** A pattern rule as the matcher runs it: its rule, its regular expression over normalised text and its longest match. */
export interface CompiledCheck {
  rule: number;
  source: string;
  reach: number;
  /** How far left of its anchor a match may start (normalised characters). */
  left: number;
  /** Tried only where a trigger of its companion slot occurs in the anchor's window (pattern.ts, `triggers`). */
  filtered: boolean;
  /** Digits every match holds: tried only where the anchor's window holds as many. */
  digits: number;
  /** The longest match in normalised characters (pattern.ts `longest`), -1 when unbounded: a companion farther from the anchor than that cannot be in it. */
  longest: number;
  /** Its claims start at the anchor and its expression opens with "no ASCII letter or digit before": not tried inside a word (cure in secure, the 2nd digit of a number). */
  wordStart: boolean;
  /**
   * Its claims end with an anchor word (pattern.ts `endsWithAnchor`): tried only where an anchor hit ends between this
   * anchor's end and its window's end, with no ASCII letter or digit after it when `endGuard` (com in comfortable).
   */
  endsWithAnchor?: boolean;
  endGuard?: boolean;
}

export interface Finding {
  /** UTF-16 offsets in the original text: `text.slice(start, end)` is the word as it stands in the field. */
  start: number;
  end: number;
  /** The text as it stands in the field, e.g. `最*好`. */
  term: string;
  /** The rule's term as written in the pack, e.g. `最好`. */
  ruleTerm: string;
  severity: Severity;
  category: ComplianceCategory;
  packId: string;
  why: LocalizedText;
  source: string;
  suggestions: string[];
  /** Set when a pattern rule (not a term) found it. */
  patternId?: string;
}

export interface CompileOptions extends FoldOptions {
  /** The user's own terms (reported with packId `custom`). */
  custom?: ComplianceTerm[];
  /** The user's own patterns (reported with packId `custom`). */
  customPatterns?: CompliancePattern[];
  /** Add the evasion spellings of each term (homophones, letter-by-letter, digit swaps); default true. Off only for comparing with a plain oracle. */
  spellings?: boolean;
  /** The user's allow-list: any finding inside a match of one of these texts is dropped (e.g. 第一次). */
  allow?: string[];
  /** Skip pattern checks that cannot match (companion triggers, digit counts, word edges, claims that must end on an anchor word); default true. Off only to show it changes no finding. */
  prefilter?: boolean;
}

/** What crosses postMessage: typed arrays and plain objects only. */
export interface CompiledMatcherData {
  version: typeof FORMAT_VERSION;
  classOf: Uint16Array;
  /** Per state, `NODE_STRIDE` ints: double-array base, check (parent state, -1 = free), failure state, first output state (0 = none). */
  nodes: Int32Array;
  /** 1 where any separator is skipped instead of consumed (inside a Chinese term), 2 where only a space is (after a space: runs collapse). */
  skipSep: Uint8Array;
  /** Terminal state → pattern id + 1. */
  outPattern: Int32Array;
  /** Terminal state → next terminal state along the suffix chain, 0 when none. */
  outNext: Int32Array;
  /** Pattern id → its classes, `patternClasses[patternOffset[p] .. patternOffset[p + 1])`. */
  patternOffset: Int32Array;
  patternClasses: Uint16Array;
  /**
   * Bit 0: the pattern starts with an ASCII letter or digit, bit 1: ends with one, bit 2: it is an
   * allowed text (a pack's allowed context or the user's allow-list entry) and clears the findings
   * inside it; bit 3: as an allowed text it must stand as a whole word.
   */
  patternFlags: Uint8Array;
  /** Pattern id → indexes into `rules` it reports, strictest first. */
  patternRuleOffset: Int32Array;
  patternRules: Int32Array;
  /** Pattern id → indexes into `checks` its occurrence triggers (it is an anchor of those pattern rules). */
  patternCheckOffset: Int32Array;
  patternCheckList: Int32Array;
  /** Pattern id → indexes into `checks` it is a companion trigger of. */
  patternCompanionOffset: Int32Array;
  patternCompanionList: Int32Array;
  /** Every code unit folded (normalise.ts), so the content script can normalise a check's window without building the table. */
  fold: Uint16Array;
  rules: CompiledRule[];
  checks: CompiledCheck[];
}

const FORMAT_VERSION = 3;
const CLASS_NONE = 0;
const CLASS_IGNORE = 0xffff;
const SEPARATOR_BIT = 0x8000;
const CLASS_MASK = 0x7fff;
const STRIDE_SHIFT = 2;
const NODE_STRIDE = 1 << STRIDE_SHIFT;
const BASE = 0;
const CHECK = 1;
const FAIL = 2;
const OUT = 3;
const FLAG_WORD_START = 1;
const FLAG_WORD_END = 2;
const FLAG_ALLOWED = 4;
const FLAG_ALLOWED_WHOLE_WORD = 8;
const FLAG_ANCHOR = 16;
const FLAG_COMPANION = 32;
const FLAG_DIGIT = 64;
const STEP_IGNORE = -1;
const STEP_SUPPLEMENTARY = -2;
const STEP_SEPARATOR = 3;
/** A letter stand-in's entry: -(its pre-multiplied class + 4), a multiple of 4, where a separator's is 3 past one. */
const STEP_STAND_IN = 4;
/** A separator the pass notes (a pictograph candidate such as ★): -(its pre-multiplied class + 6), 2 past a multiple of 4. */
const STEP_MARKED_SEPARATOR = 6;
/** A raw hit in `#hits`: its end and its pattern. */
const HIT_STRIDE = 2;
const SEVERITY_RANK: Record<Severity, number> = { block: 0, warn: 1, info: 2 };
/**
 * How far past its rule's longest claim a check's window is normalised (UTF-16 units): room for a few
 * disguising separators. The window is a function of the anchor and the rule alone, so a check reads the
 * same text whatever came before it, and incremental.ts's margin covers it.
 */
const WINDOW_SLACK = 12;
/**
 * Extra code units kept either side when a check's window is cut down to what its expression can read (see
 * `#claimAround`): room for a separator or two, so the cut rarely has to be undone.
 */
const CUT_SLACK = 3;
/** From this many places to try before the anchor, one search beats a sticky try at each place. */
const SEARCH_FROM_LEFT = 3;
/**
 * Lookarounds that read one character past the place they stand at (pattern.ts writes only these: word-edge
 * guards, the dot in a number or a handle). An expression with any other cannot have its reading bounded.
 */
const ONE_CHARACTER_LOOKAROUND = /\(\?<?[=!](?:\[(?:[^\]\\]|\\.)*\]|\\.|[^()[\]\\?*+{}|])\)/g;
/** Whether every lookaround in `source` reads one character and nothing else could read past a match. */
function readsOneAround(source: string): boolean {
  const rest = source.replace(ONE_CHARACTER_LOOKAROUND, '');
  return !/\(\?<?[=!]/.test(rest) && !/\\[1-9bBk]/.test(rest);
}

interface PatternDraft {
  normalised: string;
  rules: number[];
  /** An allowed text: findings inside a match of it are cleared. */
  allowed: boolean;
  /** Pattern rules (indexes into the checks) this text is an anchor of. */
  checks: number[];
  /** Pattern rules this text is a companion trigger of. */
  companions: number[];
}

/** Terms with ASCII letters or digits match whole words by default (cure not in secure, #1 not in #10). */
const hasAsciiWordChar = (text: string) => /[a-z0-9]/i.test(text);
/** How pattern.ts opens an expression whose first slot may not touch a word on its left. */
const WORD_START_GUARD = '(?<![a-z0-9])';

/** Compile rule packs (plus the user's custom terms and allow-list) into a matcher. Call once per pack set. */
export function compilePacks(packs: readonly RulePack[], opts: CompileOptions = {}): CompiledMatcher {
  const fold: FoldOptions = { traditional: opts.traditional };
  const rules: CompiledRule[] = [];
  const patterns = new Map<string, PatternDraft>();
  const patternFor = (text: string): PatternDraft | undefined => {
    const normalised = normaliseTerm(text, fold);
    if (normalised.length === 0) return undefined;
    let draft = patterns.get(normalised);
    if (!draft) {
      draft = { normalised, rules: [], allowed: false, checks: [], companions: [] };
      patterns.set(normalised, draft);
    }
    return draft;
  };

  const markAllowed = (text: string) => {
    const draft = patternFor(text);
    if (draft) draft.allowed = true;
  };
  const lists: Record<string, string[]> = Object.assign({}, ...packs.map((pack) => pack.lists ?? {}));
  const checks: CompiledCheck[] = [];
  const addPattern = (rule: CompliancePattern, packId: string) => {
    let compiled: ReturnType<typeof compileTemplate>;
    try {
      compiled = compileTemplate(rule.pattern, lists, fold);
    } catch (error) {
      // A pack's pattern is data: say which one is broken.
      if (error instanceof PatternError) {
        throw new PatternError(inBothLangs('cmp.pattern.inRule', (lang) => ({ rule: rule.id, problem: error.problem[lang] })));
      }
      throw error;
    }
    const ruleIndex = rules.length;
    rules.push({
      term: rule.pattern,
      severity: rule.severity,
      category: rule.category,
      why: rule.why,
      source: rule.source,
      suggestions: rule.suggestions,
      packId,
      wholeWord: false,
      patternId: rule.id,
    });
    const checkIndex = checks.length;
    const prefilter = opts.prefilter !== false;
    const triggers = prefilter ? compiled.triggers.map((trigger) => patternFor(trigger)) : [];
    const filtered = triggers.length > 0 && triggers.every((draft) => draft !== undefined);
    // The digits' own hits count a window's digits: each digit that folds from any code unit is a pattern of the automaton.
    if (prefilter && compiled.digits >= 2) for (const digit of '0123456789') patternFor(digit);
    checks.push({
      rule: ruleIndex,
      source: compiled.source,
      reach: compiled.reach,
      left: compiled.left,
      filtered,
      digits: prefilter && compiled.digits >= 2 ? compiled.digits : 0,
      longest: compiled.longest ?? -1,
      wordStart: prefilter && compiled.left === 0 && compiled.source.startsWith(WORD_START_GUARD),
      endsWithAnchor: prefilter && compiled.endsWithAnchor !== undefined,
      endGuard: prefilter && compiled.endsWithAnchor?.endGuard === true,
    });
    for (const anchor of compiled.anchors) patternFor(anchor)?.checks.push(checkIndex);
    if (filtered) for (const draft of triggers) draft!.companions.push(checkIndex);
    for (const context of rule.allowedContexts ?? []) markAllowed(context);
  };
  const addTerm = (term: ComplianceTerm, packId: string) => {
    const ruleIndex = rules.length;
    rules.push({
      term: term.term,
      severity: term.severity,
      category: term.category,
      why: term.why,
      source: term.source,
      suggestions: term.suggestions,
      packId,
      wholeWord: term.wholeWord ?? hasAsciiWordChar(term.term),
    });
    for (const variant of opts.spellings === false ? [term.term] : termVariants(term.term)) patternFor(variant)?.rules.push(ruleIndex);
    // An allowed context was judged clean as a whole (最佳赏味期), so it clears every finding inside it, not only its rule's.
    const own = normaliseTerm(term.term, fold);
    const contexts = [
      ...(term.allowedContexts ?? []),
      ...(term.allowedBefore ?? []).map((before) => `${before}${term.term}`),
      ...(term.allowedAfter ?? []).map((after) => `${term.term}${after}`),
    ];
    for (const context of contexts) {
      // A context that reads as the term itself (最低 + "-", whose dash folds away) would clear every finding of it.
      if (normaliseTerm(context, fold) === own) throw new Error(`allowed context "${context}" of "${term.term}" reads as the term itself`);
      markAllowed(context);
    }
  };
  for (const pack of packs) {
    for (const term of pack.terms) addTerm(term, pack.id);
    for (const rule of pack.patterns ?? []) addPattern(rule, pack.id);
  }
  for (const term of opts.custom ?? []) addTerm(term, 'custom');
  for (const rule of opts.customPatterns ?? []) addPattern(rule, 'custom');
  for (const entry of opts.allow ?? []) markAllowed(entry);

  return new CompiledMatcher(buildAutomaton([...patterns.values()], rules, checks, fold));
}

/** The typed arrays of a compiled matcher and their types, in one place for loading and for the wire format. */
export const COMPILED_TABLES = [
  ['classOf', Uint16Array],
  ['nodes', Int32Array],
  ['skipSep', Uint8Array],
  ['outPattern', Int32Array],
  ['outNext', Int32Array],
  ['patternOffset', Int32Array],
  ['patternClasses', Uint16Array],
  ['patternFlags', Uint8Array],
  ['patternRuleOffset', Int32Array],
  ['patternRules', Int32Array],
  ['patternCheckOffset', Int32Array],
  ['patternCheckList', Int32Array],
  ['patternCompanionOffset', Int32Array],
  ['patternCompanionList', Int32Array],
  ['fold', Uint16Array],
] as const satisfies readonly (readonly [keyof CompiledMatcherData, Int32ArrayConstructor | Uint16ArrayConstructor | Uint8ArrayConstructor])[];

/** Rebuild a matcher from `serialize()` output (e.g. received over postMessage), without recompiling. */
export function loadCompiled(data: CompiledMatcherData): CompiledMatcher {
  if (data?.version !== FORMAT_VERSION) throw new Error(`compiled matcher format ${String(data?.version)} is not ${FORMAT_VERSION}`);
  for (const [key, type] of COMPILED_TABLES) {
    if (!(data[key] instanceof type)) throw new Error(`compiled matcher: ${key} is not a ${type.name}`);
  }
  const states = data.nodes.length / NODE_STRIDE;
  if (
    data.classOf.length !== 0x10000 ||
    data.fold.length !== 0x10000 ||
    states !== data.skipSep.length ||
    states !== data.outPattern.length ||
    data.patternCheckOffset.length !== data.patternFlags.length + 1 ||
    data.patternCompanionOffset.length !== data.patternFlags.length + 1 ||
    !Array.isArray(data.rules) ||
    !Array.isArray(data.checks)
  ) {
    throw new Error('compiled matcher: tables have the wrong shape');
  }
  return new CompiledMatcher(data);
}

/**
 * Homophones and look-alikes sellers write for the characters of banned words (最 → 醉, 第一 → 弟一 / 笫一,
 * 最佳 → 最嘉), and the pinyin halves (zui好, 根zhi, 降tang). Applied to whole terms of two or more
 * characters only, so 醉蟹 and 弟弟 stay clean: only the spelled-out term itself is caught. The
 * characters that stand for nothing but the banned one (蕞, 朂, 冣) fold in normalise.ts instead.
 */
const HOMOPHONES: Readonly<Record<string, readonly string[]>> = {
  最: ['醉', 'zui'],
  第: ['弟', '笫', 'di'],
  佳: ['嘉', 'jia'],
  级: ['极', 'ji'],
  一: ['1'],
  治: ['zhi'],
  疗: ['liao'],
  糖: ['tang'],
  疹: ['zhen'],
  癌: ['ai'],
  炎: ['yan'],
  瘦: ['shou'],
  血: ['xue'],
  斑: ['ban'],
  痘: ['dou'],
  药: ['yao'],
  微: ['薇', '威', 'v'],
  信: ['x'],
};

/** Digit-for-letter swaps in English words (cur3s, appr0ved, k1lls). */
const DIGIT_SWAPS: Readonly<Record<string, string>> = { o: '0', i: '1', l: '1', e: '3' };
const MAX_SWAP_VARIANTS = 24;

/** C.U.R.E, B-E-S-T, c u r e: an English term spelled letter by letter. */
function spelledOut(term: string): string[] {
  const letters = term.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (letters.length < 3 || letters.length > 14 || !/^[a-z0-9 .'-]+$/i.test(term)) return [];
  return [' ', '.', '*'].map((sep) => letters.split('').join(sep));
}

function digitSwaps(term: string): string[] {
  const lower = term.toLowerCase();
  if (!/^[a-z0-9 %.#'&-]+$/.test(lower) || !/[a-z]{3}/.test(lower)) return [];
  const positions = [...lower].flatMap((ch, i) => (DIGIT_SWAPS[ch] ? [i] : []));
  if (positions.length === 0) return [];
  const swap = (chosen: number[]) => {
    const chars = [...lower];
    for (const i of chosen) chars[i] = DIGIT_SWAPS[chars[i]!]!;
    return chars.join('');
  };
  const variants = new Set<string>();
  if (positions.length <= 4) {
    for (let mask = 1; mask < 1 << positions.length; mask++) variants.add(swap(positions.filter((_, b) => mask & (1 << b))));
  } else {
    // Long terms: each single swap, and every letter of a chosen kind swapped (b3st s3ll3r swaps every e).
    for (const i of positions) variants.add(swap([i]));
    const kinds = [...new Set(positions.map((i) => lower[i]!))];
    for (let mask = 1; mask < 1 << kinds.length; mask++) {
      variants.add(swap(positions.filter((i) => kinds.some((kind, b) => mask & (1 << b) && lower[i] === kind))));
    }
  }
  return [...variants].slice(0, MAX_SWAP_VARIANTS);
}

function homophones(term: string): string[] {
  const chars = [...term];
  if (chars.length < 2 || !chars.some((ch) => /[\u4e00-\u9fff]/.test(ch))) return [];
  const variants: string[] = [];
  chars.forEach((ch, i) => {
    for (const stand of HOMOPHONES[ch] ?? []) variants.push([...chars.slice(0, i), stand, ...chars.slice(i + 1)].join(''));
  });
  return variants;
}

/**
 * A term's spellings the automaton should know: as written; acronyms with dots (F.D.A. approved); and the
 * evasion classes above (homophones and pinyin halves in Chinese; letter-by-letter spelling and
 * digit-for-letter swaps in English).
 */
export function termVariants(term: string): string[] {
  const variants = new Set([term]);
  const acronym = /\b[A-Z]{2,5}\b/g;
  if (acronym.test(term)) {
    const dotted = term.replace(acronym, (word) => word.split('').join('.'));
    variants.add(dotted);
    variants.add(term.replace(acronym, (word, offset: number) => {
      const dots = word.split('').join('.');
      return offset + word.length < term.length ? `${dots}.` : dots;
    }));
  }
  for (const variant of [...homophones(term), ...spelledOut(term), ...digitSwaps(term)]) variants.add(variant);
  return [...variants];
}

function buildAutomaton(drafts: PatternDraft[], rules: CompiledRule[], checks: CompiledCheck[], fold: FoldOptions): CompiledMatcherData {
  // Character classes: one per distinct code unit in any pattern, numbered from 1.
  const classIds = new Map<number, number>();
  for (const draft of drafts) {
    for (let i = 0; i < draft.normalised.length; i++) {
      const code = draft.normalised.charCodeAt(i);
      if (!classIds.has(code)) classIds.set(code, classIds.size + 1);
    }
  }
  if (classIds.size + 1 >= CLASS_MASK) throw new Error('too many distinct characters in the rule packs');
  const classOf = new Uint16Array(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    if (isIgnorable(code)) {
      classOf[code] = CLASS_IGNORE;
      continue;
    }
    const folded = foldCode(code, fold);
    const cls = classIds.get(folded) ?? CLASS_NONE;
    classOf[code] = isSeparator(folded) ? SEPARATOR_BIT | cls : cls;
  }
  const classCode = new Map<number, number>();
  for (const [code, cls] of classIds) classCode.set(cls, code);

  // The trie, as parallel arrays of nodes.
  const children: Map<number, number>[] = [new Map()];
  const terminal: number[] = [-1];
  const lastCode: number[] = [-1];
  const patternOffset = new Int32Array(drafts.length + 1);
  const patternClassList: number[] = [];
  const patternFlags = new Uint8Array(drafts.length);
  drafts.forEach((draft, patternId) => {
    patternOffset[patternId] = patternClassList.length;
    let node = 0;
    for (let i = 0; i < draft.normalised.length; i++) {
      const code = draft.normalised.charCodeAt(i);
      const cls = classIds.get(code)!;
      patternClassList.push(cls);
      let next = children[node]!.get(cls);
      if (next === undefined) {
        next = children.length;
        children.push(new Map());
        terminal.push(-1);
        lastCode.push(code);
        children[node]!.set(cls, next);
      }
      node = next;
    }
    terminal[node] = patternId;
    const text = draft.normalised;
    patternFlags[patternId] =
      (isWordCode(text.charCodeAt(0)) ? FLAG_WORD_START : 0) |
      (isWordCode(text.charCodeAt(text.length - 1)) ? FLAG_WORD_END : 0) |
      (draft.allowed ? FLAG_ALLOWED : 0) |
      // An allowed text stands as a whole word where it begins or ends with a letter (cure time, not cure timex); one
      // that ends in a digit begins a number (最低2 clears 最低-20℃, 最大5 clears 最大50kg).
      (draft.allowed && /^[a-z]|[a-z]$/.test(text) ? FLAG_ALLOWED_WHOLE_WORD : 0) |
      (draft.checks.length > 0 ? FLAG_ANCHOR : 0) |
      (draft.companions.length > 0 ? FLAG_COMPANION : 0) |
      (text.length === 1 && text >= '0' && text <= '9' ? FLAG_DIGIT : 0);
  });
  patternOffset[drafts.length] = patternClassList.length;

  // Breadth-first order: failure links, then the double array.
  const order: number[] = [0];
  const trieFail = new Int32Array(children.length);
  for (let head = 0; head < order.length; head++) {
    const node = order[head]!;
    for (const [cls, child] of children[node]!) {
      order.push(child);
      if (node === 0) continue;
      let f = trieFail[node]!;
      while (f !== 0 && !children[f]!.has(cls)) f = trieFail[f]!;
      trieFail[child] = children[f]!.get(cls) ?? 0;
    }
  }

  let capacity = Math.max(1024, (children.length + classIds.size + 2) * 2);
  let base = new Int32Array(capacity);
  let check = new Int32Array(capacity).fill(-1);
  // "The first free slot at or after p", as a union-find with path compression: placing a node's children
  // walks free slots only, so compiling ~20,000 states takes milliseconds, not seconds.
  let nextFree = Int32Array.from({ length: capacity + 1 }, (_, i) => i);
  const grow = (needed: number) => {
    if (needed < capacity) return;
    const old = capacity;
    while (capacity <= needed) capacity *= 2;
    const nextBase = new Int32Array(capacity);
    nextBase.set(base);
    const nextCheck = new Int32Array(capacity).fill(-1);
    nextCheck.set(check);
    const nextLinks = Int32Array.from({ length: capacity + 1 }, (_, i) => i);
    nextLinks.set(nextFree.subarray(0, old));
    base = nextBase;
    check = nextCheck;
    nextFree = nextLinks;
  };
  const freeFrom = (p: number): number => {
    grow(p + 1);
    let root = p;
    while (nextFree[root] !== root) {
      root = nextFree[root]!;
      grow(root + 1);
    }
    while (nextFree[p] !== root) {
      const next = nextFree[p]!;
      nextFree[p] = root;
      p = next;
    }
    return root;
  };
  const occupy = (p: number) => {
    nextFree[p] = p + 1;
  };
  const slotOf = new Int32Array(children.length);
  check[0] = -2; // the root's own slot
  occupy(0);
  for (const node of order) {
    const kids = [...children[node]!.keys()].sort((a, b) => a - b);
    if (kids.length === 0) continue;
    const first = kids[0]!;
    let p = freeFrom(first + 1);
    for (;;) {
      const b = p - first;
      grow(b + kids[kids.length - 1]!);
      if (kids.every((cls) => check[b + cls] === -1)) break;
      p = freeFrom(p + 1);
    }
    const b = p - first;
    const slot = slotOf[node]!;
    base[slot] = b;
    for (const cls of kids) {
      check[b + cls] = slot;
      occupy(b + cls);
      slotOf[children[node]!.get(cls)!] = b + cls;
    }
  }
  let used = 1;
  for (let i = capacity - 1; i > 0; i--) {
    if (check[i] !== -1) {
      used = i + 1;
      break;
    }
  }
  const size = used + classIds.size + 1; // base[s] + class never reads past the end
  const nodes = new Int32Array(size * NODE_STRIDE);
  for (let slot = 0; slot < size; slot++) {
    nodes[slot * NODE_STRIDE + BASE] = slot < capacity ? base[slot]! : 0;
    nodes[slot * NODE_STRIDE + CHECK] = slot < capacity ? check[slot]! : -1;
  }
  const skipSep = new Uint8Array(size);
  const outPattern = new Int32Array(size);
  const outNext = new Int32Array(size);
  const outFirst = (slot: number) => nodes[slot * NODE_STRIDE + OUT]!;
  for (const node of order) {
    const slot = slotOf[node]!;
    nodes[slot * NODE_STRIDE + FAIL] = slotOf[trieFail[node]!]!;
    if (terminal[node]! >= 0) outPattern[slot] = terminal[node]! + 1;
    const code = lastCode[node]!;
    const hanNext = [...children[node]!.keys()].some((cls) => isCjk(classCode.get(cls)!));
    // After a space only another space is skipped: a dot there may start a term of its own (" .com").
    skipSep[slot] = node === 0 ? 0 : isCjk(code) || hanNext ? 1 : code === 0x20 ? 2 : 0;
  }
  // Output links in BFS order, so a node's failure target is already done.
  for (const node of order) {
    const slot = slotOf[node]!;
    const suffixOut = node === 0 ? 0 : outFirst(nodes[slot * NODE_STRIDE + FAIL]!);
    if (outPattern[slot]) {
      nodes[slot * NODE_STRIDE + OUT] = slot;
      outNext[slot] = suffixOut;
    } else {
      nodes[slot * NODE_STRIDE + OUT] = suffixOut;
    }
  }

  const ruleOffset = new Int32Array(drafts.length + 1);
  const ruleList: number[] = [];
  drafts.forEach((draft, patternId) => {
    ruleOffset[patternId] = ruleList.length;
    const unique = [...new Set(draft.rules)];
    unique.sort((a, b) => SEVERITY_RANK[rules[a]!.severity] - SEVERITY_RANK[rules[b]!.severity] || a - b);
    ruleList.push(...unique);
  });
  ruleOffset[drafts.length] = ruleList.length;
  const checkOffset = new Int32Array(drafts.length + 1);
  const checkList: number[] = [];
  drafts.forEach((draft, patternId) => {
    checkOffset[patternId] = checkList.length;
    checkList.push(...new Set(draft.checks));
  });
  checkOffset[drafts.length] = checkList.length;
  const companionOffset = new Int32Array(drafts.length + 1);
  const companionList: number[] = [];
  drafts.forEach((draft, patternId) => {
    companionOffset[patternId] = companionList.length;
    companionList.push(...new Set(draft.companions));
  });
  companionOffset[drafts.length] = companionList.length;

  return {
    version: FORMAT_VERSION,
    classOf,
    nodes,
    skipSep,
    outPattern,
    outNext,
    patternOffset,
    patternClasses: Uint16Array.from(patternClassList),
    patternFlags,
    patternRuleOffset: ruleOffset,
    patternRules: Int32Array.from(ruleList),
    patternCheckOffset: checkOffset,
    patternCheckList: Int32Array.from(checkList),
    patternCompanionOffset: companionOffset,
    patternCompanionList: Int32Array.from(companionList),
    fold: foldTable(fold),
    rules,
    checks,
  };
}

/** Where a hit starts: walk back over the pattern's classes, skipping what the scan skipped. */
function startOf(text: string, classOf: Uint16Array, patternOffset: Int32Array, patternClasses: Uint16Array, end: number, pattern: number): number {
  let p = end;
  for (let j = patternOffset[pattern + 1]! - 1; j >= patternOffset[pattern]!; j--) {
    const want = patternClasses[j]!;
    for (;;) {
      if (p === 0) return -1;
      const cls = classOf[text.charCodeAt(--p)]!;
      if ((cls & CLASS_MASK) === want) break;
      if (cls === CLASS_IGNORE || cls >= SEPARATOR_BIT) continue;
      return -1;
    }
  }
  return p;
}

/**
 * The automaton's step from state `at` (an offset in `step`) on a pre-multiplied class: at the root one read of its
 * dense row; elsewhere the double array, then failure links, most of which end at the root. Small enough for the
 * engine to inline into the scan's loop.
 */
function nextState(step: Int32Array, rootNext: Int32Array, at: number, cls: number): number {
  if (at === 0) return rootNext[cls >> STRIDE_SHIFT]!;
  const base = step[at + BASE]!;
  if (step[base + cls + CHECK] === at) return base + cls;
  for (let state = step[at + FAIL]!; state !== 0; state = step[state + FAIL]!) {
    const via = step[state + BASE]! + cls;
    if (step[via + CHECK] === state) return via;
  }
  return rootNext[cls >> STRIDE_SHIFT]!;
}

/**
 * Whether a match stands as a whole word: its letter/digit edges touch nothing that folds to an ASCII letter or digit
 * (cure in secure, treat in treats; also a full-width or look-alike letter beside it, cure in sеcure with a Cyrillic е).
 */
function isWholeWord(text: string, classOf: Uint16Array, fold: Uint16Array, start: number, end: number, flags: number): boolean {
  if (flags & FLAG_WORD_START) {
    let p = start - 1;
    while (p >= 0 && classOf[text.charCodeAt(p)] === CLASS_IGNORE) p--;
    if (p >= 0 && isFoldedWordCode(fold[text.charCodeAt(p)]!)) return false;
  }
  if (flags & FLAG_WORD_END) {
    let p = end;
    while (p < text.length && classOf[text.charCodeAt(p)] === CLASS_IGNORE) p++;
    if (p < text.length && isFoldedWordCode(fold[text.charCodeAt(p)]!)) return false;
  }
  return true;
}

/**
 * Stable sort of `order[0, n)` by start, then longest first. Hits arrive in end order, so starts are
 * nearly sorted and insertion moves each a step or two; past a budget of moves (a pathological text,
 * e.g. thousands of zero-width characters inside one match) the library sort takes over.
 */
function sortByStart(order: Int32Array, n: number, starts: Int32Array, ends: Int32Array): void {
  const budget = 8 * n + 64;
  let moves = 0;
  for (let i = 1; i < n; i++) {
    const item = order[i]!;
    const start = starts[item]!;
    const end = ends[item]!;
    let j = i - 1;
    for (; j >= 0; j--) {
      const other = order[j]!;
      const otherStart = starts[other]!;
      if (otherStart < start || (otherStart === start && ends[other]! >= end)) break;
      order[j + 1] = other;
    }
    order[j + 1] = item;
    moves += i - 1 - j;
    if (moves > budget) {
      const sorted = Array.from(order.subarray(0, n)).sort((a, b) => starts[a]! - starts[b]! || ends[b]! - ends[a]! || a - b);
      order.set(sorted);
      return;
    }
  }
}

/** Whether `text[start, end)` reads exactly `term`: most findings are the rule's term as written, and sharing that string saves a copy per finding. */
function sameText(text: string, start: number, end: number, term: string): boolean {
  if (end - start !== term.length) return false;
  for (let i = 0; i < term.length; i++) if (text.charCodeAt(start + i) !== term.charCodeAt(i)) return false;
  return true;
}

const isSpaceCode = (code: number) => code === 0x20 || code === 0x3000 || code === 0xa0;
/** Chinese numerals, also the financial ones: a phone number written 壹叁捌 零零壹叁 is grouped digits, not keywords. */
const HAN_DIGITS = new Set(Array.from('零〇一二两三四五六七八九十壹贰貳叁參肆伍陆陸柒捌玖拾幺', (ch) => ch.charCodeAt(0)));
const isHanCode = (code: number) =>
  ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff)) && !HAN_DIGITS.has(code);

/**
 * Whether `text[start, end)` runs across a space between two Chinese words: in a title or a keyword line a space
 * ends one keyword and starts the next (调理肠胃 告别便秘, 降尿酸 痛风克星), so a pattern claim may not take its verb
 * from one keyword and its condition from the next. Normalising drops that space (it also drops the spaces of a
 * word spelled out, 专 治 鼻 炎, which is an evasion): a space counts as a break only when the Han runs on both of
 * its sides are words (two characters or more), not single spelled-out characters. Checked only on a match, never per character.
 */
function crossesKeywordSpace(text: string, start: number, end: number): boolean {
  for (let i = start + 1; i < end - 1; i++) {
    if (!isSpaceCode(text.charCodeAt(i))) continue;
    let before = 0;
    for (let p = i - 1; p >= start && isHanCode(text.charCodeAt(p)); p--) before++;
    let j = i + 1;
    while (j < end && isSpaceCode(text.charCodeAt(j))) j++;
    let after = 0;
    for (let q = j; q < end && isHanCode(text.charCodeAt(q)); q++) after++;
    if (before >= 2 && after >= 2) return true;
    i = j - 1;
  }
  return false;
}

/** Whether the normalised codes of `text[from, from + length)` are its own code units, one for one. */
function asWritten(text: string, from: number, codes: Uint16Array, length: number): boolean {
  for (let j = 0; j < length; j++) if (codes[j] !== text.charCodeAt(from + j)) return false;
  return true;
}

/** Whether `text[from, to)` holds at most `limit` code units that normalising always keeps (normalise.ts `isKept`). */
function keptWithin(text: string, fold: Uint16Array, from: number, to: number, limit: number): boolean {
  let kept = 0;
  for (let i = from; i < to; i++) if (isKept(text.charCodeAt(i), fold) && ++kept > limit) return false;
  return true;
}

/** An ASCII digit or lower-case letter: what a folded code unit is when it belongs to a word. */
function isFoldedWordCode(folded: number): boolean {
  return (folded >= 0x30 && folded <= 0x39) || (folded >= 0x61 && folded <= 0x7a);
}

/** How many of the first `count` entries of the ascending `ends` are at most `limit`. */
function countUpTo(ends: Int32Array, count: number, limit: number): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid]! <= limit) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A growable scratch table, kept across scans so the keystroke path allocates nothing but its findings. */
function roomFor(table: Int32Array<ArrayBuffer>, needed: number): Int32Array<ArrayBuffer> {
  if (table.length >= needed) return table;
  const bigger = new Int32Array(Math.max(needed, table.length * 2));
  bigger.set(table);
  return bigger;
}

export class CompiledMatcher {
  readonly #data: CompiledMatcherData;
  /** Pattern → the rule it reports when it stands as a whole word / when it does not (-1: none): the strictest that applies. */
  readonly #ruleIfWhole: Int32Array;
  readonly #ruleIfPart: Int32Array;
  /** `nodes` with every state and class pre-multiplied by NODE_STRIDE: a transition is `step[step[at] + cls]`. */
  readonly #step: Int32Array;
  /** `classOf` pre-multiplied likewise: 0 in no term, STEP_IGNORE ignorable, a separator's as -(class + STEP_SEPARATOR), a letter stand-in's as -(class + STEP_STAND_IN). */
  readonly #classStep: Int16Array | Int32Array;
  /** Raw hits (end, pattern) of the last scan, then the candidates' starts, ends and rules, reused across scans. */
  #hits = new Int32Array(256);
  /** Where the last `#collect` skipped a character (an ignorable, or a separator inside a term), ascending, and how many. */
  #skipAt = new Int32Array(64);
  #skips = 0;
  #starts = new Int32Array(128);
  #ends = new Int32Array(128);
  #rules = new Int32Array(128);
  /** A pattern candidate's anchor [start, end) (-1 for a term's): a claim read off an allowed phrase's word is none. */
  #anchorStarts = new Int32Array(128);
  #anchorEnds = new Int32Array(128);
  #order = new Int32Array(128);
  #clusterOrder = new Int32Array(16);
  #clusterRank = new Int32Array(16);
  #allowStarts = new Int32Array(16);
  #allowEnds = new Int32Array(16);
  #allowOrder = new Int32Array(16);
  #coverStarts = new Int32Array(16);
  #coverEnds = new Int32Array(16);
  /** Pattern rules: their regular expressions, and per rule the window last normalised and the matches in it (start, end pairs). */
  readonly #regexes: RegExp[];
  /** The same expressions, global: one search from the first place a claim may start, for rules that may start far before their anchor. */
  readonly #searches: RegExp[];
  /** Per check, how many normalised characters past a place its expression can read (its longest match and the one a lookahead reads), -1 when unbounded. */
  readonly #reads: Int32Array;
  /** Code units normalising always keeps (normalise.ts `keptTable`), built on the first check's window. */
  #kept: Uint8Array | undefined;
  /** The normalised window around the last anchor, shared by every pattern rule, and its reach either side. */
  #windowStart = 0;
  #windowEnd = -1;
  #windowText = '';
  #windowOffsets = new Uint32Array(256);
  #windowCodes = new Uint16Array(256);
  /** Per check, how far its window reaches before its anchor's start and past its end (UTF-16 units). */
  readonly #behind: Int32Array;
  readonly #ahead: Int32Array;
  /** The last finding each pattern rule reported, so several anchors inside one claim give it one mark. */
  readonly #lastStart: Int32Array;
  readonly #lastEnd: Int32Array;
  readonly #claim = new Int32Array(2);
  /** Per check, the ends of the current scan's hits of its companion triggers, in end order, and how many. */
  readonly #companionEnds: Int32Array<ArrayBuffer>[];
  readonly #companionCount: Int32Array;
  /** Per check, where `#companionNear` last found the first companion past its window's start. */
  readonly #companionCursor: Int32Array;
  /** Per check whose claims end with an anchor word, the ends of the current scan's hits of its anchors, ascending, how many, and a cursor (as for companions). */
  readonly #anchorHitEnds: Int32Array<ArrayBuffer>[];
  readonly #anchorEndCount: Int32Array;
  readonly #anchorEndCursor: Int32Array;
  /** Pattern → whether it is an anchor of a check whose claims end with an anchor word. */
  readonly #endsAnchor: Uint8Array;
  /** Ends of the digits' hits of the current scan, ascending. */
  #digitEnds = new Int32Array(64);
  /** The space's class, pre-multiplied like `#classStep`: the one separator skipped after a space. */
  readonly #spaceClass: number;
  /** Class → the root's child on it (its offset in `#step`), 0 when none: a failure that reaches the root ends in one read. */
  readonly #rootNext: Int32Array;
  /** Whether a code unit is in some term: a pictograph a term is spelled with is not read as another (pictographs.ts). */
  readonly #inTerm = (code: number): boolean => this.#data.classOf[code] !== CLASS_NONE;
  /** Whether the last `#collect` met a high surrogate of a look-alike block (supplementary.ts). */
  #sawSupplementary = false;
  /**
   * Where the last `#collect` met a digit, a symbol that may stand in for a letter or a pictograph candidate
   * (letter-swaps.ts, pictographs.ts), and how many: the evasion folds look there instead of over the whole text.
   */
  #standInAt = new Int32Array(64);
  #standIns = 0;
  /** Set when a stand-in could not be marked (it is ignorable or a separator): every scan then runs the letter-swap pre-test. */
  readonly #standInsUnmarked: boolean = false;
  /** Set when a digit or pictograph candidate could not be marked (it is ignorable): every scan then runs those folds' own tests. */
  readonly #marksIncomplete: boolean = false;
  /** Whether the last `#collect` met three separators two apart (R.E.V: letters spelled out, letter-swaps.ts). */
  #sawSpelled = false;
  /** Pattern → its length in classes: where no character was skipped inside a hit, its start is its end minus that. */
  readonly #patternLength: Int32Array;
  /** The look-alike high surrogates that are themselves in a term, so the scan cannot note them going by. */
  #classedHighs = '';

  constructor(data: CompiledMatcherData) {
    this.#data = data;
    // Sticky: a claim is tried only at the few places it could start around its anchor, never searched for.
    this.#regexes = data.checks.map((check) => new RegExp(check.source, 'y'));
    this.#searches = data.checks.map((check) => new RegExp(check.source, 'g'));
    this.#reads = Int32Array.from(data.checks, (check) => (check.longest >= 0 && readsOneAround(check.source) ? check.longest + 1 : -1));
    this.#spaceClass = (data.classOf[0x20]! & CLASS_MASK) * NODE_STRIDE;
    // Twice the normalised length in code units leaves room for separators slipped between characters. Past the
    // anchor: the rule's longest match where it is bounded, but never more than the longest reach of any rule,
    // so every window stays inside incremental.ts's margin.
    const maxRight = Math.max(0, ...data.checks.map((check) => check.reach - check.left));
    this.#behind = Int32Array.from(data.checks, (check) => check.left * 2 + 4);
    this.#ahead = Int32Array.from(data.checks, (check) => Math.min(check.longest < 0 ? maxRight : check.longest, maxRight) * 2 + 4 + WINDOW_SLACK);
    this.#lastStart = new Int32Array(data.checks.length);
    this.#companionEnds = data.checks.map(() => new Int32Array(16));
    this.#companionCount = new Int32Array(data.checks.length);
    this.#companionCursor = new Int32Array(data.checks.length);
    this.#anchorHitEnds = data.checks.map((check) => new Int32Array(check.endsWithAnchor ? 16 : 0));
    this.#anchorEndCount = new Int32Array(data.checks.length);
    this.#anchorEndCursor = new Int32Array(data.checks.length);
    this.#endsAnchor = new Uint8Array(data.patternFlags.length);
    for (let p = 0; p < data.patternFlags.length; p++) {
      for (let k = data.patternCheckOffset[p]!; k < data.patternCheckOffset[p + 1]!; k++) if (data.checks[data.patternCheckList[k]!]!.endsWithAnchor) this.#endsAnchor[p] = 1;
    }
    this.#lastEnd = new Int32Array(data.checks.length);
    // Scan tables derived on load, so the shipped format stays as it is: states and classes pre-multiplied
    // by NODE_STRIDE, which spares the hot loop a multiply per lookup (about 10–20% of the automaton pass).
    this.#step = new Int32Array(data.nodes.length);
    for (let at = 0; at < data.nodes.length; at += NODE_STRIDE) {
      const check = data.nodes[at + CHECK]!;
      this.#step[at + BASE] = data.nodes[at + BASE]! * NODE_STRIDE;
      this.#step[at + CHECK] = check < 0 ? -1 : check * NODE_STRIDE;
      this.#step[at + FAIL] = data.nodes[at + FAIL]! * NODE_STRIDE;
      this.#step[at + OUT] = data.nodes[at + OUT]!;
    }
    let classes = 0;
    for (const cls of data.classOf) if (cls !== CLASS_IGNORE) classes = Math.max(classes, cls & CLASS_MASK);
    this.#classStep = classes * NODE_STRIDE + STEP_MARKED_SEPARATOR <= 0x7fff ? new Int16Array(0x10000) : new Int32Array(0x10000);
    for (let code = 0; code < 0x10000; code++) {
      const cls = data.classOf[code]!;
      const stepped = (cls & CLASS_MASK) * NODE_STRIDE;
      this.#classStep[code] = cls === CLASS_IGNORE ? STEP_IGNORE : cls & SEPARATOR_BIT ? -(stepped + STEP_SEPARATOR) : stepped;
    }
    // Digits and symbols that may spell a letter (B3st, $ave) take the cold path, which notes them (`#sawStandIn`):
    // text without any skips letter-swaps.ts's pre-test, a regular expression over the whole text.
    for (const code of STAND_IN_CODES) {
      const stepped = this.#classStep[code]!;
      if (stepped >= 0) this.#classStep[code] = -(stepped + STEP_STAND_IN);
      else this.#standInsUnmarked = true;
    }
    // Neither in a term nor ignorable (class 0), so marking them costs the scan nothing: see `#sawSupplementary`.
    for (const high of SUPPLEMENTARY_HIGH) {
      if (this.#classStep[high] === 0) this.#classStep[high] = STEP_SUPPLEMENTARY;
      // A term spelled with such a character (an emoji of the same block) gives it a class: the scan cannot note it
      // going by, so it is looked for with indexOf, still cheaper than the fold's own regular expression.
      else this.#classedHighs += String.fromCharCode(high);
    }
    // Digits (a 5O% OFF reads as 50%) and pictograph candidates are marked too, as the stand-ins are, so the folds
    // that need them look only where the pass met them; a separator among them (★) takes a separator's marked entry.
    for (let code = 0; code < 0x10000; code++) {
      if (!(isPictographCandidate(code) || (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19))) continue;
      const stepped = this.#classStep[code]!;
      if (stepped >= 0) this.#classStep[code] = -(stepped + STEP_STAND_IN);
      else if (stepped === STEP_IGNORE) this.#marksIncomplete = true;
      else if (stepped !== STEP_SUPPLEMENTARY && (stepped & 3) === 1) this.#classStep[code] = -(-stepped - STEP_SEPARATOR + STEP_MARKED_SEPARATOR);
    }
    this.#rootNext = new Int32Array(classes + 1);
    const rootBase = this.#step[BASE]!;
    for (let cls = 1; cls <= classes; cls++) {
      const child = rootBase + cls * NODE_STRIDE;
      if (child + CHECK < this.#step.length && this.#step[child + CHECK] === 0) this.#rootNext[cls] = child;
    }
    const patterns = data.patternFlags.length;
    this.#patternLength = Int32Array.from({ length: patterns }, (_, p) => data.patternOffset[p + 1]! - data.patternOffset[p]!);
    this.#ruleIfWhole = new Int32Array(patterns).fill(-1);
    this.#ruleIfPart = new Int32Array(patterns).fill(-1);
    for (let p = 0; p < patterns; p++) {
      for (let r = data.patternRuleOffset[p]!; r < data.patternRuleOffset[p + 1]!; r++) {
        const rule = data.patternRules[r]!;
        if (this.#ruleIfWhole[p] === -1) this.#ruleIfWhole[p] = rule;
        if (this.#ruleIfPart[p] === -1 && !data.rules[rule]!.wholeWord) this.#ruleIfPart[p] = rule;
      }
    }
  }

  /** Plain typed arrays and objects: pass through postMessage / structured clone, then `loadCompiled`. */
  serialize(): CompiledMatcherData {
    return this.#data;
  }

  get stats(): { states: number; classes: number; patterns: number; rules: number; bytes: number } {
    const d = this.#data;
    let bytes = 0;
    for (const value of Object.values(d)) if (ArrayBuffer.isView(value)) bytes += value.byteLength;
    let classes = 0;
    for (let i = 0; i < d.classOf.length; i++) if (d.classOf[i] !== CLASS_IGNORE) classes = Math.max(classes, d.classOf[i]! & CLASS_MASK);
    let states = 1;
    for (let i = CHECK; i < d.nodes.length; i += NODE_STRIDE) if (d.nodes[i]! >= 0) states++;
    return { states, classes, patterns: d.patternFlags.length, rules: d.rules.length, bytes };
  }

  /** True as soon as any term (before allow-lists and whole-word checks) occurs: a cheap pre-check. */
  hasCandidate(text: string): boolean {
    return this.#collect(text, true) > 0;
  }

  /** Raw automaton hits, before start offsets, whole-word checks, allow-lists and overlaps: the bench's view of the bare pass. */
  countCandidates(text: string): number {
    return this.#collect(text, false);
  }

  /**
   * The automaton's walk and nothing else, for the bench's lower bound: over the same tables as the pass, with any
   * character off the hot path (a separator, an ignorable, a letter stand-in) ending the walk where the pass would
   * look at it, and no hit written; the number of places where a term of letters or Han ends. What any scan
   * over these tables costs before it does a thing with a hit. Not a matcher: `free shipping` is never found.
   */
  countEndPlaces(text: string): number {
    const step = this.#step;
    const classStep = this.#classStep;
    const rootNext = this.#rootNext;
    let at = 0;
    let places = 0;
    const length = text.length;
    for (let i = 0; i < length; i++) {
      const cls = classStep[text.charCodeAt(i)]!;
      if (cls <= 0) {
        at = 0;
        continue;
      }
      at = nextState(step, rootNext, at, cls);
      if (step[at + OUT] !== 0) places++;
    }
    return places;
  }

  /** Every finding in `text`, longest match at each place, in text order. */
  /**
   * Every term's finding before claim words are joined into one phrase (claims.ts), for plain text (no
   * look-alikes outside the BMP): the bench's view of the automaton, compared one to one with a plain scan.
   */
  scanTerms(text: string): Finding[] {
    const count = this.#collect(text, false);
    return count === 0 ? [] : this.#resolve(text, count);
  }

  scan(text: string): Finding[] {
    let count = this.#collect(text, false);
    // Look-alikes outside the BMP (U+2F8D4 for 最, 𝐂𝐔𝐑𝐄) folded in place, same length (supplementary.ts): only
    // when the pass met one of their high surrogates. Digits and $ standing in for letters read as those letters
    // (B3st, Pr0ven, $ave: letter-swaps.ts). When either changed the text, the folded text is scanned instead.
    const supplementary = this.#sawSupplementary || this.#holdsClassedHigh(text);
    // Digit and symbol swaps need a stand-in next to letters: looked at where the pass met the stand-ins, not over
    // the whole text. The other evasions (spelled-out letters, I for l, O for 0, pictographs) have their own tests.
    const swaps = supplementary || this.#standInsUnmarked || swapCandidateAmong(text, this.#standInAt, this.#standIns);
    // What the pass saw lets the folds skip their whole-text tests; not when the text it saw is not the one folded.
    const marks: PassMarks | undefined =
      supplementary || this.#standInsUnmarked || this.#marksIncomplete ? undefined : { marks: this.#standInAt, count: this.#standIns, spelled: this.#sawSpelled };
    const source = foldLetterSwaps(supplementary ? foldSupplementary(text) : text, this.#inTerm, swaps, marks);
    if (source !== text) count = this.#collect(source, false);
    if (count === 0) return [];
    // One claim, one mark: claim words of one kind written as one phrase join (claims.ts).
    const findings = joinClaims(source, this.#resolve(source, count));
    if (source !== text) {
      for (const f of findings) {
        // A folded pair's second unit is the zero-width space: a finding ending on its first unit takes the whole pair.
        if (f.end < text.length && source.charCodeAt(f.end) === 0x200b && text.charCodeAt(f.end) !== 0x200b) f.end++;
        f.term = text.slice(f.start, f.end);
      }
    }
    return findings;
  }

  /** The pass skipped the character at `i` (cold path). */
  #noteSkip(i: number): void {
    if (this.#skips === this.#skipAt.length) this.#skipAt = roomFor(this.#skipAt, this.#skips + 1);
    this.#skipAt[this.#skips++] = i;
  }

  /** The pass met a letter stand-in at `i` (cold path). */
  #noteStandIn(i: number): void {
    if (this.#standIns === this.#standInAt.length) this.#standInAt = roomFor(this.#standInAt, this.#standIns + 1);
    this.#standInAt[this.#standIns++] = i;
  }

  /** Whether `text` holds one of `#classedHighs`. */
  #holdsClassedHigh(text: string): boolean {
    const highs = this.#classedHighs;
    for (let k = 0; k < highs.length; k++) if (text.indexOf(highs[k]!) >= 0) return true;
    return false;
  }

  /**
   * The one pass: walks the automaton over `text` and writes (end, pattern) pairs into `#hits`; returns their
   * number. Sets `#sawSupplementary` when a high surrogate of a look-alike block occurs (supplementary.ts), so
   * `scan` folds those only when there are any, without a separate pass over the text.
   */
  #collect(text: string, stopAtFirst: boolean): number {
    const step = this.#step;
    const classStep = this.#classStep;
    const rootNext = this.#rootNext;
    const { skipSep, outPattern, outNext } = this.#data;
    const spaceClass = this.#spaceClass;
    let hits = this.#hits;
    let written = 0;
    let at = 0; // the current state's offset in `step`
    // Characters skipped (ignorables, separators inside a term), noted on the cold path: a hit with none inside
    // it starts its pattern's length before its end, and `#resolve` need not walk back over it.
    this.#sawSupplementary = false;
    // Kept in fields, not locals: only the cold path touches them, and the hot loop keeps its registers.
    this.#skips = 0;
    this.#standIns = 0;
    this.#sawSpelled = false;
    // The last separator's place and how many in a row stood two apart (cold path only: see `#sawSpelled`).
    let lastSeparator = -2;
    let spacedSeparators = 0;
    const length = text.length;
    for (let i = 0; i < length; i++) {
      let cls = classStep[text.charCodeAt(i)]!;
      if (cls <= 0) {
        // Cold path: "in no term" (0), ignorables (-1), look-alike surrogates (-2), stand-ins for letters, and
        // separators (taken when the term goes on with one, else maybe skipped).
        if (cls === 0) {
          at = 0;
          continue;
        }
        if (cls === STEP_IGNORE) {
          this.#noteSkip(i);
          continue;
        }
        if (cls === STEP_SUPPLEMENTARY) {
          this.#sawSupplementary = true;
          at = 0;
          continue;
        }
        if ((cls & 3) === 0) {
          this.#noteStandIn(i);
          cls = -cls - STEP_STAND_IN;
          if (cls === 0) {
            at = 0;
            continue;
          }
        } else {
          if ((cls & 3) === 2) {
            this.#noteStandIn(i);
            cls = -cls - STEP_MARKED_SEPARATOR;
          } else {
            cls = -cls - STEP_SEPARATOR;
          }
          if (i - lastSeparator === 2) {
            if (++spacedSeparators >= 3) this.#sawSpelled = true;
          } else {
            spacedSeparators = 1;
          }
          lastSeparator = i;
          if (cls === 0 || step[step[at + BASE]! + cls + CHECK] !== at) {
            const skip = skipSep[at >> STRIDE_SHIFT]!;
            if (skip === 1 || (skip === 2 && cls === spaceClass)) {
              this.#noteSkip(i);
              continue;
            }
            if (cls === 0) {
              at = 0;
              continue;
            }
          }
        }
      }
      at = nextState(step, rootNext, at, cls);
      let out = step[at + OUT]!;
      if (out === 0) continue;
      if (stopAtFirst) return 1;
      // Every pattern ending here: the state's own, then its suffixes', longest first.
      do {
        if (written + HIT_STRIDE > hits.length) {
          const bigger = new Int32Array(hits.length * 2);
          bigger.set(hits);
          this.#hits = hits = bigger;
        }
        hits[written] = i + 1;
        hits[written + 1] = outPattern[out]! - 1;
        written += HIT_STRIDE;
        out = outNext[out]!;
      } while (out !== 0);
    }
    return written / HIT_STRIDE;
  }

  /**
   * Hits → findings, in typed scratch tables: start offsets, whole-word checks, allowed texts clearing
   * what lies inside them, then the longest match per place. Only the surviving findings become objects.
   */
  #resolve(text: string, count: number): Finding[] {
    const { classOf, patternOffset, patternClasses, patternFlags } = this.#data;
    const hits = this.#hits;
    const ruleIfWhole = this.#ruleIfWhole;
    const ruleIfPart = this.#ruleIfPart;
    let starts = (this.#starts = roomFor(this.#starts, count));
    let ends = (this.#ends = roomFor(this.#ends, count));
    let rules = (this.#rules = roomFor(this.#rules, count));
    let anchorStarts = (this.#anchorStarts = roomFor(this.#anchorStarts, count));
    let anchorEnds = (this.#anchorEnds = roomFor(this.#anchorEnds, count));
    let candidates = 0;
    let allows = 0;
    let digits = 0;
    if (this.#regexes.length > 0) {
      this.#windowEnd = -1;
      this.#lastStart.fill(-1);
      // The companion triggers' hits, in end order, one list per check they are a companion of: the filtered checks
      // look up their own around each anchor, never walking past another rule's companions.
      this.#companionCount.fill(0);
      this.#companionCursor.fill(0);
      this.#anchorEndCount.fill(0);
      this.#anchorEndCursor.fill(0);
      const companionCount = this.#companionCount;
      const endsAnchor = this.#endsAnchor;
      const { patternCompanionOffset, patternCompanionList } = this.#data;
      let digitEnds = this.#digitEnds;
      for (let h = 0; h < count; h++) {
        const pattern = hits[h * HIT_STRIDE + 1]!;
        const flags = patternFlags[pattern]!;
        if ((flags & (FLAG_COMPANION | FLAG_DIGIT)) === 0 && endsAnchor[pattern] === 0) continue;
        if (endsAnchor[pattern] !== 0) this.#noteAnchorEnd(pattern, hits[h * HIT_STRIDE]!);
        if (flags & FLAG_DIGIT) {
          if (digits + 1 > digitEnds.length) digitEnds = this.#digitEnds = roomFor(digitEnds, digits + 1);
          digitEnds[digits++] = hits[h * HIT_STRIDE]!;
        }
        if (flags & FLAG_COMPANION) {
          for (let k = patternCompanionOffset[pattern]!; k < patternCompanionOffset[pattern + 1]!; k++) {
            const check = patternCompanionList[k]!;
            const n = companionCount[check]!;
            if (n === this.#companionEnds[check]!.length) this.#companionEnds[check] = roomFor(this.#companionEnds[check]!, n + 1);
            this.#companionEnds[check]![n] = hits[h * HIT_STRIDE]!;
            companionCount[check] = n + 1;
          }
        }
      }
    }
    const skipAt = this.#skipAt;
    const skips = this.#skips;
    const patternLength = this.#patternLength;
    let skipped = 0;
    for (let h = 0; h < count; h++) {
      const end = hits[h * HIT_STRIDE]!;
      const pattern = hits[h * HIT_STRIDE + 1]!;
      // Skips before this hit's end (hits come in end order): none inside it, and it starts its length before its end.
      while (skipped < skips && skipAt[skipped]! < end) skipped++;
      const plain = end - patternLength[pattern]!;
      const known = skipped === 0 || skipAt[skipped - 1]! < plain ? plain : -1;
      const flags = patternFlags[pattern]!;
      // A companion trigger and nothing else (no term, anchor or allowed text): already counted above.
      if ((flags & (FLAG_ANCHOR | FLAG_ALLOWED)) === 0 && ruleIfPart[pattern]! < 0 && ruleIfWhole[pattern]! < 0) continue;
      const start = known >= 0 ? known : startOf(text, classOf, patternOffset, patternClasses, end, pattern);
      if (start < 0) continue;
      if (flags & FLAG_ANCHOR) {
        // Pattern rules anchored here: each claim found around the anchor becomes a candidate like a term's.
        const { patternCheckOffset, patternCheckList } = this.#data;
        const { checks } = this.#data;
        for (let k = patternCheckOffset[pattern]!; k < patternCheckOffset[pattern + 1]!; k++) {
          const check = patternCheckList[k]!;
          // Where the expression cannot match, it is not run (one pass stays one pass): no companion word in the
          // window, too few digits in it, or the anchor inside a word when a claim must start at a word's edge.
          const rule = checks[check]!;
          // The anchor inside a word (cure in secure), told by the character before it when that one is not ignorable:
          // the window reaches at least one character behind the anchor, so that is what #afterWordChar would read.
          const before = rule.wordStart && start > 0 ? text.charCodeAt(start - 1) : -1;
          if (before >= 0 && classOf[before] !== CLASS_IGNORE && isFoldedWordCode(this.#data.fold[before]!)) continue;
          const from = this.#windowFrom(text, start, this.#behind[check]!);
          const to = Math.min(text.length, end + this.#ahead[check]!);
          if (rule.wordStart && before >= 0 && classOf[before] === CLASS_IGNORE && this.#afterWordChar(text, from, start)) continue;
          if (rule.digits > 0 && countUpTo(this.#digitEnds, digits, to) - countUpTo(this.#digitEnds, digits, from) < rule.digits) continue;
          if (rule.filtered && !this.#companionNear(text, check, from, to, start, end)) continue;
          if (rule.endsWithAnchor && !this.#anchorEndNear(text, check, end, to)) continue;
          const claim = this.#claim;
          if (this.#claimAround(text, check, from, to, start, end, claim)) {
            const claimStart = claim[0]!;
            const claimEnd = claim[1]!;
            if (claimStart === this.#lastStart[check] && claimEnd === this.#lastEnd[check]) continue;
            this.#lastStart[check] = claimStart;
            this.#lastEnd[check] = claimEnd;
            if (candidates + 1 >= starts.length) {
              starts = this.#starts = roomFor(starts, candidates + count + 1);
              ends = this.#ends = roomFor(ends, candidates + count + 1);
              rules = this.#rules = roomFor(rules, candidates + count + 1);
              anchorStarts = this.#anchorStarts = roomFor(anchorStarts, candidates + count + 1);
              anchorEnds = this.#anchorEnds = roomFor(anchorEnds, candidates + count + 1);
            }
            starts[candidates] = claimStart;
            ends[candidates] = claimEnd;
            rules[candidates] = this.#data.checks[check]!.rule;
            anchorStarts[candidates] = start;
            anchorEnds[candidates] = end;
            candidates++;
          }
        }
      }
      const wholeWord = (flags & (FLAG_WORD_START | FLAG_WORD_END)) === 0 || isWholeWord(text, classOf, this.#data.fold, start, end, flags);
      if (flags & FLAG_ALLOWED && (wholeWord || !(flags & FLAG_ALLOWED_WHOLE_WORD))) {
        this.#allowStarts = roomFor(this.#allowStarts, allows + 1);
        this.#allowEnds = roomFor(this.#allowEnds, allows + 1);
        this.#allowStarts[allows] = start;
        this.#allowEnds[allows] = end;
        allows++;
      }
      const rule = wholeWord ? ruleIfWhole[pattern]! : ruleIfPart[pattern]!;
      if (rule < 0) continue;
      if (candidates + 1 >= starts.length) {
        starts = this.#starts = roomFor(starts, candidates + count + 1);
        ends = this.#ends = roomFor(ends, candidates + count + 1);
        rules = this.#rules = roomFor(rules, candidates + count + 1);
        anchorStarts = this.#anchorStarts = roomFor(anchorStarts, candidates + count + 1);
        anchorEnds = this.#anchorEnds = roomFor(anchorEnds, candidates + count + 1);
      }
      starts[candidates] = start;
      ends[candidates] = end;
      rules[candidates] = rule;
      anchorStarts[candidates] = -1;
      candidates++;
    }
    const order = (this.#order = roomFor(this.#order, candidates));
    let kept = 0;
    // Methods and scratch tables, no closures: a scan allocates its findings and nothing else it can avoid.
    this.#prepareCover(allows);
    // A pattern's claim that ends inside an allowed phrase its anchor word begins (全网最低价 第一次用: 第一 of 第一次, a
    // sequence) reads half of an honest phrase as a claim: cleared. An allowed phrase wholly inside the claim
    // (停掉降压药) is the claim's object and clears nothing.
    for (let c = 0; c < candidates; c++) {
      if (this.#cleared(allows, starts[c]!, ends[c]!)) continue;
      if (anchorStarts[c]! >= 0 && this.#cutsAllowed(allows, starts[c]!, ends[c]!, anchorEnds[c]!)) continue;
      order[kept++] = c;
    }
    sortByStart(order, kept, starts, ends);

    // Where matches overlap, the longest wins (全网最低价 over 最低价; equal lengths: the leftmost), per
    // cluster of overlapping matches, so a long text with many findings stays O(n log n).
    const findings: Finding[] = [];
    const rulesOf = this.#data.rules;
    for (let i = 0; i < kept; ) {
      const first = order[i]!;
      let clusterEnd = ends[first]!;
      let j = i + 1;
      while (j < kept && starts[order[j]!]! < clusterEnd) clusterEnd = Math.max(clusterEnd, ends[order[j++]!]!);
      if (j === i + 1) {
        findings.push(this.#finding(text, first));
      } else if (j === i + 2) {
        const second = order[i + 1]!;
        const firstSpan = ends[first]! - starts[first]!;
        const secondSpan = ends[second]! - starts[second]!;
        const sameSpan = secondSpan === firstSpan && starts[second] === starts[first];
        // The same claim found by a term and a pattern (kills 99.9% of germs): the strictest reason speaks for it.
        const stricter = sameSpan && SEVERITY_RANK[rulesOf[rules[second]!]!.severity] < SEVERITY_RANK[rulesOf[rules[first]!]!.severity];
        findings.push(this.#finding(text, secondSpan > firstSpan || stricter ? second : first));
      } else {
        this.#resolveCluster(text, order, i, j, findings);
      }
      i = j;
    }
    return findings;
  }

  /**
   * A cluster of three or more overlapping candidates `order[i, j)`: longest first (then leftmost, then strictest),
   * each kept unless it overlaps one kept before, the kept ones pushed in text order. Scratch tables, no closures.
   */
  #resolveCluster(text: string, order: Int32Array, i: number, j: number, findings: Finding[]): void {
    const starts = this.#starts;
    const ends = this.#ends;
    const rules = this.#rules;
    const rulesOf = this.#data.rules;
    const n = j - i;
    const ranked = (this.#clusterOrder = roomFor(this.#clusterOrder, n));
    const rank = (this.#clusterRank = roomFor(this.#clusterRank, n));
    // Insertion sort (clusters are small) into `ranked`, by span descending, start ascending, severity rank ascending;
    // ties keep their order in `order` (a stable sort, as Array.prototype.sort is).
    for (let k = 0; k < n; k++) {
      const c = order[i + k]!;
      const span = ends[c]! - starts[c]!;
      const start = starts[c]!;
      const severity = SEVERITY_RANK[rulesOf[rules[c]!]!.severity];
      let at = k;
      while (at > 0) {
        const o = ranked[at - 1]!;
        const otherSpan = ends[o]! - starts[o]!;
        const before = otherSpan > span || (otherSpan === span && (starts[o]! < start || (starts[o] === start && rank[at - 1]! <= severity)));
        if (before) break;
        ranked[at] = o;
        rank[at] = rank[at - 1]!;
        at--;
      }
      ranked[at] = c;
      rank[at] = severity;
    }
    // Greedy choice; the chosen ones are compacted to the front of `ranked`.
    let chosen = 0;
    for (let k = 0; k < n; k++) {
      const c = ranked[k]!;
      let free = true;
      for (let q = 0; q < chosen && free; q++) {
        const o = ranked[q]!;
        free = ends[c]! <= starts[o]! || starts[c]! >= ends[o]!;
      }
      if (free) ranked[chosen++] = c;
    }
    // Text order: the chosen do not overlap, so their starts differ; a plain insertion sort by start.
    for (let k = 1; k < chosen; k++) {
      const c = ranked[k]!;
      let at = k;
      while (at > 0 && starts[ranked[at - 1]!]! > starts[c]!) {
        ranked[at] = ranked[at - 1]!;
        at--;
      }
      ranked[at] = c;
    }
    for (let k = 0; k < chosen; k++) findings.push(this.#finding(text, ranked[k]!));
  }

  /** Candidate `c` of the last scan as a finding. */
  #finding(text: string, c: number): Finding {
    const start = this.#starts[c]!;
    const end = this.#ends[c]!;
    const r = this.#data.rules[this.#rules[c]!]!;
    return {
      start,
      end,
      term: sameText(text, start, end, r.term) ? r.term : text.slice(start, end),
      ruleTerm: r.term,
      severity: r.severity,
      category: r.category,
      packId: r.packId,
      why: r.why,
      source: r.source,
      suggestions: r.suggestions,
      // Always set (undefined for terms): one object shape for every finding keeps creating them cheap.
      patternId: r.patternId,
    };
  }

  /** Where a check's window starts: `behind` before its anchor (room for the claim's part before it), on a word edge, so a number or word is never read from its middle (13天 as 3天). */
  #windowFrom(text: string, start: number, behind: number): number {
    let from = Math.max(0, start - behind);
    const fold = this.#data.fold;
    for (let steps = 0; from > 0 && steps < 16 && isFoldedWordCode(fold[text.charCodeAt(from - 1)]!); steps++) from--;
    return from;
  }

  /** Whether the last code unit before `start` that normalising keeps (ignorables are dropped) lies in the window and reads as an ASCII letter or digit. */
  #afterWordChar(text: string, from: number, start: number): boolean {
    const { classOf, fold } = this.#data;
    let p = start - 1;
    while (p >= from && classOf[text.charCodeAt(p)] === CLASS_IGNORE) p--;
    if (p < from) return false;
    return isFoldedWordCode(fold[text.charCodeAt(p)]!);
  }

  /**
   * Whether a trigger of `check`'s companion slot ends inside the window (from, to], close enough to the anchor
   * at [start, end) to share a match with it: the check's own companion hits, found from where its last call
   * stopped (anchors come in text order, so the first companion past `from` moves a step or two, not a search).
   * A match holds its anchor (it starts at most `left` before it and reaches its end), so a companion after the
   * anchor has at most `longest` normalised characters from the anchor's start to its own last one, one before
   * it at most `left` from there to the anchor; and each code unit normalising always keeps (neither ignorable
   * nor a separator) is one of them.
   */
  #companionNear(text: string, check: number, from: number, to: number, start: number, end: number): boolean {
    const { longest, left } = this.#data.checks[check]!;
    const ends = this.#companionEnds[check]!;
    const count = this.#companionCount[check]!;
    // The first companion ending after `from`: ends ascend, so walk from the last answer.
    let lo = this.#companionCursor[check]!;
    while (lo > 0 && ends[lo - 1]! > from) lo--;
    while (lo < count && ends[lo]! <= from) lo++;
    this.#companionCursor[check] = lo;
    for (let c = lo; c < count && ends[c]! <= to; c++) {
      if (longest < 0) return true;
      const last = ends[c]! - 1;
      // Its last character is in the match; so is everything from the anchor's start to there, or from there to the
      // anchor, which a match starts at most `left` normalised characters before.
      if (last >= end ? keptWithin(text, this.#data.fold, start, last + 1, longest) : last >= start || keptWithin(text, this.#data.fold, last, start, left)) return true;
    }
    return false;
  }

  /** An anchor hit ending at `end`, noted for each check whose claims end with an anchor word. */
  #noteAnchorEnd(pattern: number, end: number): void {
    const { patternCheckOffset, patternCheckList, checks } = this.#data;
    for (let k = patternCheckOffset[pattern]!; k < patternCheckOffset[pattern + 1]!; k++) {
      const check = patternCheckList[k]!;
      if (!checks[check]!.endsWithAnchor) continue;
      const n = this.#anchorEndCount[check]!;
      if (n === this.#anchorHitEnds[check]!.length) this.#anchorHitEnds[check] = roomFor(this.#anchorHitEnds[check]!, n + 1);
      this.#anchorHitEnds[check]![n] = end;
      this.#anchorEndCount[check] = n + 1;
    }
  }

  /**
   * Whether a claim of `check`, whose claims end with one of its anchor words, could end in (end, to] around an anchor
   * ending at `end`: an anchor hit ends there (a claim reaches at least its anchor's end and stays in its window), and,
   * when the expression wants no ASCII letter or digit after it, the first code unit after that hit that normalising
   * keeps (ignorables are dropped) is none, or there is none before the window's end. A separator after it is never
   * one: normalising keeps it or, next to Han, drops the run before a Han character.
   */
  #anchorEndNear(text: string, check: number, end: number, to: number): boolean {
    const ends = this.#anchorHitEnds[check]!;
    const count = this.#anchorEndCount[check]!;
    let lo = this.#anchorEndCursor[check]!;
    while (lo > 0 && ends[lo - 1]! >= end) lo--;
    while (lo < count && ends[lo]! < end) lo++;
    this.#anchorEndCursor[check] = lo;
    const { classOf, fold } = this.#data;
    const guard = this.#data.checks[check]!.endGuard === true;
    for (let c = lo; c < count && ends[c]! <= to; c++) {
      if (!guard) return true;
      let p = ends[c]!;
      while (p < to && classOf[text.charCodeAt(p)] === CLASS_IGNORE) p++;
      if (p >= to || !isFoldedWordCode(fold[text.charCodeAt(p)]!)) return true;
    }
    return false;
  }

  /**
   * The claim a pattern rule finds around an anchor at [start, end): its [start, end) in `text`, or none.
   * The rule's expression is tried only where a claim could start (its anchor, or up to `left` before it), over
   * the anchor's window [from, to) normalised; the window is normalised once for every rule anchored there.
   *
   * What it reads of the window is less than the window: from one character before the first place tried (a
   * lookbehind) to one past its longest match from the anchor (a lookahead). So the window is cut down to that
   * stretch plus a little, at code units normalising always keeps (`#kept`): normalising from such a unit on, or up
   * to and including one, gives what normalising the whole window gives there (a run of separators never crosses
   * it). After normalising, the cut is kept only when the stretch the expression reads lies inside it, away from
   * its edges; otherwise that edge goes back to the window's own, so every claim is the one the whole window gives.
   */
  #claimAround(text: string, check: number, from: number, to: number, start: number, end: number, out: Int32Array): boolean {
    const { left } = this.#data.checks[check]!;
    const kept = (this.#kept ??= keptTable(this.#data.fold));
    // Each kept code unit is one normalised character, so `left + 1` of them before the anchor are enough; a few more
    // in case separators between them are dropped, then back to a kept one.
    let cutFrom = Math.max(from, start - left - 1 - CUT_SLACK);
    while (cutFrom > from && kept[text.charCodeAt(cutFrom)] === 0) cutFrom--;
    const reads = this.#reads[check]!;
    let cutTo = to;
    if (reads >= 0) {
      cutTo = Math.min(to, start + reads + 1 + CUT_SLACK);
      while (cutTo < to && kept[text.charCodeAt(cutTo - 1)] === 0) cutTo++;
    }
    let anchorAt = this.#normaliseWindow(text, cutFrom, cutTo, start);
    // A cut too close to what the expression reads (many separators dropped): that edge back to the window's own.
    if ((cutFrom > from && anchorAt < left + 1) || (cutTo < to && this.#windowText.length - anchorAt < reads + 1)) {
      if (cutFrom > from && anchorAt < left + 1) cutFrom = from;
      if (cutTo < to && this.#windowText.length - anchorAt < reads + 1) cutTo = to;
      anchorAt = this.#normaliseWindow(text, cutFrom, cutTo, start);
    }
    const windowText = this.#windowText;
    const offsets = this.#windowOffsets;
    if (anchorAt >= windowText.length || offsets[anchorAt] !== start) return false;
    if (left >= SEARCH_FROM_LEFT) {
      // One search from the first place a claim may start: the match it finds at a place is the one a sticky try
      // there finds, and the places it passes have none. Past the anchor no claim is taken.
      const re = this.#searches[check]!;
      for (let at = Math.max(0, anchorAt - left); at <= anchorAt; ) {
        re.lastIndex = at;
        const found = re.exec(windowText);
        if (found === null || found.index > anchorAt) return false;
        const matched = found[0].length;
        if (matched > 0) {
          const claimEnd = offsets[found.index + matched - 1]! + 1;
          if (claimEnd >= end && !crossesKeywordSpace(text, offsets[found.index]!, claimEnd)) {
            out[0] = offsets[found.index]!;
            out[1] = claimEnd;
            return true;
          }
        }
        at = found.index + 1;
      }
      return false;
    }
    const re = this.#regexes[check]!;
    for (let at = Math.max(0, anchorAt - left); at <= anchorAt; at++) {
      re.lastIndex = at;
      // `test` on a sticky expression leaves lastIndex at the match's end: its length, without a match array.
      if (!re.test(windowText)) continue;
      const matched = re.lastIndex - at;
      if (matched === 0) continue;
      const claimEnd = offsets[at + matched - 1]! + 1;
      if (claimEnd < end) continue;
      if (crossesKeywordSpace(text, offsets[at]!, claimEnd)) continue;
      out[0] = offsets[at]!;
      out[1] = claimEnd;
      return true;
    }
    return false;
  }

  /** Normalises `text[from, to)` into the window (unless it is the one already there); returns where `start` is in it. */
  #normaliseWindow(text: string, from: number, to: number, start: number): number {
    if (this.#windowEnd !== to || this.#windowStart !== from) {
      if (this.#windowCodes.length < to - from) {
        this.#windowCodes = new Uint16Array(to - from);
        this.#windowOffsets = new Uint32Array(to - from + 1);
      }
      const codes = this.#windowCodes;
      const offsets = this.#windowOffsets;
      const length = normaliseInto(text, this.#data.fold, from, to, codes, offsets);
      // Most windows read as they stand but for a space dropped at an edge: then the text's own slice is the
      // normalised window, which spares building a string from the codes.
      const first = length > 0 ? offsets[0]! : from;
      this.#windowText = length > 0 && offsets[length - 1]! - first === length - 1 && asWritten(text, first, codes, length) ? text.slice(first, first + length) : codesToString(codes, length);
      this.#windowStart = from;
      this.#windowEnd = to;
    }
    // The anchor's first normalised character: offsets ascend, so a binary search finds it.
    const offsets = this.#windowOffsets;
    let lo = 0;
    let hi = this.#windowText.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (offsets[mid]! < start) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The first `allows` allowed matches sorted by start, with a running maximum of their ends, for `#cleared`. */
  #prepareCover(allows: number): void {
    if (allows === 0) return;
    const starts = this.#allowStarts;
    const ends = this.#allowEnds;
    const order = (this.#allowOrder = roomFor(this.#allowOrder, allows));
    for (let a = 0; a < allows; a++) order[a] = a;
    sortByStart(order, allows, starts, ends);
    const sortedStarts = (this.#coverStarts = roomFor(this.#coverStarts, allows));
    const runningEnd = (this.#coverEnds = roomFor(this.#coverEnds, allows));
    for (let a = 0; a < allows; a++) {
      sortedStarts[a] = starts[order[a]!]!;
      runningEnd[a] = Math.max(ends[order[a]!]!, a > 0 ? runningEnd[a - 1]! : 0);
    }
  }

  /** Whether [start, end) lies inside one of the allowed matches `#prepareCover` sorted: binary search on starts, running maximum of ends. */
  /** Whether an allowed match starting in [claimStart, anchorEnd) reaches past claimEnd: the claim cut an honest phrase. */
  #cutsAllowed(allows: number, claimStart: number, claimEnd: number, anchorEnd: number): boolean {
    if (allows === 0) return false;
    const sortedStarts = this.#coverStarts;
    let lo = 0;
    let hi = allows;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sortedStarts[mid]! < claimStart) lo = mid + 1;
      else hi = mid;
    }
    for (let a = lo; a < allows && sortedStarts[a]! < anchorEnd; a++) if (this.#allowEnds[this.#allowOrder[a]!]! > claimEnd) return true;
    return false;
  }
  #cleared(allows: number, start: number, end: number): boolean {
    if (allows === 0) return false;
    const sortedStarts = this.#coverStarts;
    let lo = 0;
    let hi = allows - 1;
    let last = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (sortedStarts[mid]! <= start) {
        last = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return last >= 0 && this.#coverEnds[last]! >= end;
  }
}
