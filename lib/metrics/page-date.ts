/**
 * Which day a metric table is for. The page's own date picker or URL wins (生意参谋 shows
 * yesterday's data in the morning, a seller may browse last week); a single day is a daily
 * snapshot, a longer range is not (the caller skips it); with nothing shown it is today in the
 * store's time zone. Pure: the caller passes the URL and the date texts it read from the page.
 */
export interface DateRange {
  from: string;
  to: string;
}

export type TableDate =
  | { period: string; source: 'url' | 'page' | 'today' }
  | { range: DateRange; source: 'url' | 'page' };

export interface PageDateInput {
  /** The page URL (search and hash both read). */
  url?: string;
  /** Texts of the page's date picker / "统计时间" labels, in the order found. */
  texts?: readonly string[];
  /** The store's IANA time zone (Asia/Shanghai for the Chinese marketplaces). */
  timeZone: string;
  now?: Date;
  /** "05/11/2026" is 5 November (day first) rather than May 11 when neither part is over 12. */
  dayFirst?: boolean;
}

const DATE_IN_TEXT =
  /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?|(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})|(?<!\d)(\d{4})(\d{2})(\d{2})(?!\d)/g;
const RANGE_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['fromdate', 'todate'],
  ['startdate', 'enddate'],
  ['start_date', 'end_date'],
  ['begindate', 'enddate'],
  ['datefrom', 'dateto'],
  ['begin_date', 'end_date'],
  ['since', 'until'],
  ['from', 'to'],
  ['start', 'end'],
  ['begin', 'end'],
];
const SINGLE_KEYS = ['date', 'statdate', 'day', 'dt'];
const RELATIVE_TYPES: Record<string, number> = { recent7: 7, recent30: 30, week: 7, month: 30 };

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function validDate(y: number, m: number, d: number): string | null {
  if (y < 2000 || y > 2100 || m < 1 || m > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d > days ? null : `${y}-${pad(m)}-${pad(d)}`;
}

/** Every date written in `text`, as YYYY-MM-DD, in order. */
export function datesInText(text: string, dayFirst = false): string[] {
  const dates: string[] = [];
  for (const m of text.normalize('NFKC').matchAll(DATE_IN_TEXT)) {
    let date: string | null;
    if (m[1]) date = validDate(+m[1], +m[2]!, +m[3]!);
    else if (m[6]) {
      const a = +m[4]!;
      const b = +m[5]!;
      const dayFirstHere = a > 12 || (b <= 12 && dayFirst);
      date = dayFirstHere ? validDate(+m[6], b, a) : validDate(+m[6], a, b);
    } else date = validDate(+m[7]!, +m[8]!, +m[9]!);
    if (date) dates.push(date);
  }
  return dates;
}

function asRange(dates: readonly string[]): DateRange | null {
  if (!dates.length) return null;
  const sorted = [...dates].sort();
  return { from: sorted[0]!, to: sorted[sorted.length - 1]! };
}

function params(url: string): Map<string, string> {
  const found = new Map<string, string>();
  const read = (query: string) => {
    for (const [k, v] of new URLSearchParams(query)) found.set(k.toLowerCase(), v);
  };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return found;
  }
  read(parsed.search);
  const hash = parsed.hash;
  const q = hash.indexOf('?');
  // Amazon: "#/report?id=102:…&fromDate=…"; some SPAs put the query right after "#".
  read(q >= 0 ? hash.slice(q + 1) : hash.slice(1).includes('=') ? hash.slice(1) : '');
  return found;
}

/** The date range a URL names (dateRange=a|b, fromDate/toDate, startDate/endDate, date=...). */
export function dateRangeFromUrl(url: string, dayFirst = false): DateRange | null {
  const p = params(url);
  const dateRange = p.get('daterange');
  if (dateRange) return asRange(datesInText(dateRange, dayFirst));
  // Pairs share keys (end_date ends both start_date and begin_date): a complete pair first.
  for (const complete of [true, false]) {
    for (const [fromKey, toKey] of RANGE_PAIRS) {
      const from = p.get(fromKey);
      const to = p.get(toKey);
      if (complete ? from && to : from || to) return asRange([...datesInText(from ?? '', dayFirst), ...datesInText(to ?? '', dayFirst)]);
    }
  }
  for (const key of SINGLE_KEYS) {
    const value = p.get(key);
    if (value) return asRange(datesInText(value, dayFirst));
  }
  return null;
}

function fromRange(range: DateRange, source: 'url' | 'page'): TableDate {
  return range.from === range.to ? { period: range.from, source } : { range, source };
}

/** The table's day: from the URL, else the page's date texts, else today in `timeZone`. */
export function pageDate(input: PageDateInput): TableDate {
  const now = input.now ?? new Date();
  if (input.url) {
    const range = dateRangeFromUrl(input.url, input.dayFirst);
    if (range) return fromRange(range, 'url');
    // 生意参谋 "dateType=recent7" without explicit dates is still a range, not a day.
    const type = params(input.url).get('datetype');
    const span = type ? RELATIVE_TYPES[type] : undefined;
    if (span) {
      const to = addDays(todayIn(input.timeZone, now), -1);
      return { range: { from: addDays(to, 1 - span), to }, source: 'url' };
    }
  }
  for (const text of input.texts ?? []) {
    const range = asRange(datesInText(text, input.dayFirst));
    if (range) return fromRange(range, 'page');
  }
  return { period: todayIn(input.timeZone, now), source: 'today' };
}

function addDays(day: string, delta: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d + delta));
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

const FORMATTERS = new Map<string, Intl.DateTimeFormat>();

function partsIn(timeZone: string, now: Date): Record<'year' | 'month' | 'day' | 'hour', string> {
  let format = FORMATTERS.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      hourCycle: 'h23',
    });
    FORMATTERS.set(timeZone, format);
  }
  const out = { year: '', month: '', day: '', hour: '' };
  for (const part of format.formatToParts(now)) {
    if (part.type === 'year' || part.type === 'month' || part.type === 'day' || part.type === 'hour') out[part.type] = part.value;
  }
  return out;
}

/** Today as YYYY-MM-DD in an IANA time zone. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  const p = partsIn(timeZone, now);
  return `${p.year}-${p.month}-${p.day}`;
}

/** The hour as YYYY-MM-DDTHH in an IANA time zone (campaign snapshots). */
export function hourPeriod(timeZone: string, now: Date = new Date()): string {
  const p = partsIn(timeZone, now);
  return `${p.year}-${p.month}-${p.day}T${p.hour}`;
}
