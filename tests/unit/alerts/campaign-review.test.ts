import { describe, expect, test } from 'vitest';
import Papa from 'papaparse';
import { buildCampaignReview, campaignReviewCsv, campaignReviewMarkdown, reviewDue } from '../../../lib/alerts/campaign-review';
import type { RunRow } from '../../../lib/db/schema';
import type { ProductRow, SnapshotRow } from '../../../lib/db/types';
import type { Metrics } from '../../../lib/metrics/keys';

const STORE = 'taobao:花漾美妆旗舰店';
const run: RunRow = {
  id: 'run1',
  templateId: 'campaign',
  templateVersion: 1,
  name: '双11 2026',
  platform: 'taobao',
  storeId: STORE,
  dates: { preheatStart: '2026-10-24', burstStart: '2026-11-11', burstEnd: '2026-11-11', returnEnd: '2026-11-13' },
  targets: { gmv: 100000, newUsers: 300, couponRedemptionRate: 0.3, roi: 3.5 },
  createdAt: 0,
  archived: false,
};
const row = (productId: string, period: string, metrics: Metrics, storeId = STORE): SnapshotRow => ({
  platform: 'taobao', productId, storeId, period, currency: 'CNY', metrics, source: 'https://sycm.taobao.com/cc/item_rank', capturedAt: 0,
});
const products: ProductRow[] = [
  { platform: 'taobao', productId: 'A', title: '口红 #316', firstSeen: 0, tags: [], storeId: STORE },
  { platform: 'taobao', productId: 'B', title: '面膜 20片', firstSeen: 0, tags: [], storeId: STORE },
  { platform: 'taobao', productId: 'C', title: '=HYPERLINK("x") 粉底液', firstSeen: 0, tags: [], storeId: STORE },
];
const snapshots: SnapshotRow[] = [
  row('A', '2026-11-11', { gmv: 30000, visitors: 2000, buyers: 100, newBuyers: 60, units: 120 }),
  row('B', '2026-11-11', { gmv: 10000, visitors: 1000, buyers: 50, newBuyers: 30, units: 55 }),
  row('A', '2026-11-12', { gmv: 20000, visitors: 1500, buyers: 70, newBuyers: 40, units: 80 }),
  row('C', '2026-11-12', { gmv: 2000, visitors: 400, buyers: 10, units: 11 }),
  // Another store's row and a day after the encore: neither counts.
  row('D', '2026-11-11', { gmv: 99999, visitors: 1, buyers: 1 }, 'taobao:other'),
  row('A', '2026-11-20', { gmv: 5000, visitors: 300, buyers: 20 }),
  // The 千牛 board's hours (run-level rows).
  row('campaign:run1', '2026-11-11T00', { gmv: 8000, orders: 30, couponIssued: 400, couponUsed: 100 }),
  row('campaign:run1', '2026-11-11T10', { gmv: 3000, orders: 12, couponIssued: 200, couponUsed: 40 }),
  row('campaign:run1', '2026-11-11T20', { gmv: 15000, orders: 55, couponIssued: 600, couponUsed: 240 }),
  row('campaign:run1', '2026-11-11T21', { gmv: 9000, orders: 33 }),
];

