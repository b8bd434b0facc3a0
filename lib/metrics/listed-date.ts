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
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** "Nov 5, 2026", "November 5 2026", "5 Nov 2026", "05-Nov-2026" (Seller Central's spelled-out dates). */
const MONTH_NAME_DATE = /\b([a-z]{3})[a-z]*\.?[\s-]+(\d{1,2}),?[\s-]+(\d{4})\b|\b(\d{1,2})[\s-]+([a-z]{3})[a-z]*\.?,?[\s-]+(\d{4})\b/i;
/**
 * Marketplaces whose pages write a numeric date day first (05/11/2026 is 5 November): Amazon's
 * European, Indian, Australian, Middle-Eastern and Latin-American stores, known here by the row's
 * currency. US and Canadian pages write month first; Japanese and Chinese ones year first.
 */
const DAY_FIRST_CURRENCIES = new Set(['GBP', 'EUR', 'SEK', 'PLN', 'TRY', 'INR', 'AUD', 'SGD', 'AED', 'SAR', 'EGP', 'BRL', 'MXN']);

const pad = (n: number) => String(n).padStart(2, '0');

/** The first date in a listing-date text, as YYYY-MM-DD; undefined when there is none. */
export function parseListedDate(text: string, dayFirst = false): string | undefined {
  const numeric = datesInText(text, dayFirst)[0];
  if (numeric) return numeric;
  const m = MONTH_NAME_DATE.exec(text);
  if (!m) return undefined;
  const month = MONTHS.indexOf((m[1] ?? m[5])!.toLowerCase()) + 1;
  const day = Number(m[2] ?? m[4]);
  const year = Number(m[3] ?? m[6]);
  if (month < 1 || year < 2000 || year > 2100 || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

export const isDayFirstCurrency = (currency: string | undefined): boolean => currency !== undefined && DAY_FIRST_CURRENCIES.has(currency);

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
