import { lifecycleStage } from '../../../lib/alerts/lifecycle';
import { isDayFirstCurrency, isDayFirstPage, parseListedDate } from '../../../lib/metrics/listed-date';

// Expected dates are written by hand from how each back office prints the date (3 December 2024
// unless the case says otherwise), never from running the parser.
describe('the listing date as each back office writes it', () => {
  test.each([
    // Amazon Seller Central: the All Listings Report's open-date, Manage Inventory's Date Created.
    ['Amazon US Open Date, month first with time and zone', '12/03/2024 10:15:30 PST', false, '2024-12-03'],
    ['Amazon US, month first without time', '03/12/2024', false, '2024-03-12'],
    ['Amazon UK, the same digits day first', '03/12/2024', true, '2024-12-03'],
    ['Amazon UK with time and zone', '03/12/2024 10:15:30 GMT', true, '2024-12-03'],
    ['Amazon report open-date, ISO with time and zone', '2024-12-03 10:15:30 PST', false, '2024-12-03'],
    ['Amazon, ISO date alone', '2024-12-03', false, '2024-12-03'],
    ['Amazon, ISO with a T', '2024-12-03T10:15:30Z', false, '2024-12-03'],
    ['Amazon.de, dotted day first', '03.12.2024 10:15:30 MEZ', true, '2024-12-03'],
    ['Amazon.co.jp, year first with slashes', '2024/12/03 10:15:30 JST', false, '2024-12-03'],
    ['a day over 12 is a day even on a US page', '25/11/2024', false, '2024-11-25'],
    ['a month over 12 is a day even on a UK page', '11/25/2024', true, '2024-11-25'],
    // 生意参谋 发布时间, 千牛 上架时间, JD 商家后台 上架时间, PDD 创建时间, 抖店 创建时间.
    ['生意参谋 发布时间 with time', '2024-12-03 10:15:30', false, '2024-12-03'],
    ['生意参谋 short form without zero padding', '2024/12/3', false, '2024-12-03'],
    ['Chinese written date', '2024年12月3日', false, '2024-12-03'],
    ['Chinese written date with time', '2024年12月03日 10:15', false, '2024-12-03'],
    ['JD 上架时间', '2024-12-03 10:15:30', false, '2024-12-03'],
    ['Pinduoduo 创建时间 with slashes', '2024/12/03 10:15:30', false, '2024-12-03'],
    ['抖店 dotted year first', '2024.12.03', false, '2024-12-03'],
    ['full-width digits', '２０２４－１２－０３', false, '2024-12-03'],
    // Shopify admin "Created" in its interface languages.
    ['Shopify English (US)', 'Dec 3, 2024', false, '2024-12-03'],
    ['Shopify English spelled in full', 'December 3, 2024 at 10:15 am', false, '2024-12-03'],
    ['Shopify English (UK)', '3 Dec 2024', true, '2024-12-03'],
    ['Amazon dashed with a month name', '03-Dec-2024', true, '2024-12-03'],
    ['Shopify German', '3. Dez. 2024', true, '2024-12-03'],
    ['Shopify French', '3 déc. 2024', true, '2024-12-03'],
    ['Shopify French, July is not June', '14 juil. 2024', true, '2024-07-14'],
    ['Shopify French, June', '14 juin 2024', true, '2024-06-14'],
    ['Shopify Spanish', '3 de dic. de 2024', true, '2024-12-03'],
    ['Shopify Italian', '3 dic 2024', true, '2024-12-03'],
    ['Shopify Japanese', '2024年12月3日', false, '2024-12-03'],
    ['a label in front of the date', 'Created Dec 3, 2024', false, '2024-12-03'],
  ] as const)('%s: "%s" → %s', (_name, text, dayFirst, expected) => {
    expect(parseListedDate(text, dayFirst)).toBe(expected);
  });

  test.each([
    ['an empty cell', ''],
    ['a dash for no data', '-'],
    ['a double dash', '--'],
    ['a word that is not a month', 'Foo 5, 2024'],
    ['the 31st of a 30-day month', 'Nov 31, 2024'],
    ['the 30th of February', '2024-02-30'],
    ['a 13th month either way round', '13/13/2024'],
    ['a number that is not a date', '1,234'],
    ['a year alone', '2024'],
    ['a month and a year with no day', 'Dec 2024'],
    ['a relative date', '3 days ago'],
    ['Chinese "unknown"', '未知'],
  ])('%s has no date: the stage is unknown, not new', (_name, text) => {
    expect(parseListedDate(text)).toBeUndefined();
    expect(lifecycleStage({ listedDate: parseListedDate(text) }, '2024-12-10')).toBe('unknown');
  });

  test.each([
    ['Amazon US (en-US, dollars)', 'en-US', 'USD', false],
    ['Amazon.ca (en-CA, dollars)', 'en-CA', 'CAD', false],
    ['Amazon UK (en-GB, pounds)', 'en-GB', 'GBP', true],
    ['Amazon UK page that names no region', 'en', 'GBP', true],
    ['Amazon.com.au (en-AU)', 'en-AU', 'AUD', true],
    ['Amazon.in (en-IN)', 'en-IN', 'INR', true],
    ['Amazon.de (de-DE, euros)', 'de-DE', 'EUR', true],
    ['an English page selling in euros, no region', 'en', 'EUR', true],
    ['a German interface selling in dollars', 'de', 'USD', true],
    ['Amazon US page that names no region', 'en', 'USD', false],
    ['Shopify admin in English, dollars', 'en', 'USD', false],
    ['生意参谋 (zh-CN, yuan)', 'zh-CN', 'CNY', false],
    ['Amazon.co.jp (ja-JP, yen)', 'ja-JP', 'JPY', false],
    ['no language and no currency', undefined, undefined, false],
  ] as const)('%s: day first is %s', (_name, lang, currency, expected) => {
    expect(isDayFirstPage(lang, currency)).toBe(expected);
  });

  test('pages in pounds, euros or rupees write the day first; dollars and yuan do not', () => {
    expect(['GBP', 'EUR', 'INR'].map(isDayFirstCurrency)).toEqual([true, true, true]);
    expect(['USD', 'CAD', 'CNY', 'JPY', undefined].map(isDayFirstCurrency)).toEqual([false, false, false, false, false]);
  });
});
