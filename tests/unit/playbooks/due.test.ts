import {
  addWorkingDays,
  chinaStatutoryHolidays,
  dayInTimeZone,
  dueDate,
  isCalendarProvisional,
  isChinaCalendarPublished,
  isOverdue,
  isWorkingDay,
} from '../../../lib/playbooks/due';
import type { DueRule } from '../../../lib/playbooks/model';
import type { PlatformId } from '../../../lib/sites/types';

// Dates checked against chinese-days 1.5.7 (State Council schedules up to 2026; 2027 not yet published).
const workingDayCases: { name: string; from: string; n: number; market: PlatformId; holidays?: string[]; expected: string }[] = [
  { name: 'the campaign review is due 3 working days after the burst ends, skipping 国庆 and counting the 10-10 make-up Saturday', from: '2026-09-30', n: 3, market: 'taobao', expected: '2026-10-10' },
  { name: '3 working days after 双11 2026 skip the weekend', from: '2026-11-11', n: 3, market: 'tmall', expected: '2026-11-16' },
  { name: 'a sale ending the Friday before 春节 counts the 02-14 make-up Saturday, then skips the whole holiday', from: '2026-02-13', n: 3, market: 'jd', expected: '2026-02-25' },
  { name: 'one working day before the first day back from 春节 is the make-up Saturday 02-14', from: '2026-02-24', n: -1, market: 'pinduoduo', expected: '2026-02-14' },
  { name: 'one working day before the day after 国庆 is 09-30', from: '2026-10-08', n: -1, market: 'douyin', expected: '2026-09-30' },
  { name: 'Sunday 09-20 is a make-up workday before 国庆 2026', from: '2026-09-18', n: 1, market: 'taobao', expected: '2026-09-20' },
  { name: '中秋 2026 (09-25 to 09-27) is skipped', from: '2026-09-24', n: 1, market: 'taobao', expected: '2026-09-28' },
  { name: 'across the month end into 劳动节: 04-30 + 1 lands after the 5-day break', from: '2026-04-30', n: 1, market: 'taobao', expected: '2026-05-06' },
  { name: '劳动节 make-up Saturday 05-09 counts', from: '2026-04-30', n: 4, market: 'taobao', expected: '2026-05-09' },
  { name: 'ten working days before 双11 2026', from: '2026-11-11', n: -10, market: 'tmall', expected: '2026-10-28' },
  { name: 'zero working days is the anchor itself, even on a holiday', from: '2026-10-01', n: 0, market: 'taobao', expected: '2026-10-01' },
  { name: '2027 is not published: 元旦 (statutory) is still skipped across the year end', from: '2026-12-31', n: 1, market: 'jd', expected: '2027-01-04' },
  { name: '2027 is not published: 国庆 statutory days 10-01..10-03 are skipped', from: '2027-09-30', n: 3, market: 'taobao', expected: '2027-10-06' },
  { name: '2027 is not published: 春节 除夕 to 初三 (02-05..02-08) are skipped', from: '2027-02-04', n: 1, market: 'tmall', expected: '2027-02-09' },
  { name: 'Amazon works Monday to Friday: 国庆 is a normal week', from: '2026-09-30', n: 3, market: 'amazon', expected: '2026-10-05' },
  { name: 'Shopify skips the seller\'s own holiday list (Christmas)', from: '2026-12-24', n: 3, market: 'shopify', holidays: ['2026-12-25'], expected: '2026-12-30' },
  { name: 'Shopify without a holiday list works on Christmas', from: '2026-12-24', n: 3, market: 'shopify', expected: '2026-12-29' },
  { name: 'one working day before a Monday is the Friday of the previous month', from: '2026-03-02', n: -1, market: 'amazon', expected: '2026-02-27' },
  { name: 'a user holiday also counts on a Chinese marketplace', from: '2026-11-11', n: 1, market: 'taobao', holidays: ['2026-11-12'], expected: '2026-11-13' },
];

describe('working days', () => {
  test.each(workingDayCases)('$name', ({ from, n, market, holidays, expected }) => {
    expect(addWorkingDays(from, n, market, holidays)).toBe(expected);
  });

  describe('in a time zone west of UTC (a cross-border seller in Los Angeles)', () => {
    const savedTz = process.env.TZ;
    beforeAll(() => {
      process.env.TZ = 'America/Los_Angeles';
    });
    afterAll(() => {
      if (savedTz === undefined) delete process.env.TZ;
      else process.env.TZ = savedTz;
    });
    test.each(workingDayCases)('$name', ({ from, n, market, holidays, expected }) => {
      expect(new Date(2026, 0, 1).getTimezoneOffset()).toBe(480);
      expect(addWorkingDays(from, n, market, holidays)).toBe(expected);
    });
  });

  test.each([
    { day: '2026-10-01', market: 'taobao', working: false, why: '国庆' },
    { day: '2026-10-10', market: 'taobao', working: true, why: '调休 make-up Saturday' },
    { day: '2026-10-10', market: 'amazon', working: false, why: 'a Saturday outside China' },
    { day: '2026-02-28', market: 'jd', working: true, why: '春节 make-up Saturday' },
    { day: '2026-06-19', market: 'douyin', working: false, why: '端午' },
    { day: '2027-06-09', market: 'douyin', working: false, why: '端午 2027 (statutory, provisional)' },
  ] as const)('$day on $market is a working day: $working ($why)', ({ day, market, working }) => {
    expect(isWorkingDay(day, market)).toBe(working);
  });

  test('a date that is not a calendar day is refused', () => {
    expect(() => addWorkingDays('2026-02-30', 1, 'taobao')).toThrow(RangeError);
  });
});

