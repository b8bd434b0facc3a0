import type { ProductRow } from '../db/types';
import { dayNumber, dayNumberOfInstant } from './periods';
import type { LifecycleStage } from './types';

const PROMOTION_LAST_DAY = 30;
const STABLE_LAST_DAY = 90;

/** Days from the listing date (or first seen, when the page never showed one) to `period`. */
export function daysSinceListed(product: Pick<ProductRow, 'listedDate' | 'firstSeen'>, period: string): number {
  const listedDay = product.listedDate ? dayNumber(product.listedDate) : dayNumberOfInstant(product.firstSeen);
  return Math.max(0, dayNumber(period) - listedDay);
}

export function stageForAge(ageDays: number): LifecycleStage {
  if (ageDays <= PROMOTION_LAST_DAY) return 'promotion';
  return ageDays <= STABLE_LAST_DAY ? 'stable' : 'mature';
}

export function lifecycleStage(product: Pick<ProductRow, 'listedDate' | 'firstSeen'>, period: string): LifecycleStage {
  return stageForAge(daysSinceListed(product, period));
}
