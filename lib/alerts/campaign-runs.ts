import type { RunRow } from '../db/schema';
import type { SnapshotRow } from '../db/types';
import type { PlatformId } from '../sites/types';
import { hourSpan, isHourly } from './periods';
import type { CampaignRunInput } from './types';

/**
 * Run-level (campaign) snapshots live in the `snapshots` table beside product ones, keyed by the
 * sentinel product id `campaign:<runId>`: one row per run per store-local hour inside its burst window.
 * Product ids never contain ':' followed by a UUID, and the prefix keeps them apart in every index.
 */
export const CAMPAIGN_SUBJECT_PREFIX = 'campaign:';

export function campaignSubjectId(runId: string): string {
  return `${CAMPAIGN_SUBJECT_PREFIX}${runId}`;
}

/** The run id behind a campaign snapshot's product id, or null for a product's snapshot. */
export function runIdOfSubject(productId: string): string | null {
  return productId.startsWith(CAMPAIGN_SUBJECT_PREFIX) && productId.length > CAMPAIGN_SUBJECT_PREFIX.length ? productId.slice(CAMPAIGN_SUBJECT_PREFIX.length) : null;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The burst (爆发期) window as store-local days, inclusive; null when the run has no valid burst start. */
export function burstWindow(run: Pick<RunRow, 'dates'>): { start: string; end: string } | null {
  const start = run.dates.burstStart?.slice(0, 10);
  const end = (run.dates.burstEnd ?? run.dates.burstStart)?.slice(0, 10);
  if (!start || !end || !DAY.test(start) || !DAY.test(end) || end < start) return null;
  return { start, end };
}

/** Whether `period` (a day or an hour) lies inside the run's burst window. */
export function burstContains(window: { start: string; end: string }, period: string): boolean {
  const [start] = hourSpan(window.start);
  const [, end] = hourSpan(window.end);
  const [from, to] = hourSpan(period);
  return from >= start && to <= end;
}

/** A live campaign run of this store and marketplace (a run without a store or platform applies to any). */
export function isCampaignRunFor(run: RunRow, platform: PlatformId, storeId: string | undefined): boolean {
  if (run.templateId !== 'campaign' || run.archived || run.deletedAt !== undefined) return false;
  if (run.platform && run.platform !== platform) return false;
  if (run.storeId && storeId && run.storeId !== storeId) return false;
  return burstWindow(run) !== null;
}

/** The hourly periods of `day` at `hours` (0–23) that fall inside the run's burst window. */
export function hoursInBurst(run: Pick<RunRow, 'dates'>, day: string, hours: readonly number[]): string[] {
  const window = burstWindow(run);
  if (!window) return [];
  return hours
    .filter((hour) => Number.isInteger(hour) && hour >= 0 && hour <= 23)
    .map((hour) => `${day}T${String(hour).padStart(2, '0')}`)
    .filter((period) => burstContains(window, period));
}

const finiteTarget = (value: number | undefined): number | null => (value !== undefined && Number.isFinite(value) ? value : null);

/**
 * What the alert engine needs of a campaign run: its burst window, its GMV and coupon-redemption
 * targets (fractions, as the run stores them) and its hourly run-level snapshots, sorted. Null when
 * the run is not a campaign with a burst window.
 */
export function toCampaignRunInput(run: RunRow, snapshots: readonly SnapshotRow[], fallbackPlatform: PlatformId): CampaignRunInput | null {
  if (run.templateId !== 'campaign') return null;
  const burst = burstWindow(run);
  if (!burst) return null;
  const subject = campaignSubjectId(run.id);
  const rows = snapshots.filter((row) => row.productId === subject && isHourly(row.period)).sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
  const input: CampaignRunInput = {
    runId: run.id,
    platform: (run.platform as PlatformId | undefined) ?? fallbackPlatform,
    burst,
    targets: { gmv: finiteTarget(run.targets.gmv), couponRedemptionRate: finiteTarget(run.targets.couponRedemptionRate) },
    snapshots: rows,
  };
  if (run.storeId) input.storeId = run.storeId;
  return input;
}