describe('the 复盘 draft, due three working days after the encore', () => {
  test('due three working days after the encore ends (Fri 11-13 → Wed 11-18), else after the burst', () => {
    expect(reviewDue(run, 'taobao')).toBe('2026-11-18');
    expect(reviewDue({ dates: { burstStart: '2026-11-11', burstEnd: '2026-11-11' } }, 'taobao')).toBe('2026-11-16');
    // 国庆: an encore ending Wed 09-30 is reviewed after the holiday week: 10-01 … 10-07 off, then Thu 10-08,
    // Fri 10-09 and the make-up working Saturday 10-10 (State Council schedule 2026).
    expect(reviewDue({ dates: { burstStart: '2026-09-28', returnEnd: '2026-09-30' } }, 'taobao')).toBe('2026-10-10');
    // Amazon works Monday to Friday: an encore ending Sat 11-14 → Mon 16, Tue 17, Wed 11-18.
    expect(reviewDue({ dates: { burstStart: '2026-11-14' } }, 'amazon')).toBe('2026-11-18');
    expect(reviewDue({ dates: {} }, 'taobao')).toBeNull();
  });

  test('actuals against targets, hourly peaks and top products, from the captured rows only', () => {
    const review = buildCampaignReview({ run, market: 'taobao', products, snapshots })!;
    expect(review).toMatchObject({ from: '2026-10-24', to: '2026-11-13', due: '2026-11-18', daysCaptured: 2, productsCaptured: 3, hoursCaptured: 4, currency: 'CNY' });
    expect(review.lines.map((l) => [l.key, l.target, l.actual === null ? null : Math.round(l.actual * 10000) / 10000, l.missing ?? null])).toEqual([
      ['gmv', 100000, 62000, null],
      ['newUsers', 300, 130, null],
      ['conversionRate', null, 0.0469, null], // 230 buyers / 4,900 visitors
      ['aov', null, 269.5652, null], // 62,000 / 230
      ['couponRedemptionRate', 0.3, 0.3167, null], // 380 used / 1,200 issued on the board
      ['roi', 3.5, null, 'adSpend'],
    ]);
    expect(review.peaks).toEqual([
      { period: '2026-11-11T20', gmv: 15000, orders: 55 },
      { period: '2026-11-11T21', gmv: 9000, orders: 33 },
      { period: '2026-11-11T00', gmv: 8000, orders: 30 },
    ]);
    expect(review.top.map((p) => [p.productId, p.gmv, p.units, p.days])).toEqual([
      ['A', 50000, 200, 2],
      ['B', 10000, 55, 1],
      ['C', 2000, 11, 1],
    ]);
    // Three products are all in the top list; the bottom list never repeats one.
    expect(review.bottom).toEqual([]);
  });

  test('Markdown, written out by hand', () => {
    const review = buildCampaignReview({ run, market: 'taobao', products, snapshots })!;
    expect(campaignReviewMarkdown(review, 'en')).toBe(`# Campaign review (draft): 双11 2026

- Campaign window: 2026-10-24 → 2026-11-13 (encore ends)
- Review due (3 working days after the encore): 2026-11-18
- Captured: product rows on 2 days (3 products), 4 hours of the campaign board

> Draft: every number comes from the pages captured while browsing; a figure not captured says where to capture it and is never estimated.

## Targets

| Measure | Target | Actual | Attainment | Basis |
| --- | ---: | ---: | ---: | --- |
| GMV | 100000.00 | 62000.00 | 62.0% | sum of captured product rows, 2026-10-24 to 2026-11-13 |
| New users | 300 | 130 | 43.3% | sum of captured product rows, 2026-10-24 to 2026-11-13 |
| Conversion rate | no target | 4.69% |  | pooled over captured product rows, 2026-10-24 to 2026-11-13 |
| Average order value | no target | 269.57 |  | pooled over captured product rows, 2026-10-24 to 2026-11-13 |
| Coupon redemption rate | 30.00% | 31.67% | 105.6% | campaign board hours: coupons used ÷ coupons issued |
| Return on spend (ROI) | 3.50× | not captured |  | ad spend is not captured: take it from your ads console and fill it in |

## Hourly peaks

| Hour | GMV | Orders |
| --- | ---: | ---: |
| 2026-11-11 20:00 | 15000.00 | 55 |
| 2026-11-11 21:00 | 9000.00 | 33 |
| 2026-11-11 00:00 | 8000.00 | 30 |

## Products

### Top by GMV

| Product | Product ID | GMV | Units | Days |
| --- | --- | ---: | ---: | ---: |
| 口红 #316 | A | 50000.00 | 200 | 2 |
| 面膜 20片 | B | 10000.00 | 55 | 1 |
| =HYPERLINK("x") 粉底液 | C | 2000.00 | 11 | 1 |

## Customer feedback (top questions, review keywords)

_For you to write_

## What worked

_For you to write_

## What to change (each with an owner and a date)

_For you to write_
`);
  });

  test('nothing captured: every figure says "not captured" and where to capture it, in Chinese too', () => {
    const review = buildCampaignReview({ run, market: 'taobao', products, snapshots: [] })!;
    expect(review.lines.every((l) => l.actual === null)).toBe(true);
    expect(review.lines.map((l) => l.missing)).toEqual(['productTable', 'newBuyers', 'productTable', 'productTable', 'couponBoard', 'adSpend']);
    const md = campaignReviewMarkdown(review, 'zh-CN');
    expect(md).toContain('# 活动复盘报告（草稿）: 双11 2026');
    expect(md).toContain('| GMV（成交额） | 100000.00 | 未采集 |  | 活动期间每天打开商品数据表（生意参谋 商品排行、京东商智 商品明细、Amazon Business Reports 等），按日采集 |');
    expect(md).toContain('| 新增用户数 | 300 | 未采集 |  | 打开带“支付新买家数/支付老买家数”列的商品表（如生意参谋 商品排行），按日采集 |');
    expect(md).toContain('## 分时峰值\n\n未采集: 爆发期打开活动实时看板的分时数据（千牛 活动实时看板、生意参谋 实时）');
    // Every line's actual is "not captured"; only the targets the seller set carry numbers.
    expect(md.match(/\| 未采集 \|/g)).toHaveLength(6);
  });

  test('CSV: one table, a title starting with = is defused, and it parses back', () => {
    const review = buildCampaignReview({ run, market: 'taobao', products, snapshots })!;
    const csv = campaignReviewCsv(review, 'en');
    const parsed = Papa.parse<string[]>(csv.trim(), { skipEmptyLines: true }).data;
    expect(parsed[0]).toEqual(['Section', 'Item', 'id', 'Target', 'Actual', 'Attainment', 'Note']);
    expect(parsed[1]).toEqual(['Targets', 'GMV', 'gmv', '100000.00', '62000.00', '62.0%', 'sum of captured product rows, 2026-10-24 to 2026-11-13']);
    expect(parsed[6]).toEqual(['Targets', 'Return on spend (ROI)', 'roi', '3.50×', 'not captured', '', 'ad spend is not captured: take it from your ads console and fill it in']);
    expect(parsed[7]).toEqual(['Hourly peaks', '2026-11-11 20:00', '', '', '15000.00', '', 'Orders 55']);
    expect(parsed[12]).toEqual(['Top by GMV', `'=HYPERLINK("x") 粉底液`, 'C', '', '2000.00', '', 'Units 11']);
    expect(parsed).toHaveLength(13);
  });

  test('a run without a burst date has no review', () => {
    expect(buildCampaignReview({ run: { ...run, dates: {} }, market: 'taobao', products, snapshots })).toBeNull();
  });
});
