import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { readTable, waitFor } from '../harness/db';
import { sidebar, useSidekick } from './harness';

const SYCM = 'https://sycm.taobao.com/cc/item_rank?dateRange=2026-11-20%7C2026-11-20&dateType=day';
const STORE = 'taobao:花漾美妆旗舰店';

async function openPlaybooks(page: Page, tabName: string) {
  await page.goto(SYCM);
  const aside = sidebar(page);
  await expect.poll(() => aside.isVisible(), { timeout: 10_000 }).toBe(true);
  await aside.getByRole('tab', { name: tabName }).click();
  return aside;
}

describe.each([
  {
    lang: 'en-US' as const,
    tab: 'Playbooks',
    start: { button: 'Start a run', playbook: 'Playbook', name: 'Name', startDate: 'Start date', reviewDate: 'Review date', go: 'Start' },
    task: 'Define four segments by recency, frequency and spend',
    defaultTag: '(default)',
    dormantDefault: 'Dormant: no order for more than 90 days · default, change in Options → Playbook defaults',
    dormantLabel: 'Dormant: no order for more than',
    save: 'Save defaults',
    dormantMine: 'Dormant: no order for more than 60 days · your own setting',
  },
  {
    lang: 'zh-CN' as const,
    tab: '运营手册',
    start: { button: '启动新手册', playbook: '运营手册', name: '名称', startDate: '启动日期', reviewDate: '复盘日期', go: '启动' },
    task: '用最近购买、频次、金额定义四层用户',
    defaultTag: '(默认值)',
    dormantDefault: '沉睡：未购天数超过 90 天 · 默认值，可在 选项 → 手册默认值 中修改',
    dormantLabel: '沉睡：未购天数超过',
    save: '保存默认值',
    dormantMine: '沉睡：未购天数超过 60 天 · 您自己的设置',
  },
])('playbook numbers the handbook does not give, in Chromium ($lang)', (c) => {
  const e2e = useSidekick({ lang: c.lang });

  test('the sidebar labels them as defaults; the seller changes one in Options and the run shows it as theirs', async () => {
    const page = await e2e.browser.context.newPage();
    await page.setViewportSize({ width: 1400, height: 1000 });
    const aside = await openPlaybooks(page, c.tab);
    await aside.getByRole('button', { name: c.start.button }).click();
    await aside.getByRole('combobox', { name: c.start.playbook, exact: true }).selectOption('user-segmentation');
    await aside.getByLabel(c.start.name, { exact: true }).fill('会员分层 2026');
    await aside.getByLabel(c.start.startDate, { exact: true }).fill('2026-11-30');
    await aside.getByLabel(c.start.reviewDate, { exact: true }).fill('2026-12-31');
    await aside.getByRole('button', { name: c.start.go, exact: true }).click();
    const runs = await waitFor(async () => readTable<{ storeId?: string }>(await e2e.browser.extensionPage(), 'runs'), (rows) => rows.length === 1, 10_000);
    expect(runs[0]!.storeId).toBe(STORE);

    const row = aside.locator('li.pb-task[data-task-id="define-segments"]');
    await expect.poll(() => row.locator('.pb-due-source').textContent(), { timeout: 10_000 }).toBe(c.defaultTag);
    await row.getByRole('button', { name: new RegExp(c.task.slice(0, 6)) }).click();
    expect(await row.locator('[data-parameter="dormantAfterDays"]').textContent()).toBe(c.dormantDefault);
    mkdirSync('tests/.artifacts', { recursive: true });
    await row.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `tests/.artifacts/playbook-defaults-sidebar-${c.lang}.png` });

    const options = await e2e.browser.extensionPage();
    await options.goto(`chrome-extension://${e2e.browser.extensionId}/options.html#playbook-defaults`);
    const dormant = options.getByLabel(c.dormantLabel, { exact: true });
    await dormant.fill('60');
    await options.getByRole('button', { name: c.save }).click();
    await expect.poll(() => options.getByRole('status').isVisible(), { timeout: 5_000 }).toBe(true);
    await options.locator('details[data-template="user-segmentation"] summary').click();
    await options.locator('section[aria-labelledby="opt-playbook-defaults"]').screenshot({ path: `tests/.artifacts/playbook-defaults-options-${c.lang}.png` });

    await page.bringToFront();
    await expect.poll(() => row.locator('[data-parameter="dormantAfterDays"]').textContent(), { timeout: 10_000 }).toBe(c.dormantMine);
  });
});
