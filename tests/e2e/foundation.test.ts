import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../harness/chromium';
import { readTable, waitFor } from '../harness/db';
import { longestExtensionTask, report, sidebar, sidebarTiming, stopServiceWorker, useSidekick } from './harness';

const SYCM = 'https://sycm.taobao.com/cc/item_rank?dateRange=2026-11-20%7C2026-11-20&dateType=day';
const AMAZON_REPORT = 'https://sellercentral.amazon.com/business-reports/ref=xx_sitemetric_dnav_xx#/report?id=102:DetailSalesTrafficByChildItem&fromDate=2026-11-20&toDate=2026-11-20';

describe('the sidebar on seller pages (en-US browser)', () => {
  const e2e = useSidekick();

  test('docks on 生意参谋 with its three tabs, knowing marketplace, store and page type', async () => {
    const page = await e2e.browser.context.newPage();
    await page.goto(SYCM);
    const aside = sidebar(page);
    await expect.poll(() => aside.isVisible(), { timeout: 10_000 }).toBe(true);
    const hostMode = await page.evaluate(() => document.querySelector('seller-sidekick')?.shadowRoot?.mode);
    expect(hostMode).toBe('open');
    expect(await aside.getByRole('tab').allTextContents()).toEqual(['Playbooks', 'Compliance', 'Alerts']);
    expect(await aside.getByTestId('ss-page-type').textContent()).toBe('Analytics table');
    expect(await aside.getByTestId('ss-platform').textContent()).toMatch(/Taobao/);
    expect(await aside.getByTestId('ss-store').textContent()).toBe('花漾美妆旗舰店');
    for (const name of ['Playbooks', 'Compliance', 'Alerts']) {
      await aside.getByRole('tab', { name }).click();
      await expect.poll(() => aside.getByRole('tabpanel').textContent()).toMatch(/\w+/);
    }
    const timing = await sidebarTiming(page, e2e.browser.extensionId);
    report('sidebar visible after content-script start (sycm)', timing.sinceScriptStart);
    report('sidebar visible after DOMContentLoaded (sycm)', timing.sinceDomContentLoaded);
    report('longest main-thread task from the extension (sycm)', await longestExtensionTask(page));
    await page.close();
  });

  test('stays off a site that is not a seller back office', async () => {
    const page = await e2e.browser.context.newPage();
    await page.goto('https://example.com/');
    await page.waitForTimeout(1_500);
    expect(await page.locator('seller-sidekick').count()).toBe(0);
    expect(await page.evaluate(() => [...document.querySelectorAll('*')].some((el) => el.localName.startsWith('seller-')))).toBe(false);
    await page.close();
  });

  test('collapse, width and a tick of state survive reload, worker stop and browser restart', async () => {
    let page = await e2e.browser.context.newPage();
    await page.goto(AMAZON_REPORT);
    await expect.poll(() => sidebar(page).isVisible(), { timeout: 10_000 }).toBe(true);
    const separator = sidebar(page).getByRole('separator');
    await separator.focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => separator.getAttribute('aria-valuenow')).toBe('400');
    await sidebar(page).getByRole('button', { name: 'Collapse sidebar' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Open Seller Sidekick' }).isVisible()).toBe(true);

    await page.reload();
    await expect.poll(() => page.getByRole('button', { name: 'Open Seller Sidekick' }).isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await sidebar(page).count()).toBe(0);

    await stopServiceWorker(page);
    await page.getByRole('button', { name: 'Open Seller Sidekick' }).click();
    await expect.poll(() => sidebar(page).isVisible()).toBe(true);
    expect(await sidebar(page).getByRole('separator').getAttribute('aria-valuenow')).toBe('400');
    const sidebarRow = (rows: { key: string; value: unknown }[]) => rows.find((r) => r.key === 'sidebar:sellercentral.amazon.com')?.value;
    const persisted = await waitFor(
      async () => sidebarRow(await readTable(await e2e.browser.extensionPage(), 'settings')),
      (value) => JSON.stringify(value) === JSON.stringify({ open: true, width: 400 }),
    );
    expect(persisted).toEqual({ open: true, width: 400 });

    const browser = await e2e.restart();
    page = await browser.context.newPage();
    await page.goto(AMAZON_REPORT);
    await expect.poll(() => sidebar(page).isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await sidebar(page).getByRole('separator').getAttribute('aria-valuenow')).toBe('400');
    const settings = await readTable<{ key: string; value: unknown }>(await browser.extensionPage(), 'settings');
    expect(settings).toContainEqual({ key: 'sidebar:sellercentral.amazon.com', value: { open: true, width: 400 } });
    await page.close();
  });

  test('a collapse in one tab shows in another tab of the same site within a second', async () => {
    const a = await e2e.browser.context.newPage();
    const b = await e2e.browser.context.newPage();
    await a.goto(SYCM);
    await b.goto(SYCM);
    await expect.poll(() => sidebar(a).isVisible(), { timeout: 10_000 }).toBe(true);
    await expect.poll(() => sidebar(b).isVisible(), { timeout: 10_000 }).toBe(true);
    await sidebar(a).getByRole('button', { name: 'Collapse sidebar' }).click();
    await expect.poll(() => sidebar(b).count(), { timeout: 1_000 }).toBe(0);
    await b.getByRole('button', { name: 'Open Seller Sidekick' }).click();
    await expect.poll(() => sidebar(a).isVisible(), { timeout: 1_000 }).toBe(true);
    await a.close();
    await b.close();
  });

  test('follows single-page-app navigation between page types without a reload', async () => {
    const page = await e2e.browser.context.newPage();
    await page.goto(AMAZON_REPORT);
    await expect.poll(() => sidebar(page).getByTestId('ss-page-type').textContent(), { timeout: 10_000 }).toBe('Analytics table');
    await page.evaluate(() => history.pushState({}, '', '/abis/listing/edit?asin=B0DEMO0001'));
    await expect.poll(() => sidebar(page).getByTestId('ss-page-type').textContent(), { timeout: 3_000 }).toBe('Listing editor');
    await page.close();
  });

  test('the popup names the site and page type, or says it is not a seller page', async () => {
    const seller = await e2e.browser.context.newPage();
    await seller.goto(SYCM);
    await expect.poll(() => sidebar(seller).isVisible(), { timeout: 10_000 }).toBe(true);
    const other = await e2e.browser.context.newPage();
    await other.goto('https://example.com/');
    const worker = await e2e.browser.worker();
    const tabIds = await worker.evaluate(async () => {
      const tabs = await chrome.tabs.query({});
      return { seller: tabs.find((t) => t.url?.includes('sycm.taobao.com'))?.id, other: tabs.find((t) => t.url?.includes('example.com'))?.id };
    });
    const popup = await e2e.browser.context.newPage();
    await popup.goto(`chrome-extension://${e2e.browser.extensionId}/popup.html?tab=${tabIds.seller}`);
    await expect.poll(() => popup.getByTestId('popup-page-type').textContent()).toBe('Analytics table');
    expect(await popup.getByTestId('popup-site').textContent()).toMatch(/Taobao/);
    await popup.goto(`chrome-extension://${e2e.browser.extensionId}/popup.html?tab=${tabIds.other}`);
    await expect.poll(() => popup.getByTestId('popup-site').textContent()).toBe('Not a seller page');
    await popup.getByRole('button', { name: 'Options' }).click();
    for (const p of [seller, other, popup]) await p.close();
  });

  test('the background answers malformed or foreign messages with a clear error, never a throw', async () => {
    const page = await e2e.browser.extensionPage();
    const answers = await page.evaluate(async () => [
      await chrome.runtime.sendMessage('hello'),
      await chrome.runtime.sendMessage({ type: 'sidebar/set', payload: { host: 'x', width: 'wide' } }),
      await chrome.runtime.sendMessage({ type: 'drop/tables', payload: {} }),
    ]);
    expect(answers[0]).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(answers[1]).toMatchObject({ ok: false, error: { code: 'invalid', issues: [expect.stringMatching(/^width: /)] } });
    expect(answers[2]).toMatchObject({ ok: false, error: { code: 'unknown-type' } });
  });

  test('keeps working on a page that breaks history.pushState and customElements, and comes back when removed', async () => {
    const page = await e2e.browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto('https://sycm.taobao.com/misbehaving.html');
    await expect.poll(() => sidebar(page).isVisible(), { timeout: 10_000 }).toBe(true);
    await page.locator('#remove-sidekick').click();
    expect(await page.locator('#removed-count').getAttribute('data-removed')).toBe('1');
    await expect.poll(() => sidebar(page).isVisible(), { timeout: 3_000 }).toBe(true);
    expect(await page.locator('seller-sidekick').count()).toBe(1);
    // The page's own pushState throws; its navigation button uses the real one underneath.
    await page.locator('#navigate').click();
    await expect.poll(() => sidebar(page).getByTestId('ss-page-type').textContent(), { timeout: 3_000 }).toBe('Dashboard');
    expect(errors.filter((m) => /sidekick/i.test(m))).toEqual([]);
    await page.close();
  });

  test('hostile page CSS neither breaks the sidebar nor is touched by it', async () => {
    const url = 'https://sycm.taobao.com/hostile.html';
    const probe = () =>
      [...document.querySelectorAll('[data-hostile-mark], body, table, td')].map((el) => {
        const s = getComputedStyle(el);
        return [el.tagName + (el.getAttribute('data-hostile-mark') ?? ''), s.display, s.fontSize, s.color, s.direction, s.margin, s.fontFamily].join('|');
      });
    // The same page in a browser without the extension is the reference.
    const plain = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, `--host-resolver-rules=MAP * 127.0.0.1:${e2e.server.port}`] });
    const plainPage = await plain.newPage({ ignoreHTTPSErrors: true });
    await plainPage.goto(url);
    await plainPage.waitForTimeout(500);
    const reference = await plainPage.evaluate(probe);
    await plain.close();

    const page = await e2e.browser.context.newPage();
    await page.goto(url);
    await expect.poll(() => sidebar(page).isVisible(), { timeout: 10_000 }).toBe(true);
    expect(reference.length).toBeGreaterThan(0);
    expect(await page.evaluate(probe)).toEqual(reference);
    const look = await sidebar(page).evaluate((el) => {
      const s = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      return { fontSize: s.fontSize, direction: s.direction, display: s.display, width: r.width, right: r.right, vw: document.documentElement.clientWidth };
    });
    await page.screenshot({ path: 'tests/.artifacts/hostile.png' });
    expect(look).toMatchObject({ fontSize: '14px', direction: 'ltr', display: 'flex' });
    expect(look.width).toBeGreaterThanOrEqual(280);
    // Docked at the right edge (a classic scrollbar, when the page has one, sits beside it).
    expect(look.vw - look.right).toBeLessThanOrEqual(20);
    await page.close();
  });
});

