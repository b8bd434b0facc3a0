import Papa from 'papaparse';
import { inBothLangs } from '../i18n';
import type { LocalizedText } from '../sites/types';
import { PATTERN_LISTS } from './packs/pattern-lists';
import { compileTemplate, looksLikePattern, PatternError } from './pattern';
import type { ComplianceCategory, ComplianceTerm, Severity } from './types';

/**
 * A seller's own word list or allow-list, imported from a TXT file (one term per line) or a CSV file
 * (columns term,severity,category,reason; a header row is optional). Parsed at the boundary and
 * all-or-nothing: the first bad line is named with its line number and nothing is imported.
 */

export type ParseResult<T> = { ok: true; value: T } | { ok: false; line: number; error: LocalizedText };

const CATEGORIES = [
  'absolute',
  'medical',
  'cosmetic-efficacy',
  'food-health',
  'false-promise',
  'authority',
  'trademark',
  'proof-needed',
  'platform',
  'contact',
  'promotional',
  'pesticide',
  'title-format',
  'custom',
] as const satisfies readonly ComplianceCategory[];
// Fails to compile when types.ts gains a category this list lacks.
const _everyCategory: readonly (typeof CATEGORIES)[number][] = [] as ComplianceCategory[];

/** What sellers write in the severity column, in either language. */
const SEVERITY_WORDS: Record<string, Severity> = {
  block: 'block',
  禁用: 'block',
  禁止: 'block',
  严重: 'block',
  warn: 'warn',
  warning: 'warn',
  警告: 'warn',
  提醒: 'warn',
  info: 'info',
  提示: 'info',
};

const MAX_TERM_LENGTH = 50;
const MAX_REASON_LENGTH = 300;

type Problem = 'empty' | 'too-long' | 'newline' | 'severity' | 'category' | 'reason-too-long';
type Checked<T> = { ok: true; value: T } | { ok: false; problem: Problem; value: string };

/**
 * Checked by hand, not with a zod object per row: a 100,000-line list is parsed in one pass and the
 * per-row schema machinery was most of that pass. The rules are the ones the file format documents.
 */
function checkTerm(raw: string): Checked<string> {
  const term = raw.trim();
  if (term === '') return { ok: false, problem: 'empty', value: term };
  if (term.length > MAX_TERM_LENGTH) return { ok: false, problem: 'too-long', value: term };
  if (/[\r\n]/.test(term)) return { ok: false, problem: 'newline', value: term };
  return { ok: true, value: term };
}

const CATEGORY_SET: ReadonlySet<string> = new Set(CATEGORIES);

function checkRow(cells: { term: string; severity: string; category: string; reason: string }): Checked<{ term: string; severity: Severity; category: ComplianceCategory; reason: string }> {
  const term = checkTerm(cells.term);
  if (!term.ok) return term;
  const severityWord = cells.severity.trim().toLowerCase();
  if (severityWord !== '' && !Object.hasOwn(SEVERITY_WORDS, severityWord)) return { ok: false, problem: 'severity', value: severityWord };
  const category = cells.category.trim();
  if (category !== '' && !CATEGORY_SET.has(category)) return { ok: false, problem: 'category', value: category };
  const reason = cells.reason.trim();
  if (reason.length > MAX_REASON_LENGTH) return { ok: false, problem: 'reason-too-long', value: reason };
  return {
    ok: true,
    value: { term: term.value, severity: SEVERITY_WORDS[severityWord] ?? 'warn', category: category === '' ? 'custom' : (category as ComplianceCategory), reason },
  };
}

const PROBLEMS: Record<Problem, (value: string) => LocalizedText> = {
  empty: () => inBothLangs('cmp.list.empty'),
  'too-long': (v) => inBothLangs('cmp.list.tooLong', { start: v.slice(0, 20), max: MAX_TERM_LENGTH }),
  newline: () => inBothLangs('cmp.list.newline'),
  severity: (v) => inBothLangs('cmp.list.severity', { value: v }),
  category: (v) => inBothLangs('cmp.list.category', { value: v, categories: CATEGORIES.join(', ') }),
  'reason-too-long': () => inBothLangs('cmp.list.reasonTooLong', { max: MAX_REASON_LENGTH }),
};

interface Line {
  number: number;
  cells: string[];
}

