import fc from 'fast-check';
import type { MetricKind } from '../../../lib/metrics/keys';
import { parseDuration, parseMetricValue } from '../../../lib/metrics/parse-number';

type Case = [seen: string, text: string, kind: MetricKind, value: number | null, currency?: string];

const cases: Case[] = [
  ['生意参谋 visitors with a thousands comma', '1,391', 'count', 1391],
  ['生意参谋 money without ¥', '34,895.00', 'money', 34895],
  ['罗盘 price with ¥', '¥2.90', 'money', 2.9, 'CNY'],
  ['full-width ￥', '￥2.90', 'money', 2.9, 'CNY'],
  ['full-width digits', '￥１２３.４５', 'money', 123.45, 'CNY'],
  ['Amazon dollars', '$1,234.56', 'money', 1234.56, 'USD'],
  ['European decimal comma', '€1.234,56', 'money', 1234.56, 'EUR'],
  ['euro amount written after with a space group', '1 234,56 €', 'money', 1234.56, 'EUR'],
  ['euro with a lone dot before three digits', '€1.234', 'money', 1234, 'EUR'],
  ['euro cents', '€2.90', 'money', 2.9, 'EUR'],
  ['万 count', '1.2万', 'count', 12000],
  ['亿 money', '3.5亿', 'money', 350000000],
  ['万 with ¥ and 元', '¥1.2万元', 'money', 12000, 'CNY'],
  ['K', '1.2K', 'count', 1200],
  ['M', '1.2M', 'count', 1200000],
  ['B', '1.2B', 'money', 1200000000],
  ['w shorthand for 万', '3.4w', 'count', 34000],
  ['rate as a fraction', '77.48%', 'rate', 0.7748],
  ['small rate', '0.69%', 'rate', 0.0069],
  ['Amazon unit session percentage over 100%', '125.5%', 'rate', 1.255],
  ['rate without % read as points', '3.21', 'rate', 0.0321],
  ['unicode minus', '−3.2%', 'rate', -0.032],
  ['hyphen minus money', '-¥12.50', 'money', -12.5, 'CNY'],
  ['accounting negative', '($12.00)', 'money', -12, 'USD'],
  ['罗盘 rate + comparison run together', '24.38%10.47%', 'rate', 0.2438],
  ['罗盘 money + comparison run together', '¥8.90171.34%', 'money', 8.9, 'CNY'],
  ['罗盘 money + small comparison', '¥8.9017%', 'money', 8.9, 'CNY'],
  ['count + comparison split by thousands groups', '1,39110.47%', 'count', 1391],
  ['count + comparison, separate lines', '1,391\n   +10.47%', 'count', 1391],
  ['trailing comparison text', '1,234 较前一日 +3.2%', 'count', 1234],
  ['rate with trailing comparison text', '3.2% 较前一日 +0.5%', 'rate', 0.032],
  ['trend arrow after the value', '25%↑', 'rate', 0.25],
  ['comparison slot empty', '0%-', 'rate', 0],
  ['english comparison', '120 vs 98', 'count', 120],
  ['duration seconds as a count', '15.74', 'count', 15.74],
  ['single dash is no data', '-', 'count', null],
  ['double dash is no data', '--', 'money', null],
  ['N/A', 'N/A', 'rate', null],
  ['暂无数据', '暂无数据', 'count', null],
  ['empty', '', 'count', null],
  ['spaces only', '   ', 'count', null],
  ['em dash', '—', 'count', null],
  ['undecidable run-together count', '12310.5%', 'count', null],
  ['undecidable run-together rate without %', '3.2110.47', 'rate', null],
  ['percent in a money column', '12%', 'money', null],
  ['letters before', 'abc12', 'count', null],
  ['letters after', '12abc', 'count', null],
  ['a word after', '5 Mobile', 'count', null],
  ['comparison without a value', '较前一日 +3.2%', 'rate', null],
  ['two dots', '1.2.3', 'count', null],
  ['万 in a rate column', '1.2万', 'rate', null],
];

describe('parseMetricValue: numbers as dashboards show them', () => {
  test.each(cases)('%s: %j', (_seen, text, kind, value, currency) => {
    const parsed = parseMetricValue(text, kind);
    if (value === null) {
      expect(parsed.value).toBeNull();
      expect(parsed.reason).toBeTruthy();
    } else expect(parsed.value).toBeCloseTo(value, 10);
    expect(parsed.currency).toBe(currency);
  });

  test('zero stays zero, no data stays null', () => {
    expect(parseMetricValue('0', 'count').value).toBe(0);
    expect(parseMetricValue('0.00%', 'rate').value).toBe(0);
    expect(parseMetricValue('-', 'count').value).toBeNull();
  });

  test('¥ on a Japanese page is JPY, $ on a Canadian page is CAD', () => {
    expect(parseMetricValue('¥500', 'money', { currency: 'JPY' }).currency).toBe('JPY');
    expect(parseMetricValue('$5.00', 'money', { currency: 'CAD' }).currency).toBe('CAD');
    expect(parseMetricValue('$5.00', 'money', { currency: 'CNY' }).currency).toBe('USD');
  });

  test('a German page without € still reads 1.234 as a thousand', () => {
    expect(parseMetricValue('1.234', 'count', { decimalComma: true }).value).toBe(1234);
    expect(parseMetricValue('1.234', 'count').value).toBe(1.234);
  });

  test('a bare rate says it assumed percentage points', () => {
    expect(parseMetricValue('3.21', 'rate').reason).toMatch(/percentage points/);
  });

  test('a 10万+ floor is read as its floor and says so', () => {
    expect(parseMetricValue('10万+', 'count')).toEqual({ value: 100000, reason: 'lower bound' });
  });
});

