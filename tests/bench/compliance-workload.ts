import { AhoCorasick as MonyoneAhoCorasick } from '@monyone/aho-corasick';
import { AhoCorasick as MonyoneFastAhoCorasick } from '@monyone/aho-corasick/fast';
import { Mint } from 'mint-filter';
import ModernAhoCorasick from 'modern-ahocorasick';
import ModernFastAhoCorasick from 'modern-ahocorasick/fast';
import { rescanEdited } from '../../lib/compliance/incremental';
import { compilePacks, loadCompiled, type Finding } from '../../lib/compliance/matcher';
import { normaliseTerm } from '../../lib/compliance/normalise';
import type { ComplianceTerm, RulePack } from '../../lib/compliance/types';

/**
 * The compliance bench's workload, identical in Node and in Chromium: the same deterministic corpus,
 * the same ~1,500 terms, every matcher over the same text in one process. Pure: no Node APIs here.
 */

export const TERM_COUNT = 1500;
const CORPUS_CHARS = 2_000_000;
const DESCRIPTION_CHARS = 5000;
/** modern-ahocorasick's search grows faster than linearly with text length: it gets the corpus as 5,000-character fields. */
const FIELD_SLICE_CHARS = 200_000;

/** Park–Miller: the same numbers everywhere, so both runtimes scan the same text. */
function random(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 48271) % 0x7fffffff) / 0x7fffffff;
}

const HAN =
  '的一是在不了有和人这中大为上个我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经' +
  '十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形' +
  '相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果';
const PRODUCT_WORDS_ZH = ['纯棉', '短袖', '透气', '宽松', '夏季', '新款', '男士', '女士', '舒适', '面料', '保湿', '面霜', '水杯', '收纳', '家用', '厨房', '不锈钢', '大容量', '礼盒', '包邮', '尺码', '颜色', '规格', '材质', '适用'];
const PRODUCT_WORDS_EN = ['soft', 'cotton', 'tee', 'shirt', 'comfortable', 'breathable', 'kitchen', 'stainless', 'steel', 'bottle', 'large', 'capacity', 'gift', 'set', 'size', 'color', 'durable', 'easy', 'clean', 'secure', 'lid', 'treats', 'for', 'dogs', 'the', 'and', 'with', 'travel', 'office', 'home'];

const filler = (term: string): ComplianceTerm => ({
  term,
  severity: 'info',
  category: 'custom',
  why: { 'zh-CN': '基准测试填充词', en: 'bench filler term' },
  source: 'bench',
  suggestions: [],
});

/** The real packs padded to `TERM_COUNT` terms with generated zh/en terms (about 70% zh). */
export function benchPacks(realPacks: RulePack[]): RulePack[] {
  const next = random(7);
  const seen = new Set(realPacks.flatMap((p) => p.terms.map((t) => normaliseTerm(t.term))));
  const padding: ComplianceTerm[] = [];
  let total = seen.size;
  while (total < TERM_COUNT) {
    let term = '';
    if (next() < 0.7) {
      // 3–4 characters: random Han bigrams would turn up every few dozen characters, unlike real banned words.
      const length = 3 + Math.floor(next() * 2);
      for (let i = 0; i < length; i++) term += HAN[Math.floor(next() * HAN.length)];
    } else {
      const word = () => PRODUCT_WORDS_EN[Math.floor(next() * PRODUCT_WORDS_EN.length)]!;
      term = `${word()}${next() < 0.5 ? ' ' : ''}${word()}`;
    }
    if (seen.has(normaliseTerm(term))) continue;
    seen.add(normaliseTerm(term));
    padding.push(filler(term));
    total++;
  }
  const padPack: RulePack = {
    id: 'bench-padding',
    name: { 'zh-CN': '填充', en: 'padding' },
    description: { 'zh-CN': '', en: '' },
    lang: 'zh',
    platforms: 'all',
    terms: padding,
  };
  return [...realPacks, padPack];
}

