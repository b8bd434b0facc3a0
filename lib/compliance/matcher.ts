import type { LocalizedText } from '../sites/types';
import type { ComplianceCategory, ComplianceTerm, RulePack, Severity } from './types';
import { foldCode, isCjk, isIgnorable, isSeparator, isWordCode, normaliseTerm, type FoldOptions } from './normalise';

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
}

export interface CompileOptions extends FoldOptions {
  /** The user's own terms (reported with packId `custom`). */
  custom?: ComplianceTerm[];
  /** The user's allow-list: any finding inside a match of one of these texts is dropped (e.g. 第一次). */
  allow?: string[];
}

/** What crosses postMessage: typed arrays and plain objects only. */
export interface CompiledMatcherData {
  version: typeof FORMAT_VERSION;
  classOf: Uint16Array;
  /** Per state, `NODE_STRIDE` ints: double-array base, check (parent state, -1 = free), failure state, first output state (0 = none). */
  nodes: Int32Array;
  /** 1 where a separator is skipped instead of consumed (inside a Chinese term, after a space). */
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
  rules: CompiledRule[];
}

const FORMAT_VERSION = 1;
const CLASS_NONE = 0;
const CLASS_IGNORE = 0xffff;
const SEPARATOR_BIT = 0x8000;
const CLASS_MASK = 0x7fff;
const NODE_STRIDE = 4;
const BASE = 0;
const CHECK = 1;
const FAIL = 2;
const OUT = 3;
const FLAG_WORD_START = 1;
const FLAG_WORD_END = 2;
const FLAG_ALLOWED = 4;
const FLAG_ALLOWED_WHOLE_WORD = 8;
const SEVERITY_RANK: Record<Severity, number> = { block: 0, warn: 1, info: 2 };

interface PatternDraft {
  normalised: string;
  rules: number[];
  /** An allowed text: findings inside a match of it are cleared. */
  allowed: boolean;
}

/** Terms with ASCII letters or digits match whole words by default (cure not in secure, #1 not in #10). */
const hasAsciiWordChar = (text: string) => /[a-z0-9]/i.test(text);

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
      draft = { normalised, rules: [], allowed: false };
      patterns.set(normalised, draft);
    }
    return draft;
  };

  const markAllowed = (text: string) => {
    const draft = patternFor(text);
    if (draft) draft.allowed = true;
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
    for (const variant of termVariants(term.term)) patternFor(variant)?.rules.push(ruleIndex);
    // An allowed context was judged clean as a whole (最佳赏味期), so it clears every finding inside it, not only its rule's.
    for (const context of term.allowedContexts ?? []) markAllowed(context);
  };
  for (const pack of packs) for (const term of pack.terms) addTerm(term, pack.id);
  for (const term of opts.custom ?? []) addTerm(term, 'custom');
  for (const entry of opts.allow ?? []) markAllowed(entry);

  return new CompiledMatcher(buildAutomaton([...patterns.values()], rules, fold));
}

/** Rebuild a matcher from `serialize()` output (e.g. received over postMessage), without recompiling. */
export function loadCompiled(data: CompiledMatcherData): CompiledMatcher {
  if (data?.version !== FORMAT_VERSION) throw new Error(`compiled matcher format ${String(data?.version)} is not ${FORMAT_VERSION}`);
  const typed: [keyof CompiledMatcherData, new (n: number) => ArrayLike<number>][] = [
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
  ];
  for (const [key, type] of typed) {
    if (!(data[key] instanceof type)) throw new Error(`compiled matcher: ${key} is not a ${type.name}`);
  }
  const states = data.nodes.length / NODE_STRIDE;
  if (data.classOf.length !== 0x10000 || states !== data.skipSep.length || states !== data.outPattern.length || !Array.isArray(data.rules)) {
    throw new Error('compiled matcher: tables have the wrong shape');
  }
  return new CompiledMatcher(data);
}

/**
 * Acronyms written with dots (F.D.A., "F.D.A. approved") are the one English evasion worth catching
 * inside words: add the dotted forms of a term's all-capital words of 2 to 5 letters.
 */
function termVariants(term: string): string[] {
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
  return [...variants];
}

