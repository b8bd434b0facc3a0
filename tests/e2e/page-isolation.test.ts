import type { Page } from 'playwright-core';
import { readTable, waitFor } from '../harness/db';
import { contentFigures, sidebar, useSidekick } from './harness';
import type { SnapshotRow } from '../../lib/db/types';

/**
 * The seller's page shares the DOM with us, and its scripts are not the seller: they must not see
 * traces of the extension, stop it with a forged event, act in its UI, or read what is typed there.
 * Every "page script" below is `page.evaluate`, which runs in the page's own world.
 */
const SWITCH = 'https://sycm.taobao.com/cc/item_rank/switch';
const LISTING = 'https://item.upload.taobao.com/sell/publish.htm?catId=50010788';
const TAOBAO_STORE = 'taobao:花漾美妆旗舰店';
const TMALL_STORE = 'tmall:花漾天猫旗舰店';

const marks = (page: Page) => page.locator('[data-sidekick-mark]');
const popover = (page: Page) => page.locator('seller-sidekick-marks .popover');

interface TaskStateRow {
  runId: string;
  taskId: string;
  status: string;
  note?: string;
}

describe('the marketplace page cannot detect or steer Seller Sidekick', () => {
  const e2e = useSidekick();
  const db = async <T,>(table: string) => readTable<T>(await e2e.browser.extensionPage(), table);
  const allowList = async (storeId: string) => ((await db<{ key: string; value: { allow?: string[] } }>('settings')).find((row) => row.key === `compliance:${storeId}`)?.value.allow ?? []);
  const startRun = async (name: string, storeId?: string) => {
    const page = await e2e.browser.extensionPage();
    const answer = await page.evaluate(
      (payload) => chrome.runtime.sendMessage({ type: 'playbooks/start', payload }),
      { templateId: 'store-launch', name, ...(storeId ? { storeId } : {}), dates: { launchDate: '2026-12-01' }, targets: {} },
    );
    expect(answer).toMatchObject({ ok: true });
  };

  /** Records, in the page's world from before its first script, everything of ours a page could see. */
  async function watchedPage(): Promise<Page> {
    const page = await e2e.browser.context.newPage();
    await page.addInitScript((id) => {
      const seen: string[] = [];
      (window as unknown as { __seen: string[] }).__seen = seen;
      window.addEventListener('message', (event) => {
        const text = JSON.stringify(event.data) ?? '';
        if (text.includes(id) || /wxt|sidekick/i.test(text)) seen.push(`message ${text}`);
      });
      for (const name of ['content-script-started', 'locationchange']) {
        const type = `${id}:content:wxt:${name}`;
        for (const target of [window, document]) target.addEventListener(type, () => seen.push(`event ${type}`), true);
      }
    }, e2e.browser.extensionId);
    return page;
  }

  const traces = (page: Page) =>
    page.evaluate(() => {
      const found = [...(window as unknown as { __seen: string[] }).__seen];
      for (const entry of [...performance.getEntriesByType('measure'), ...performance.getEntriesByType('mark')]) {
        if (/sidekick/i.test(entry.name)) found.push(`${entry.entryType} ${entry.name}`);
      }
      for (const host of document.querySelectorAll('seller-sidekick, seller-sidekick-marks')) {
        for (const name of host.getAttributeNames()) if (name.startsWith('data-')) found.push(`${host.localName}[${name}]`);
      }
      return found;
    });

  test('no attribute, measure, message or event of ours is visible to a page script', async () => {
    const page = await watchedPage();
    await page.goto(LISTING);
    await expect.poll(() => sidebar(page).isVisible(), { timeout: 10_000 }).toBe(true);
    await expect.poll(() => marks(page).count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await page.locator('input[name="shopping_title"]').click();
    await page.keyboard.type('最好');
    // A single-page navigation: what WXT's location watcher would announce on the page's window.
    await page.evaluate(() => history.pushState({}, '', location.pathname + '?catId=50010788&step=2'));
    await page.waitForTimeout(1_500);
    // The budget figures still exist, in the isolated world.
    const figures = await contentFigures<{ visibleAt?: number; compliance?: { checks: number } }>(page, e2e.browser.extensionId);
    expect(figures.visibleAt).toBeGreaterThan(0);
    expect(figures.compliance?.checks).toBeGreaterThan(0);
    expect(await traces(page)).toEqual([]);

    // A capture page as well (its scrape used to leave a performance.measure).
    const capture = await watchedPage();
    await capture.goto(SWITCH);
    await waitFor(() => db<SnapshotRow>('snapshots'), (rows) => rows.some((r) => r.productId === '612345098712'));
    await capture.waitForTimeout(500);
    expect(await traces(capture)).toEqual([]);
    await page.close();
    await capture.close();
  });

  test("a page script faking WXT's start-up event, with our id or a guessed one, stops neither sidebar, marks nor capture", async () => {
    const page = await e2e.browser.context.newPage();
    await page.goto(SWITCH);
    await expect.poll(() => sidebar(page).isVisible(), { timeout: 10_000 }).toBe(true);
    await page.evaluate((ourId) => {
      for (const id of [ourId, 'abcdefghijklmnopabcdefghijklmnop']) {
        const type = `${id}:content:wxt:content-script-started`;
        const detail = { contentScriptName: 'content', messageId: 'forged' };
        document.dispatchEvent(new CustomEvent(type, { detail }));
        window.postMessage({ type, ...detail }, '*');
      }
    }, e2e.browser.extensionId);
    await page.waitForTimeout(1_000);
    expect(await sidebar(page).isVisible()).toBe(true);
    // Marks: a banned word typed afterwards is marked.
    await page.locator('textarea[name="memo"]').click();
    await page.keyboard.type('全网最低价');
    await expect.poll(() => marks(page).count(), { timeout: 5_000 }).toBeGreaterThan(0);
    // Capture: a row the page adds afterwards is recorded.
    await page.evaluate(() => {
      const row = document.querySelector('tbody tr')!.cloneNode(true) as HTMLTableRowElement;
      row.setAttribute('data-item-id', '744400000001');
      row.querySelector('a')!.href = 'https://item.taobao.com/item.htm?id=744400000001';
      document.querySelector('tbody')!.append(row);
    });
    const snapshots = await waitFor(() => db<SnapshotRow>('snapshots'), (rows) => rows.some((r) => r.productId === '744400000001'));
    expect(snapshots.map((r) => r.productId)).toContain('744400000001');
    await page.close();
  });

  test('a page script clicking "always allow" or a task checkbox changes nothing; the seller\'s own clicks do', async () => {
    await startRun('开店 page-script test', TAOBAO_STORE);
    const page = await e2e.browser.context.newPage();
    await page.goto(SWITCH);
    await expect.poll(() => sidebar(page).isVisible(), { timeout: 10_000 }).toBe(true);
    await sidebar(page).getByRole('tab', { name: 'Playbooks' }).click();
    const firstTask = sidebar(page).getByRole('checkbox').first();
    await firstTask.waitFor();
    // The page's captured figures may tick the run's "record today's figures" task by themselves at any
    // moment (the auto-check, note 'auto-checked'); this test is about clicks, so it compares the rest.
    const byClicks = async () => (await db<TaskStateRow>('taskStates')).filter((s) => s.note !== 'auto-checked');
    const statesBefore = await byClicks();

    // Through the open shadow root: click(), a dispatched click and keyboard activation.
    await page.evaluate(() => {
      const root = document.querySelector('seller-sidekick')!.shadowRoot!;
      const box = root.querySelector('[role="checkbox"]') as HTMLElement;
      box.click();
      box.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      box.focus();
      box.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true, composed: true }));
    });
    await page.locator('textarea[name="memo"]').click();
    await page.keyboard.type('最好');
    await expect.poll(() => marks(page).count(), { timeout: 5_000 }).toBeGreaterThan(0);
    await page.evaluate(() => {
      const root = document.querySelector('seller-sidekick-marks')!.shadowRoot!;
      // Focus opens the popover (and is a trusted event even from a script); the buttons are then in reach.
      (root.querySelector('[data-sidekick-mark]') as HTMLElement).focus();
      for (const button of root.querySelectorAll('.popover button')) {
        if (!/always allow/i.test(button.textContent ?? '')) continue;
        (button as HTMLElement).click();
        button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      }
    });
    await page.waitForTimeout(1_000);
    expect(await byClicks()).toEqual(statesBefore);
    expect(await allowList(TAOBAO_STORE)).toEqual([]);
    expect(await firstTask.getAttribute('aria-checked')).toBe('false');
    expect(await marks(page).count()).toBeGreaterThan(0);

    // The seller's own clicks go through.
    await firstTask.click();
    await expect.poll(async () => (await byClicks()).filter((s) => s.status === 'done').length, { timeout: 5_000 }).toBe(statesBefore.filter((s) => s.status === 'done').length + 1);
    await marks(page).first().click();
    await popover(page).getByRole('button', { name: /^Always allow/ }).click();
    await expect.poll(() => allowList(TAOBAO_STORE), { timeout: 5_000 }).toEqual(['最好']);
    await page.close();
  });

  test("a key logger the page starts before anything else hears nothing typed in the sidebar or a mark's popover; Enter, Space, Escape, IME and paste still work, and the note and link are saved", async () => {
    await startRun('开店 key-logger test', TAOBAO_STORE);
    const page = await e2e.browser.context.newPage();
    // Its inline <head> script listens on window and document, capture and bubble, before any script of ours at document_idle.
    await page.goto('https://sycm.taobao.com/keylogger.html');
    await expect.poll(() => sidebar(page).isVisible(), { timeout: 10_000 }).toBe(true);
    const heard = () => page.evaluate(() => (window as unknown as { __heard: string[] }).__heard.slice());
    // The logger works: it hears a key pressed on the page itself (this is dropped below).
    await page.keyboard.press('x');
    await expect.poll(async () => (await heard()).some((h) => h.startsWith('keydown|x|')), { timeout: 2_000 }).toBe(true);
    await page.evaluate(() => ((window as unknown as { __heard: string[] }).__heard.length = 0));

    await sidebar(page).getByRole('tab', { name: 'Playbooks' }).click();
    const firstTask = sidebar(page).getByRole('checkbox').first();
    await firstTask.waitFor();
    const taskId = await firstTask.evaluate((box) => box.closest('[data-task-id]')!.getAttribute('data-task-id')!);
    await sidebar(page).getByRole('button', { name: /^Details: / }).first().click();
    const note = sidebar(page).getByLabel('Note');
    await note.click();
    await page.keyboard.type('供应商底价 最好');
    // IME: a composition, as a Chinese input method makes it.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.imeSetComposition', { text: 'bei', selectionStart: 3, selectionEnd: 3 });
    await cdp.send('Input.insertText', { text: '备注' });
    await cdp.detach();
    // Cut and paste back.
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Control+X');
    await expect.poll(() => note.inputValue()).toBe('');
    await page.keyboard.press('Control+V');
    await expect.poll(() => note.inputValue()).toBe('供应商底价 最好备注');
    const link = sidebar(page).getByLabel('Deliverable link');
    await link.click();
    await page.keyboard.type('https://pan.example.com/s/launch');
    // Enter in the link field submits the form: the note and link are stored.
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => (await db<TaskStateRow & { link?: string }>('taskStates')).find((s) => s.taskId === taskId && s.note), { timeout: 5_000 })
      .toMatchObject({ note: '供应商底价 最好备注', link: 'https://pan.example.com/s/launch' });
    // Space on the focused task checkbox ticks it (our handler cancels the key; the page must not scroll).
    await firstTask.focus();
    await page.keyboard.press('Space');
    await expect.poll(async () => (await db<TaskStateRow>('taskStates')).find((s) => s.taskId === taskId)?.status, { timeout: 5_000 }).toBe('done');
    await page.waitForTimeout(300);
    expect(await heard()).toEqual([]);
    // Typed in the sidebar, the note got no compliance mark.
    expect(await marks(page).count()).toBe(0);

    // The page's own field: its logger hears it, and the banned word is marked (not 最好, which the
    // seller allowed for this store in a test above).
    await page.locator('textarea[name="memo"]').click();
    await page.keyboard.type('全网最低价');
    await expect.poll(() => marks(page).count(), { timeout: 5_000 }).toBe(1);
    expect((await heard()).filter((h) => h.endsWith('|textarea')).length).toBeGreaterThan(0);
    await page.evaluate(() => ((window as unknown as { __heard: string[] }).__heard.length = 0));
    // The mark by keyboard: focus opens its popover, Escape closes it, Enter opens it again on its first
    // button; the page hears none of these keys.
    // (The pointer off the mark, and the marks settled after the typing: hovering opens and leaving
    // closes its popover, and a mark redrawn under focus is a new element; neither is tested here.)
    await page.mouse.move(0, 0);
    await page.waitForTimeout(500);
    await marks(page).first().focus();
    await expect.poll(() => popover(page).isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => popover(page).isVisible()).toBe(false);
    await page.keyboard.press('Enter');
    await expect.poll(() => popover(page).isVisible()).toBe(true);
    await expect.poll(() => popover(page).locator('button').first().evaluate((button) => button.getRootNode() instanceof ShadowRoot && (button.getRootNode() as ShadowRoot).activeElement === button)).toBe(true);
    // Escape from inside the popover closes it and gives focus back to the mark; that focus must not
    // open it again (it did: focus opens a popover), until the seller asks with Enter.
    await page.keyboard.press('Escape');
    await expect.poll(() => popover(page).isVisible()).toBe(false);
    expect(await marks(page).first().evaluate((mark) => (mark.getRootNode() as ShadowRoot).activeElement === mark)).toBe(true);
    await page.waitForTimeout(500);
    expect(await popover(page).isVisible()).toBe(false);
    await page.keyboard.press('Enter');
    await expect.poll(() => popover(page).isVisible()).toBe(true);
    await page.waitForTimeout(300);
    expect(await heard()).toEqual([]);
    await page.close();
  });

  test('switching shop in the same tab moves captures, allow-lists and runs to the new store at once', async () => {
    await startRun('天猫 开店', TMALL_STORE);
    const page = await e2e.browser.context.newPage();
    await page.goto(SWITCH);
    const store = sidebar(page).getByTestId('ss-store');
    await expect.poll(() => store.textContent(), { timeout: 10_000 }).toBe('花漾美妆旗舰店');
    await waitFor(() => db<SnapshotRow>('snapshots'), (rows) => rows.some((r) => r.productId === '625518839027'));

    await page.locator('#switch-shop').click();
    await expect.poll(() => store.textContent(), { timeout: 3_000 }).toBe('花漾天猫旗舰店');
    // Captures: the new shop's rows are filed under the new store, never the old one.
    const snapshots = await waitFor(() => db<SnapshotRow>('snapshots'), (rows) => rows.filter((r) => r.productId.startsWith('7331002003')).length === 2);
    const tmallRows = snapshots.filter((r) => r.productId.startsWith('7331002003'));
    expect(tmallRows.map((r) => [r.platform, r.storeId])).toEqual([
      ['tmall', TMALL_STORE],
      ['tmall', TMALL_STORE],
    ]);
    // Runs: the Playbooks tab lists the Tmall store's run, not the Taobao store's.
    await sidebar(page).getByRole('tab', { name: 'Playbooks' }).click();
    const runPicker = sidebar(page).getByLabel('Run', { exact: true });
    await expect.poll(async () => (await runPicker.locator('option').allTextContents()).map((t) => t.replace(/ · .*$/, '')), { timeout: 5_000 }).toEqual(['天猫 开店']);
    // Allow-list: "always allow" goes to the store now shown.
    await page.locator('textarea[name="memo"]').click();
    await page.keyboard.type('国家级');
    await expect.poll(() => marks(page).count(), { timeout: 5_000 }).toBeGreaterThan(0);
    await marks(page).first().click();
    await popover(page).getByRole('button', { name: /^Always allow/ }).click();
    await expect.poll(() => allowList(TMALL_STORE), { timeout: 5_000 }).toEqual(['国家级']);
    expect(await allowList(TAOBAO_STORE)).not.toContain('国家级');
    await page.close();
  });

  test('with no recognisable store the sidebar shows store-less runs only, never every store\'s', async () => {
    await startRun('无店铺 run');
    const page = await e2e.browser.context.newPage();
    await page.goto(`${SWITCH}?shop=none`);
    await expect.poll(() => sidebar(page).isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await sidebar(page).getByTestId('ss-store').textContent()).toBe('not shown on this page');
    await sidebar(page).getByRole('tab', { name: 'Playbooks' }).click();
    const runPicker = sidebar(page).getByLabel('Run', { exact: true });
    await expect.poll(async () => (await runPicker.locator('option').allTextContents()).map((t) => t.replace(/ · .*$/, '')), { timeout: 5_000 }).toEqual(['无店铺 run']);
    await page.close();
  });

  test('a page that removes every foreign element at once: the sidebar is put back a few times, with growing delays, then left out (no spinning)', async () => {
    const page = await e2e.browser.context.newPage();
    await page.goto('https://sycm.taobao.com/misbehaving.html?remove=observer');
    const removals = () => page.evaluate(() => Number(document.getElementById('removed-count')!.getAttribute('data-removed')));
    // Answering at all shows the page is not frozen: putting the element straight back from our
    // observer would ping-pong with the page's observer in microtasks and never yield.
    await expect.poll(removals, { timeout: 10_000 }).toBeGreaterThan(0);
    const timerLag = () =>
      page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const start = performance.now();
            setTimeout(() => resolve(performance.now() - start - 100), 100);
          }),
      );
    await page.waitForTimeout(8_000);
    const settled = await removals();
    expect(settled).toBeGreaterThan(1);
    expect(settled).toBeLessThanOrEqual(7);
    await page.waitForTimeout(2_000);
    expect(await removals()).toBe(settled);
    // Left out, nothing of ours keeps the page busy: a 100 ms timer of its own keeps its pace.
    expect(await timerLag()).toBeLessThan(50);
    await page.close();
  });

  test('one instance per page: the content script injected again (as after an update) replaces the running one', async () => {
    const page = await e2e.browser.context.newPage();
    await page.goto(LISTING);
    await expect.poll(() => sidebar(page).isVisible(), { timeout: 10_000 }).toBe(true);
    await expect.poll(() => marks(page).count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const before = await marks(page).count();
    const worker = await e2e.browser.worker();
    await worker.evaluate(async (url) => {
      const [tab] = await chrome.tabs.query({ url });
      await chrome.scripting.executeScript({ target: { tabId: tab!.id! }, files: ['content-scripts/content.js'] });
    }, page.url());
    await page.waitForTimeout(2_000);
    expect(await page.locator('seller-sidekick').count()).toBe(1);
    expect(await page.locator('seller-sidekick-marks').count()).toBe(1);
    await expect.poll(() => marks(page).count(), { timeout: 5_000 }).toBe(before);
    await page.close();
  });

  // Last: it reloads the extension under the shared browser.
  test('after the extension is reloaded (an update), the old content script takes its sidebar and marks out of the page', async () => {
    const page = await e2e.browser.context.newPage();
    await page.goto(LISTING);
    await expect.poll(() => sidebar(page).isVisible(), { timeout: 10_000 }).toBe(true);
    await expect.poll(() => marks(page).count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const worker = await e2e.browser.worker();
    await worker.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
    // The orphaned script notices (its extension id is gone) and stops: no second sidebar can pile up.
    await expect.poll(() => page.locator('seller-sidekick, seller-sidekick-marks').count(), { timeout: 10_000 }).toBe(0);
    await page.close();
  });
});

declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown>; reload(): void };
  tabs: { query(q: { url: string }): Promise<{ id?: number }[]> };
  scripting: { executeScript(o: { target: { tabId: number }; files: string[] }): Promise<unknown> };
};