/**
 * Listing-like text: zh sentences of product words and common Han characters, en sentences of product
 * words, and now and then a real term. Plain (simplified, lower case, no disguises) so every matcher is
 * given the same job and findings can be compared one to one.
 */
export function buildCorpus(packs: RulePack[], chars: number, seed: number): string {
  const next = random(seed);
  const terms = packs.flatMap((p) => p.terms.map((t) => normaliseTerm(t.term)));
  // Han-only terms in Chinese sentences: a symbol between Han characters (保湿#1保湿) is a separator the
  // normaliser drops, so the corpus would no longer be in normalised form and the plain oracle would not apply.
  const zhTerms = terms.filter((t) => /^[\u3400-\u9fff]+$/.test(t));
  const enTerms = terms.filter((t) => /^[a-z0-9 %.#'-]+$/.test(t));
  const parts: string[] = [];
  let length = 0;
  while (length < chars) {
    let sentence = '';
    if (next() < 0.7) {
      const words = 6 + Math.floor(next() * 10);
      for (let i = 0; i < words; i++) {
        const roll = next();
        if (roll < 0.04) sentence += zhTerms[Math.floor(next() * zhTerms.length)];
        else if (roll < 0.6) sentence += PRODUCT_WORDS_ZH[Math.floor(next() * PRODUCT_WORDS_ZH.length)];
        else sentence += HAN[Math.floor(next() * HAN.length)];
      }
      sentence += next() < 0.5 ? '，' : '。';
    } else {
      const words: string[] = [];
      const count = 6 + Math.floor(next() * 10);
      for (let i = 0; i < count; i++) {
        words.push(next() < 0.04 ? enTerms[Math.floor(next() * enTerms.length)]! : PRODUCT_WORDS_EN[Math.floor(next() * PRODUCT_WORDS_EN.length)]!);
      }
      sentence = `${words.join(' ')}. `;
    }
    parts.push(sentence);
    length += sentence.length;
  }
  return parts.join('').slice(0, chars);
}

interface Hit {
  start: number;
  end: number;
  term: string;
}

/** Longest match at a place, the engine's own policy, applied to a matcher that reports every overlap. */
function longestPerPlace(hits: Hit[]): Hit[] {
  const sorted = [...hits].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken = new Uint8Array(hits.reduce((m, h) => Math.max(m, h.end), 0));
  const kept: Hit[] = [];
  for (const hit of sorted) {
    let free = true;
    for (let i = hit.start; i < hit.end && free; i++) free = taken[i] === 0;
    if (!free) continue;
    taken.fill(1, hit.start, hit.end);
    kept.push(hit);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * The oracle: every occurrence of every pattern, found by `indexOf` over the text, one pattern at a time.
 * Slow and plain on purpose, and independent of our automaton and normaliser: the corpus is already in
 * normalised form (lower case, simplified, no disguises), so no folding is needed to read it.
 */
export function plainOccurrences(text: string, patterns: readonly string[]): Hit[] {
  const hits: Hit[] = [];
  for (const term of patterns) {
    for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) hits.push({ start: at, end: at + term.length, term });
  }
  return hits;
}

/** What a longest-first RegExp alternation reports: from left to right, the longest pattern starting at each place, then past it. */
function leftmostLongest(hits: Hit[]): Hit[] {
  const longestAt = new Map<number, Hit>();
  for (const hit of hits) {
    const known = longestAt.get(hit.start);
    if (!known || hit.end > known.end) longestAt.set(hit.start, hit);
  }
  const kept: Hit[] = [];
  let next = 0;
  for (const start of [...longestAt.keys()].sort((a, b) => a - b)) {
    if (start < next) continue;
    const hit = longestAt.get(start)!;
    kept.push(hit);
    next = hit.end;
  }
  return kept;
}

const key = (h: Hit) => `${h.start}:${h.end}:${h.term}`;
function sameFindings(ours: Hit[], theirs: Hit[]): string {
  const a = new Set(ours.map(key));
  const b = new Set(theirs.map(key));
  const missing = [...a].filter((k) => !b.has(k)).length;
  const extra = [...b].filter((k) => !a.has(k)).length;
  return missing === 0 && extra === 0 ? `yes (${a.size})` : `no: ${missing} missing, ${extra} extra of ${a.size}`;
}

function sameWords(ours: Hit[], words: string[]): string {
  const a = new Set(ours.map((h) => h.term));
  const b = new Set(words);
  const same = a.size === b.size && [...a].every((w) => b.has(w));
  return same ? `same word set (${a.size}), offsets not reported` : `no: ${a.size} vs ${b.size} words`;
}

/** Every timed result feeds this, so no runtime may drop a loop whose result is unused (the floor's sum above all). */
let sink = 0;
const consume = (result: unknown) => {
  sink = (sink + (typeof result === 'number' ? result : Array.isArray(result) ? result.length : 1)) | 0;
};

/** Median wall time of `fn` in ms: runs until `budgetMs` is spent (at least `minRuns`), after one warm-up. */
function time(fn: () => unknown, budgetMs = 1500, minRuns = 3): number {
  consume(fn());
  const samples: number[] = [];
  const started = performance.now();
  while (samples.length < minRuns || (performance.now() - started < budgetMs && samples.length < 50)) {
    const t0 = performance.now();
    consume(fn());
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return samples[samples.length >> 1]!;
}

/**
 * How many times the floor's time `fn` takes, measured in adjacent pairs (the floor, then `fn`, on their own
 * inputs) after a warm-up of both: the ratio of each pair, median over the pairs. On a shared machine the load
 * changes from second to second; a pair sees the same load, so the ratio holds where the separate medians drift.
 * Returns the median ratio and the median time of `fn` (ms).
 */
function pairedWithFloor(fn: () => unknown, floorFn: () => unknown, budgetMs = 2000, minPairs = 5): { ratio: number; ms: number } {
  consume(floorFn());
  consume(fn());
  const ratios: number[] = [];
  const times: number[] = [];
  const started = performance.now();
  while (ratios.length < minPairs || (performance.now() - started < budgetMs && ratios.length < 50)) {
    const t0 = performance.now();
    consume(floorFn());
    const t1 = performance.now();
    consume(fn());
    const t2 = performance.now();
    ratios.push((t2 - t1) / Math.max(t1 - t0, 1e-3));
    times.push(t2 - t1);
  }
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[xs.length >> 1]!;
  return { ratio: median(ratios), ms: median(times) };
}

/** Microseconds per call on a short text: batches of about 50 ms of calls, median batch. */
function perCall(fn: () => unknown): number {
  fn();
  const t0 = performance.now();
  fn();
  const calls = Math.min(500, Math.max(1, Math.ceil(50 / Math.max(performance.now() - t0, 0.001))));
  return (time(() => {
    for (let i = 0; i < calls; i++) consume(fn());
  }, 800) * 1000) / calls;
}

export interface BenchRow {
  matcher: string;
  mbPerSecond: number;
  timesFloor: number;
  keystrokeMicros: number;
  identical: string;
}

export interface BenchResult {
  runtime: string;
  corpusMB: number;
  corpusChars: number;
  terms: number;
  rows: BenchRow[];
  /** Sum of every timed result: proof the work was consumed. */
  checksum: number;
}

/** Run every matcher over the same corpus and the same 5,000-character description. */
export function runWorkload(realPacks: RulePack[], runtime: string): BenchResult {
  const packs = benchPacks(realPacks);
  const corpus = buildCorpus(packs, CORPUS_CHARS, 11);
  const description = buildCorpus(packs, DESCRIPTION_CHARS, 23);
  const corpusMB = new TextEncoder().encode(corpus).length / 1e6;
  const patterns = [...new Set(packs.flatMap((p) => p.terms.map((t) => normaliseTerm(t.term))))];

  // Compiled once (the background's job), loaded from its serialised form (the content script's).
  const matcher = loadCompiled(structuredClone(compilePacks(packs).serialize()));
  // For comparing findings: the same terms without the engine's extra judgement (whole words, allowed contexts).
  // (the terms as listed: no extra spellings, which the oracle would not know; each term's own finding, before
  // claim words of one kind written as one phrase are joined into one mark, which the oracle would not do either).
  const bare = compilePacks([{ ...packs[0]!, terms: patterns.map((term) => ({ ...filler(term), wholeWord: false })), patterns: [] }], { spellings: false });
  const ourHits = (findings: Finding[]): Hit[] => findings.map((f) => ({ start: f.start, end: f.end, term: normaliseTerm(f.ruleTerm) }));
  const occurrences = plainOccurrences(corpus, patterns);
  const reference = longestPerPlace(occurrences);

  const floor = (text: string) => {
    let sum = 0;
    for (let i = 0; i < text.length; i++) sum = (sum + text.charCodeAt(i)) | 0;
    return sum;
  };
  const mint = new Mint(patterns);
  const modern = new ModernAhoCorasick(patterns);
  const modernFast = new ModernFastAhoCorasick(patterns);
  const monyone = new MonyoneAhoCorasick(patterns);
  const monyoneFast = new MonyoneFastAhoCorasick(patterns);
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const regex = new RegExp([...patterns].sort((a, b) => b.length - a.length).map(escape).join('|'), 'g');
  const regexHits = (text: string): Hit[] => [...text.matchAll(regex)].map((m) => ({ start: m.index, end: m.index + m[0].length, term: m[0] }));

  // The first FIELD_SLICE_CHARS of the corpus cut into description-sized fields, for the matcher that needs it.
  const fields: { offset: number; text: string }[] = [];
  for (let offset = 0; offset < FIELD_SLICE_CHARS; offset += DESCRIPTION_CHARS) {
    fields.push({ offset, text: corpus.slice(offset, offset + DESCRIPTION_CHARS) });
  }
  const sliceReference = (() => {
    const hits: Hit[] = [];
    for (const field of fields) {
      for (const h of longestPerPlace(plainOccurrences(field.text, patterns))) hits.push({ ...h, start: h.start + field.offset, end: h.end + field.offset });
    }
    return hits;
  })();
  const modernOverFields = (search: (text: string) => { start: number; end: number; pattern: string }[]) => {
    const hits: Hit[] = [];
    for (const field of fields) {
      const inField = search(field.text).map((m) => ({ start: m.start, end: m.end, term: m.pattern }));
      for (const h of longestPerPlace(inField)) hits.push({ ...h, start: h.start + field.offset, end: h.end + field.offset });
    }
    return hits;
  };

  const contenders: { name: string; run: (text: string) => unknown; identical: () => string; fieldsOnly?: boolean }[] = [
    { name: 'bare `charCodeAt` loop (floor)', run: floor, identical: () => '–' },
    {
      name: '**Seller Sidekick matcher** (`scan`, findings)',
      run: (t) => matcher.scan(t),
      // The automaton against the oracle (same terms, no judgement), and the timed matcher (loaded from a
      // clone, tables reused across hundreds of scans) against a fresh compile.
      identical: () =>
        `${sameFindings(reference, ourHits(bare.scanTerms(corpus)))} vs indexOf oracle; ${sameFindings(ourHits(compilePacks(packs).scan(corpus)), ourHits(matcher.scan(corpus)))} loaded+warm vs fresh`,
    },
    { name: 'Seller Sidekick automaton pass only', run: (t) => matcher.countCandidates(t), identical: () => '–' },
    {
      // The lower bound for any scan over these tables: the walk and nothing else (a separator ends it, no evasion
      // marks, no hit written). Checked on tables of the terms written in letters and Han alone (a digit is off its
      // path, as a stand-in for a letter) against the oracle's places where one of them ends.
      name: 'automaton walk alone, same tables (lower bound)',
      run: (t) => matcher.countEndPlaces(t),
      identical: () => {
        const plainTerms = patterns.filter((term) => /^\p{L}+$/u.test(term));
        const places = new Set(plainOccurrences(corpus, plainTerms).map((h) => h.end)).size;
        const plainTables = compilePacks([{ ...packs[0]!, terms: plainTerms.map((term) => ({ ...filler(term), wholeWord: false })), patterns: [] }], { spellings: false });
        const walked = plainTables.countEndPlaces(corpus);
        return walked === places ? `yes (${places} places)` : `no (${walked} vs ${places} places)`;
      },
    },
    { name: 'mint-filter 4 (`filter`)', run: (t) => mint.filter(t, { replace: false }), identical: () => sameWords(reference, mint.filter(corpus, { replace: false }).words) },
    {
      name: 'modern-ahocorasick 3 (`search`) ‡',
      run: (t) => modern.search(t),
      identical: () => sameFindings(sliceReference, modernOverFields((t) => modern.search(t))),
      fieldsOnly: true,
    },
    {
      name: 'modern-ahocorasick 3 `/fast` (double array) ‡',
      run: (t) => modernFast.search(t),
      identical: () => sameFindings(sliceReference, modernOverFields((t) => modernFast.search(t))),
      fieldsOnly: true,
    },
    {
      name: '@monyone/aho-corasick 1 (`matchInText`)',
      run: (t) => monyone.matchInText(t),
      identical: () => sameFindings(reference, longestPerPlace(monyone.matchInText(corpus).map((m) => ({ start: m.begin, end: m.end, term: m.keyword })))),
    },
    {
      name: '@monyone/aho-corasick 1 `/fast` (double array)',
      run: (t) => monyoneFast.matchInText(t),
      identical: () => sameFindings(reference, longestPerPlace(monyoneFast.matchInText(corpus).map((m) => ({ start: m.begin, end: m.end, term: m.keyword })))),
    },
    {
      name: 'RegExp alternation (longest first)',
      run: regexHits,
      identical: () => `${sameFindings(leftmostLongest(occurrences), regexHits(corpus))} (vs the oracle read leftmost-longest, as an alternation reads)`,
    },
  ];

  const fieldsMB = new TextEncoder().encode(corpus.slice(0, FIELD_SLICE_CHARS)).length / 1e6;
  const rows: BenchRow[] = contenders.map(({ name, run, identical, fieldsOnly }) => {
    // Each contender against the floor over the same text, in adjacent pairs (see pairedWithFloor).
    const { ratio, ms } = fieldsOnly
      ? pairedWithFloor(
          () => fields.forEach((f) => run(f.text)),
          () => fields.forEach((f) => floor(f.text)),
        )
      : pairedWithFloor(
          () => run(corpus),
          () => floor(corpus),
        );
    return {
      matcher: name,
      mbPerSecond: (fieldsOnly ? fieldsMB : corpusMB) / (ms / 1000),
      timesFloor: ratio,
      keystrokeMicros: perCall(() => run(description)),
      identical: identical(),
    };
  });

  // What a keystroke costs in the extension: the watcher re-checks a field with rescanEdited (incremental.ts), which
  // scans the edited stretch plus a margin and keeps the findings before and after it. Here one character typed in
  // the middle of the 5,000-character description, checked against a full scan of the edited text.
  const middle = DESCRIPTION_CHARS >> 1;
  const edited = `${description.slice(0, middle)}最${description.slice(middle)}`;
  const before = matcher.scan(description);
  const keystroke = () => rescanEdited(matcher, description, before, edited);
  const viaRescan = keystroke();
  const full = matcher.scan(edited);
  rows.push({
    matcher: 'Seller Sidekick keystroke re-check (`rescanEdited`, one character typed mid-description)',
    mbPerSecond: NaN,
    timesFloor: NaN,
    keystrokeMicros: perCall(keystroke),
    identical:
      JSON.stringify(viaRescan) === JSON.stringify(full) ? `yes (${full.length}) vs a full scan of the edited text` : `no: ${viaRescan.length} findings vs ${full.length} from a full scan`,
  });
  return { runtime, corpusMB, corpusChars: corpus.length, terms: patterns.length, rows, checksum: sink };
}
