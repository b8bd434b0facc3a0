// Periods are store-local labels (`YYYY-MM-DD`, `YYYY-MM-DDTHH`); counting them as UTC days or
// hours keeps the arithmetic free of time zones and daylight saving.
const DAY_MS = 86_400_000;

export function isHourly(period: string): boolean {
  return period.length === 13;
}

/** Day number (days since 1970-01-01) of a period's date. */
export function dayNumber(period: string): number {
  return Date.UTC(+period.slice(0, 4), +period.slice(5, 7) - 1, +period.slice(8, 10)) / DAY_MS;
}

/** First and last hour numbers a period covers (a day covers 24 hours). */
export function hourSpan(period: string): [number, number] {
  const first = dayNumber(period) * 24;
  if (!isHourly(period)) return [first, first + 23];
  const hour = first + +period.slice(11, 13);
  return [hour, hour];
}

/** UTC day number of an instant; at most a day off the store's own date, which the 30/90-day stages absorb. */
export function dayNumberOfInstant(ms: number): number {
  return Math.floor(ms / DAY_MS);
}
