import type { MetricKind } from './keys';
import { isWideSpace, narrowCode } from '../text/full-width';

/**
 * Numbers as seller dashboards render them. One call per table cell, so the scanner works on
 * char codes with precompiled sticky regexes: no regex compiled and no `normalize()` per cell.
 *
 * Decisions (documented here because the pages are ambiguous):
 * - Unreadable is `null` with a `reason`, never 0: "-", "--", "N/A", "暂无数据", "" and any text
 *   around the number that is neither a unit, a currency nor a comparison.
 * - Rates are fractions: "77.48%" → 0.7748. A bare number under a rate column ("3.21" under
 *   支付转化率) is read as percentage points (0.0321): dashboards that drop the sign put the unit
 *   in the header ("支付转化率(%)"); none we know displays rates as fractions. The result carries
 *   a `reason` noting the assumption.
 * - A cell holding the value and its comparison run together keeps the first number:
 *   "24.38%10.47%" → 0.2438, "¥8.90171.34%" → 8.90 (money shows two decimals), "1,39110.47%" →
 *   1391 (thousands groups have three digits). When the split is not decidable ("12310.5%" in a
 *   count column) the result is null: never a guessed number.
 * - "¥" is CNY unless the page's currency is JPY; "$" is USD unless the page uses another dollar.
 * - Separators are read from the number's shape: with both, the last is the decimal ("€1.234,56"
 *   → 1234.56, "$1,234.56"); a lone "," before exactly three digits groups thousands ("1,391"),
 *   before one or two digits it is a decimal comma ("1,5"); "1.234.567" groups. A lone "." before
 *   three digits is a decimal ("1.234") unless the text has "€" or `decimalComma` is set (→ 1234).
 * - "10万+" style floors give the floor with reason "lower bound".
 */
export interface ParsedMetric {
  value: number | null;
  /** ISO 4217 code when the text names a currency (symbol, code, 元/円). */
  currency?: string;
  /** Why the value is null, or the assumption made to read it. */
  reason?: string;
}

export interface ParseOptions {
  /** The page's currency (ISO 4217): disambiguates ¥ (CNY/JPY) and $ (USD/CAD/AUD...). */
  currency?: string;
  /** The page writes "1.234,56" (e.g. amazon.de); a "€" in the text implies it too. */
  decimalComma?: boolean;
}

export type ParseKind = MetricKind | 'duration';

const NULL_TOKENS = new Set([
  '', '-', '--', '---', '—', '——', '–', '/', 'n/a', 'na', 'n.a.', 'null', 'none', 'nan', '∞',
  '暂无', '暂无数据', '无数据', '无', '不适用', '未知', '数据计算中', '计算中', '统计中', '-%', '--%',
]);

/** Texts that introduce a comparison after the value: "较前一日 +3.2%", "vs last week 5%". */
const COMPARISON_PREFIXES = ['较', '环比', '同比', '对比', '比上', '比前', '日环比', '周环比', '月环比', '同行', '上期', '前一日'];
const COMPARISON_WORD = /(?:vs\.?|compared|from|previous|prev|yoy|mom|wow|dod)(?![a-z])/iy;

const DOLLARS = new Set(['USD', 'CAD', 'AUD', 'NZD', 'HKD', 'SGD', 'TWD', 'MXN']);
const CURRENCY_CODES: ReadonlyArray<readonly [string, string]> = [
  ['US$', 'USD'], ['CN¥', 'CNY'], ['JP¥', 'JPY'], ['HK$', 'HKD'], ['NT$', 'TWD'], ['CA$', 'CAD'],
  ['AU$', 'AUD'], ['A$', 'AUD'], ['C$', 'CAD'], ['RMB', 'CNY'], ['CNY', 'CNY'], ['USD', 'USD'],
  ['EUR', 'EUR'], ['GBP', 'GBP'], ['JPY', 'JPY'], ['CAD', 'CAD'], ['AUD', 'AUD'], ['HKD', 'HKD'],
];

const EN_NUMBER = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+/y;
const EU_NUMBER = /\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?|,\d+/y;
/** Space-grouped thousands ("1 234,56 €", NBSP/thin space folded to a space). */
const SPACE_GROUPED = /\d{1,3}(?: \d{3})+(?=\D|$)/y;
/** A comparison slot showing no data ("0%-", "12 --"). */
const TAIL_NO_DATA = /^(?:-{1,2}|—)\s*$/;
/** A comparison after the value: signed or arrowed ("+3.2%", "↓12"), or unsigned with a % ("10.47%"). */
const COMPARISON_NUMBER =
  /(?:(?:[+-]|[↑↓▲▼])\s*[+-]?\d[\d.,]*\s*(?:%|‰|pp|pt)?|\d[\d.,]*\s*(?:%|‰|pp|pt))\s*[↑↓▲▼]?$/y;

