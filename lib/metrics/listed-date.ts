/**
 * The date a product was listed, as a row shows it: a labelled line in the product cell (生意参谋
 * "发布时间：2024-09-20") or a column of its own (Amazon's "Open Date", Seller Central's "Date
 * Created", 上架时间). It feeds the lifecycle stage (lib/alerts/lifecycle.ts); no date means "unknown",
 * never "new". Reads text only.
 */
import { datesInText } from './page-date';

const LISTED_LABEL = /(?:发布时间|上架时间|上架日期|创建时间|首次上架|listed(?: on)?|date listed|created(?: on)?|open date)\s*[:：]?\s*([^\n|·]{6,32})/i;
/** A column holding the listing date. Amazon's All Listings Report names it `open-date`. */
const LISTED_HEADER = /^(?:open[ -]?date|date created|created(?: date| on)?|date listed|listed(?: date| on)?|listing date|发布时间|上架时间|上架日期|创建时间|首次上架(?:时间|日期)?)$/i;
/**
 * Month names as Seller Central and Shopify admin spell them in their interface languages (English,
 * German, French, Spanish, Italian; Japanese and Chinese pages write 2024年12月3日), matched on the
 * first letters of the word: "Dez." and "déc." are December, "juil." July and "juin" June.
 */
const MONTH_WORDS: ReadonlyArray<readonly [month: number, prefixes: readonly string[]]> = [
  [1, ['jan', 'ene', 'gen']],
  [2, ['feb', 'fév', 'fev']],
  [3, ['mar', 'mär', 'mrz']],
  [4, ['apr', 'avr', 'abr']],
  [5, ['may', 'mai', 'mag']],
  [6, ['jun', 'juin', 'giu']],
  [7, ['jul', 'juil', 'lug']],
  [8, ['aug', 'aoû', 'aou', 'ago']],
  [9, ['sep', 'set']],
  [10, ['oct', 'okt', 'ott']],
  [11, ['nov']],
  [12, ['dec', 'dez', 'déc', 'dic']],
];
/** Longest prefix first, so "juil" (July) wins over "jui…" being read as June. */
const MONTH_PREFIXES = MONTH_WORDS.flatMap(([month, prefixes]) => prefixes.map((prefix) => [prefix, month] as const)).sort((a, b) => b[0].length - a[0].length);

function monthOfWord(word: string): number | undefined {
  const lower = word.toLowerCase();
  return MONTH_PREFIXES.find(([prefix]) => lower.startsWith(prefix))?.[1];
}

/**
 * "Dec 3, 2024", "December 3 2024" (English month first); "3 Dec 2024", "03-Dec-2024", "3. Dez. 2024",
 * "3 déc. 2024", "3 de dic. de 2024" (day first, as the other languages write it).
 */
const MONTH_NAME_DATE = /(?<![\p{L}\d])(\p{L}{3,10})\.?[\s-]+(\d{1,2}),?[\s-]+(\d{4})(?!\d)|(?<!\d)(\d{1,2})\.?(?:[\s-]+de)?[\s-]+(\p{L}{3,10})\.?(?:[\s-]+de)?,?[\s-]+(\d{4})(?!\d)/giu;
/**
 * Marketplaces whose pages write a numeric date day first (05/11/2026 is 5 November): Amazon's
 * European, Indian, Australian, Middle-Eastern and Latin-American stores, known here by the row's
 * currency. US and Canadian pages write month first; Japanese and Chinese ones year first.
 */
const DAY_FIRST_CURRENCIES = new Set(['GBP', 'EUR', 'SEK', 'PLN', 'TRY', 'INR', 'AUD', 'SGD', 'AED', 'SAR', 'EGP', 'BRL', 'MXN']);
/** Interface languages that write a numeric date month first (en-US, en-PH, en-CA as Amazon.ca does); every other regional English and the European languages write the day first. */
const MONTH_FIRST_LOCALES = /^en-(?:us|ph|ca)$/i;
/** Languages written year first (2024/12/03, 2024年12月3日), where a two-number order never arises from the language. */
const YEAR_FIRST_LANGUAGES = /^(?:zh|ja|ko)(?:-|$)/i;

const pad = (n: number) => String(n).padStart(2, '0');

/** The first date in a listing-date text, as YYYY-MM-DD; undefined when there is none. */
export function parseListedDate(text: string, dayFirst = false): string | undefined {
  const numeric = datesInText(text, dayFirst)[0];
  if (numeric) return numeric;
  // The first word that is a month name: "Created Dec 3, 2024" is not "Created" 3, 2024.
  for (const m of text.normalize('NFC').matchAll(MONTH_NAME_DATE)) {
    const month = monthOfWord((m[1] ?? m[5])!);
    if (month === undefined) continue;
    const day = Number(m[2] ?? m[4]);
    const year = Number(m[3] ?? m[6]);
    if (year < 2000 || year > 2100 || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return undefined;
    return `${year}-${pad(month)}-${pad(day)}`;
  }
  return undefined;
}

export const isDayFirstCurrency = (currency: string | undefined): boolean => currency !== undefined && DAY_FIRST_CURRENCIES.has(currency);

/**
 * Whether the page writes 03/12/2024 as 3 December: from its interface language when the page names a
 * region (`<html lang="en-GB">`, `de-DE`), else from the currency of its figures (a page in plain
 * `en` selling in pounds is Amazon UK).
 */
export function isDayFirstPage(lang: string | undefined, currency: string | undefined): boolean {
  const tag = (lang ?? '').trim();
  if (YEAR_FIRST_LANGUAGES.test(tag)) return false;
  if (MONTH_FIRST_LOCALES.test(tag)) return false;
  if (/^en-[a-z]{2}$/i.test(tag) || /^(?:de|fr|es|it|nl|pl|sv|tr|pt|ar)(?:-|$)/i.test(tag)) return true;
  return isDayFirstCurrency(currency);
}

/** Per table: its header row and the listing-date column's index in it (-1: none), read once per table. */
const columnOf = new WeakMap<Element, { headerRow: Element | null; index: number }>();

function listedDateColumn(grid: Element): number {
  const cached = columnOf.get(grid);
  // A header row the page replaced (a re-render, another report) is read afresh.
  if (cached && (cached.headerRow === null || cached.headerRow.isConnected)) return cached.index;
  const headers = Array.from(grid.querySelectorAll('th, [role="columnheader"]'));
  const found = headers.find((header) => LISTED_HEADER.test((header.textContent ?? '').replace(/\s+/g, ' ').trim()));
  const headerRow = (found ?? headers[0])?.parentElement ?? null;
  const index = found && headerRow ? Array.prototype.indexOf.call(headerRow.children, found) : -1;
  columnOf.set(grid, { headerRow, index });
  return index;
}

/** The cell under a listing-date header in the row's own table or grid, if it has such a column. */
function listedDateCell(row: Element): Element | undefined {
  const grid = row.closest('table, [role="grid"], [role="table"], [role="treegrid"]');
  const index = grid ? listedDateColumn(grid) : -1;
  const cell = index >= 0 ? row.children[index] : undefined;
  return cell && !cell.matches('th, [role="columnheader"]') ? cell : undefined;
}

/** The listing date a row shows, labelled in its text or in a column of its own. */
export function listedDateOf(row: Element, dayFirst = false): string | undefined {
  const labelled = LISTED_LABEL.exec(row.textContent ?? '');
  const fromLabel = labelled ? parseListedDate(labelled[1]!, dayFirst) : undefined;
  if (fromLabel) return fromLabel;
  const cell = listedDateCell(row);
  return cell ? parseListedDate(cell.textContent ?? '', dayFirst) : undefined;
}
