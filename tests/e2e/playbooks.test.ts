import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { readTable, waitFor } from '../harness/db';
import { sidebar, stopServiceWorker, useSidekick } from './harness';

const COUPONS = 'https://myseller.taobao.com/home.htm/marketing/coupon/list';
const SYCM = 'https://sycm.taobao.com/cc/item_rank?dateRange=2026-11-20%7C2026-11-20&dateType=day';
const STORE = 'taobao:花漾美妆旗舰店';

const THEME = 'Pick the theme and the main mechanics';
const BUDGET = 'Work out the budget and the stock to hold';
const COUPON_TASK = 'Set up the coupons (spend-and-save, category, first-order)';
const SCHEDULE = 'Set the schedule and the discount depth';

interface TaskStateRow {
  runId: string;
  taskId: string;
  status: string;
  note?: string;
  link?: string;
  reason?: string;
}

async function openPlaybooks(page: Page, url: string) {
  await page.goto(url);
  const aside = sidebar(page);
  await expect.poll(() => aside.isVisible(), { timeout: 10_000 }).toBe(true);
  await aside.getByRole('tab', { name: 'Playbooks' }).click();
  return aside;
}

const checked = (page: Page, title: string) => sidebar(page).getByRole('checkbox', { name: title, exact: true }).getAttribute('aria-checked');

