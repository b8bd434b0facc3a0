import { isDayFirstCurrency, parseListedDate } from '../../../lib/metrics/listed-date';

describe('the listing date as Amazon and the Chinese back offices write it', () => {
  test.each([
    ["Amazon's All Listings Report open-date, with time and zone", '2026-11-05 10:03:24 PST', false, '2026-11-05'],
    ['ISO with a T', '2026-11-05T10:03:24Z', false, '2026-11-05'],
    ['US Seller Central, month first', '11/05/2026 14:02:17', false, '2026-11-05'],
    ['UK / EU Seller Central, day first', '05/11/2026 14:02:17', true, '2026-11-05'],
    ['a day over 12 is a day whatever the order', '25/11/2026', false, '2026-11-25'],
    ['spelled out, US style', 'Nov 5, 2026', false, '2026-11-05'],
    ['spelled out in full', 'November 5 2026', false, '2026-11-05'],
    ['spelled out, day first', '5 Nov 2026', true, '2026-11-05'],
    ['dashed with a month name', '05-Nov-2026', true, '2026-11-05'],
    ['生意参谋 发布时间', '2024-09-20', false, '2024-09-20'],
    ['Chinese date', '2024年9月20日', false, '2024-09-20'],
  ] as const)('%s: "%s" → %s', (_name, text, dayFirst, expected) => {
    expect(parseListedDate(text, dayFirst)).toBe(expected);
  });

  test.each([
    ['an empty cell', ''],
    ['a dash for no data', '-'],
    ['a month that is not one', 'Foo 5, 2026'],
    ['the 31st of a 30-day month', 'Nov 31, 2026'],
    ['a number that is not a date', '1,234'],
  ])('%s has no date', (_name, text) => {
    expect(parseListedDate(text)).toBeUndefined();
  });

  test('pages in pounds, euros or rupees write the day first; dollars and yuan do not', () => {
    expect(['GBP', 'EUR', 'INR'].map(isDayFirstCurrency)).toEqual([true, true, true]);
    expect(['USD', 'CAD', 'CNY', 'JPY', undefined].map(isDayFirstCurrency)).toEqual([false, false, false, false, false]);
  });
});
