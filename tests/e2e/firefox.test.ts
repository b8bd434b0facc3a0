import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { ROOT } from '../harness/browser';
import { readTable, waitFor } from '../harness/db';
import { launchFirefoxSidekick, type FirefoxSidekick } from '../harness/firefox';
import { startFixtureServer, type FixtureServer } from '../harness/server';

/**
 * The Firefox package (MV2, `.output/firefox-mv2`) in Debian's Firefox ESR, on the same fixture
 * pages as the Chromium suite: what differs in Firefox is the manifest (MV2, optional_permissions,
 * no ports in match patterns), the extension pages' address and the event page instead of a worker.
 */

const SYCM = '/cc/item_rank?dateRange=2026-11-20%7C2026-11-20&dateType=day';
const PUBLISH = '/sell/publish.htm?catId=50010788';
const COUPONS = '/home.htm/marketing/coupon/list';
const STORE_LAUNCH_TASK = 'Size up the market: volume and growth';

/**
 * The sidebar, found as assistive technology finds it: role complementary, accessible name "Seller
 * Sidekick". Puppeteer's ARIA queries do not pierce shadow roots from the document, so start at our host.
 */
const SIDEBAR = 'seller-sidekick >>> ::-p-aria([name="Seller Sidekick"][role="complementary"])';
const sidebarShown = (page: Page) => page.$(SIDEBAR).then((el) => el !== null);

/** Marks live in the open shadow root of <seller-sidekick-marks>; `>>>` pierces it. */
const markTerms = (page: Page, field: string) =>
  page.$$eval(`seller-sidekick-marks >>> [data-sidekick-mark][data-field="${field}"]`, (els) => els.map((e) => (e as HTMLElement).dataset.term ?? '').sort());

const badges = (page: Page) =>
  page.$$eval('[data-sidekick-badge]', (els) => els.map((e) => `${e.getAttribute('data-product-id')} ${e.getAttribute('data-rule')}`).sort());

async function poll<T>(read: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  return waitFor(() => read().catch(() => undefined as T), accept, timeoutMs);
}

