import type { MetricKey } from './keys';
import { decodeWithMap, type DigitMap } from './scrambled-digits';
import { buildFontDigitMap, nonStandardFont } from './scrambled-digits-browser';
import type { ScrapedTable } from './scrape-table';

/** Browser helpers of in-page capture: the page's date texts, scrambled-font plans, a throttled idle scheduler. */

/** Where a page shows the day of its tables: date pickers, date inputs, "统计时间" labels. */
export const DATE_ELEMENTS =
  '[class*="date" i], [data-role*="date" i], [name*="date" i], [aria-label*="date" i], [aria-label*="日期"], [class*="time-range" i]';
const NOT_A_TABLE_DATE = /update|created|modify/i;
const STAT_WORDS = /统计|日期|date|picker|range/i;

/** The page's date pickers, date inputs and "统计时间" labels (at most 30, not update/created stamps). */
export function pageDateElements(doc: Document, skip?: (el: Element) => boolean): Element[] {
  const out: Element[] = [];
  const elements = doc.querySelectorAll(DATE_ELEMENTS);
  for (let i = 0; i < elements.length && i < 30; i++) {
    const el = elements[i]!;
    if (skip?.(el) || NOT_A_TABLE_DATE.test(typeof el.className === 'string' ? el.className : '')) continue;
    out.push(el);
  }
  return out;
}

/**
 * What those elements show now (their text and their inputs' values), the likeliest first. Read again
 * from the same elements, it sees a date input set by script (no mutation) without a document-wide query.
 */
export function dateTextsOf(elements: readonly Element[]): string[] {
  const first: string[] = [];
  const rest: string[] = [];
  for (const el of elements) {
    const values = el instanceof HTMLInputElement ? [el.value] : Array.from(el.querySelectorAll('input'), (input) => input.value);
    const text = `${el instanceof HTMLInputElement ? '' : (el.textContent ?? '')} ${values.join(' ')}`.trim();
    if (!text) continue;
    (STAT_WORDS.test(text) || STAT_WORDS.test(String(el.className)) ? first : rest).push(text.slice(0, 300));
  }
  return [...first, ...rest];
}

/** Texts (and date inputs' values) of the page's date pickers and "统计时间" labels, the likeliest first. */
export function pageDateTexts(doc: Document, skip?: (el: Element) => boolean): string[] {
  return dateTextsOf(pageDateElements(doc, skip));
}

/** The cells of a row by position, as the scraper counts them. */
function cellElements(row: Element): Element[] {
  const children = Array.from(row.children);
  if (row.tagName === 'TR') return children.filter((c) => c.tagName === 'TD' || c.tagName === 'TH');
  const roles = children.filter((c) => /^(?:cell|gridcell|rowheader)$/.test(c.getAttribute('role') ?? ''));
  return roles.length ? roles : children;
}

/** The innermost element of a cell holding its first digits: where a number's font is set. */
function digitHolder(cell: Element): Element {
  let at = cell;
  for (let child = at.firstElementChild; child; ) {
    if (/\d/.test(child.textContent ?? '')) {
      at = child;
      child = at.firstElementChild;
    } else child = child.nextElementSibling;
  }
  return at;
}

export interface FontPlan {
  /** Turns a scrambled cell's DOM text into the digits shown; absent when the table's fonts are standard. */
  decode?: (text: string) => string | null;
  /** Columns drawn in a font that could not be decoded for sure: stored as null with `reason`. */
  unreadable?: ReadonlySet<MetricKey>;
  reason?: string;
}

const STANDARD: FontPlan = {};

/** A decoding is trusted only if every glyph seen maps to a digit and no two glyphs to the same one. */
export function trustworthy(map: DigitMap): boolean {
  const digits = new Set<string>();
  for (const digit of map.values()) {
    if (digit === null || digits.has(digit)) return false;
    digits.add(digit);
  }
  return digits.size > 0;
}

/**
 * Checks the fonts of the first row's metric cells (one getComputedStyle each, once per table) and,
 * when they use a non-standard font (Pinduoduo's scrambled digits), renders its glyphs and matches them
 * against the ten digits. Anything short of a sure decoding makes those columns null, never a guess.
 */
export async function fontPlanFor(table: ScrapedTable): Promise<FontPlan> {
  const first = table.rows[0];
  if (!first) return STANDARD;
  const cells = cellElements(first.rowElement);
  const scrambled = new Map<MetricKey, { font: string; index: number }>();
  let standard = 0;
  for (const column of table.columns) {
    if (!column.used || !column.match || !('key' in column.match) || column.match.peer) continue;
    const cell = cells[column.index];
    if (!cell || !/\d/.test(cell.textContent ?? '')) continue;
    const font = nonStandardFont(digitHolder(cell));
    if (font) scrambled.set(column.match.key, { font, index: column.index });
    else standard++;
  }
  if (!scrambled.size) return STANDARD;
  const fonts = new Set([...scrambled.values()].map((s) => s.font));
  const keys = new Set(scrambled.keys());
  const undecoded: FontPlan = { unreadable: keys, reason: 'scrambled font not decoded' };
  if (fonts.size > 1 || standard > 0) return undecoded;
  const texts: string[] = [];
  for (const row of table.rows) {
    const rowCells = cellElements(row.rowElement);
    for (const { index } of scrambled.values()) texts.push(rowCells[index]?.textContent ?? '');
  }
  try {
    const map = await buildFontDigitMap([...fonts][0]!, texts);
    if (!trustworthy(map)) return undecoded;
    return { decode: (text) => decodeWithMap(text, map) };
  } catch {
    return undecoded;
  }
}

export interface Throttle {
  /** Asks for a run: at most one every `minGapMs`, in an idle period, never two at once. */
  request(): void;
}

/** What an idle callback is told: how long the browser expects to stay idle, and whether it waited past its timeout. */
export interface IdleDeadlineLike {
  timeRemaining(): number;
  readonly didTimeout: boolean;
}

export interface ThrottleTimers {
  setTimeout(fn: () => void, ms: number): unknown;
  requestIdleCallback(fn: (deadline?: IdleDeadlineLike) => void, options: { timeout: number }): unknown;
  now(): number;
}

export function throttleIdle(run: () => Promise<void> | void, minGapMs: number, timers: ThrottleTimers): Throttle {
  let scheduled = false;
  let running = false;
  let pendingWhileRunning = false;
  let lastStart = -Infinity;
  const go = async () => {
    scheduled = false;
    running = true;
    lastStart = timers.now();
    try {
      await run();
    } finally {
      running = false;
      if (pendingWhileRunning) {
        pendingWhileRunning = false;
        request();
      }
    }
  };
  const request = () => {
    if (running) {
      pendingWhileRunning = true;
      return;
    }
    if (scheduled) return;
    scheduled = true;
    const wait = Math.max(0, lastStart + minGapMs - timers.now());
    timers.setTimeout(() => timers.requestIdleCallback(() => void go(), { timeout: 1_000 }), wait);
  };
  return { request };
}
