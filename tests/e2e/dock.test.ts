import type { Page } from 'playwright-core';
import { readTable, waitFor } from '../harness/db';
import { sidebar, useSidekick } from './harness';

/**
 * The sidebar docks beside an analytics report so the report's right-hand columns stay visible, and
 * floats over the page when the seller prefers. Geometry is read from the page as laid out.
 */
const SYCM = 'https://sycm.taobao.com/cc/item_rank?dateRange=2026-11-20%7C2026-11-20&dateType=day';
const AMAZON_REPORT = 'https://sellercentral.amazon.com/business-reports/ref=xx_sitemetric_dnav_xx#/report?id=102:DetailSalesTrafficByChildItem&fromDate=2026-11-20&toDate=2026-11-20';

const REPORTS = [
  { name: '生意参谋 商品排行', url: SYCM, host: 'sycm.taobao.com', lastHeader: '.oui-table thead th:last-child' },
  { name: 'Amazon business report', url: AMAZON_REPORT, host: 'sellercentral.amazon.com', lastHeader: '[role="grid"] [role="row"]:first-child [role="columnheader"]:last-child' },
] as const;

interface Geometry {
  header: { left: number; right: number; top: number; bottom: number };
  /** What a click at the header's centre would hit: the header itself, or our sidebar on top of it. */
  hitAtCentre: 'header' | 'sidebar' | 'other';
  sidebarLeft: number;
  viewportWidth: number;
  viewportHeight: number;
  rootWidth: number;
  rootStyle: string | null;
  rootAttributes: string[];
}

/** Brings the report's last column header into view the way a seller would (scrolling), then measures. */
async function measure(page: Page, lastHeader: string): Promise<Geometry> {
  return page.evaluate((selector) => {
    const header = document.querySelector(selector)!;
    header.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    const box = header.getBoundingClientRect();
    const hit = document.elementFromPoint((box.left + box.right) / 2, (box.top + box.bottom) / 2);
    const host = document.querySelector('seller-sidekick')!;
    const aside = host.shadowRoot!.querySelector('[role="complementary"]');
    const root = document.documentElement;
    return {
      header: { left: box.left, right: box.right, top: box.top, bottom: box.bottom },
      hitAtCentre: hit && header.contains(hit) ? 'header' : hit === host ? 'sidebar' : 'other',
      sidebarLeft: aside ? aside.getBoundingClientRect().left : root.clientWidth,
      viewportWidth: root.clientWidth,
      viewportHeight: root.clientHeight,
      rootWidth: root.getBoundingClientRect().width,
      rootStyle: root.getAttribute('style'),
      rootAttributes: root.getAttributeNames(),
    };
  }, lastHeader);
}

const dockToggle = (page: Page, name: string) => sidebar(page).getByRole('button', { name });

async function screenshot(page: Page, file: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `tests/.artifacts/${file}` });
}