/** Folds full-width ASCII, ￥, unicode minus/dashes and odd spaces; returns the input when ASCII. */
function fold(text: string): string {
  let ascii = true;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) > 0x7e) {
      ascii = false;
      break;
    }
  }
  if (ascii) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (narrowCode(c) !== c) out += String.fromCharCode(narrowCode(c));
    else if (c === 0xffe5) out += '¥';
    else if (c === 0x2212 || c === 0x2012 || c === 0x2013 || c === 0xfe63) out += '-';
    else if (isWideSpace(c)) out += ' ';
    else if (c === 0x200b || c === 0x200c || c === 0x200d || c === 0xfeff) continue;
    else out += text[i];
  }
  return out;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function symbolCurrency(ch: string, pageCurrency: string | undefined): string | undefined {
  switch (ch) {
    case '¥':
      return pageCurrency === 'JPY' ? 'JPY' : 'CNY';
    case '$':
      return pageCurrency && DOLLARS.has(pageCurrency) ? pageCurrency : 'USD';
    case '€':
      return 'EUR';
    case '£':
      return 'GBP';
    case '₹':
      return 'INR';
    case '₩':
      return 'KRW';
    case '元':
      return 'CNY';
    case '円':
      return 'JPY';
    default:
      return undefined;
  }
}


/** A currency code or symbol at `pos`: [code, length] or undefined. */
function currencyAt(s: string, pos: number, pageCurrency: string | undefined): [string, number] | undefined {
  const ch = s[pos]!;
  const bySymbol = symbolCurrency(ch, pageCurrency);
  if (bySymbol) return [bySymbol, 1];
  for (const [code, iso] of CURRENCY_CODES) if (s.startsWith(code, pos)) return [iso, code.length];
  return undefined;
}

/** True when the rest of a cell after the value is a comparison, an arrow or a trend label. */
function isComparisonTail(s: string, pos: number): boolean {
  while (pos < s.length && isSpace(s.charCodeAt(pos))) pos++;
  if (pos >= s.length) return true;
  if (TAIL_NO_DATA.test(s.slice(pos))) return true;
  const c = s[pos]!;
  if (c === '(' || c === '[') {
    const close = s.length - 1;
    return (s[close] === ')' || s[close] === ']') && isComparisonTail(s.slice(pos + 1, close), 0);
  }
  for (const prefix of COMPARISON_PREFIXES) if (s.startsWith(prefix, pos)) return true;
  COMPARISON_WORD.lastIndex = pos;
  if (COMPARISON_WORD.test(s)) return true;
  if (c === '↑' || c === '↓' || c === '▲' || c === '▼' || c === '+' || c === '-' || isDigit(s.charCodeAt(pos))) {
    COMPARISON_NUMBER.lastIndex = pos;
    if (COMPARISON_NUMBER.test(s)) return true;
    // A lone arrow is a trend marker.
    return (c === '↑' || c === '↓' || c === '▲' || c === '▼') && pos === s.length - 1;
  }
  return false;
}

/**
 * Decides the decimal separator from the run of digits and separators at `at`: with both, the
 * last one is the decimal; a lone "," with 1-2 digits after is a decimal comma, with 3 it groups
 * thousands; "1.234.567" groups; a lone "." with 3 digits groups only on a European page.
 */
function usesDecimalComma(s: string, at: number, opts: ParseOptions | undefined): boolean {
  let lastDot = -1;
  let lastComma = -1;
  let dots = 0;
  let commas = 0;
  let end = at;
  for (; end < s.length; end++) {
    const c = s.charCodeAt(end);
    if (c === 46) {
      lastDot = end;
      dots++;
    } else if (c === 44) {
      lastComma = end;
      commas++;
    } else if (!isDigit(c)) break;
  }
  const digitsAfter = (sep: number): number => {
    let n = 0;
    while (sep + 1 + n < end && isDigit(s.charCodeAt(sep + 1 + n))) n++;
    return n;
  };
  const europeanHint = Boolean(opts?.decimalComma) || s.includes('€');
  if (commas && dots) return lastComma > lastDot;
  if (commas === 1) {
    const after = digitsAfter(lastComma);
    return after === 3 ? false : after < 3 || europeanHint;
  }
  if (commas > 1) return false;
  if (dots > 1) {
    for (let i = s.indexOf('.', at); i >= 0 && i < end; i = s.indexOf('.', i + 1)) if (digitsAfter(i) !== 3) return false;
    return true;
  }
  return dots === 1 && europeanHint && digitsAfter(lastDot) === 3;
}

const UNIT_EXPONENTS: ReadonlyArray<readonly [string, number]> = [
  ['百万', 6], ['千万', 7], ['万亿', 12], ['万', 4], ['亿', 8], ['千', 3], ['bn', 9], ['mn', 6],
  ['w', 4], ['W', 4], ['k', 3], ['K', 3], ['M', 6], ['B', 9],
];

