import { buildDailyReport, dailyReportCsv, dailyReportMarkdown } from '../../../lib/alerts/daily-report';
import { targetsAgainst, totalsOf } from '../../../lib/alerts/store-totals';
import type { RunRow } from '../../../lib/db/schema';
import type { SnapshotRow, StoreRow } from '../../../lib/db/types';
import { mulberry32 as rng } from '../../support/random';

const STORE = 'taobao:花漾美妆旗舰店';
const store: StoreRow = { id: STORE, platform: 'taobao', shopId: '花漾美妆旗舰店', name: '花漾美妆旗舰店', firstSeen: 1, lastSeen: 1 };
const DAYS = ['2026-11-14', '2026-11-15', '2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20'];

interface Truth {
  visitors: number;
  pageViews: number;
  buyers: number;
  gmv: number;
  newBuyers: number;
  returningBuyers: number;
}

/**
 * 60 products over a week. Each visitor converts with the product's own rate; each buyer pays a noisy
 * price and is new with probability 0.62. The truth is tallied visitor by visitor and buyer by buyer
 * while generating; rows then show what 生意参谋 shows (rates rounded to 0.01%, money to the fen), and
 * one product in five has no 支付买家数 column filled (only its rate), one in seven no new/returning split.
 */
function generate(seed = 20261120) {
  const random = rng(seed);
  const truth = new Map<string, Truth>();
  const rows: SnapshotRow[] = [];
  const products = Array.from({ length: 60 }, (_, i) => ({
    id: String(600_000_000_000 + i * 7919),
    traffic: 40 + Math.floor(random() * 900),
    rate: 0.008 + random() * 0.05,
    price: 39 + Math.floor(random() * 260),
  }));
  for (const day of DAYS) {
    const t: Truth = { visitors: 0, pageViews: 0, buyers: 0, gmv: 0, newBuyers: 0, returningBuyers: 0 };
    for (const [i, p] of products.entries()) {
      const visitors = Math.max(1, Math.round(p.traffic * (0.7 + random() * 0.6)));
      let buyers = 0, gmv = 0, fresh = 0;
      for (let v = 0; v < visitors; v++) {
        if (random() >= p.rate) continue;
        buyers++;
        gmv += Math.round(p.price * (0.85 + random() * 0.3) * 100) / 100;
        if (random() < 0.62) fresh++;
      }
      const pageViews = visitors + Math.floor(random() * visitors * 1.5);
      const metrics: SnapshotRow['metrics'] = { visitors, pageViews, gmv: Math.round(gmv * 100) / 100, conversionRate: Math.round((buyers / visitors) * 10_000) / 10_000 };
      if (i % 5 !== 0) metrics.buyers = buyers;
      if (i % 7 !== 0) Object.assign(metrics, { newBuyers: fresh, returningBuyers: buyers - fresh });
      rows.push({ platform: 'taobao', productId: p.id, storeId: STORE, period: day, currency: 'CNY', metrics, source: 'https://sycm.taobao.com/cc/item_rank', capturedAt: 1 });
      t.visitors += visitors;
      t.pageViews += pageViews;
      t.buyers += buyers;
      t.gmv += gmv;
      if (i % 7 !== 0) { t.newBuyers += fresh; t.returningBuyers += buyers - fresh; }
    }
    truth.set(day, t);
  }
  return { rows, truth };
}