describe('the sidebar in a Chinese browser', () => {
  const e2e = useSidekick({ lang: 'zh-CN' });

  test('speaks zh-CN while keeping the accessible name Seller Sidekick', async () => {
    const page = await e2e.browser.context.newPage();
    await page.goto(SYCM);
    const aside = sidebar(page);
    await expect.poll(() => aside.isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await aside.getByRole('tab').allTextContents()).toEqual(['运营手册', '合规检查', '数据预警']);
    expect(await aside.getByTestId('ss-page-type').textContent()).toBe('数据报表');
    await page.close();
  });

  test('the language picked in options wins over the browser language', async () => {
    const options = await e2e.browser.extensionPage();
    await options.reload();
    await options.getByRole('combobox', { name: '界面语言' }).selectOption('en');
    await expect.poll(() => options.getByRole('heading', { level: 1 }).textContent()).toBe('Seller Sidekick options');
    const page = await e2e.browser.context.newPage();
    await page.goto(SYCM);
    await expect.poll(() => sidebar(page).getByRole('tab').first().textContent(), { timeout: 10_000 }).toBe('Playbooks');
    const stored = await waitFor(() => readTable<{ key: string; value: unknown }>(options, 'settings'), (rows) => rows.some((r) => r.key === 'uiLanguage'));
    expect(stored).toContainEqual({ key: 'uiLanguage', value: 'en' });
    await page.close();
  });
});

declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
};