const POWERS_OF_TEN = Array.from({ length: 23 }, (_, i) => 10 ** i);

/**
 * The common shapes, without allocating: [-][¥|￥|$]digits[,ddd]*[.d+][%], spaces around.
 * Returns undefined for anything else, which the general path then reads. The value is one
 * division of two exact integers, so it is correctly rounded like Number("7748e-4").
 */
function parsePlain(text: string, kind: MetricKind, pageCurrency: string | undefined): ParsedMetric | undefined {
  let i = 0;
  let n = text.length;
  while (i < n && isSpace(text.charCodeAt(i))) i++;
  while (n > i && isSpace(text.charCodeAt(n - 1))) n--;
  if (i === n) return undefined;
  let negative = false;
  if (text.charCodeAt(i) === 45) {
    negative = true;
    i++;
  }
  let currency: string | undefined;
  const symbol = text.charCodeAt(i);
  if (symbol === 0xa5 || symbol === 0xffe5) {
    currency = pageCurrency === 'JPY' ? 'JPY' : 'CNY';
    i++;
  } else if (symbol === 36) {
    currency = pageCurrency && DOLLARS.has(pageCurrency) ? pageCurrency : 'USD';
    i++;
  }
  let mantissa = 0;
  let digits = 0;
  let groupDigits = -1;
  let decimals = -1;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      mantissa = mantissa * 10 + (c - 48);
      digits++;
      if (decimals >= 0) decimals++;
      else if (groupDigits >= 0) groupDigits++;
    } else if (c === 44 && decimals < 0 && digits > 0 && (groupDigits < 0 ? digits <= 3 : groupDigits === 3)) groupDigits = 0;
    else if (c === 46 && decimals < 0 && digits > 0) decimals = 0;
    else break;
  }
  if (!digits || digits > 15 || groupDigits === 0 || (groupDigits > 0 && groupDigits !== 3) || decimals === 0) return undefined;
  let shift = decimals < 0 ? 0 : decimals;
  if (i < n) {
    if (text.charCodeAt(i) !== 37 || i + 1 !== n || kind !== 'rate') return undefined;
    shift += 2;
  } else if (kind === 'rate') return undefined;
  const value = (negative ? -mantissa : mantissa) / POWERS_OF_TEN[shift]!;
  const result: ParsedMetric = { value: value === 0 ? 0 : value };
  if (currency) result.currency = currency;
  return result;
}

/**
 * Parses one cell's text as a metric of the given kind. See the module comment for decisions.
 * `duration` reads seconds ("15.74", "15.74秒", "1:05", "1分5秒").
 */
