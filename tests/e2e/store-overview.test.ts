import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { readTable, waitFor } from '../harness/db';
import { useSidekick } from './harness';
import type { SnapshotRow as Snapshot, StoreDayRow as StoreDay } from '../../lib/db/types';

const DAY = '2026-11-20';
const SYCM_HOME = `https://sycm.taobao.com/portal/home.htm?dateRange=${DAY}%7C${DAY}&dateType=day`;
const ITEM_RANK = `https://sycm.taobao.com/cc/item_rank?dateRange=${DAY}%7C${DAY}&dateType=day`;
const SHOPIFY = `https://admin.shopify.com/store/bloomwell-beauty/analytics?since=${DAY}&until=${DAY}`;

/** A card's big number as the seller reads it on the page ("34,616" → 34616). */
async function cardNumber(page: Page, selector: string): Promise<number> {
  await page.locator(selector).first().waitFor({ timeout: 10_000 });
  const text = (await page.locator(selector).first().textContent()) ?? '';
  return Number(text.replace(/[$,¥\s]/g, ''));
}

describe('the 运营日报 takes store figures from the overview pages, not the sum of product rows', () => {
  const e2e = useSidekick({ lang: 'zh-CN' });
  const storeDays = async () => readTable<StoreDay>(await e2e.browser.extensionPage(), 'storeDays');

  test('生意参谋 首页 + 商品排行, 拼多多 交易概况 (scrambled digits), 京东商智 首页 and Shopify Analytics of one day: the report shows the captured store UV in zh-CN and en', async () => {
    e2e.server.setDay(DAY);
    const page = await e2e.browser.context.newPage();
    await page.setViewportSize({ width: 1400, height: 900 });

    await page.goto(SYCM_HOME);
    const uv = await cardNumber(page, '.oui-index-cell:has(.oui-index-name:text-is("访客数")) .oui-index-cell-indexValue');
    const pv = await cardNumber(page, '.oui-index-cell:has(.oui-index-name:text-is("浏览量")) .oui-index-cell-indexValue');
    const gmv = await cardNumber(page, '.oui-index-cell:has(.oui-index-name:text-is("支付金额")) .oui-index-cell-indexValue');
    const taobao = await waitFor(storeDays, (rows) => rows.some((r) => r.platform === 'taobao' && r.period === DAY), 15_000);
    const home = taobao.find((r) => r.platform === 'taobao')!;
    // As the cards show them; 较前一日's change figures and the tooltips' numbers are not taken for values.
    expect(home.metrics).toMatchObject({ visitors: uv, pageViews: pv, gmv, refundAmount: null });
    expect(home.storeId).toBe('taobao:花漾美妆旗舰店');
    expect(home.source).toBe('https://sycm.taobao.com/portal/home.htm');
    mkdirSync('tests/.artifacts', { recursive: true });
    await page.screenshot({ path: 'tests/.artifacts/sycm-home-store-cards.png' });

    await page.goto(ITEM_RANK);
    const rows = await waitFor(
      async () => readTable<Snapshot>(await e2e.browser.extensionPage(), 'snapshots'),
      (all) => all.filter((s) => s.platform === 'taobao' && s.period === DAY).length === 12,
      15_000,
    );
    const summed = rows.filter((s) => s.platform === 'taobao' && s.period === DAY).reduce((sum, s) => sum + (s.metrics.visitors ?? 0), 0);
    // The point of it all: a visitor who looked at several products is counted once by the store.
    expect(summed).toBeGreaterThan(uv);

    await page.goto(SHOPIFY);
    const sessions = await cardNumber(page, '.Polaris-Card:has(.Polaris-Tooltip-activator:text-is("Sessions")) .Polaris-Text--headingLg');
    const sales = await cardNumber(page, '.Polaris-Card:has(.Polaris-Tooltip-activator:text-is("Total sales")) .Polaris-Text--headingLg');
    const shopify = (await waitFor(storeDays, (all) => all.some((r) => r.platform === 'shopify' && r.period === DAY), 15_000)).find((r) => r.platform === 'shopify')!;
    expect(shopify.metrics).toMatchObject({ sessions, gmv: sales });
    expect(shopify.metrics.returningCustomerRate).toBeGreaterThan(0.1);

    // 拼多多 交易概况 draws its digits in a scrambled font: the figures are the digits shown, not the DOM's.
    await page.goto(`https://mms.pinduoduo.com/sycm/stores_data/operation?date=${DAY}`);
    const shown = async (name: string) => Number(((await page.locator(`.data-card:has(.data-card-title:text-is("${name}")) .data-card-value .num`).getAttribute('data-true-value')) ?? '').replace(/,/g, ''));
    await page.locator('.data-card').first().waitFor({ timeout: 10_000 });
    const pddVisitors = await shown('店铺访客数');
    const pddGmv = await shown('成交金额');
    const domText = Number(((await page.locator('.data-card .data-card-value .num').first().textContent()) ?? '').replace(/,/g, ''));
    expect(domText).not.toBe(pddVisitors);
    const pdd = (await waitFor(storeDays, (all) => all.some((r) => r.platform === 'pinduoduo' && r.period === DAY), 15_000)).find((r) => r.platform === 'pinduoduo')!;
    expect(pdd.metrics).toMatchObject({ visitors: pddVisitors, gmv: pddGmv });
    await page.screenshot({ path: 'tests/.artifacts/pinduoduo-store-cards.png' });

    // 京东商智 首页: antd <Statistic> cards, the value split into int and decimal spans behind a ¥ prefix,
    // each title carrying an info icon and a hidden tooltip with a number of its own, then 较前一日 ↑ 3.21%.
    await page.goto(`https://jdsz.jd.com/szweb/view/home?date=${DAY}`);
    const jdCard = (name: string) => cardNumber(page, `.ant-statistic:has(.ant-statistic-title:has-text("${name}")) .ant-statistic-content`);
    const jdVisitors = await jdCard('店铺访客数');
    const jdPageViews = await jdCard('店铺浏览量');
    const jdGmv = await jdCard('成交金额');
    const jdBuyers = await jdCard('成交客户数');
    const jdAov = await jdCard('客单价');
    const jd = (await waitFor(storeDays, (all) => all.some((r) => r.platform === 'jd' && r.period === DAY), 15_000)).find((r) => r.platform === 'jd')!;
    expect(jd.metrics).toMatchObject({ visitors: jdVisitors, pageViews: jdPageViews, gmv: jdGmv, buyers: jdBuyers, aov: jdAov });
    expect(jd.storeId).toBe('jd:花漾美妆京东旗舰店');
    expect(jd.source).toBe('https://jdsz.jd.com/szweb/view/home');
    await page.screenshot({ path: 'tests/.artifacts/jd-store-cards.png' });
    await page.close();

    const options = await e2e.browser.extensionPage();
    await options.goto(`chrome-extension://${e2e.browser.extensionId}/options.html#daily-report`);
    await options.setViewportSize({ width: 1500, height: 1000 });
    const table = options.getByTestId('store-totals');
    const sycmRow = table.locator('tbody tr', { hasText: '花漾美妆旗舰店' });
    const shopifyRow = table.locator('tbody tr', { hasText: /Bloomwell|bloomwell/ });
    await expect.poll(() => sycmRow.locator('td[data-measure="visitors"]').textContent(), { timeout: 15_000 }).toMatch(new RegExp(`^${uv}(?!\\d)`));
    expect(await sycmRow.locator('td[data-measure="visitors"]').getAttribute('data-source')).toBe('store');
    expect(await sycmRow.locator('td[data-measure="visitors"]').textContent()).not.toContain(String(summed));
    expect(await sycmRow.locator('td[data-measure="gmv"]').textContent()).toMatch(new RegExp(`^${gmv.toFixed(2)}`));
    expect(await sycmRow.locator('td').nth(1).textContent()).toBe('店铺概况页');
    expect(await sycmRow.locator('td').nth(2).textContent()).toBe('12');
    expect(await shopifyRow.locator('td[data-measure="visitors"]').textContent()).toMatch(new RegExp(`^${sessions}(?!\\d)`));
    expect(await shopifyRow.locator('td[data-measure="visitors"]').getAttribute('data-source')).toBe('store');
    expect(await options.getByText('未标记的数字是店铺自己的数据').count()).toBeGreaterThan(0);
    await options.locator('#opt-daily-report').scrollIntoViewIfNeeded();
    await options.screenshot({ path: 'tests/.artifacts/daily-report-store-figures-zh.png' });

    // The same report in English.
    await options.goto(`chrome-extension://${e2e.browser.extensionId}/options.html#language`);
    await options.getByRole('combobox', { name: '界面语言' }).selectOption('en');
    await options.goto(`chrome-extension://${e2e.browser.extensionId}/options.html#daily-report`);
    await expect.poll(() => options.getByRole('heading', { name: 'Store totals' }).count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => sycmRow.locator('td').nth(1).textContent(), { timeout: 10_000 }).toBe('overview page');
    expect(await sycmRow.locator('td[data-measure="visitors"]').textContent()).toMatch(new RegExp(`^${uv}(?!\\d)`));
    expect(await shopifyRow.locator('td[data-measure="visitors"]').textContent()).toMatch(new RegExp(`^${sessions}(?!\\d)`));
    expect(await options.getByText("Figures without a mark are the store's own").count()).toBeGreaterThan(0);
    await options.locator('#opt-daily-report').scrollIntoViewIfNeeded();
    await options.screenshot({ path: 'tests/.artifacts/daily-report-store-figures-en.png' });
  });
});
