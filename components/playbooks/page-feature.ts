import { couponsListed } from '../../lib/playbooks/page-checks';
import { pageStoreId } from '../../lib/sites/store-id';
import type { PageFeatureEnv } from '../common/page-feature';

/**
 * Tells the background when a campaign page lists coupons, so "set up the coupons" ticks itself in the
 * store's active runs. Checked on arrival, after navigation, and when a run starts (the run may be new).
 */
export function startPlaybookChecks({ ctx, bridge, pageStore }: PageFeatureEnv): void {
  let lastReported = '';
  const check = (force: boolean) => {
    const page = pageStore.get();
    if (page.pageType !== 'campaign' || !couponsListed(document)) return;
    const storeId = pageStoreId(page);
    const key = `${page.url}|${storeId ?? ''}`;
    if (!force && key === lastReported) return;
    lastReported = key;
    bridge.send('playbooks/auto-check', { check: 'coupons-configured', ...(storeId ? { storeId } : {}), passed: true }).catch(() => {
      lastReported = '';
    });
  };
  check(true);
  const stopPage = pageStore.subscribe(() => check(false));
  const stopLive = bridge.subscribe((tables) => {
    if (tables.includes('runs')) check(true);
  });
  // Coupon lists in single-page back offices arrive after the first paint.
  const late = ctx.setTimeout(() => check(false), 3_000);
  ctx.onInvalidated(() => {
    stopPage();
    stopLive();
    clearTimeout(late);
  });
}