describe('the sidebar docks beside analytics reports (en-US browser)', () => {
  const e2e = useSidekick();

  for (const report of REPORTS) {
    test(`${report.name}: docked by default, the last column header is fully visible beside the sidebar; overlay covers it; the choice survives a reload`, async () => {
      const page = await e2e.browser.context.newPage();
      await page.goto(report.url);
      await expect.poll(() => sidebar(page).isVisible(), { timeout: 10_000 }).toBe(true);
      await page.locator(report.lastHeader).waitFor();
      const toggle = dockToggle(page, 'Dock beside the page');
      await expect.poll(() => toggle.getAttribute('aria-pressed'), { timeout: 5_000 }).toBe('true');

      const docked = await measure(page, report.lastHeader);
      const sidebarWidth = docked.viewportWidth - docked.sidebarLeft;
      expect(sidebarWidth).toBe(360);
      // The page ends where the sidebar begins.
      expect(docked.rootWidth).toBe(docked.viewportWidth - 360);
      // Fully visible: inside the viewport and left of the sidebar, and nothing of ours on top of it.
      expect(docked.header.left).toBeGreaterThanOrEqual(0);
      expect(docked.header.top).toBeGreaterThanOrEqual(0);
      expect(docked.header.bottom).toBeLessThanOrEqual(docked.viewportHeight);
      expect(docked.header.right).toBeLessThanOrEqual(docked.sidebarLeft);
      expect(docked.header.right - docked.header.left).toBeGreaterThan(20);
      expect(docked.hitAtCentre).toBe('header');
      // The page's root carries no attribute of ours, only its own plus the inline margin.
      expect(docked.rootAttributes.filter((name) => name !== 'lang')).toEqual(['style']);
      expect(docked.rootStyle).toBe('margin-right: 360px !important;');
      await screenshot(page, `dock-${report.host}-docked-en.png`);

      // Overlay: the page gets its full width back and its root is as the page wrote it.
      await toggle.click();
      await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('false');
      const overlay = await measure(page, report.lastHeader);
      expect(overlay.rootWidth).toBe(overlay.viewportWidth);
      expect(overlay.rootStyle).toBeNull();
      expect(overlay.rootAttributes.filter((name) => name !== 'lang')).toEqual([]);
      // …which is what docking is for: floating, the sidebar sits on the last column.
      expect(overlay.header.right).toBeGreaterThan(overlay.sidebarLeft);
      expect(overlay.hitAtCentre).toBe('sidebar');
      await screenshot(page, `dock-${report.host}-overlay-en.png`);

      const stored = await waitFor(
        async () => (await readTable<{ key: string; value: { mode?: string } }>(await e2e.browser.extensionPage(), 'settings')).find((r) => r.key === `sidebar:${report.host}`)?.value,
        (value) => value?.mode === 'overlay',
      );
      expect(stored).toEqual({ open: true, width: 360, mode: 'overlay' });

      await page.reload();
      await expect.poll(() => sidebar(page).isVisible(), { timeout: 10_000 }).toBe(true);
      await page.locator(report.lastHeader).waitFor();
      expect(await toggle.getAttribute('aria-pressed')).toBe('false');
      expect((await measure(page, report.lastHeader)).rootStyle).toBeNull();

      // Docked again from the keyboard; that too survives a reload.
      await toggle.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
      await waitFor(
        async () => (await readTable<{ key: string; value: { mode?: string } }>(await e2e.browser.extensionPage(), 'settings')).find((r) => r.key === `sidebar:${report.host}`)?.value,
        (value) => value?.mode === 'docked',
      );
      await page.reload();
      await expect.poll(() => sidebar(page).isVisible(), { timeout: 10_000 }).toBe(true);
      await page.locator(report.lastHeader).waitFor();
      expect(await toggle.getAttribute('aria-pressed')).toBe('true');
      const again = await measure(page, report.lastHeader);
      expect(again.header.right).toBeLessThanOrEqual(again.sidebarLeft);
      expect(again.hitAtCentre).toBe('header');

      // Collapsed, the sidebar needs no room: the page has its whole width.
      await sidebar(page).getByRole('button', { name: 'Collapse sidebar' }).click();
      await expect.poll(() => page.evaluate(() => document.documentElement.getAttribute('style'))).toBeNull();
      await page.getByRole('button', { name: 'Open Seller Sidekick' }).click();
      await expect.poll(() => page.evaluate(() => document.documentElement.getAttribute('style'))).toBe('margin-right: 360px !important;');
      await page.close();
    });
  }

  test("a page's fixed top bar and full-width bottom bar end at the sidebar when docked, and get their own styles back when undocked", async () => {
    const page = await e2e.browser.context.newPage();
    await page.goto(SYCM);
    await expect.poll(() => sidebar(page).isVisible(), { timeout: 10_000 }).toBe(true);
    const toggle = dockToggle(page, 'Dock beside the page');
    await expect.poll(() => toggle.getAttribute('aria-pressed'), { timeout: 5_000 }).toBe('true');
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('false');
    // A page script adds the kinds of fixed bars seller back offices have.
    const original = await page.evaluate(() => {
      const top = document.createElement('div');
      top.id = 'fixed-top';
      top.setAttribute('style', 'position: fixed; top: 0; left: 0; right: 0; height: 40px; background: #333;');
      const bottom = document.createElement('div');
      bottom.id = 'fixed-bottom';
      bottom.setAttribute('style', 'position: fixed; bottom: 0; left: 0; width: 100%; padding: 0 10px; height: 40px; background: #963;');
      const help = document.createElement('button');
      help.id = 'fixed-help';
      help.className = 'help-button';
      help.textContent = '?';
      document.head.insertAdjacentHTML('beforeend', '<style>.help-button { position: fixed; right: 16px; top: 50%; width: 40px; height: 40px; }</style>');
      document.body.append(top, bottom, help);
      return [top, bottom, help].map((el) => el.getAttribute('style'));
    });
    const boxes = () =>
      page.evaluate(() =>
        ['fixed-top', 'fixed-bottom', 'fixed-help'].map((id) => {
          const box = document.getElementById(id)!.getBoundingClientRect();
          return { left: box.left, right: box.right };
        }),
      );
    const vw = await page.evaluate(() => document.documentElement.clientWidth);
    // (content-box sizing: the bottom bar's 100% plus its padding runs 20 px past the viewport)
    expect((await boxes()).map((b) => b.right)).toEqual([vw, vw + 20, vw - 16]);

    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
    const edge = vw - 360;
    const docked = await boxes();
    expect(docked[0]).toEqual({ left: 0, right: edge });
    expect(docked[1]).toEqual({ left: 0, right: edge });
    expect(docked[2]).toEqual({ left: edge - 16 - 40, right: edge - 16 });
    await screenshot(page, 'dock-fixed-bars-docked-en.png');

    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('false');
    expect(await page.evaluate(() => ['fixed-top', 'fixed-bottom', 'fixed-help'].map((id) => document.getElementById(id)!.getAttribute('style')))).toEqual(original);
    expect((await boxes()).map((b) => b.right)).toEqual([vw, vw + 20, vw - 16]);
    await page.close();
  });
});