function buildAutomaton(drafts: PatternDraft[], rules: CompiledRule[], fold: FoldOptions): CompiledMatcherData {
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
      (draft.allowed && hasAsciiWordChar(text) ? FLAG_ALLOWED_WHOLE_WORD : 0);
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
  const grow = (needed: number) => {
    if (needed < capacity) return;
    while (capacity <= needed) capacity *= 2;
    const nextBase = new Int32Array(capacity);
    nextBase.set(base);
    const nextCheck = new Int32Array(capacity).fill(-1);
    nextCheck.set(check);
    base = nextBase;
    check = nextCheck;
  };
  const slotOf = new Int32Array(children.length);
  check[0] = -2; // the root's own slot
  let firstFree = 1;
  for (const node of order) {
    const kids = [...children[node]!.keys()].sort((a, b) => a - b);
    if (kids.length === 0) continue;
    while (check[firstFree] !== -1) grow(++firstFree);
    let b = Math.max(1, firstFree - kids[0]!);
    for (;;) {
      grow(b + kids[kids.length - 1]!);
      if (kids.every((cls) => check[b + cls] === -1)) break;
      b++;
    }
    const slot = slotOf[node]!;
    base[slot] = b;
    for (const cls of kids) {
      check[b + cls] = slot;
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
    skipSep[slot] = node !== 0 && (isCjk(code) || code === 0x20 || hanNext) ? 1 : 0;
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
    rules,
  };
}

interface Span {
  start: number;
  end: number;
  pattern: number;
  wholeWord: boolean;
}

interface Reported {
  span: Span;
  rule: number;
}

/** Whether a span lies inside one of `covers`: binary search on starts, running maximum of ends. */
function coverTest(covers: Span[]): (span: Span) => boolean {
  if (covers.length === 0) return () => false;
  covers.sort((a, b) => a.start - b.start);
  const maxEnd = new Int32Array(covers.length);
  covers.forEach((c, i) => (maxEnd[i] = Math.max(c.end, i > 0 ? maxEnd[i - 1]! : 0)));
  return (span) => {
    let lo = 0;
    let hi = covers.length - 1;
    let last = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (covers[mid]!.start <= span.start) {
        last = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return last >= 0 && maxEnd[last]! >= span.end;
  };
}

/**
 * Where matches overlap, the longest wins (全网最低价 over 最低价; equal lengths: the leftmost). Done
 * per cluster of overlapping matches, so a long text with many findings stays O(n log n).
 */
function longestPerPlace(reported: Reported[]): Reported[] {
  reported.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const kept: Reported[] = [];
  const longestFirst = (a: Reported, b: Reported) =>
    b.span.end - b.span.start - (a.span.end - a.span.start) || a.span.start - b.span.start;
  for (let i = 0; i < reported.length; ) {
    let clusterEnd = reported[i]!.span.end;
    let j = i + 1;
    while (j < reported.length && reported[j]!.span.start < clusterEnd) {
      clusterEnd = Math.max(clusterEnd, reported[j]!.span.end);
      j++;
    }
    if (j === i + 1) {
      kept.push(reported[i]!);
    } else {
      const chosen: Reported[] = [];
      for (const candidate of reported.slice(i, j).sort(longestFirst)) {
        const { start, end } = candidate.span;
        if (chosen.every(({ span }) => end <= span.start || start >= span.end)) chosen.push(candidate);
      }
      kept.push(...chosen.sort((a, b) => a.span.start - b.span.start));
    }
    i = j;
  }
  return kept;
}

export class CompiledMatcher {
  readonly #data: CompiledMatcherData;
  /** Raw hits (end, pattern) of the last scan, reused across scans. */
  #hits = new Int32Array(256);

  constructor(data: CompiledMatcherData) {
    this.#data = data;
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

  /** Every finding in `text`, longest match at each place, in text order. */
  scan(text: string): Finding[] {
    const count = this.#collect(text, false);
    if (count === 0) return [];
    return this.#resolve(text, count);
  }

  /** The one pass: walks the automaton over `text` and writes (end, pattern) pairs into `#hits`. */
  #collect(text: string, stopAtFirst: boolean): number {
    const { classOf, nodes, skipSep } = this.#data;
    let count = 0;
    let state = 0;
    const length = text.length;
    for (let i = 0; i < length; i++) {
      let cls = classOf[text.charCodeAt(i)]!;
      if (cls === CLASS_NONE) {
        state = 0;
        continue;
      }
      if (cls >= SEPARATOR_BIT) {
        // Cold path: ignorables, and separators (taken when the term goes on with one, else maybe skipped).
        if (cls === CLASS_IGNORE) continue;
        cls &= CLASS_MASK;
        const t = nodes[state * NODE_STRIDE + BASE]! + cls;
        if (cls === CLASS_NONE || nodes[t * NODE_STRIDE + CHECK] !== state) {
          if (skipSep[state] !== 0) continue;
          if (cls === CLASS_NONE) {
            state = 0;
            continue;
          }
        }
      }
      for (;;) {
        const t = nodes[state * NODE_STRIDE + BASE]! + cls;
        if (nodes[t * NODE_STRIDE + CHECK] === state) {
          state = t;
          break;
        }
        if (state === 0) break;
        state = nodes[state * NODE_STRIDE + FAIL]!;
      }
      if (nodes[state * NODE_STRIDE + OUT] !== 0) {
        if (stopAtFirst) return 1;
        count = this.#record(count, state, i + 1);
      }
    }
    return count;
  }

  /** Appends every pattern ending at `state` (itself and its suffixes); returns the new hit count. */
  #record(count: number, state: number, end: number): number {
    const { nodes, outPattern, outNext } = this.#data;
    for (let out = nodes[state * NODE_STRIDE + OUT]!; out !== 0; out = outNext[out]!) {
      if (count * 2 + 2 > this.#hits.length) {
        const bigger = new Int32Array(this.#hits.length * 2);
        bigger.set(this.#hits);
        this.#hits = bigger;
      }
      this.#hits[count * 2] = end;
      this.#hits[count * 2 + 1] = outPattern[out]! - 1;
      count++;
    }
    return count;
  }

  /** Where a hit starts: walk back over the pattern's classes, skipping what the scan skipped. */
  #startOf(text: string, end: number, pattern: number): number {
    const { classOf, patternOffset, patternClasses } = this.#data;
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

  /** Whether a match stands as a whole word: its letter/digit edges touch no ASCII letter or digit (cure in secure, treat in treats). */
  #isWholeWord(text: string, start: number, end: number, pattern: number): boolean {
    const flags = this.#data.patternFlags[pattern]!;
    const classOf = this.#data.classOf;
    if (flags & FLAG_WORD_START) {
      let p = start - 1;
      while (p >= 0 && classOf[text.charCodeAt(p)] === CLASS_IGNORE) p--;
      if (p >= 0 && isWordCode(text.charCodeAt(p))) return false;
    }
    if (flags & FLAG_WORD_END) {
      let p = end;
      while (p < text.length && classOf[text.charCodeAt(p)] === CLASS_IGNORE) p++;
      if (p < text.length && isWordCode(text.charCodeAt(p))) return false;
    }
    return true;
  }

  #resolve(text: string, count: number): Finding[] {
    const d = this.#data;
    const hits = this.#hits;
    const candidates: Span[] = [];
    const allows: Span[] = [];
    for (let h = 0; h < count; h++) {
      const end = hits[h * 2]!;
      const pattern = hits[h * 2 + 1]!;
      const start = this.#startOf(text, end, pattern);
      if (start < 0) continue;
      const span = { start, end, pattern, wholeWord: this.#isWholeWord(text, start, end, pattern) };
      const flags = d.patternFlags[pattern]!;
      if (flags & FLAG_ALLOWED && (span.wholeWord || !(flags & FLAG_ALLOWED_WHOLE_WORD))) allows.push(span);
      if (d.patternRuleOffset[pattern + 1]! > d.patternRuleOffset[pattern]!) candidates.push(span);
    }
    const isCleared = coverTest(allows);
    const reported: Reported[] = [];
    for (const span of candidates) {
      if (isCleared(span)) continue;
      for (let r = d.patternRuleOffset[span.pattern]!; r < d.patternRuleOffset[span.pattern + 1]!; r++) {
        const rule = d.patternRules[r]!;
        if (d.rules[rule]!.wholeWord && !span.wholeWord) continue;
        reported.push({ span, rule });
        break;
      }
    }
    return longestPerPlace(reported).map(({ span, rule }) => {
      const r = d.rules[rule]!;
      return {
        start: span.start,
        end: span.end,
        term: text.slice(span.start, span.end),
        ruleTerm: r.term,
        severity: r.severity,
        category: r.category,
        packId: r.packId,
        why: r.why,
        source: r.source,
        suggestions: r.suggestions,
      };
    });
  }
}