describe('the Firefox package in Firefox ESR', () => {
  let server: FixtureServer;
  let ff: FirefoxSidekick;
  const started = Date.now();

  beforeAll(async () => {
    server = await startFixtureServer();
    ff = await launchFirefoxSidekick({ port: server.port });
  });
  afterAll(async () => {
    await ff?.close();
    await server?.close();
    console.log(`[budget] Firefox suite, launch to close: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  });

  test('the sidebar mounts on 生意参谋 with its role and name, and stays off other sites', async () => {
    const page = await ff.newPage();
    await page.goto(ff.url('sycm.taobao.com', SYCM));
    expect(await poll(() => sidebarShown(page), Boolean)).toBe(true);
    // The same element contract as in Chromium: one <seller-sidekick> host with an open shadow root.
    expect(await page.$eval('seller-sidekick', (host) => host.shadowRoot?.mode)).toBe('open');
    mkdirSync(join(ROOT, 'tests/.artifacts'), { recursive: true });
    await page.screenshot({ path: join(ROOT, 'tests/.artifacts/firefox-sidebar-sycm.png') });

    const other = await ff.newPage();
    await other.goto(ff.url('example.com'));
    await new Promise((r) => setTimeout(r, 1_500));
    expect(await other.$('seller-sidekick')).toBeNull();
    await other.close();
    await page.close();
  });

  test('a banned word typed into the Taobao publish form gets its mark', async () => {
    const page = await ff.newPage();
    await page.goto(ff.url('item.upload.taobao.com', PUBLISH));
    expect(await poll(() => markTerms(page, 'title'), (terms) => terms.length > 0)).toEqual(['全网最低价', '最好用']);
    expect(await markTerms(page, 'shopping_title')).toEqual([]);
    await page.click('input[name="shopping_title"]');
    await page.keyboard.press('End');
    await page.keyboard.type(' 国家级');
    expect(await poll(() => markTerms(page, 'shopping_title'), (terms) => terms.length > 0)).toEqual(['国家级']);
    await page.close();
  });

  // Firefox makes every scripted keydown/keypress/keyup composed, whatever its init says: the guard's
  // copies for our own handlers must still stay inside our root (components/common/private-typing.ts).
  test('a key logger the page starts in its <head> hears nothing typed in the sidebar, and our own key handlers still get the keys (the document_start guard works in Firefox too)', async () => {
    const page = await ff.newPage();
    await page.goto(ff.url('sycm.taobao.com', '/keylogger.html'));
    expect(await poll(() => sidebarShown(page), Boolean)).toBe(true);
    const heard = () => page.evaluate(() => (window as unknown as { __heard: string[] }).__heard.splice(0));
    // The logger works: a key pressed on the page itself.
    await page.keyboard.press('x');
    expect((await heard()).some((h) => h.startsWith('keydown|x|'))).toBe(true);
    const playbooks = `${SIDEBAR} >>> ::-p-aria([name="Playbooks"][role="tab"])`;
    const selected = (tab: string) => page.$eval(`${SIDEBAR} >>> ::-p-aria([name="${tab}"][role="tab"])`, (el) => el.getAttribute('aria-selected'));
    await page.click(playbooks);
    // The tab list's arrow keys are a keydown handler of ours: the seller's keys reach it, the page's logger does not.
    await page.keyboard.press('ArrowRight');
    expect(await poll(() => selected('Compliance'), (v) => v === 'true')).toBe('true');
    await page.keyboard.press('ArrowLeft');
    expect(await poll(() => selected('Playbooks'), (v) => v === 'true')).toBe('true');
    await page.click(`${SIDEBAR} >>> ::-p-aria([name="Start a run"][role="button"])`);
    const name = 'seller-sidekick >>> ::-p-aria([name="Name"][role="textbox"])';
    await page.click(name);
    await page.keyboard.type('双11 备货 run');
    await page.keyboard.press('Backspace');
    expect(await page.$eval(name, (el) => (el as HTMLInputElement).value)).toBe('双11 备货 ru');
    await new Promise((r) => setTimeout(r, 300));
    expect(await heard()).toEqual([]);
    await page.close();
  });

  test('one day of 生意参谋 is captured and raises its alert, with the badge in the product row', async () => {
    const options = await ff.extensionPage();
    const page = await ff.newPage();
    await page.goto(ff.url('sycm.taobao.com', SYCM));
    const snapshots = await waitFor(
      () => readTable<{ platform: string; period: string }>(options, 'snapshots'),
      (rows) => rows.filter((s) => s.platform === 'taobao' && s.period === '2026-11-20').length >= 12,
    );
    expect(snapshots.filter((s) => s.platform === 'taobao' && s.period === '2026-11-20')).toHaveLength(12);
    const alerts = await waitFor(
      () => readTable<{ productId?: string; ruleId: string; status: string }>(options, 'alerts'),
      (rows) => rows.length > 0,
    );
    const open = alerts.filter((a) => a.status === 'open').map((a) => `${a.productId} ${a.ruleId}`);
    expect(open).toContain('742198305561 low-conversion-promotion');
    await page.reload();
    expect(await poll(() => badges(page), (b) => b.length === open.length)).toEqual(open.sort());
    await page.close();
  });

  test('a ticked task is still ticked after a reload, and in the database', async () => {
    const page = await ff.newPage();
    await page.goto(ff.url('myseller.taobao.com', COUPONS));
    expect(await poll(() => sidebarShown(page), Boolean)).toBe(true);
    await page.click(`${SIDEBAR} >>> ::-p-aria([name="Playbooks"][role="tab"])`);
    await page.click(`${SIDEBAR} >>> ::-p-aria([name="Start a run"][role="button"])`);
    await page.select('seller-sidekick >>> select[aria-label="Playbook"]', 'store-launch');
    await page.type('seller-sidekick >>> ::-p-aria([name="Name"][role="textbox"])', 'Firefox launch');
    // Firefox's date field takes the digits of its en-US mm/dd/yyyy segments, from the month on.
    await page.click('seller-sidekick >>> input[type="date"]', { offset: { x: 12, y: 12 } });
    await page.keyboard.type('11202026');
    expect(await page.$eval('seller-sidekick >>> input[type="date"]', (el) => (el as HTMLInputElement).value)).toBe('2026-11-20');
    await page.click(`${SIDEBAR} >>> ::-p-aria([name="Start"][role="button"])`);
    const task = `${SIDEBAR} >>> ::-p-aria([name="${STORE_LAUNCH_TASK}"][role="checkbox"])`;
    const checked = () => page.$eval(task, (el) => el.getAttribute('aria-checked'));
    expect(await poll(checked, (v) => v === 'false')).toBe('false');
    await page.click(task);
    expect(await poll(checked, (v) => v === 'true')).toBe('true');

    await page.reload();
    expect(await poll(() => sidebarShown(page), Boolean)).toBe(true);
    await page.click(`${SIDEBAR} >>> ::-p-aria([name="Playbooks"][role="tab"])`).catch(() => undefined);
    expect(await poll(checked, (v) => v === 'true')).toBe('true');
    const taskId = await page.$eval(task, (el) => el.closest<HTMLElement>('[data-task-id]')?.dataset.taskId);
    const states = await readTable<{ taskId: string; status: string }>(await ff.extensionPage(), 'taskStates');
    expect(states.map((s) => `${s.taskId} ${s.status}`)).toContain(`${taskId} done`);
    await page.close();
  });

  test('adding a site from the options page: Firefox grants it, the script is registered, the sidebar mounts there', async () => {
    const site = ff.url('example.com');
    const origin = new URL(site).origin;
    const page = await ff.newPage();
    await page.goto(site);
    await new Promise((r) => setTimeout(r, 1_000));
    expect(await page.$('seller-sidekick')).toBeNull();

    const options = await ff.newPage();
    await ff.openExtensionPage(options, 'options.html#sites');
    await options.type('::-p-aria([name="Add another site"][role="textbox"])', site);
    await options.click('::-p-aria([name="Add site"][role="button"])');
    const message = () => options.$eval('[role="status"], [role="alert"]', (el) => el.textContent ?? '');
    expect(await poll(message, (text) => text?.includes('added') ?? false)).toBe(`${origin} added. Reload its tabs to see Seller Sidekick there.`);

    // What the seller sees: the sidebar on the added site.
    await page.reload();
    expect(await poll(() => sidebarShown(page), Boolean)).toBe(true);

    const browserState = await options.evaluate(async () => {
      const ext = (globalThis as unknown as { browser: FirefoxApi }).browser;
      return {
        scripts: (await ext.scripting.getRegisteredContentScripts()).map((s) => ({ id: s.id, matches: s.matches })),
        granted: await ext.permissions.contains({ origins: ['https://example.com/*'] }),
      };
    });
    // Firefox match patterns have no port: the site's pattern is its host. The typing guard goes with the site's script.
    expect(browserState).toEqual({
      scripts: [
        { id: 'custom-site:https://example.com#typing-guard', matches: ['https://example.com/*'] },
        { id: 'custom-site:https://example.com', matches: ['https://example.com/*'] },
      ],
      granted: true,
    });
    // The guard runs there before the page's own head script: a key logger on the added site hears nothing typed in the sidebar.
    const logged = await ff.newPage();
    await logged.goto(ff.url('example.com', '/keylogger.html'));
    expect(await poll(() => sidebarShown(logged), Boolean)).toBe(true);
    await logged.click(`${SIDEBAR} >>> ::-p-aria([name="Playbooks"][role="tab"])`);
    await logged.click(`${SIDEBAR} >>> ::-p-aria([name="Start a run"][role="button"])`);
    await logged.click('seller-sidekick >>> ::-p-aria([name="Name"][role="textbox"])');
    await logged.keyboard.type('自建站 run');
    await new Promise((r) => setTimeout(r, 300));
    expect(await logged.evaluate(() => (window as unknown as { __heard: string[] }).__heard)).toEqual([]);
    await logged.close();
    const settings = await readTable<{ key: string; value: { origin: string }[] }>(options, 'settings');
    expect(settings.find((r) => r.key === 'customSites')?.value.map((s) => s.origin)).toEqual([origin]);

    // Removing it takes script and permission away again.
    await options.click(`::-p-aria([name="Remove"][role="button"])`);
    const after = await poll(
      () =>
        options.evaluate(async () => {
          const ext = (globalThis as unknown as { browser: FirefoxApi }).browser;
          return { scripts: (await ext.scripting.getRegisteredContentScripts()).length, granted: await ext.permissions.contains({ origins: ['https://example.com/*'] }) };
        }),
      (s) => s.scripts === 0 && !s.granted,
    );
    expect(after).toEqual({ scripts: 0, granted: false });
    await page.reload();
    await new Promise((r) => setTimeout(r, 1_500));
    expect(await page.$('seller-sidekick')).toBeNull();
    await options.close();
    await page.close();
  });
});

interface FirefoxApi {
  scripting: { getRegisteredContentScripts(): Promise<{ id: string; matches?: string[] }[]> };
  permissions: { contains(p: { origins: string[] }): Promise<boolean> };
}
