import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { BUILT_IN_PACKS } from '../../../lib/compliance/packs/index';
import type { RulePack, Severity } from '../../../lib/compliance/types';
import { PLATFORM_IDS } from '../../../lib/sites/types';

// The labelled set is judged by POLICY.md next to it. The small reference matcher below is that policy
// written as code (slow and plain on purpose, independent of lib/compliance/engine): it proves the labels
// agree with the packs, so a finding the engine misses or adds is the engine's, not the label's.

const SEVERITY = z.enum(['block', 'warn', 'info']);
const LabelledListing = z.object({
  id: z.string().min(1),
  lang: z.enum(['zh', 'en']),
  platform: z.enum(PLATFORM_IDS),
  field: z.enum(['title', 'bullets', 'description']),
  case: z.enum(['plain', 'disguised', 'tricky-negative', 'clean']),
  text: z.string().min(1),
  expected: z.array(
    z.object({
      term: z.string().min(1),
      start: z.number().int().nonnegative(),
      end: z.number().int().positive(),
      severity: SEVERITY,
      rule: z.string().min(1),
    }),
  ),
});
type LabelledListing = z.infer<typeof LabelledListing>;

const listings: LabelledListing[] = z
  .array(LabelledListing)
  .parse(JSON.parse(readFileSync(new URL('../../fixtures/compliance-labelled/listings.json', import.meta.url), 'utf8')));

const IGNORABLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/;
const DASH = /[-_\u2010-\u2015\u2212\uFE63]/;
const SEPARATOR = /[ \t*._~/\\|+=#^`'"·•・、‘’“”…☆★♡♥❤✿○●◇◆□■△▲※]/;
const HAN = /\p{Script=Han}/u;
const WORD_CHAR = /[a-z0-9]/;

interface NormalisedText {
  text: string;
  /** For each UTF-16 unit of `text`, the original [start, end) it came from. */
  from: [number, number][];
}

function normalise(raw: string): NormalisedText {
  const units: { unit: string; from: [number, number] }[] = [];
  for (let i = 0; i < raw.length; ) {
    const char = String.fromCodePoint(raw.codePointAt(i) ?? 0);
    const from: [number, number] = [i, i + char.length];
    i += char.length;
    if (IGNORABLE.test(char)) continue;
    for (const unit of char.normalize('NFKC').toLowerCase()) {
      for (const half of unit) units.push({ unit: DASH.test(half) ? ' ' : half, from });
    }
  }
  const out: NormalisedText = { text: '', from: [] };
  for (let i = 0; i < units.length; ) {
    const current = units[i];
    if (!current || !SEPARATOR.test(current.unit)) {
      if (current) {
        out.text += current.unit;
        out.from.push(current.from);
      }
      i += 1;
      continue;
    }
    let runEnd = i;
    while (runEnd < units.length && SEPARATOR.test(units[runEnd]?.unit ?? '')) runEnd += 1;
    const before = units[i - 1]?.unit ?? '';
    const after = units[runEnd]?.unit ?? '';
    // Separators touching a Chinese character (最*好, 第 一, 加 VX) are dropped; elsewhere spaces fold to one.
    if (!HAN.test(before) && !HAN.test(after)) {
      for (let k = i; k < runEnd; k += 1) {
        const unit = units[k];
        if (!unit) continue;
        const isSpace = /[ \t]/.test(unit.unit);
        if (isSpace && k > i && /[ \t]/.test(units[k - 1]?.unit ?? '')) {
          const last = out.from[out.from.length - 1];
          if (last) last[1] = unit.from[1];
          continue;
        }
        out.text += isSpace ? ' ' : unit.unit;
        out.from.push([...unit.from]);
      }
    }
    i = runEnd;
  }
  return out;
}

interface ReferenceFinding {
  start: number;
  end: number;
  term: string;
  severity: Severity;
  rule: string;
}

interface CompiledTerm {
  needle: string;
  rule: string;
  severity: Severity;
  wholeWord: boolean;
  contexts: string[];
}

function compile(packs: RulePack[]): CompiledTerm[] {
  return packs.flatMap((pack) =>
    pack.terms.map((term) => ({
      needle: normalise(term.term).text,
      rule: term.term,
      severity: term.severity,
      wholeWord: term.wholeWord ?? (/^[\x20-\x7e]+$/.test(term.term) && /[a-z0-9]/i.test(term.term)),
      contexts: (term.allowedContexts ?? []).map((context) => normalise(context).text),
    })),
  );
}

function boundaryHolds(text: string, start: number, end: number, needle: string): boolean {
  const startsWithWord = WORD_CHAR.test(needle[0] ?? '');
  const endsWithWord = WORD_CHAR.test(needle[needle.length - 1] ?? '');
  if (startsWithWord && WORD_CHAR.test(text[start - 1] ?? '')) return false;
  if (endsWithWord && WORD_CHAR.test(text[end] ?? '')) return false;
  return true;
}

function inAllowedContext(text: string, at: number, term: CompiledTerm): boolean {
  return term.contexts.some((context) => {
    for (let offset = context.indexOf(term.needle); offset >= 0; offset = context.indexOf(term.needle, offset + 1)) {
      const contextStart = at - offset;
      if (contextStart < 0 || !text.startsWith(context, contextStart)) continue;
      if (!term.wholeWord || boundaryHolds(text, contextStart, contextStart + context.length, context)) return true;
    }
    return false;
  });
}

/** Leftmost-longest scan over the normalised text, as POLICY.md describes it. */
function referenceFindings(raw: string, packs: RulePack[]): ReferenceFinding[] {
  const terms = compile(packs);
  const { text, from } = normalise(raw);
  const findings: ReferenceFinding[] = [];
  for (let at = 0; at < text.length; ) {
    let best: CompiledTerm | undefined;
    for (const term of terms) {
      if (term.needle.length <= (best?.needle.length ?? 0) || !text.startsWith(term.needle, at)) continue;
      if (term.wholeWord && !boundaryHolds(text, at, at + term.needle.length, term.needle)) continue;
      best = term;
    }
    if (!best) {
      at += 1;
      continue;
    }
    if (!inAllowedContext(text, at, best)) {
      const start = from[at]?.[0] ?? 0;
      const end = from[at + best.needle.length - 1]?.[1] ?? start;
      findings.push({ start, end, term: raw.slice(start, end), severity: best.severity, rule: best.rule });
    }
    at += best.needle.length;
  }
  return findings;
}

const packsOn = (platform: string) =>
  BUILT_IN_PACKS.filter((pack) => pack.platforms === 'all' || pack.platforms.some((id) => id === platform));
const listingTable = listings.map((listing) => [listing.id, listing.text, listing] as const);
const positives = listings.filter((listing) => listing.expected.length > 0);
const negatives = listings.filter((listing) => listing.expected.length === 0);

describe('labelled listing set', () => {
  test('holds at least 120 listings with unique ids', () => {
    expect(listings.length).toBeGreaterThanOrEqual(120);
    expect(new Set(listings.map((listing) => listing.id)).size).toBe(listings.length);
  });

  test.each(['zh', 'en'] as const)('has plain, disguised and tricky-negative %s listings', (lang) => {
    for (const kind of ['plain', 'disguised', 'tricky-negative'] as const) {
      expect(listings.filter((listing) => listing.lang === lang && listing.case === kind).length).toBeGreaterThan(5);
    }
  });

  test('has both findings and clean listings in every field', () => {
    for (const field of ['title', 'bullets', 'description'] as const) {
      expect(positives.some((listing) => listing.field === field)).toBe(true);
      expect(negatives.some((listing) => listing.field === field)).toBe(true);
    }
  });
});

describe.each(listingTable)('listing %s "%s"', (_id, _text, listing) => {
  test('every expected finding is the text at its offsets, in order, without overlap', () => {
    let previousEnd = 0;
    for (const finding of listing.expected) {
      expect(finding.start).toBeGreaterThanOrEqual(previousEnd);
      expect(finding.end).toBeGreaterThan(finding.start);
      expect(listing.text.slice(finding.start, finding.end)).toBe(finding.term);
      previousEnd = finding.end;
    }
  });

  test('is labelled as the policy reads the packs turned on for its platform', () => {
    expect(referenceFindings(listing.text, packsOn(listing.platform))).toEqual(listing.expected);
  });

  test('is a positive exactly when its case says it has findings', () => {
    const clean = listing.case === 'tricky-negative' || listing.case === 'clean';
    expect(listing.expected.length === 0).toBe(clean);
  });

});

const trickyTable = listingTable.filter(([, , listing]) => listing.case === 'tricky-negative');

describe.each(trickyTable)('tricky negative %s "%s"', (_id, _text, listing) => {
  test('stays clean although it contains a listed word', () => {
    const text = normalise(listing.text).text;
    const containsTerm = BUILT_IN_PACKS.some(
      (pack) => pack.lang === listing.lang && pack.terms.some((term) => text.includes(normalise(term.term).text)),
    );
    expect(containsTerm).toBe(true);
  });
});
