import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { Lang } from '../i18n/lang';
import type { PlatformId } from '../sites/types';
import { scoreListing, type ListingDraft } from './completeness';
import type { CompiledMatcher } from './matcher';
import { toCsv } from '../csv';

/**
 * Bulk check for the options page: a CSV or XLSX of listings in, every finding and a completeness
 * score per row out, downloadable as CSV and XLSX. exceljs is imported here only, so it never lands
 * in the content script's bundle.
 */

/** One listing row as read from a file: column header → cell text. */
export type ListingRow = Record<string, string>;

/** The download's columns, in this order. */
export const FINDING_COLUMNS = ['id', 'field', 'term', 'start', 'end', 'severity', 'category', 'reason', 'suggestion'] as const;
export type BulkFinding = Record<(typeof FINDING_COLUMNS)[number], string>;

export interface BulkScore {
  id: string;
  score: number;
  /** Ids of the failed completeness checks, e.g. `title-max-length`. */
  failed: string[];
}

export interface BulkCheckOptions {
  matcher: CompiledMatcher;
  idColumn: string;
  /** The columns to scan for banned words. */
  textColumns: string[];
  platform: PlatformId;
  /** Language of the reason column. */
  lang?: Lang;
  /** Which columns hold the listing's parts for the completeness score; guessed from the headers when left out. */
  listingColumns?: Partial<Record<'title' | 'sellingPoints' | 'description' | 'price' | 'imageCount', string>>;
}

const COLUMN_GUESSES: Record<keyof NonNullable<BulkCheckOptions['listingColumns']>, RegExp> = {
  title: /^(title|product title|item name|标题|商品标题|宝贝标题)$/i,
  sellingPoints: /^(selling points?|卖点|商品卖点)$/i,
  description: /^(description|product description|描述|商品描述|详情|宝贝描述)$/i,
  price: /^(price|your price|价格|售价|一口价)$/i,
  imageCount: /^(images?|image count|图片数|主图数|主图数量)$/i,
};

function listingOf(row: ListingRow, columns: BulkCheckOptions['listingColumns'], headers: string[]): ListingDraft {
  const column = (key: keyof typeof COLUMN_GUESSES) => columns?.[key] ?? headers.find((h) => COLUMN_GUESSES[key].test(h.trim()));
  const cell = (key: keyof typeof COLUMN_GUESSES) => {
    const name = column(key);
    return name === undefined ? undefined : (row[name] ?? '');
  };
  const number = (key: keyof typeof COLUMN_GUESSES) => {
    const text = cell(key);
    if (text === undefined) return undefined;
    const value = Number.parseFloat(text.replace(/[^\d.-]/g, ''));
    return Number.isFinite(value) ? value : null;
  };
  const imageCount = number('imageCount');
  return {
    title: cell('title'),
    sellingPoints: cell('sellingPoints'),
    description: cell('description'),
    price: number('price'),
    imageCount: imageCount === null ? 0 : imageCount,
  };
}

/** Every finding in the chosen text columns of every row, plus each row's completeness score. */
export function bulkCheck(rows: readonly ListingRow[], opts: BulkCheckOptions): { findings: BulkFinding[]; scores: BulkScore[] } {
  const lang = opts.lang ?? 'zh-CN';
  const findings: BulkFinding[] = [];
  const scores: BulkScore[] = [];
  const headers = rows.length > 0 ? Object.keys(rows[0]!) : [];
  for (const row of rows) {
    const id = row[opts.idColumn] ?? '';
    for (const field of opts.textColumns) {
      for (const f of opts.matcher.scan(row[field] ?? '')) {
        findings.push({
          id,
          field,
          term: f.term,
          start: String(f.start),
          end: String(f.end),
          severity: f.severity,
          category: f.category,
          reason: f.why[lang],
          suggestion: f.suggestions.join(' / '),
        });
      }
    }
    const { score, checks } = scoreListing(opts.platform, listingOf(row, opts.listingColumns, headers));
    scores.push({ id, score, failed: checks.filter((c) => !c.pass).map((c) => c.id) });
  }
  return { findings, scores };
}

/** Rows of a CSV file with a header row (UTF-8, BOM tolerated); every cell as text. */
export function parseCsvRows(text: string): ListingRow[] {
  const parsed = Papa.parse<ListingRow>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy' });
  return parsed.data.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v ?? ''])));
}

/** Rows of the first worksheet of an XLSX file, its first row being the headers; every cell as its shown text. */
export async function parseXlsxRows(data: ArrayBuffer): Promise<ListingRow[]> {
  const workbook = new ExcelJS.Workbook();
  // exceljs types ask for a Node Buffer; it reads any ArrayBuffer (it hands it to JSZip).
  await workbook.xlsx.load(data as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const headers: string[] = [];
  sheet.getRow(1).eachCell({ includeEmpty: true }, (cell, col) => (headers[col - 1] = cell.text.trim()));
  const rows: ListingRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber === 1) return;
    const record: ListingRow = {};
    headers.forEach((header, i) => {
      if (header) record[header] = row.getCell(i + 1).text;
    });
    rows.push(record);
  });
  return rows;
}

/** The findings as CSV text, columns `id, field, term, start, end, severity, category, reason, suggestion`. */
export function findingsToCsv(findings: readonly BulkFinding[]): string {
  return toCsv(FINDING_COLUMNS, findings.map((f) => FINDING_COLUMNS.map((c) => f[c])));
}

/** The findings (sheet "findings") and the scores (sheet "scores") as an XLSX file. */
export async function findingsToXlsx(findings: readonly BulkFinding[], scores: readonly BulkScore[] = []): Promise<ArrayBuffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('findings');
  sheet.addRow([...FINDING_COLUMNS]);
  for (const f of findings) sheet.addRow(FINDING_COLUMNS.map((c) => f[c]));
  const scoreSheet = workbook.addWorksheet('scores');
  scoreSheet.addRow(['id', 'score', 'failed']);
  for (const s of scores) scoreSheet.addRow([s.id, s.score, s.failed.join(' ')]);
  // A Node Buffer under Node, an ArrayBuffer-backed array in the browser: copy into a plain ArrayBuffer either way.
  const written: ArrayBufferView | ArrayBuffer = await workbook.xlsx.writeBuffer();
  const bytes = ArrayBuffer.isView(written)
    ? new Uint8Array(written.buffer, written.byteOffset, written.byteLength)
    : new Uint8Array(written);
  return bytes.slice().buffer;
}