/** Rows with their 1-based line numbers; blank lines dropped. CSV when `format` says so or the text has commas. */
function readLines(text: string, format: 'csv' | 'txt' | 'auto'): Line[] | { line: number; error: LocalizedText } {
  const source = text.replace(/^\uFEFF/, '');
  const isCsv = format === 'csv' || (format === 'auto' && /^[^\r\n]*,/m.test(source));
  if (!isCsv) {
    return source
      .split(/\r\n|\r|\n/)
      .map((line, i) => ({ number: i + 1, cells: [line] }))
      .filter((line) => line.cells[0]!.trim() !== '');
  }
  const lines: Line[] = [];
  let rowStart = 0;
  let failure: { line: number; error: LocalizedText } | undefined;
  // Line numbers are counted forward from the previous row's start: rows come in order, so the
  // whole file is scanned once (counting from 0 per row took ~15 s for 20,000 lines).
  let countedTo = 0;
  let countedLine = 1;
  const lineAt = (offset: number) => {
    const end = Math.min(offset, source.length);
    for (; countedTo < end; countedTo++) if (source.charCodeAt(countedTo) === 10) countedLine++;
    return countedLine;
  };
  Papa.parse<string[]>(source, {
    delimiter: ',',
    skipEmptyLines: 'greedy',
    step: (results, parser) => {
      // The row begins after any line breaks left over from the previous one.
      let start = rowStart;
      while (start < source.length && (source[start] === '\n' || source[start] === '\r')) start++;
      const number = lineAt(start);
      rowStart = results.meta.cursor;
      const error = results.errors[0];
      if (error) {
        failure = { line: number, error: inBothLangs('cmp.list.csvFormat', { message: error.message }) };
        parser.abort();
        return;
      }
      lines.push({ number, cells: results.data });
    },
  });
  return failure ?? lines;
}

function lineError(line: number, problem: LocalizedText): { ok: false; line: number; error: LocalizedText } {
  return { ok: false, line, error: inBothLangs('cmp.list.lineError', (lang) => ({ line, problem: problem[lang] })) };
}

const isHeader = (cells: string[]) => cells[0]?.trim().toLowerCase() === 'term' || cells[0]?.trim() === '词';

/**
 * The user's custom terms: TXT one per line (severity warn) or CSV term,severity,category,reason. A term
 * with `{…}` or `<…>` is a pattern (see pattern.ts), e.g. `{#}天瘦{#}斤` or `<治疗>{~4}{@conditions-zh}`.
 */
export function parseCustomTerms(text: string, format: 'csv' | 'txt' | 'auto' = 'auto'): ParseResult<ComplianceTerm[]> {
  const lines = readLines(text, format);
  if (!Array.isArray(lines)) return lineError(lines.line, lines.error);
  const terms: ComplianceTerm[] = [];
  const seen = new Map<string, number>();
  for (const [index, { number, cells }] of lines.entries()) {
    if (index === 0 && isHeader(cells)) continue;
    if (cells.length > 4) {
      return lineError(number, inBothLangs('cmp.list.columns', { count: cells.length }));
    }
    const [term = '', severity = '', category = '', reason = ''] = cells;
    const parsed = checkRow({ term, severity, category, reason });
    if (!parsed.ok) return lineError(number, PROBLEMS[parsed.problem](parsed.value));
    const row = parsed.value;
    // A term written with {…} or <…> is a pattern (治疗{~4}{@conditions-zh}, {#}天瘦{#}斤): check it now, so a
    // bad one names its line instead of breaking the store's matcher later.
    if (looksLikePattern(row.term)) {
      try {
        compileTemplate(row.term, PATTERN_LISTS);
      } catch (error) {
        if (!(error instanceof PatternError)) throw error;
        return lineError(number, inBothLangs('cmp.list.badPattern', (lang) => ({ pattern: row.term, problem: error.problem[lang] })));
      }
    }
    const earlier = seen.get(row.term);
    if (earlier !== undefined) {
      return lineError(number, inBothLangs('cmp.list.duplicate', { term: row.term, line: earlier }));
    }
    seen.set(row.term, number);
    terms.push({
      term: row.term,
      severity: row.severity,
      category: row.category,
      // The seller's reason as written (in whatever language), else the catalogue's default in each language.
      why: row.reason ? { 'zh-CN': row.reason, en: row.reason } : inBothLangs('cmp.list.ownListWhy'),
      source: '自定义词表 / custom list',
      suggestions: [],
    });
  }
  return { ok: true, value: terms };
}

/** The user's allow-list: one text per line (TXT) or the first column (CSV), e.g. 第一次. */
export function parseAllowList(text: string, format: 'csv' | 'txt' | 'auto' = 'auto'): ParseResult<string[]> {
  const lines = readLines(text, format);
  if (!Array.isArray(lines)) return lineError(lines.line, lines.error);
  const entries = new Set<string>();
  for (const [index, { number, cells }] of lines.entries()) {
    if (index === 0 && isHeader(cells)) continue;
    const parsed = checkTerm(cells[0] ?? '');
    if (!parsed.ok) return lineError(number, PROBLEMS[parsed.problem](parsed.value));
    entries.add(parsed.value);
  }
  return { ok: true, value: [...entries] };
}
