import type { Page } from 'playwright-core';
import { readTable, waitFor } from '../harness/db';
import { sidebar, useSidekick } from './harness';
import type { SnapshotRow as Snapshot } from '../../lib/db/types';

// 快手小店, added as one adapter file (lib/sites/adapters/kuaishou.ts): its hosts become the manifest's match
// patterns, so the shipped build runs on its demo pages with nothing else registered. Expected values are
// the demo pages' own figures (tests/fixtures/sites/{syt,s}.kwaixiaodian.com), typed here from the page source.

const SYT_GOODS = 'https://syt.kwaixiaodian.com/zones/shop/goods-management';
const RELEASE_ADD = 'https://s.kwaixiaodian.com/zone/goods/config/release/add';

const marks = (page: Page) => page.locator('[data-sidekick-mark]');

describe('快手小店 (Kuaishou Shop) in Chromium', () => {
  const e2e = useSidekick();

  test('生意通 货架商品: the sidebar mounts knowing marketplace, store and page type, and each product row is kept for the day', async () => {
    const page = await e2e.browser.context.newPage();
    await page.goto(SYT_GOODS);
    const aside = sidebar(page);
    await expect.poll(() => aside.isVisible(), { timeout: 15_000 }).toBe(true);
    await expect.poll(() => aside.getByTestId('ss-platform').textContent(), { timeout: 10_000 }).toMatch(/Kuaishou Shop/);
    expect(await aside.getByTestId('ss-page-type').textContent()).toBe('Analytics table');
    expect(await aside.getByTestId('ss-store').textContent()).toBe('花漾美妆快手小店');

    const snapshots = async () => readTable<Snapshot>(await e2e.browser.extensionPage(), 'snapshots');
    const kept = await waitFor(snapshots, (all) => all.filter((s) => s.platform === 'kuaishou').length >= 5, 15_000);
    const rows = kept.filter((s) => s.platform === 'kuaishou');
    expect(rows.map((s) => s.productId).sort()).toEqual(['25812911614326', '25812911614327', '25812911614328', '25812911614329', '25812911614330']);
    expect(new Set(rows.map((s) => s.period))).toEqual(new Set(['2026-11-20']));
    // 玻尿酸补水面膜: 24,310 exposed, 1,905 clicked, 88 buyers, 92 orders, 131 units, ¥7,723.50, conversion 88 / 1,905.
    const mask = rows.find((s) => s.productId === '25812911614328');
    expect(mask?.currency).toBe('CNY');
    expect(mask?.metrics).toMatchObject({ impressions: 24310, clicks: 1905, buyers: 88, orders: 92, units: 131, gmv: 7723.5 });
    expect(mask?.metrics.ctr).toBeCloseTo(0.0784, 4);
    expect(mask?.metrics.conversionRate).toBeCloseTo(0.0462, 4);
    await page.close();
  });

  test('新增商品: a banned claim in the title is marked in place, the sequence word beside it is not', async () => {
    const page = await e2e.browser.context.newPage();
    await page.goto(RELEASE_ADD);
    const aside = sidebar(page);
    await expect.poll(() => aside.isVisible(), { timeout: 15_000 }).toBe(true);
    await expect.poll(() => aside.getByTestId('ss-page-type').textContent(), { timeout: 10_000 }).toBe('Listing editor');
    await expect.poll(() => marks(page).evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.term)), { timeout: 10_000 }).toContain('全网最低价');
    const terms = await marks(page).evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.term));
    expect(terms).not.toContain('第一');
    expect(terms).not.toContain('第一次');
    const lowestPrice = marks(page).and(page.locator('[data-term="全网最低价"]'));
    expect(await lowestPrice.getAttribute('data-severity')).toBe('block');
    expect(await lowestPrice.getAttribute('data-field')).toBe('ks-title');

    // Typing another claim into the same field is marked too (the seller's own keystrokes).
    const title = page.locator('#ks-title');
    await title.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' 国家级');
    await expect.poll(() => marks(page).evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.term)), { timeout: 10_000 }).toContain('国家级');
    await page.close();
  });
});