describe('the provisional calendar for unpublished years', () => {
  test('chinese-days has the 2026 schedule and not the 2027 one', () => {
    expect(isChinaCalendarPublished(2026)).toBe(true);
    expect(isChinaCalendarPublished(2027)).toBe(false);
  });

  test.each([2025, 2026])('the statutory days computed for %i are all days off in the published schedule', (year) => {
    for (const day of chinaStatutoryHolidays(year)) expect(isWorkingDay(day, 'taobao'), day).toBe(false);
  });

  test('2027 statutory days: 元旦, 春节 (除夕..初三), 清明, 劳动节, 端午, 中秋, 国庆', () => {
    expect([...chinaStatutoryHolidays(2027)].sort()).toEqual([
      '2027-01-01', '2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-04-05',
      '2027-05-01', '2027-05-02', '2027-06-09', '2027-09-15', '2027-10-01', '2027-10-02', '2027-10-03',
    ]);
  });

  test.each([
    { day: '2027-10-01', market: 'taobao', provisional: true },
    { day: '2026-10-01', market: 'taobao', provisional: false },
    { day: '2027-10-01', market: 'amazon', provisional: false },
  ] as const)('$day on $market is provisional: $provisional', ({ day, market, provisional }) => {
    expect(isCalendarProvisional(day, market)).toBe(provisional);
  });
});

describe('due dates of a run', () => {
  const campaignDates = { preheatStart: '2026-10-20', burstStart: '2026-10-31', burstEnd: '2026-11-11' };
  test.each<{ name: string; rule: DueRule; dates: Record<string, string>; market: PlatformId; expected: string | null }>([
    { name: 'the review is due 3 working days after 双11 ends', rule: { anchor: 'burstEnd', offsetWorkingDays: 3 }, dates: campaignDates, market: 'tmall', expected: '2026-11-16' },
    { name: 'the plan is signed off 10 working days before pre-heat: back over 国庆, counting the 10-10 make-up Saturday', rule: { anchor: 'preheatStart', offsetWorkingDays: -10 }, dates: campaignDates, market: 'tmall', expected: '2026-09-30' },
    { name: 'the promotion-period report is due on day 30 in calendar days, across a month end', rule: { anchor: 'listedDate', offsetDays: 30, calendar: true }, dates: { listedDate: '2026-01-31' }, market: 'taobao', expected: '2026-03-02' },
    { name: 'calendar days do not skip holidays', rule: { anchor: 'listedDate', offsetDays: 1, calendar: true }, dates: { listedDate: '2026-09-30' }, market: 'taobao', expected: '2026-10-01' },
    { name: 'no due date while the run has no clearance date', rule: { anchor: 'clearanceStart', offsetWorkingDays: -3 }, dates: { listedDate: '2026-01-31' }, market: 'taobao', expected: null },
    { name: 'no due date when the run date is not a real day', rule: { anchor: 'listedDate', offsetWorkingDays: 1 }, dates: { listedDate: '2026-02-30' }, market: 'taobao', expected: null },
  ])('$name', ({ rule, dates, market, expected }) => {
    expect(dueDate(rule, dates, market)).toBe(expected);
  });

  test.each([
    { due: '2026-11-16', today: '2026-11-16', overdue: false },
    { due: '2026-11-16', today: '2026-11-17', overdue: true },
    { due: '2026-11-30', today: '2026-12-01', overdue: true },
    { due: null, today: '2030-01-01', overdue: false },
  ])('due $due is late on $today: $overdue', ({ due, today, overdue }) => {
    expect(isOverdue(due, today)).toBe(overdue);
  });

  test.each([
    { zone: 'Asia/Shanghai', expected: '2026-11-01' },
    { zone: 'America/Los_Angeles', expected: '2026-10-31' },
    { zone: 'UTC', expected: '2026-10-31' },
  ])('17:00 UTC on 10-31 is $expected in $zone', ({ zone, expected }) => {
    expect(dayInTimeZone(Date.UTC(2026, 9, 31, 17, 0), zone)).toBe(expected);
  });
});

describe('a due rule with fallback anchors', () => {
  const rule = { anchor: 'returnEnd', fallbackAnchors: ['burstEnd'], offsetWorkingDays: 3 };
  test('counts from the encore when the run has one, else from the burst’s end', () => {
    // Encore ends Fri 2026-11-13 → Mon 16, Tue 17, Wed 18; no encore: burst ends Wed 11-11 → Thu 12, Fri 13, Mon 16.
    expect(dueDate(rule, { burstEnd: '2026-11-11', returnEnd: '2026-11-13' }, 'taobao')).toBe('2026-11-18');
    expect(dueDate(rule, { burstEnd: '2026-11-11' }, 'taobao')).toBe('2026-11-16');
    expect(dueDate(rule, { burstEnd: '2026-11-11', returnEnd: 'not a day' }, 'taobao')).toBe('2026-11-16');
    expect(dueDate(rule, {}, 'taobao')).toBeNull();
  });
});
