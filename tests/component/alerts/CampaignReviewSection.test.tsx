import { render, screen, within } from '@testing-library/react';
import { CampaignReviewSection } from '../../../components/alerts/options/CampaignReviewSection';
import { LangProvider } from '../../../components/common/i18n';
import { extensionDb } from '../../../lib/db/instance';
import type { SnapshotRow } from '../../../lib/db/types';

const STORE = 'taobao:花漾美妆旗舰店';
const row = (productId: string, period: string, metrics: SnapshotRow['metrics']): SnapshotRow => ({
  platform: 'taobao', productId, storeId: STORE, period, currency: 'CNY', metrics, source: 'https://sycm.taobao.com/cc/item_rank', capturedAt: 1,
});

test('Options → campaign review shows the run’s attainment from captured rows, "not captured" with where to capture, in Chinese and English', async () => {
  const db = extensionDb();
  await db.runs.put({
    id: 'run-1111',
    templateId: 'campaign',
    templateVersion: 1,
    name: '双11 2026',
    platform: 'taobao',
    storeId: STORE,
    dates: { preheatStart: '2026-10-24', burstStart: '2026-11-11', burstEnd: '2026-11-11', returnEnd: '2026-11-13' },
    targets: { gmv: 10_000, newUsers: 100 },
    createdAt: 1,
    archived: false,
  });
  await db.products.put({ platform: 'taobao', productId: '742198305561', title: '丝绒口红', firstSeen: 1, tags: [], storeId: STORE });
  await db.snapshots.bulkPut([
    row('742198305561', '2026-11-11', { visitors: 1000, buyers: 40, gmv: 5000, newBuyers: 25, units: 44 }),
    row('742198305561', '2026-11-12', { visitors: 800, buyers: 20, gmv: 2500, newBuyers: 15, units: 21 }),
  ]);
  const { unmount } = render(
    <LangProvider lang="zh-CN">
      <CampaignReviewSection />
    </LangProvider>,
  );
  const review = await screen.findByTestId('campaign-review', {}, { timeout: 10_000 });
  // Fri 11-13 encore → Mon 16, Tue 17, Wed 18.
  expect(review.textContent).toContain('复盘截止 2026-11-18');
  const line = (key: string) => within(review).getByTestId('review-targets').querySelector<HTMLTableRowElement>(`tr[data-key="${key}"]`)!;
  // GMV 5,000 + 2,500 = 7,500 of 10,000; new buyers 25 + 15 = 40 of 100.
  expect(Array.from(line('gmv').cells, (c) => c.textContent)).toEqual(['GMV（成交额）', '10000.00', '7500.00', '75.0%', '2026-10-24 至 2026-11-13 已采集商品行合计']);
  expect(line('newUsers').textContent).toContain('40.0%');
  expect(line('couponRedemptionRate').getAttribute('data-captured')).toBe('no');
  expect(line('couponRedemptionRate').textContent).toContain('未采集');
  expect(line('couponRedemptionRate').textContent).toContain('千牛 活动实时看板');
  expect(review.textContent).toContain('未采集: 爆发期打开活动实时看板的分时数据');
  expect(within(review).getByTestId('review-products').textContent).toContain('丝绒口红');
  expect(screen.getByRole('button', { name: '下载 Markdown' })).toBeTruthy();
  unmount();

  render(
    <LangProvider lang="en">
      <CampaignReviewSection />
    </LangProvider>,
  );
  const english = await screen.findByTestId('campaign-review', {}, { timeout: 10_000 });
  expect(english.textContent).toContain('Review due 2026-11-18');
  expect(english.textContent).toContain('not captured');
  expect(screen.getByRole('button', { name: 'Download CSV' })).toBeTruthy();
});
