import type { AutoCheckReport } from '../messaging/playbooks';
import { todayIn } from '../metrics/page-date';
import { dayNumber } from '../alerts/periods';

/**
 * When a capture counts as "today's figures recorded" for the `metrics-captured-today` tasks
 * (数据跟进, 运营日报, 逐小时监控, 每日站会, 各层跟踪). 生意参谋 and the Amazon business report open on
 * yesterday's complete day (T-1), real-time pages on today, so both count; a seller looking up last
 * week's report has not recorded today's figures and ticks nothing.
 */
export function isTodaysCapture(period: string, timeZone: string, now: number): boolean {
  const day = period.slice(0, 10);
  const today = dayNumber(todayIn(timeZone, new Date(now)));
  const captured = dayNumber(day);
  return captured === today || captured === today - 1;
}

export interface CapturedTodayInput {
  storeId?: string;
  /** Products whose rows the capture held; empty for a store-level (campaign dashboard) capture. */
  productIds: readonly string[];
}

/** A live product run as this needs it. */
export interface ProductRunRef {
  storeId?: string;
  productId: string;
}

/**
 * The auto-check reports a landed capture sends: one for the store (its store-wide runs), and one per
 * captured product that has a product run, so a product's 数据跟进 ticks only when its own row was read.
 */
export function capturedTodayReports(input: CapturedTodayInput, productRuns: readonly ProductRunRef[]): AutoCheckReport[] {
  const store = input.storeId === undefined ? {} : { storeId: input.storeId };
  const reports: AutoCheckReport[] = [{ check: 'metrics-captured-today', passed: true, ...store }];
  const captured = new Set(input.productIds);
  const withRuns = new Set(
    productRuns
      .filter((run) => captured.has(run.productId) && (input.storeId === undefined || run.storeId === undefined || run.storeId === input.storeId))
      .map((run) => run.productId),
  );
  for (const productId of [...withRuns].sort()) reports.push({ check: 'metrics-captured-today', passed: true, productId, ...store });
  return reports;
}
