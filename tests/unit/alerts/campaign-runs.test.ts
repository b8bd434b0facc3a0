import { burstContains, burstWindow, campaignSubjectId, hoursInBurst, isCampaignRunFor, runIdOfSubject, toCampaignRunInput } from '../../../lib/alerts/campaign-runs';
import type { RunRow } from '../../../lib/db/schema';
import type { SnapshotRow } from '../../../lib/db/types';
import { hourOfLabel } from '../../../lib/metrics/hourly-table';

const STORE = 'taobao:花漾美妆旗舰店';
const run = (over: Partial<RunRow> = {}): RunRow => ({
  id: 'run-1',
  templateId: 'campaign',
  templateVersion: 1,
  name: '双11 2026',
  storeId: STORE,
  dates: { preheatStart: '2026-10-24', burstStart: '2026-11-11', burstEnd: '2026-11-11', returnEnd: '2026-11-13' },
  targets: { gmv: 1_000_000, couponRedemptionRate: 0.3, conversionRate: 0.032 },
  createdAt: 0,
  archived: false,
  ...over,
});
const snap = (productId: string, period: string): SnapshotRow => ({ platform: 'taobao', productId, period, currency: 'CNY', metrics: { gmv: 1 }, source: 'https://x.test/', capturedAt: 0 });

describe('campaign runs as the alert engine sees them', () => {
  test('a campaign snapshot is filed under campaign:<runId>, which never reads as a product', () => {
    expect(campaignSubjectId('abc')).toBe('campaign:abc');
    expect(runIdOfSubject('campaign:abc')).toBe('abc');
    expect(runIdOfSubject('742198305561')).toBeNull();
    expect(runIdOfSubject('campaign:')).toBeNull();
  });

  test('the burst window is the burst start to burst end days; a one-day burst is that day, a missing end is the start', () => {
    expect(burstWindow(run())).toEqual({ start: '2026-11-11', end: '2026-11-11' });
    expect(burstWindow(run({ dates: { burstStart: '2026-11-11' } }))).toEqual({ start: '2026-11-11', end: '2026-11-11' });
    expect(burstWindow(run({ dates: { burstStart: '2026-11-12', burstEnd: '2026-11-11' } }))).toBeNull();
    expect(burstWindow(run({ dates: { preheatStart: '2026-10-24' } }))).toBeNull();
  });

  test('only the hours of the burst days are campaign hours: 00 to 23 of 11-11, not 11-10 23:00 or 11-12 00:00', () => {
    const window = { start: '2026-11-11', end: '2026-11-11' };
    expect(burstContains(window, '2026-11-11T00')).toBe(true);
    expect(burstContains(window, '2026-11-11T23')).toBe(true);
    expect(burstContains(window, '2026-11-10T23')).toBe(false);
    expect(burstContains(window, '2026-11-12T00')).toBe(false);
    expect(hoursInBurst(run(), '2026-11-11', [0, 14, 23, 24, -1])).toEqual(['2026-11-11T00', '2026-11-11T14', '2026-11-11T23']);
    expect(hoursInBurst(run(), '2026-11-12', [10])).toEqual([]);
    expect(hoursInBurst(run({ dates: { burstStart: '2026-11-10', burstEnd: '2026-11-12' } }), '2026-11-12', [9])).toEqual(['2026-11-12T09']);
  });

  test('a campaign run counts for its own store and marketplace only, and not once archived or deleted', () => {
    expect(isCampaignRunFor(run(), 'taobao', STORE)).toBe(true);
    expect(isCampaignRunFor(run(), 'taobao', 'taobao:另一家店')).toBe(false);
    expect(isCampaignRunFor(run({ platform: 'jd' }), 'taobao', STORE)).toBe(false);
    expect(isCampaignRunFor(run({ storeId: undefined }), 'taobao', STORE)).toBe(true);
    expect(isCampaignRunFor(run({ archived: true }), 'taobao', STORE)).toBe(false);
    expect(isCampaignRunFor(run({ deletedAt: 5 }), 'taobao', STORE)).toBe(false);
    expect(isCampaignRunFor(run({ templateId: 'product-lifecycle' }), 'taobao', STORE)).toBe(false);
  });

  test('the engine input carries the window, the GMV and redemption targets, and only this run’s hourly rows, sorted', () => {
    const rows = [snap('campaign:run-1', '2026-11-11T14'), snap('campaign:run-1', '2026-11-11T02'), snap('campaign:other', '2026-11-11T03'), snap('campaign:run-1', '2026-11-11'), snap('742198305561', '2026-11-11T05')];
    const input = toCampaignRunInput(run(), rows, 'taobao');
    expect(input).toMatchObject({ runId: 'run-1', platform: 'taobao', storeId: STORE, burst: { start: '2026-11-11', end: '2026-11-11' }, targets: { gmv: 1_000_000, couponRedemptionRate: 0.3 } });
    expect(input?.snapshots.map((row) => row.period)).toEqual(['2026-11-11T02', '2026-11-11T14']);
    expect(toCampaignRunInput(run({ targets: {} }), [], 'tmall')).toMatchObject({ platform: 'tmall', targets: { gmv: null, couponRedemptionRate: null } });
    expect(toCampaignRunInput(run({ templateId: 'store-launch' }), rows, 'taobao')).toBeNull();
  });

  test('time-slot labels as dashboards print them give the hour', () => {
    expect(hourOfLabel('14:00-15:00')).toBe(14);
    expect(hourOfLabel('09:00-当前')).toBe(9);
    expect(hourOfLabel('0:00~0:59')).toBe(0);
    expect(hourOfLabel('21时')).toBe(21);
    expect(hourOfLabel('8点')).toBe(8);
    expect(hourOfLabel('合计')).toBeNull();
    expect(hourOfLabel('24:00')).toBeNull();
    expect(hourOfLabel('2026-11-11')).toBeNull();
  });
});