describe('playbooks in the real browser', () => {
  const e2e = useSidekick();

  test('a campaign run started on the coupon page keeps every tick, skip and note through two tabs, reload, worker stop and browser restart, and its report has them', async () => {
    const coupons = await e2e.browser.context.newPage();
    const aside = await openPlaybooks(coupons, COUPONS);
    await aside.getByRole('button', { name: 'Start a run' }).click();
    expect(await aside.getByLabel('Playbook', { exact: true }).inputValue()).toBe('campaign');
    await aside.getByLabel('Name', { exact: true }).fill('双11 2026');
    await aside.getByLabel('Pre-heat starts').fill('2026-10-24');
    await aside.getByLabel('Burst starts').fill('2026-11-11');
    await aside.getByLabel('Burst ends').fill('2026-11-11');
    await aside.getByLabel(/Encore ends/).fill('2026-11-13');
    await aside.getByLabel('GMV', { exact: true }).fill('1000000');
    await aside.getByLabel(/Conversion rate/).fill('3.2');
    await expect.poll(() => aside.getByTestId('pb-due-preview').textContent()).toMatch(/China public holidays/);
    await aside.getByRole('button', { name: 'Start', exact: true }).click();

    // The coupon page lists coupons: "set up the coupons" ticks itself, and it is one of this page's tasks.
    await expect.poll(() => checked(coupons, COUPON_TASK), { timeout: 5_000 }).toBe('true');
    expect(await aside.getByRole('heading', { name: 'For this page' }).isVisible()).toBe(true);
    const runs = await readTable<{ id: string; name: string; storeId: string; templateVersion: number; targets: Record<string, number> }>(await e2e.browser.extensionPage(), 'runs');
    expect(runs).toMatchObject([{ name: '双11 2026', storeId: STORE, templateVersion: 1, targets: { gmv: 1_000_000, conversionRate: 0.032 } }]);

    const sycm = await e2e.browser.context.newPage();
    await openPlaybooks(sycm, SYCM);
    await expect.poll(() => checked(sycm, COUPON_TASK)).toBe('true');

    await sidebar(coupons).getByRole('checkbox', { name: THEME, exact: true }).click();
    await expect.poll(() => checked(sycm, THEME), { timeout: 1_000 }).toBe('true');
    await sidebar(sycm).getByRole('checkbox', { name: BUDGET, exact: true }).press('Space');
    await expect.poll(() => checked(coupons, BUDGET), { timeout: 1_000 }).toBe('true');

    await sidebar(sycm).getByRole('button', { name: `Details: ${BUDGET}` }).click();
    await sidebar(sycm).getByLabel('Note').fill('预算 12 万，备货 3,000 件');
    await sidebar(sycm).getByLabel('Deliverable link').fill('https://docs.example.com/double11-budget');
    await sidebar(sycm).getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => sidebar(coupons).getByText('预算 12 万，备货 3,000 件').isVisible(), { timeout: 1_000 }).toBe(true);

    await sidebar(coupons).getByRole('button', { name: `Details: ${SCHEDULE}` }).click();
    await sidebar(coupons).getByRole('button', { name: 'Skip…' }).click();
    await sidebar(coupons).getByLabel('Why is it skipped?').fill('平台统一排期');
    await sidebar(coupons).getByRole('button', { name: 'Skip task' }).click();
    await expect.poll(() => sidebar(sycm).getByText('Skipped: 平台统一排期').isVisible(), { timeout: 1_000 }).toBe(true);

    await coupons.reload();
    await openPlaybooks(coupons, COUPONS);
    await expect.poll(() => checked(coupons, THEME)).toBe('true');
    await expect.poll(() => checked(coupons, BUDGET)).toBe('true');

    await stopServiceWorker(coupons);
    const FOLLOW_UP = 'Build the campaign page (desktop and mobile)';
    await sidebar(coupons).getByRole('checkbox', { name: FOLLOW_UP, exact: true }).click();
    await expect.poll(() => checked(sycm, FOLLOW_UP), { timeout: 5_000 }).toBe('true');

    const browser = await e2e.restart();
    const again = await browser.context.newPage();
    await openPlaybooks(again, SYCM);
    for (const title of [THEME, BUDGET, COUPON_TASK, FOLLOW_UP]) await expect.poll(() => checked(again, title), { timeout: 10_000 }).toBe('true');
    expect(await sidebar(again).getByText('预算 12 万，备货 3,000 件').isVisible()).toBe(true);
    expect(await sidebar(again).getByText('Skipped: 平台统一排期').isVisible()).toBe(true);

    const options = await browser.extensionPage();
    const states = await readTable<TaskStateRow>(options, 'taskStates');
    expect(states.filter((s) => s.status === 'done').map((s) => s.taskId).sort()).toEqual(['budget-and-stock-plan', 'campaign-page', 'choose-theme', 'configure-coupons']);
    expect(states.find((s) => s.taskId === 'budget-and-stock-plan')).toMatchObject({ note: '预算 12 万，备货 3,000 件', link: 'https://docs.example.com/double11-budget' });
    expect(states.find((s) => s.taskId === 'set-schedule-and-offers')).toMatchObject({ status: 'skipped', reason: '平台统一排期' });

    await options.goto(`chrome-extension://${browser.extensionId}/options.html#playbook-runs`);
    const [markdown] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Report (Markdown): 双11 2026' }).click()]);
    const md = await readFile((await markdown.path())!, 'utf8');
    expect(markdown.suggestedFilename()).toBe('双11-2026-report.md');
    expect(md).toContain('# 双11 2026: run report');
    expect(md).toContain('- Note: 预算 12 万，备货 3,000 件');
    expect(md).toContain('<https://docs.example.com/double11-budget>');
    expect(md).toContain('- Set the schedule and the discount depth: 平台统一排期');
    const [csvDownload] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Report (CSV): 双11 2026' }).click()]);
    const csv = await readFile((await csvDownload.path())!, 'utf8');
    expect(csv).toMatch(/choose-theme,Pick the theme and the main mechanics,[^\r\n]*,Done,/);
    expect(csv).toContain('预算 12 万，备货 3,000 件');
    await again.close();
  });

  test('rapid ticking on two tabs at once, with the worker stopped in the middle, loses no tick', async () => {
    const options = await e2e.browser.extensionPage();
    const started = (await options.evaluate(
      (store) =>
        chrome.runtime.sendMessage({
          type: 'playbooks/start',
          payload: { templateId: 'user-segmentation', name: 'Rapid ticks', storeId: store, platform: 'taobao', dates: { startDate: '2026-11-20', reviewDate: '2026-12-20' }, targets: {} },
        }),
      STORE,
    )) as { ok: boolean; data: { id: string } };
    expect(started.ok).toBe(true);
    const runId = started.data.id;

    const a = await e2e.browser.context.newPage();
    const b = await e2e.browser.context.newPage();
    for (const page of [a, b]) {
      const aside = await openPlaybooks(page, page === a ? COUPONS : SYCM);
      await aside.getByLabel('Run', { exact: true }).selectOption(runId);
    }
    const boxes = await sidebar(a).getByRole('checkbox').all();
    const all = await Promise.all(boxes.map(async (box) => ({ title: ((await box.textContent()) ?? '').trim(), checked: await box.getAttribute('aria-checked') })));
    // The coupon page already ticked "coupons configured" by itself; every other task is clicked once.
    const titles = all.filter((box) => box.checked === 'false').map((box) => box.title);
    expect(titles.length).toBeGreaterThan(10);
    const tick = async (page: Page, mine: string[]) => {
      for (const title of mine) await sidebar(page).getByRole('checkbox', { name: title, exact: true }).click();
    };
    await Promise.all([
      tick(a, titles.filter((_, i) => i % 2 === 0)),
      tick(b, titles.filter((_, i) => i % 2 === 1)),
      (async () => {
        await a.waitForTimeout(150);
        await stopServiceWorker(a);
      })(),
    ]);
    const states = await waitFor(
      () => readTable<TaskStateRow>(options, 'taskStates'),
      (rows) => rows.filter((r) => r.runId === runId && r.status === 'done').length === all.length,
      15_000,
    );
    expect(states.filter((r) => r.runId === runId && r.status === 'done')).toHaveLength(all.length);
    for (const page of [a, b]) for (const { title } of all) await expect.poll(() => checked(page, title)).toBe('true');
    await a.close();
    await b.close();
  });

  test('the popup shows active runs with progress and the next due task', async () => {
    const popup = await e2e.browser.context.newPage();
    await popup.goto(`chrome-extension://${e2e.browser.extensionId}/popup.html`);
    await expect.poll(() => popup.getByTestId('popup-run').count()).toBe(2);
    const double11 = popup.getByTestId('popup-run').filter({ hasText: '双11 2026' });
    expect(await double11.getByRole('progressbar').getAttribute('aria-valuenow')).not.toBe('0');
    expect(await double11.textContent()).toMatch(/Next: .+ · (overdue )?due \d{4}-\d{2}-\d{2}/);
    await popup.close();
  });
});

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };
