import { render, screen } from '@testing-library/react';
import { StockCover } from '../../../components/alerts/options/StockCover';
import { LangProvider } from '../../../components/common/i18n';
import type { SnapshotRow } from '../../../lib/db/types';

const row = (period: string, metrics: SnapshotRow['metrics']): SnapshotRow => ({
  platform: 'amazon', productId: 'B0D3K2VN8P', period, currency: 'USD', metrics, source: 'https://sellercentral.amazon.com/inventory', capturedAt: 1,
});

test('stock and days of cover from the product’s own sales: 612 ÷ (250 + 262 + 272) / 3 = 2.3 → 2 days', () => {
  render(
    <LangProvider lang="en">
      <StockCover rows={[row('2026-12-04', { units: 250 }), row('2026-12-05', { units: 262 }), row('2026-12-06', { units: 272, stock: 612 })]} />
    </LangProvider>,
  );
  expect(screen.getByTestId('stock-cover').textContent).toBe('612 in stock (read 2026-12-06) · 2 days of cover at 261.3 a day over 3 days');
});

test('no sales history yet: days of cover unknown, in Chinese', () => {
  render(
    <LangProvider lang="zh-CN">
      <StockCover rows={[row('2026-12-06', { stock: 2860 })]} />
    </LangProvider>,
  );
  expect(screen.getByTestId('stock-cover').textContent).toBe('库存 2,860（2026-12-06 读取） · 可售天数未知：还没有销量记录');
});

test('no list ever showed its stock: nothing is said', () => {
  const { container } = render(
    <LangProvider lang="en">
      <StockCover rows={[row('2026-12-06', { units: 10 })]} />
    </LangProvider>,
  );
  expect(container.textContent).toBe('');
});