export function parseMetricValue(text: string, kind: ParseKind, opts?: ParseOptions): ParsedMetric {
  if (kind !== 'duration' && !opts?.decimalComma) {
    const fast = parsePlain(text, kind, opts?.currency);
    if (fast) return fast;
  }
  const s = fold(text).trim();
  if (s.length <= 8 && NULL_TOKENS.has(s.toLowerCase())) return { value: null, reason: 'no data' };
  if (kind === 'duration') return parseDurationFolded(s);

  let pos = 0;
  let negative = false;
  let currency: string | undefined;
  let parenNegative = false;
  // Prefix: signs, an accounting "(", a currency symbol or code, spaces; nothing else.
  for (;;) {
    if (pos >= s.length) return { value: null, reason: 'no number' };
    const c = s.charCodeAt(pos);
    if (isDigit(c) || ((c === 46 || c === 44) && isDigit(s.charCodeAt(pos + 1)))) break;
    if (isSpace(c)) pos++;
    else if (c === 45 && !negative) {
      negative = true;
      pos++;
    } else if (c === 43) pos++;
    else if (c === 40 && pos === 0) {
      parenNegative = true;
      pos++;
    } else {
      const found = currency ? undefined : currencyAt(s, pos, opts?.currency);
      if (!found) return { value: null, reason: 'unexpected text before the number' };
      currency = found[0];
      pos += found[1];
    }
  }

  SPACE_GROUPED.lastIndex = pos;
  const spaced = SPACE_GROUPED.exec(s)?.[0];
  // With space grouping ("1 234,56 €") the separator after the groups is the decimal, either way.
  const comma = spaced ? s[pos + spaced.length] === ',' : usesDecimalComma(s, pos, opts);
  const decimalSep = comma ? ',' : '.';
  const groupSep = spaced ? ' ' : comma ? '.' : ',';
  let body: string | undefined;
  if (spaced) {
    let end = pos + spaced.length;
    if (s[end] === decimalSep && isDigit(s.charCodeAt(end + 1))) for (end++; isDigit(s.charCodeAt(end)); ) end++;
    body = s.slice(pos, end);
  } else {
    const re = comma ? EU_NUMBER : EN_NUMBER;
    re.lastIndex = pos;
    body = re.exec(s)?.[0];
  }
  if (!body) return { value: null, reason: 'no number' };
  let end = pos + body.length;

  // Value and comparison run together: the number token is followed by more digits.
  const next = s.charCodeAt(end);
  const runTogether = isDigit(next) || ((next === 46 || next === 44) && isDigit(s.charCodeAt(end + 1)));
  const decimalAt = body.indexOf(decimalSep);
  const decimals = decimalAt < 0 ? 0 : body.length - decimalAt - 1;
  const percentNext = s[end] === '%' || s[end] === '‰';
  if (kind === 'money' && decimals > 2 && (runTogether || percentNext)) {
    body = body.slice(0, decimalAt + 3);
    end = pos + body.length;
  } else if (runTogether && !body.includes(groupSep)) {
    return { value: null, reason: 'value and comparison run together' };
  }

  let digits = '';
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (ch === decimalSep) digits += '.';
    else if (ch !== groupSep) digits += ch;
  }

  // Suffixes: spaces, a magnitude unit, "+", a percent sign, a currency.
  let exponent = 0;
  let lowerBound = false;
  let percent = 0;
  while (end < s.length && isSpace(s.charCodeAt(end))) end++;
  for (const [unit, exp] of UNIT_EXPONENTS) {
    if (s.startsWith(unit, end)) {
      const after = s.charCodeAt(end + unit.length);
      // "5M" is a unit, "5 Mobile" is not.
      if (unit.length === 1 && ((after >= 65 && after <= 90) || (after >= 97 && after <= 122))) continue;
      exponent = exp;
      end += unit.length;
      break;
    }
  }
  if (s[end] === '+' && end === s.length - 1) {
    lowerBound = true;
    end++;
  }
  if (s[end] === '%') {
    percent = 2;
    end++;
  } else if (s[end] === '‰') {
    percent = 3;
    end++;
  }
  while (end < s.length && isSpace(s.charCodeAt(end))) end++;
  if (end < s.length && !percent) {
    const found = currencyAt(s, end, opts?.currency);
    if (found && (!currency || currency === found[0])) {
      currency = found[0];
      end += found[1];
    }
  }
  if (parenNegative) {
    while (end < s.length && isSpace(s.charCodeAt(end))) end++;
    if (s[end] !== ')') return { value: null, reason: 'unexpected text after the number' };
    negative = true;
    end++;
  }
  if (!isComparisonTail(s, end)) return { value: null, reason: 'unexpected text after the number' };

  if (percent && kind !== 'rate') return { value: null, reason: `percentage in a ${kind} column` };
  if (kind === 'rate' && exponent) return { value: null, reason: 'magnitude unit in a rate column' };
  let reason: string | undefined;
  if (kind === 'rate' && !percent) {
    percent = 2;
    reason = 'rate without % read as percentage points';
  }
  if (lowerBound) reason = 'lower bound';
  const value = Number(`${negative ? '-' : ''}${digits}e${exponent - percent}`);
  if (!Number.isFinite(value)) return { value: null, reason: 'unreadable number' };
  const result: ParsedMetric = { value: value === 0 ? 0 : value };
  if (currency) result.currency = currency;
  if (reason) result.reason = reason;
  return result;
}

const CLOCK = /^(\d{1,3}):([0-5]\d)(?::([0-5]\d(?:\.\d+)?))?$/;
const UNIT_DURATION = /^(?:(\d+(?:\.\d+)?)\s*(?:小时|时|h|hr|hrs)\s*)?(?:(\d+(?:\.\d+)?)\s*(?:分钟|分|m|min|mins)\s*)?(?:(\d+(?:\.\d+)?)\s*(?:秒|s|sec|secs)?)?$/i;

function parseDurationFolded(s: string): ParsedMetric {
  const clock = CLOCK.exec(s);
  if (clock) {
    const [, a, b, c] = clock;
    const seconds = c === undefined ? Number(a) * 60 + Number(b) : Number(a) * 3600 + Number(b) * 60 + Number(c);
    return { value: seconds };
  }
  const units = UNIT_DURATION.exec(s);
  if (units && (units[1] || units[2] || units[3])) {
    const [, h, m, sec] = units;
    return { value: Number(h ?? 0) * 3600 + Number(m ?? 0) * 60 + Number(sec ?? 0) };
  }
  return { value: null, reason: 'unreadable duration' };
}

/** Seconds from "15.74", "15.74秒", "00:01:05", "1:05", "1分5秒", "1m 5s"; null when unreadable. */
export function parseDuration(text: string): ParsedMetric {
  const s = fold(text).trim();
  if (s.length <= 8 && NULL_TOKENS.has(s.toLowerCase())) return { value: null, reason: 'no data' };
  return parseDurationFolded(s);
}