describe('a page wider than the room docking leaves it', () => {
  const e2e = useSidekick();

  test('a 1,300-px min-width report scrolls far enough that its right edge comes out from under the sidebar', async () => {
    const page = await e2e.browser.context.newPage();
    await page.goto(SYCM);
    await expect.poll(() => sidebar(page).isVisible(), { timeout: 10_000 }).toBe(true);
    const toggle = dockToggle(page, 'Dock beside the page');
    await expect.poll(() => toggle.getAttribute('aria-pressed'), { timeout: 5_000 }).toBe('true');
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('false');
    // A page script sets a minimum width, as many back offices do; 1440 - 360 leaves it 1080.
    await page.evaluate(() => document.head.insertAdjacentHTML('beforeend', '<style>body { min-width: 1300px; }</style>'));
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
    const geometry = await page.evaluate(() => {
      window.scrollTo(document.documentElement.scrollWidth, 0);
      const host = document.querySelector('seller-sidekick')!;
      return {
        bodyRight: document.body.getBoundingClientRect().right,
        sidebarLeft: host.shadowRoot!.querySelector('[role="complementary"]')!.getBoundingClientRect().left,
        rootStyle: document.documentElement.getAttribute('style'),
      };
    });
    expect(geometry.rootStyle).toBe('margin-right: 360px !important; min-width: 1300px !important;');
    expect(geometry.bodyRight).toBeLessThanOrEqual(geometry.sidebarLeft);
    expect(geometry.bodyRight).toBeGreaterThan(geometry.sidebarLeft - 2);
    await toggle.click();
    await expect.poll(() => page.evaluate(() => document.documentElement.getAttribute('style'))).toBeNull();
    await page.close();
  });
});

describe('the sidebar docks beside analytics reports (zh-CN browser)', () => {
  const e2e = useSidekick({ lang: 'zh-CN' });

  for (const report of REPORTS) {
    test(`${report.name}: docked with the Chinese toggle, overlay on press`, async () => {
      const page = await e2e.browser.context.newPage();
      await page.goto(report.url);
      await expect.poll(() => sidebar(page).isVisible(), { timeout: 10_000 }).toBe(true);
      await page.locator(report.lastHeader).waitFor();
      const toggle = dockToggle(page, '停靠在页面旁');
      await expect.poll(() => toggle.getAttribute('aria-pressed'), { timeout: 5_000 }).toBe('true');
      const docked = await measure(page, report.lastHeader);
      expect(docked.header.right).toBeLessThanOrEqual(docked.sidebarLeft);
      expect(docked.hitAtCentre).toBe('header');
      await screenshot(page, `dock-${report.host}-docked-zh.png`);
      await toggle.press(' ');
      await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('false');
      expect((await measure(page, report.lastHeader)).rootStyle).toBeNull();
      await screenshot(page, `dock-${report.host}-overlay-zh.png`);
      await page.close();
    });
  }
});
