import { addDays, format, isValid, isWeekend } from 'date-fns';
import chineseDays from 'chinese-days';
// chinese-days' own isWorkday/getDayDetail read a day off in time zones west of UTC (its table is
// keyed through a UTC parse and a local format), so we read its published table, keyed by plain date.
import chinaCalendar from 'chinese-days/dist/chinese-days.json';
import { chineseMarketplaces } from '../sites';
import type { PlatformId } from '../sites/types';
import type { DueRule } from './model';

/** Marketplaces whose sellers work to the State Council's holiday schedule (调休 included): the adapters marked `chineseMarketplace`. */
const CHINA_CALENDAR_PLATFORMS: ReadonlySet<PlatformId> = new Set(chineseMarketplaces());

const OFFICIAL_HOLIDAYS: Readonly<Record<string, string>> = chinaCalendar.holidays;
const OFFICIAL_WORKDAYS: Readonly<Record<string, string>> = chinaCalendar.workdays;
const PUBLISHED_YEARS: ReadonlySet<number> = new Set(Object.keys(OFFICIAL_HOLIDAYS).map((day) => Number(day.slice(0, 4))));

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Far more than any due rule needs; stops a runaway loop if a holiday list covers everything. */
const MAX_SCAN_DAYS = 3660;

export function usesChinaCalendar(market: PlatformId): boolean {
  return CHINA_CALENDAR_PLATFORMS.has(market);
}

/** `YYYY-MM-DD` as a local-midnight Date, or null when it is not a real calendar day. */
export function parseDay(day: string): Date | null {
  const match = ISO_DAY.exec(day);
  if (!match) return null;
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const parsed = new Date(year, month - 1, date);
  if (!isValid(parsed) || parsed.getFullYear() !== year || parsed.getMonth() !== month - 1 || parsed.getDate() !== date) return null;
  return parsed;
}

export function formatDay(date: Date): string {
  return format(date, 'yyyy-MM-dd');
}

/** Whether the State Council schedule for this year is in chinese-days (it is announced each November). */
export function isChinaCalendarPublished(year: number): boolean {
  return PUBLISHED_YEARS.has(year);
}

/**
 * Whether working days on this date are an estimate: a Chinese marketplace in a year whose schedule is
 * not published yet, where only weekends and the statutory days (no 调休) are known.
 */
export function isCalendarProvisional(day: string, market: PlatformId): boolean {
  return usesChinaCalendar(market) && !isChinaCalendarPublished(Number(day.slice(0, 4)));
}

const statutoryCache = new Map<number, ReadonlySet<string>>();

/**
 * The statutory days off (全体公民放假的节日, rules in force since 2025) for a year with no published
 * schedule: 元旦 1, 春节 4 (除夕 to 初三), 清明 1, 劳动节 2, 端午 1, 中秋 1, 国庆 3.
 */
export function chinaStatutoryHolidays(year: number): ReadonlySet<string> {
  const cached = statutoryCache.get(year);
  if (cached) return cached;
  const lunar = (month: number, day: number): Date => {
    const solar = parseDay(chineseDays.getSolarDateFromLunar(new Date(year, month - 1, day)).date);
    if (!solar) throw new RangeError(`no solar date for lunar ${year}-${month}-${day}`);
    return solar;
  };
  const springFestival = lunar(1, 1);
  const days = [
    new Date(year, 0, 1),
    addDays(springFestival, -1),
    springFestival,
    addDays(springFestival, 1),
    addDays(springFestival, 2),
    new Date(year, 3, qingmingDay(year)),
    new Date(year, 4, 1),
    new Date(year, 4, 2),
    lunar(5, 5),
    lunar(8, 15),
    new Date(year, 9, 1),
    new Date(year, 9, 2),
    new Date(year, 9, 3),
  ];
  const set = new Set(days.map(formatDay));
  statutoryCache.set(year, set);
  return set;
}

/** 清明 (pure brightness) by the usual solar-term formula for 2001–2099: floor(Y·0.2422 + 4.81) − floor(Y/4). */
function qingmingDay(year: number): number {
  const y = year % 100;
  return Math.floor(y * 0.2422 + 4.81) - Math.floor(y / 4);
}

export function isWorkingDay(day: string, market: PlatformId, holidays: readonly string[] = []): boolean {
  const date = parseDay(day);
  if (!date) throw new RangeError(`not a YYYY-MM-DD date: ${day}`);
  if (holidays.includes(day)) return false;
  if (!usesChinaCalendar(market)) return !isWeekend(date);
  if (isChinaCalendarPublished(date.getFullYear())) {
    if (OFFICIAL_WORKDAYS[day] !== undefined) return true;
    return !isWeekend(date) && OFFICIAL_HOLIDAYS[day] === undefined;
  }
  return !isWeekend(date) && !chinaStatutoryHolidays(date.getFullYear()).has(day);
}

/**
 * The date `n` working days after (`n` < 0: before) `day`, not counting `day` itself;
 * `n` = 0 is `day` as it stands, working day or not.
 */
export function addWorkingDays(day: string, n: number, market: PlatformId, holidays: readonly string[] = []): string {
  let date = parseDay(day);
  if (!date) throw new RangeError(`not a YYYY-MM-DD date: ${day}`);
  const step = n < 0 ? -1 : 1;
  let remaining = Math.abs(Math.trunc(n));
  for (let scanned = 0; remaining > 0; scanned++) {
    if (scanned > MAX_SCAN_DAYS) throw new RangeError(`no ${n} working days within ${MAX_SCAN_DAYS} days of ${day}`);
    date = addDays(date, step);
    if (isWorkingDay(formatDay(date), market, holidays)) remaining--;
  }
  return formatDay(date);
}

/** A task's due date for a run, or null while the run has no (valid) date for the rule's anchor. */
export function dueDate(
  rule: DueRule,
  runDates: Readonly<Record<string, string>>,
  market: PlatformId,
  holidays: readonly string[] = [],
): string | null {
  // The first of the rule's anchors the run has a valid date for (its fallbacks cover optional dates).
  const anchor = [rule.anchor, ...(rule.fallbackAnchors ?? [])].map((key) => runDates[key]).find((day) => day !== undefined && parseDay(day) !== null);
  const anchorDate = anchor === undefined ? null : parseDay(anchor);
  if (anchor === undefined || !anchorDate) return null;
  if (rule.calendar && rule.offsetDays !== undefined) return formatDay(addDays(anchorDate, rule.offsetDays));
  return addWorkingDays(anchor, rule.offsetWorkingDays ?? 0, market, holidays);
}

/** Late once the due day has passed; the due day itself is still on time. */
export function isOverdue(due: string | null, today: string): boolean {
  return due !== null && due < today;
}

/** Today's date in the store's time zone (Asia/Shanghai for the Chinese marketplaces), as `YYYY-MM-DD`. */
export function dayInTimeZone(now: Date | number, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}
