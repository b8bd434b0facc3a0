import { render, screen, within } from '@testing-library/react';
import { DailyReportSection } from '../../../components/alerts/options/DailyReportSection';
import { LangProvider } from '../../../components/common/i18n';
import { extensionDb } from '../../../lib/db/instance';
import type { SnapshotRow } from '../../../lib/db/types';

const STORE = 'taobao:花漾美妆旗舰店';
const row = (productId: string, period: string, metrics: SnapshotRow['metrics']): SnapshotRow => ({
  platform: 'taobao',
  productId,
  storeId: STORE,
  period,
  currency: 'CNY',
  metrics,
  source: 'https://sycm.taobao.com/cc/item_rank',
  capturedAt: 1,
});

test('Options → daily report shows the store totals and the run’s targets, in Chinese', async () => {
  const db = extensionDb();
  await db.stores.put({ id: STORE, platform: 'taobao', shopId: '花漾美妆旗舰店', name: '花漾美妆旗舰店', firstSeen: 1, lastSeen: 1 });
  // Two products on 2026-11-20 and the day before; the launch run started 2026-11-19.
  await db.snapshots.bulkPut([
    row('742198305561', '2026-11-19', { visitors: 900, pageViews: 1500, buyers: 27, gmv: 2403, newBuyers: 20, returningBuyers: 7 }),
    row('742198305561', '2026-11-20', { visitors: 1000, pageViews: 1700, buyers: 30, gmv: 2670, newBuyers: 21, returningBuyers: 9 }),
    row('658823107342', '2026-11-20', { visitors: 500, pageViews: 650, buyers: 20, gmv: 1580, newBuyers: 15, returningBuyers: 5 }),
  ]);
  await db.runs.put({
    id: 'run-launch',
    templateId: 'store-launch',
    templateVersion: 1,
    name: '花漾开店',
    storeId: STORE,
    dates: { launchDate: '2026-11-19' },
    targets: { gmv: 10_000, newUsers: 100, conversionRate: 0.04, aov: 90 },
    createdAt: 1,
    archived: false,
  });
  render(
    <LangProvider lang="zh-CN">
      <DailyReportSection />
    </LangProvider>,
  );
  const totals = await screen.findByTestId('store-totals', {}, { timeout: 10_000 });
  // 1,000 + 500 visitors against the day before's 900 (only one product captured then): +66.7%; 50 buyers of 1,500 = 3.33%; GMV 4,250; AOV 4,250 / 50 = 85.00.
  const cells = within(totals).getAllByRole('cell').map((c) => c.textContent);
  expect(cells.slice(0, 4)).toEqual(['花漾美妆旗舰店', '商品行合计', '2', '1500 Σ +66.7%']);
  expect(cells.some((c) => c?.startsWith('3.33%'))).toBe(true);
  expect(cells.some((c) => c?.startsWith('85.00'))).toBe(true);
  const targets = screen.getByTestId('store-targets');
  const text = targets.textContent ?? '';
  // GMV since 2026-11-19: 2,403 + 4,250 = 6,653 of 10,000; new buyers 20 + 36 = 56 of 100.
  expect(text).toContain('6653.00');
  expect(text).toContain('66.5%');
  expect(text).toContain('56');
  expect(text).toContain('自 2026-11-19 累计');
  expect(screen.getByText('店铺汇总')).toBeTruthy();
});

test('the store’s own figures from its overview page replace the product rows’ sum, and the report says which is which', async () => {
  const db = extensionDb();
  await Promise.all(db.tables.map((table) => table.clear()));
  await db.stores.put({ id: STORE, platform: 'taobao', shopId: '花漾美妆旗舰店', name: '花漾美妆旗舰店', firstSeen: 1, lastSeen: 1 });
  await db.snapshots.bulkPut([
    row('742198305561', '2026-11-20', { visitors: 1000, pageViews: 1700, buyers: 30, gmv: 2670 }),
    row('658823107342', '2026-11-20', { visitors: 500, pageViews: 650, buyers: 20, gmv: 1580 }),
  ]);
  // 生意参谋 首页 of the same day: 1,240 visitors (one who viewed both products is one), 48 buyers, GMV 4,250; no 浏览量 card.
  await db.storeDays.put({ platform: 'taobao', storeId: STORE, period: '2026-11-20', currency: 'CNY', metrics: { visitors: 1240, buyers: 48, gmv: 4250 }, source: 'https://sycm.taobao.com/portal/home.htm', capturedAt: 2 });
  render(
    <LangProvider lang="en">
      <DailyReportSection />
    </LangProvider>,
  );
  const totals = await screen.findByTestId('store-totals', {}, { timeout: 10_000 });
  const line = within(totals).getAllByRole('row')[1]!;
  const cell = (measure: string) => line.querySelector(`td[data-measure="${measure}"]`)!;
  expect(cell('visitors').textContent).toBe('1240');
  expect(cell('visitors').getAttribute('data-source')).toBe('store');
  // 1,700 + 650 page views, summed and marked as such.
  expect(cell('pageViews').textContent).toBe('2350 Σ');
  expect(cell('pageViews').getAttribute('data-source')).toBe('products');
  // 48 of 1,240 visitors = 3.87%; 4,250 / 48 = 88.54: the store's own, not the rows' 50 of 1,500.
  expect(cell('conversionRate').textContent).toBe('3.87%');
  expect(cell('aov').textContent).toBe('88.54');
  expect(within(line).getByText('overview page, Σ = sum of product rows')).toBeTruthy();
  expect(within(line).getByTitle('Sum of the captured product rows (visitors: an upper bound)')).toBeTruthy();
});
