import type { Page } from 'playwright-core';
import { readTable, waitFor } from '../harness/db';
import { sidebar, useSidekick } from './harness';
import type { SnapshotRow as Snapshot } from '../../lib/db/types';

const COUPONS = 'https://myseller.taobao.com/home.htm/marketing/coupon/list';
/** 千牛 活动实时看板 on the fixture day; `hour` is the fixture's "now" (its rows are 00:00 … that hour). */
const BOARD = (hour: number) => `https://myseller.taobao.com/home.htm/marketing/campaign/dashboard?hour=${hour}`;
const BURST_DAY = '2026-11-11';

interface Alert {
  runId?: string;
  productId?: string;
  ruleId: string;
  status: string;
  lastPeriod: string;
  evidence: { value: number | null; benchmark?: number | null };
}
interface ChromeAction {
  action: { getBadgeText(details: object): Promise<string> };
}

async function openTab(page: Page, url: string, tab: string) {
  await page.goto(url);
  const aside = sidebar(page);
  await expect.poll(() => aside.isVisible(), { timeout: 10_000 }).toBe(true);
  await aside.getByRole('tab', { name: tab }).click();
  return aside;
}

describe('campaign alerts during the 双11 burst', () => {
  const e2e = useSidekick();
  const alerts = async () => readTable<Alert>(await e2e.browser.extensionPage(), 'alerts');
  const snapshots = async () => readTable<Snapshot>(await e2e.browser.extensionPage(), 'snapshots');
  const badgeText = async () => {
    const worker = await e2e.browser.worker();
    return worker.evaluate(() => (globalThis as unknown as { chrome: ChromeAction }).chrome.action.getBadgeText({}));
  };

  test('the live board shows coupon redemption at 12% against a 30% plan and payment failures climbing: both alerted for the run, resolved once they recover', async () => {
    e2e.server.setDay(BURST_DAY);
    const coupons = await e2e.browser.context.newPage();
    const aside = await openTab(coupons, COUPONS, 'Playbooks');
    await aside.getByRole('button', { name: 'Start a run' }).click();
    await aside.getByLabel('Name', { exact: true }).fill('双11 2026');
    await aside.getByLabel('Pre-heat starts').fill('2026-10-24');
    await aside.getByLabel('Burst starts').fill(BURST_DAY);
    await aside.getByLabel('Burst ends').fill(BURST_DAY);
    await aside.getByLabel('GMV', { exact: true }).fill('1000000');
    await aside.getByLabel(/Coupon redemption rate/).fill('30');
    await aside.getByRole('button', { name: 'Start', exact: true }).click();
    const runs = await waitFor(async () => readTable<{ id: string; targets: Record<string, number> }>(await e2e.browser.extensionPage(), 'runs'), (all) => all.length === 1, 5_000);
    const runId = runs[0]!.id;
    expect(runs[0]!.targets).toMatchObject({ gmv: 1_000_000, couponRedemptionRate: 0.3 });

    // 14:00: the board lists 00:00 … 14:00; each hour becomes one run-level snapshot.
    const board = await e2e.browser.context.newPage();
    await board.goto(BOARD(14));
    const subject = `campaign:${runId}`;
    const kept = await waitFor(snapshots, (all) => all.filter((s) => s.productId === subject).length >= 15, 15_000);
    const hourly = kept.filter((s) => s.productId === subject).map((s) => s.period).sort();
    expect(hourly).toHaveLength(15);
    expect(hourly[0]).toBe(`${BURST_DAY}T00`);
    expect(hourly[14]).toBe(`${BURST_DAY}T14`);
    // Nothing else on the board is taken for a product.
    expect(kept.every((s) => s.productId === subject)).toBe(true);

    const raised = await waitFor(alerts, (all) => all.filter((a) => a.status === 'open').length >= 2, 10_000);
    expect(raised.map((a) => [a.ruleId, a.runId, a.status, a.productId]).sort()).toEqual([
      ['coupon-redemption-under-plan', runId, 'open', undefined],
      ['payment-failures-rising', runId, 'open', undefined],
    ]);
    const coupon = raised.find((a) => a.ruleId === 'coupon-redemption-under-plan')!;
    expect(coupon.evidence.value).toBeGreaterThan(0.1);
    expect(coupon.evidence.value).toBeLessThan(0.14);
    expect(coupon.evidence.benchmark).toBe(0.3);
    expect(coupon.lastPeriod).toBe(`${BURST_DAY}T14`);
    await expect.poll(badgeText, { timeout: 5_000 }).toBe('2');

    // The Alerts tab of the store lists them with the run, the handbook's action and the run's task.
    const list = await openTab(board, BOARD(14), 'Alerts');
    const card = list.locator('article[data-rule="coupon-redemption-under-plan"]');
    await expect.poll(() => card.isVisible(), { timeout: 5_000 }).toBe(true);
    const text = (await card.textContent()) ?? '';
    expect(text).toContain('Coupon redemption under plan');
    expect(text).toContain('双11 2026');
    expect(text).toContain('remind buyers holding unused coupons');
    expect(text).toContain('Act when coupon redemption falls short');
    await expect.poll(() => card.textContent(), { timeout: 5_000 }).toContain('Run under way: 双11 2026');
    expect(await list.locator('article[data-rule="payment-failures-rising"]').isVisible()).toBe(true);

    // 22:00: buyers were reminded and redeemed (running share over 30%), payments are normal again.
    await board.goto(BOARD(22));
    const later = await waitFor(alerts, (all) => all.every((a) => a.status === 'resolved'), 15_000);
    expect(later.map((a) => [a.ruleId, a.status]).sort()).toEqual([
      ['coupon-redemption-under-plan', 'resolved'],
      ['payment-failures-rising', 'resolved'],
    ]);
    await expect.poll(badgeText, { timeout: 5_000 }).toBe('');
    // No request of our own reached the marketplace: only the pages and their assets.
    expect(e2e.server.requests.filter((r) => !r.startsWith('GET '))).toEqual([]);
  });
});
