import Papa from 'papaparse';
import { buildDailyReport, dailyReportCsv, dailyReportMarkdown } from '../../../lib/alerts/daily-report';
import type { AlertRow, ProductRow, SnapshotRow, StoreRow } from '../../../lib/db/types';

const store: StoreRow = { id: 'taobao:花漾美妆旗舰店', platform: 'taobao', shopId: '花漾美妆旗舰店', name: '花漾美妆旗舰店', firstSeen: 1, lastSeen: 1 };
const products: ProductRow[] = [
  { platform: 'taobao', productId: '742198305561', title: '花漾丝绒口红 | 显白', firstSeen: 1, tags: [], storeId: store.id },
  { platform: 'taobao', productId: '658823107342', title: '=HYPERLINK("x") 面膜', firstSeen: 1, tags: [], storeId: store.id },
];
const snap = (productId: string, period: string, metrics: SnapshotRow['metrics']): SnapshotRow => ({
  platform: 'taobao',
  productId,
  period,
  currency: 'CNY',
  metrics,
  source: 'https://sycm.taobao.com/cc/item_rank',
  capturedAt: 1,
  storeId: store.id,
});
const snapshots = [
  snap('742198305561', '2026-11-19', { visitors: 250, conversionRate: 0.01, gmv: 300 }),
  snap('742198305561', '2026-11-20', { visitors: 275, conversionRate: 0.0095, gmv: 330, addToCartUsers: 20 }),
  snap('658823107342', '2026-11-20', { visitors: 340, conversionRate: null, gmv: 1800.5, orders: 21 }),
];
const alert: AlertRow = {
  id: 1,
  platform: 'taobao',
  productId: '742198305561',
  storeId: store.id,
  ruleId: 'low-conversion-promotion',
  status: 'open',
  severity: 'high',
  evidence: { metric: 'conversionRate', value: 0.0095, period: '2026-11-20' },
  firstPeriod: '2026-11-16',
  lastPeriod: '2026-11-20',
  seenCount: 5,
  updatedAt: 1,
};

const report = (lang: 'en' | 'zh-CN') => buildDailyReport({ day: '2026-11-20', stores: [store], products, snapshots, openAlerts: [alert], lang });

describe('the daily 运营日报', () => {
  test('yesterday’s core numbers per product with the change against the day before; an unread cell stays empty, not 0', () => {
    const { lines } = report('en');
    expect(lines.map((l) => l.productId)).toEqual(['658823107342', '742198305561']);
    const lipstick = lines[1]!;
    expect(lipstick.values).toMatchObject({ traffic: 275, gmv: 330, addToCartRate: 20 / 275 });
    expect(lipstick.changes.traffic).toBeCloseTo(0.1);
    expect(lipstick.changes.conversionRate).toBeCloseTo(-0.05);
    expect(lines[0]!.values.conversionRate).toBeNull();
    expect(lines[0]!.changes.traffic).toBeNull();
  });

  test('Markdown names the day, escapes pipes from product titles and lists open alerts in the seller’s language', () => {
    const markdown = dailyReportMarkdown(report('zh-CN'), 'zh-CN');
    expect(markdown).toMatch(/^# 运营日报 2026-11-20/);
    expect(markdown).toContain('花漾丝绒口红 \\| 显白');
    expect(markdown).toContain('| 花漾美妆旗舰店 | 花漾丝绒口红 \\| 显白 | 742198305561 | 275 | +10.0% | 0.95% | −5.0% | 330.00 | +10.0% |');
    expect(markdown).toContain('- **推广期转化率低于品类均值** (high)');
  });

  test('CSV round-trips through a parser, with spreadsheet formulas defused', () => {
    const parsed = Papa.parse<string[]>(dailyReportCsv(report('en'), 'en')).data;
    expect(parsed[0]).toContain('Open alerts');
    const mask = parsed.find((row) => row[3] === '658823107342')!;
    expect(mask[2]).toBe(`'=HYPERLINK("x") 面膜`);
    const lipstick = parsed.find((row) => row[3] === '742198305561')!;
    expect(lipstick.at(-2)).toBe('Conversion under the category benchmark in the promotion period');
  });
});
