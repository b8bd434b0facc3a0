import type { Page } from 'playwright-core';
import { readTable, waitFor } from '../harness/db';
import { sidebar, useSidekick } from './harness';
import type { SnapshotRow as Snapshot } from '../../lib/db/types';

// 小红书千帆, added as one adapter file (lib/sites/adapters/xiaohongshu.ts): its host becomes the manifest's match
// pattern, so the shipped build runs on its demo pages with nothing else registered. Expected values are the demo
// pages' own figures (tests/fixtures/sites/ark.xiaohongshu.com), typed here from the page source.

const SHELF = 'https://ark.xiaohongshu.com/app-item/list/shelf';
const CREATE = 'https://ark.xiaohongshu.com/app-item/good/create';

const marks = (page: Page) => page.locator('[data-sidekick-mark]');
const termsOn = (page: Page) => marks(page).evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.term));

/** Today in Beijing (the store's zone): the list shows no date, so its stock is today's. */
const beijingToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

describe('小红书千帆 (Xiaohongshu Qianfan) in Chromium', () => {
  const e2e = useSidekick();

  test('商品列表: the sidebar mounts knowing marketplace, store and page type, and each product’s stock is kept for the day', async () => {
    const page = await e2e.browser.context.newPage();
    await page.goto(SHELF);
    const aside = sidebar(page);
    await expect.poll(() => aside.isVisible(), { timeout: 15_000 }).toBe(true);
    await expect.poll(() => aside.getByTestId('ss-platform').textContent(), { timeout: 10_000 }).toMatch(/Xiaohongshu \(RED\) Qianfan/);
    expect(await aside.getByTestId('ss-page-type').textContent()).toBe('Product list');
    expect(await aside.getByTestId('ss-store').textContent()).toBe('栀子生活小红书店');

    const snapshots = async () => readTable<Snapshot>(await e2e.browser.extensionPage(), 'snapshots');
    const kept = await waitFor(snapshots, (all) => all.filter((s) => s.platform === 'xiaohongshu').length >= 4, 15_000);
    const rows = kept.filter((s) => s.platform === 'xiaohongshu');
    expect(rows.map((s) => s.productId).sort()).toEqual([
      '65a1f0c2e4b0a91d2c7e3b41',
      '65a1f0c2e4b0a91d2c7e3b42',
      '65a1f0c2e4b0a91d2c7e3b43',
      '65a1f0c2e4b0a91d2c7e3b44',
    ]);
    expect(new Set(rows.map((s) => s.period))).toEqual(new Set([beijingToday()]));
    // 氨基酸温和洁面乳: 库存 38 on the list; its 总销量 9,310 is all-time, not a day's units.
    const cleanser = rows.find((s) => s.productId === '65a1f0c2e4b0a91d2c7e3b42');
    expect(cleanser?.currency).toBe('CNY');
    expect(cleanser?.metrics.stock).toBe(38);
    expect(cleanser?.metrics.units ?? null).toBeNull();
    expect(rows.find((s) => s.productId === '65a1f0c2e4b0a91d2c7e3b44')?.metrics.stock).toBe(2085);
    // Each product is named by its title in 商品信息, not by the row's 编辑 link.
    const products = await readTable<{ platform: string; productId: string; title?: string }>(await e2e.browser.extensionPage(), 'products');
    expect(products.find((p) => p.platform === 'xiaohongshu' && p.productId === '65a1f0c2e4b0a91d2c7e3b42')?.title).toBe('氨基酸温和洁面乳 120g');
    // No alert yet: the Alerts tab says the day was kept, so the seller knows the capture works.
    await aside.getByRole('tab', { name: 'Alerts' }).click();
    await expect.poll(() => aside.getByRole('tabpanel').textContent(), { timeout: 10_000 }).toContain(`Products of this store with figures kept: 4, for ${beijingToday()} only.`);
    await page.close();
  });

  test('发布商品: a banned claim in the title is marked in place, the sequence word beside it is not', async () => {
    const page = await e2e.browser.context.newPage();
    await page.goto(CREATE);
    const aside = sidebar(page);
    await expect.poll(() => aside.isVisible(), { timeout: 15_000 }).toBe(true);
    await expect.poll(() => aside.getByTestId('ss-page-type').textContent(), { timeout: 10_000 }).toBe('Listing editor');
    await expect.poll(() => termsOn(page), { timeout: 10_000 }).toContain('最好用');
    const terms = await termsOn(page);
    expect(terms).not.toContain('第一');
    expect(terms).not.toContain('第一次');
    expect(terms).not.toContain('最近');
    const best = marks(page).and(page.locator('[data-term="最好用"]'));
    expect(await best.getAttribute('data-severity')).toBe('block');
    expect(await best.getAttribute('data-field')).toBe('title');

    // Typing another claim into the same field is marked too (the seller's own keystrokes).
    await page.locator('#xhs-title').click();
    await page.keyboard.press('End');
    await page.keyboard.type(' 全网最低价');
    await expect.poll(() => termsOn(page), { timeout: 10_000 }).toContain('全网最低价');
    await page.close();
  });
});