describe('store totals from the product rows', () => {
  const { rows, truth } = generate();
  const day = truth.get('2026-11-20')!;

  test('UV, PV, GMV, buyers and new/returning add up to what was generated; conversion and AOV follow from them', () => {
    const totals = totalsOf(rows.filter((r) => r.period === '2026-11-20'));
    expect(totals.visitors).toBe(day.visitors);
    expect(totals.pageViews).toBe(day.pageViews);
    expect(totals.buyers).toBe(day.buyers);
    expect(totals.gmv).toBeCloseTo(day.gmv, 1);
    expect(totals.newBuyers).toBe(day.newBuyers);
    expect(totals.returningBuyers).toBe(day.returningBuyers);
    expect(totals.conversionRate).toBeCloseTo(day.buyers / day.visitors, 6);
    expect(totals.aov).toBeCloseTo(day.gmv / day.buyers, 1);
    expect(totals.returningCustomerRate).toBeCloseTo(day.returningBuyers / (day.newBuyers + day.returningBuyers), 6);
  });

  test('a measure no row carries is empty, not zero', () => {
    const totals = totalsOf([{ metrics: { visitors: 120 } }]);
    expect(totals.gmv).toBeNull();
    expect(totals.newBuyers).toBeNull();
    expect(totals.conversionRate).toBeNull();
  });

  test('Shopify’s returning-customer rate is weighted by each row’s buyers', () => {
    const totals = totalsOf([{ metrics: { sessions: 1000, orders: 30, returningCustomerRate: 0.2 } }, { metrics: { sessions: 500, orders: 10, returningCustomerRate: 0.6 } }]);
    expect(totals.returningCustomerRate).toBeCloseTo((30 * 0.2 + 10 * 0.6) / 40, 9);
  });

  const campaign: RunRow = {
    id: 'run-1212',
    templateId: 'campaign',
    templateVersion: 1,
    name: '双12 2026',
    storeId: STORE,
    platform: 'taobao',
    dates: { preheatStart: '2026-11-16', burstStart: '2026-11-20', burstEnd: '2026-11-20', returnEnd: '2026-11-22' },
    targets: { gmv: 400_000, newUsers: 900, conversionRate: 0.03, roi: 3.5 },
    createdAt: 1,
    archived: false,
  };

  test('run targets: totals summed from the run’s first date, rates on the day, ROI not captured', () => {
    const since = DAYS.filter((d) => d >= '2026-11-16').map((d) => truth.get(d)!);
    const gmv = since.reduce((s, t) => s + t.gmv, 0);
    const fresh = since.reduce((s, t) => s + t.newBuyers, 0);
    const lines = targetsAgainst(campaign, rows, '2026-11-20');
    const byKey = Object.fromEntries(lines.map((l) => [l.key, l]));
    expect(byKey.gmv).toMatchObject({ basis: 'run-to-date', from: '2026-11-16', measured: true });
    expect(byKey.gmv!.actual).toBeCloseTo(gmv, 0);
    expect(byKey.gmv!.attainment).toBeCloseTo(gmv / 400_000, 4);
    expect(byKey.newUsers!.actual).toBe(fresh);
    expect(byKey.conversionRate).toMatchObject({ basis: 'day' });
    expect(byKey.conversionRate!.actual).toBeCloseTo(day.buyers / day.visitors, 6);
    expect(byKey.roi).toMatchObject({ measured: false, actual: null, attainment: null });
  });

  test('the 运营日报 carries the store line with its targets, in Markdown and CSV', () => {
    const report = buildDailyReport({ day: '2026-11-20', stores: [store], products: [], snapshots: rows.filter((r) => r.period >= '2026-11-19'), history: rows, runs: [campaign], openAlerts: [], lang: 'zh-CN' });
    expect(report.stores).toHaveLength(1);
    const line = report.stores[0]!;
    expect(line).toMatchObject({ storeName: '花漾美妆旗舰店', products: 60 });
    const before = truth.get('2026-11-19')!;
    expect(line.changes.visitors).toBeCloseTo((day.visitors - before.visitors) / before.visitors, 9);
    expect(line.targets.map((t) => t.key)).toEqual(['gmv', 'newUsers', 'conversionRate', 'roi']);
    const md = dailyReportMarkdown(report, 'zh-CN');
    expect(md).toContain('## 店铺汇总');
    expect(md).toContain(`| 花漾美妆旗舰店 | 商品行合计 | 60 | ${day.visitors} Σ `);
    expect(md).toMatch(/\| 花漾美妆旗舰店 \| 双12 2026 \| GMV（成交额） \| 400000\.00 \| [\d.]+ \| [\d.]+% \| 自 2026-11-16 累计 \|/);
    expect(md).toContain('| 投入产出比（ROI） | 3.50× |  |  | 未采集到对应数据 |');
    const en = dailyReportMarkdown({ ...report }, 'en');
    expect(en).toContain('## Store totals');
    const csv = dailyReportCsv(report, 'en');
    expect(csv.split('\n')[1]).toContain(`Store total,,${day.visitors},`);
  });

  describe('with the store’s own figures from its overview page', () => {
    // 生意参谋 首页 for 11-20 and 11-19: 访客数 deduplicated (well under the sum of the product rows),
    // 支付金额, 支付买家数 and 支付转化率 as the cards show them; no 浏览量 card on that page.
    const overview = (period: string, visitors: number, buyers: number, gmv: number) => ({
      platform: 'taobao' as const,
      storeId: STORE,
      period,
      currency: 'CNY',
      metrics: { visitors, buyers, gmv, conversionRate: Math.round((buyers / visitors) * 10_000) / 10_000 },
      source: 'https://sycm.taobao.com/portal/home.htm',
      capturedAt: 2,
    });
    const storeDays = [overview('2026-11-20', 21_400, 861, 176_820.5), overview('2026-11-19', 22_950, 930, 190_004.1)];

    test('the store line takes the captured 访客数, not the sum of product rows, and says which figure came from where', () => {
      const report = buildDailyReport({ day: '2026-11-20', stores: [store], products: [], snapshots: rows.filter((r) => r.period >= '2026-11-19'), history: rows, runs: [campaign], openAlerts: [], lang: 'zh-CN', storeDays });
      const line = report.stores[0]!;
      expect(line.values.visitors).toBe(21_400);
      expect(line.values.visitors).not.toBe(day.visitors);
      expect(line.values).toMatchObject({ buyers: 861, gmv: 176_820.5, conversionRate: 0.0402, pageViews: day.pageViews });
      // AOV from the store's own GMV and buyers, not the product rows'.
      expect(line.values.aov).toBeCloseTo(176_820.5 / 861, 9);
      expect(line.sources).toMatchObject({ visitors: 'store', buyers: 'store', gmv: 'store', conversionRate: 'store', aov: 'store', pageViews: 'products', newBuyers: 'products' });
      expect(line.changes.visitors).toBeCloseTo(21_400 / 22_950 - 1, 9);
      const md = dailyReportMarkdown(report, 'zh-CN');
      expect(md).toContain(`| 花漾美妆旗舰店 | 店铺概况页，Σ 为商品行合计 | 60 | 21400 −6.8% | ${day.pageViews} Σ `);
      const csv = dailyReportCsv(report, 'en');
      expect(csv.split('\n')[1]).toContain(`Store total,,21400,`);
      expect(csv.split('\n')[1]).toContain('overview page: Visitors (UV), Conversion, Average order value, GMV, Paying buyers; Σ sum of product rows: Page views (PV)');
      // The run's conversion target is measured on the store's own rate.
      expect(line.targets.find((t) => t.key === 'conversionRate')!.actual).toBe(0.0402);
    });

    test('a day seen only on the overview page still gets its store line; a change against a summed day is not shown', () => {
      const report = buildDailyReport({ day: '2026-11-20', stores: [store], products: [], snapshots: rows.filter((r) => r.period === '2026-11-19'), openAlerts: [], lang: 'en', storeDays: [storeDays[0]!] });
      expect(report.lines).toEqual([]);
      expect(report.stores).toHaveLength(1);
      expect(report.stores[0]).toMatchObject({ products: 0, values: { visitors: 21_400, pageViews: null }, sources: { visitors: 'store', pageViews: null } });
      expect(report.stores[0]!.changes.visitors).toBeNull();
    });

    test('run-to-date GMV adds the store’s own 支付金额 on the days it was captured and the product rows on the others', () => {
      const since = DAYS.filter((d) => d >= '2026-11-16' && d <= '2026-11-18').map((d) => truth.get(d)!);
      const expected = since.reduce((sum, t) => sum + t.gmv, 0) + 176_820.5 + 190_004.1;
      const gmv = targetsAgainst(campaign, rows, '2026-11-20', storeDays).find((t) => t.key === 'gmv')!;
      expect(gmv.actual).toBeCloseTo(expected, 0);
    });
  });
});
