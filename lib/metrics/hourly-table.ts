import type { Metrics } from './keys';
import { scrapeTable, type ScrapeOptions } from './scrape-table';

/**
 * Campaign dashboards (千牛 活动实时看板, 生意参谋 实时 分时数据) show the store's figures hour by hour
 * in a table whose first column is the time slot (时段). Each row is one store-local hour's own
 * figures (not a running total), which is what hourly run-level snapshots hold.
 */
export const HOUR_HEADERS: readonly string[] = ['时段', '小时', '时间段', '时间', 'Hour', 'Time'];

/** "14:00", "14:00-15:00", "14:00~14:59", "14时", "14点", "14 h" → 14; anything else → null. */
export function hourOfLabel(text: string): number | null {
  const found = /^\s*(\d{1,2})\s*(?::\s*00|时|点|h\b)/i.exec(text);
  if (!found) return null;
  const hour = Number(found[1]);
  return hour >= 0 && hour <= 23 ? hour : null;
}

const HOUR_PATTERN = /^\s*(\d{1,2})\s*(?::\s*00|时|点|h\b)/i;

export interface HourRow {
  hour: number;
  metrics: Metrics;
}

/** The hour rows of every time-slot table under `root`, read by header text like product tables. */
export function readHourlyTables(root: ParentNode, opts: Pick<ScrapeOptions, 'currency'> = {}): HourRow[] {
  const byHour = new Map<number, Metrics>();
  for (const table of scrapeTable(root, { ...opts, productIdHeaders: HOUR_HEADERS, productIdPatterns: [HOUR_PATTERN] })) {
    if (!table.columns.some((column) => column.identity === 'productId' && HOUR_HEADERS.includes(column.header))) continue;
    for (const row of table.rows) {
      const hour = hourOfLabel(row.productId.length <= 2 ? `${row.productId}:00` : '');
      if (hour === null) continue;
      byHour.set(hour, { ...byHour.get(hour), ...row.metrics });
    }
  }
  return [...byHour.entries()].sort(([a], [b]) => a - b).map(([hour, metrics]) => ({ hour, metrics }));
}
