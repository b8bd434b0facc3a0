import { readFileSync } from 'node:fs';
import { readTable, waitFor } from '../harness/db';
import { sidebar, useSidekick } from './harness';

describe('options: your data, sites and the popup toggle', () => {
  const e2e = useSidekick();

  test('export a backup, reject a broken one without changing anything, restore it, clear all', async () => {
    // Make some data: a collapsed sidebar on 生意参谋.
    const seller = await e2e.browser.context.newPage();
    await seller.goto('https://sycm.taobao.com/cc/item_rank');
    await sidebar(seller).getByRole('button', { name: 'Collapse sidebar' }).click();
    const options = await e2e.browser.extensionPage();
    const rows = () => readTable<{ key: string; value: unknown }>(options, 'settings');
    await waitFor(rows, (r) => r.some((row) => row.key === 'sidebar:sycm.taobao.com'));

    await options.goto(`chrome-extension://${e2e.browser.extensionId}/options.html#data`);
    const downloading = options.waitForEvent('download');
    await options.getByRole('button', { name: 'Export backup' }).click();
    const backupText = readFileSync((await (await downloading).path())!, 'utf8');
    const backup = JSON.parse(backupText);
    expect(backup.format).toBe('seller-sidekick-backup');
    expect(backup.tables.settings).toContainEqual({ key: 'sidebar:sycm.taobao.com', value: { open: false, width: 360 } });

    const before = await rows();
    await options.getByTestId('backup-file').setInputFiles({ name: 'cut.json', mimeType: 'application/json', buffer: Buffer.from(backupText.slice(0, backupText.length / 2)) });
    await expect.poll(() => options.getByRole('alert').textContent()).toMatch(/not imported, nothing changed: not valid JSON/);
    expect(await rows()).toEqual(before);

    const damaged = { ...backup, tables: { ...backup.tables, settings: [{ key: '', value: 1 }] } };
    await options.getByTestId('backup-file').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(damaged)) });
    await expect.poll(() => options.getByRole('alert').textContent()).toMatch(/tables\.settings\[0\]\.key/);
    expect(await rows()).toEqual(before);

    options.once('dialog', (dialog) => void dialog.accept());
    await options.getByRole('button', { name: 'Clear all data' }).click();
    await expect.poll(() => options.getByRole('status').textContent()).toBe('All data cleared.');
    expect(await waitFor(rows, (r) => r.length === 0)).toEqual([]);

    await options.getByTestId('backup-file').setInputFiles({ name: 'good.json', mimeType: 'application/json', buffer: Buffer.from(backupText) });
    await expect.poll(() => options.getByRole('status').textContent()).toMatch(/Backup imported/);
    expect(await rows()).toEqual(before);
    // The restored collapse reaches the open tab without a reload.
    await expect.poll(() => seller.getByRole('button', { name: 'Open Seller Sidekick' }).isVisible()).toBe(true);
    await seller.close();
  });

  test('switching a marketplace off keeps Seller Sidekick away from it', async () => {
    const options = await e2e.browser.extensionPage();
    await options.goto(`chrome-extension://${e2e.browser.extensionId}/options.html#sites`);
    const pinduoduo = options.getByRole('checkbox', { name: /Pinduoduo/ });
    await pinduoduo.click();
    await expect.poll(() => pinduoduo.isChecked()).toBe(false);
    await waitFor(() => readTable<{ key: string; value: unknown }>(options, 'settings'), (r) => r.some((row) => row.key === 'sitesEnabled'));
    const page = await e2e.browser.context.newPage();
    await page.goto('https://mms.pinduoduo.com/sycm/goods_effect');
    await page.waitForTimeout(1_500);
    expect(await page.locator('seller-sidekick').count()).toBe(0);
    await pinduoduo.click();
    await expect.poll(() => pinduoduo.isChecked()).toBe(true);
    await page.reload();
    await expect.poll(() => sidebar(page).isVisible(), { timeout: 10_000 }).toBe(true);
    await page.close();
  });

  test('the popup button shows and hides the sidebar in its tab', async () => {
    const seller = await e2e.browser.context.newPage();
    await seller.goto('https://sellercentral.amazon.com/abis/listing/edit?asin=B0D3K2VN8P');
    await sidebar(seller).waitFor({ timeout: 10_000 });
    const worker = await e2e.browser.worker();
    const tabId = await worker.evaluate(async () => (await chrome.tabs.query({ url: 'https://sellercentral.amazon.com/*' }))[0]?.id);
    const popup = await e2e.browser.context.newPage();
    await popup.goto(`chrome-extension://${e2e.browser.extensionId}/popup.html?tab=${tabId}`);
    await popup.getByRole('button', { name: 'Show / hide the sidebar' }).click();
    await expect.poll(() => seller.getByRole('button', { name: 'Open Seller Sidekick' }).isVisible()).toBe(true);
    await seller.close();
  });
});

declare const chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } };
