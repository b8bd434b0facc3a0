// Periods are store-local labels (`YYYY-MM-DD`, `YYYY-MM-DDTHH`); counting them as UTC days or
// hours keeps the arithmetic free of time zones and daylight saving.
const DAY_MS = 86_400_000;

export function isHourly(period: string): boolean {
  return period.length === 13;
}

// Every product's history walks the same few hundred dates: parse each once (bounded, so it can't grow without end).
const dayNumbers = new Map<string, number>();
const DAY_CACHE_LIMIT = 20_000;

/** Day number (days since 1970-01-01) of a period's date. */
export function dayNumber(period: string): number {
  const date = period.length > 10 ? period.slice(0, 10) : period;
  let day = dayNumbers.get(date);
  if (day === undefined) {
    day = Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) / DAY_MS;
    if (dayNumbers.size >= DAY_CACHE_LIMIT) dayNumbers.clear();
    dayNumbers.set(date, day);
  }
  return day;
}

/** First and last hour numbers a period covers (a day covers 24 hours). */
export function hourSpan(period: string): [number, number] {
  const first = dayNumber(period) * 24;
  if (!isHourly(period)) return [first, first + 23];
  const hour = first + +period.slice(11, 13);
  return [hour, hour];
}