describe('parseDuration: 平均停留时长', () => {
  test.each([
    ['15.74', 15.74],
    ['15.74秒', 15.74],
    ['1:05', 65],
    ['00:01:05', 65],
    ['1分5秒', 65],
    ['1m 5s', 65],
    ['-', null],
    ['long', null],
  ] as const)('%s → %s', (text, seconds) => {
    expect(parseDuration(text).value).toBe(seconds);
    expect(parseMetricValue(text, 'duration').value).toBe(seconds);
  });
});

/** Formats `n` (≥ 0, 2 decimals) the ways marketplaces do; each style says how to parse it back. */
const styles: { name: string; kind: MetricKind; format: (n: number) => string; expected: (n: number) => number; tolerance: number }[] = [
  { name: 'en grouping', kind: 'money', format: (n) => n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }), expected: (n) => n, tolerance: 1e-9 },
  { name: '生意参谋 plain', kind: 'money', format: (n) => n.toFixed(2), expected: (n) => n, tolerance: 1e-9 },
  { name: '¥', kind: 'money', format: (n) => `¥${n.toLocaleString('en-US', { minimumFractionDigits: 2 })}`, expected: (n) => n, tolerance: 1e-9 },
  { name: '￥ full width', kind: 'money', format: (n) => `￥${n.toFixed(2)}`, expected: (n) => n, tolerance: 1e-9 },
  { name: '$', kind: 'money', format: (n) => `$${n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`, expected: (n) => n, tolerance: 1e-9 },
  { name: '€ German', kind: 'money', format: (n) => `€${n.toLocaleString('de-DE', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`, expected: (n) => n, tolerance: 1e-9 },
  { name: '£', kind: 'money', format: (n) => `£${n.toLocaleString('en-GB', { minimumFractionDigits: 2 })}`, expected: (n) => n, tolerance: 1e-9 },
  { name: '万', kind: 'count', format: (n) => `${(n / 1e4).toFixed(2)}万`, expected: (n) => Math.round(n / 100) * 100, tolerance: 100 },
  { name: 'K', kind: 'count', format: (n) => `${(n / 1e3).toFixed(1)}K`, expected: (n) => n, tolerance: 50 },
  { name: 'percent', kind: 'rate', format: (n) => `${n.toFixed(2)}%`, expected: (n) => n / 100, tolerance: 1e-9 },
  { name: 'negative percent with unicode minus', kind: 'rate', format: (n) => `−${n.toFixed(2)}%`, expected: (n) => -n / 100, tolerance: 1e-9 },
  { name: 'value + comparison', kind: 'rate', format: (n) => `${n.toFixed(2)}%${(n / 3).toFixed(2)}%`, expected: (n) => n / 100, tolerance: 1e-9 },
  { name: 'money + comparison', kind: 'money', format: (n) => `¥${n.toFixed(2)}${(n / 7).toFixed(2)}%`, expected: (n) => n, tolerance: 1e-9 },
];

const amount = fc.integer({ min: 0, max: 9_999_999_99 }).map((cents) => cents / 100);

describe('property: format then parse gives the number back', () => {
  test.each(styles)('$name', ({ kind, format, expected, tolerance }) => {
    fc.assert(
      fc.property(amount, (n) => {
        const parsed = parseMetricValue(format(n), kind);
        expect(parsed.value).not.toBeNull();
        expect(Math.abs(parsed.value! - expected(n))).toBeLessThanOrEqual(tolerance + Math.abs(expected(n)) * 1e-12);
      }),
      { numRuns: 300 },
    );
  });

  test('integers with en grouping as counts', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 40 }), (n) => {
        expect(parseMetricValue(n.toLocaleString('en-US'), 'count').value).toBe(n);
      }),
    );
  });
});

describe('property: garbage never yields a number silently', () => {
  const kinds = fc.constantFrom<MetricKind>('count', 'rate', 'money');
  // Letters that are not magnitude units (k, w, m, b: 1.2K, 3.4w, 5M, 1bn).
  const word = fc.stringMatching(/^[ac-jln-vx-zAC-JLN-VX-Z_#@&]{1,6}$/).filter((w) => !/^(?:vs|na|nan|null|none|from|prev|yoy|mom|wow|dod|eur|usd|gbp|cny|rmb|jpy|cad|aud|hkd)/i.test(w));

  test('text without digits is null', () => {
    fc.assert(
      fc.property(fc.string().filter((s) => !/[0-9０-９]/.test(s)), kinds, (s, kind) => {
        expect(parseMetricValue(s, kind).value).toBeNull();
      }),
      { numRuns: 500 },
    );
  });

  test('a word glued before or after a number is null', () => {
    fc.assert(
      fc.property(word, fc.integer({ min: 0, max: 1e6 }), kinds, fc.boolean(), (w, n, kind, before) => {
        const text = before ? `${w}${n}` : `${n}${w}`;
        expect(parseMetricValue(text, kind).value).toBeNull();
      }),
      { numRuns: 500 },
    );
  });

  test('any string: a number comes only with digits, and null always says why', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789.,%¥$€-+ 万abc较ID:/'.split('')) }), kinds, (s, kind) => {
        const parsed = parseMetricValue(s, kind);
        if (parsed.value === null) expect(parsed.reason).toBeTruthy();
        else {
          expect(/\d/.test(s)).toBe(true);
          expect(Number.isFinite(parsed.value)).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
