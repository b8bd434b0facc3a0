import { DEFAULT_THRESHOLDS } from '../../../lib/alerts/defaults';
import { isHourly } from '../../../lib/alerts/periods';
import { daysOfCover } from '../../../lib/alerts/stock';
import type { SnapshotRow } from '../../../lib/db/types';
import { useLang, useT } from '../../common/i18n';
import { formatMetric } from '../format';

/**
 * A product's stock and days of cover on its latest captured day (stock ÷ its own average daily units);
 * "unknown" when it has no sales history yet. Nothing when no list ever showed its stock.
 */
export function StockCover({ rows, salesDays = DEFAULT_THRESHOLDS.stockSalesDays }: { rows: readonly SnapshotRow[]; salesDays?: number }) {
  const t = useT();
  const lang = useLang();
  const daily = rows.filter((row) => !isHourly(row.period));
  if (!daily.length) return null;
  const cover = daysOfCover(daily, daily.length - 1, salesDays);
  if (!cover.stock) return null;
  const stock = t('stock.read', { stock: formatMetric('stock', cover.stock.stock, lang), day: cover.stock.day });
  const detail =
    cover.kind === 'unknown'
      ? t('stock.unknown')
      : cover.source === 'page'
        ? t('stock.coverPage', { days: formatMetric('daysOfCover', cover.days, lang) })
        : Number.isFinite(cover.days)
          ? t('stock.cover', { days: Math.floor(cover.days), perDay: Math.round(cover.rate.perDay * 10) / 10, salesDays: cover.rate.days })
          : t('stock.noSales', { salesDays: cover.rate.days });
  return (
    <p data-testid="stock-cover" data-cover={cover.kind === 'known' && Number.isFinite(cover.days) ? Math.floor(cover.days) : cover.kind}>
      {stock} · {detail}
    </p>
  );
}
