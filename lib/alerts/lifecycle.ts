import type { ProductRow } from '../db/types';
import { dayNumber } from './periods';
import type { LifecycleStage } from './types';

const PROMOTION_LAST_DAY = 30;
const STABLE_LAST_DAY = 90;

/**
 * Days from the listing date a page showed (发布时间, Amazon's open date) to `period`; null when no page
 * showed one. When we first saw a product says nothing about its age: a 3-year-old best seller is
 * "first seen" the day the extension is installed.
 */
export function daysSinceListed(product: Pick<ProductRow, 'listedDate'>, period: string): number | null {
  if (!product.listedDate) return null;
  return Math.max(0, dayNumber(period) - dayNumber(product.listedDate));
}

export function stageForAge(ageDays: number | null): LifecycleStage {
  if (ageDays === null) return 'unknown';
  if (ageDays <= PROMOTION_LAST_DAY) return 'promotion';
  return ageDays <= STABLE_LAST_DAY ? 'stable' : 'mature';
}

export function lifecycleStage(product: Pick<ProductRow, 'listedDate'>, period: string): LifecycleStage {
  return stageForAge(daysSinceListed(product, period));
}
