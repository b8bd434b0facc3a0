import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { deflateRawSync } from 'node:zlib';
import { readTable, waitFor } from '../harness/db';
import { sidebar, useSidekick } from './harness';

/**
 * Runs `expression` in our content script's isolated world on `page` (what a compromised or forged
 * content script could do), through CDP: the test can't reach that world any other way.
 */
async function inContentScript(page: Page, extensionId: string, expression: string): Promise<unknown> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: { id: number; origin: string; auxData?: { type?: string; isDefault?: boolean } }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
  await cdp.send('Runtime.enable');
  const world = contexts.find((c) => c.auxData?.type === 'isolated' && c.origin === `chrome-extension://${extensionId}`);
  if (!world) throw new Error('no isolated world of the extension on this page');
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, contextId: world.id, awaitPromise: true, returnByValue: true });
  await cdp.detach();
  if (exceptionDetails) throw new Error(exceptionDetails.text);
  return result.value;
}

/** A zip whose one part unpacks to `bytes` of zeros (deflate shrinks it ~1000×). */
function zipBomb(bytes: number): Buffer {
  const name = Buffer.from('xl/worksheets/sheet1.xml');
  const packed = deflateRawSync(Buffer.alloc(bytes));
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(packed.length, 18);
  local.writeUInt32LE(bytes, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(packed.length, 20);
  central.writeUInt32LE(bytes, 24);
  central.writeUInt16LE(name.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + name.length, 12);
  end.writeUInt32LE(30 + name.length + packed.length, 16);
  return Buffer.concat([local, name, packed, central, name, end]);
}

describe('data hardening in the built extension', () => {
  const e2e = useSidekick();

  // First in this browser on purpose: after the other tests here had written to the database, Chromium
  // stored this small capture despite a 1-byte quota override (observed: both rows were in IndexedDB),
  // so the "full disk" was not full. On a fresh database the override refuses every write.
  test('a capture the browser has no room for is told to the seller once, in the sidebar, with what to do; nothing is stored, and it is stored once there is room', async () => {
    const extension = await e2e.browser.extensionPage();
    const cdp = await e2e.browser.context.newCDPSession(extension);
    const origin = `chrome-extension://${e2e.browser.extensionId}`;
    // The disk is "full" for the extension's origin: every IndexedDB write is refused with QuotaExceededError.
    await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1 });
    const products = ['612345098712', '742198305561'];
    // A day no other test here opens, so every row of it is this test's.
    const day = '2026-11-17';
    const captured = async () => (await readTable<{ productId: string; period: string }>(extension, 'snapshots')).filter((row) => row.period === day && products.includes(row.productId));
    expect(await captured()).toEqual([]);
    const page = await e2e.browser.context.newPage();
    try {
      await page.goto(`https://sycm.taobao.com/cc/item_rank?dateRange=${day}%7C${day}&dateType=day`);
      const notice = sidebar(page).locator('xpath=..').getByRole('alert').filter({ hasText: 'no room left' });
      await expect.poll(() => notice.count(), { timeout: 10_000 }).toBe(1);
      expect(await notice.textContent()).toContain('Options → Your data');
      // The page keeps changing (each change is another try, another refusal): still one message.
      for (let day = 0; day < 3; day++) {
        await page.evaluate(() => document.querySelector('tbody')!.append(document.createElement('tr')));
        await page.waitForTimeout(800);
      }
      expect(await notice.count()).toBe(1);
      expect(await captured()).toEqual([]);
      await page.screenshot({ path: 'tests/.artifacts/capture-storage-full.png' });

      // Room again: the seller dismisses the message, and the next change of the page is stored.
      await cdp.send('Storage.overrideQuotaForOrigin', { origin });
      await notice.getByRole('button', { name: 'Dismiss' }).click();
      expect(await notice.count()).toBe(0);
      await page.evaluate(() => document.querySelector('tbody')!.append(document.createElement('tr')));
      const stored = await waitFor(captured, (rows) => rows.length >= products.length);
      expect(stored.map((row) => row.productId).sort()).toEqual(products);
    } finally {
      await cdp.send('Storage.overrideQuotaForOrigin', { origin });
      await cdp.detach();
      await page.close();
    }
  });

  test('a content-script message with a forged platform, host and source is refused or tied to the page that sent it', async () => {
    const page = await e2e.browser.context.newPage();
    await page.goto('https://sycm.taobao.com/cc/item_rank');
    await sidebar(page).waitFor();
    const send = (message: unknown) => inContentScript(page, e2e.browser.extensionId, `chrome.runtime.sendMessage(${JSON.stringify(message)})`);

    // Claiming to be Amazon from 生意参谋: refused, nothing stored.
    const capture = {
      type: 'metrics/capture',
      payload: {
        platform: 'amazon',
        period: '2026-11-20',
        timeZone: 'Asia/Shanghai',
        currency: 'CNY',
        source: 'https://sellercentral.amazon.com/?token=abc',
        rows: [{ productId: 'B0FORGED01', metrics: { visitors: 1 } }],
      },
    };
    expect(await send(capture)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    // An options-page operation from the content script: refused.
    expect(await send({ type: 'compliance/pack/set', payload: { storeId: 'taobao:*', packId: 'prc-ad-law-absolute', enabled: false } })).toMatchObject({
      ok: false,
      error: { code: 'forbidden', message: expect.stringMatching(/options page/) },
    });
    // Its own marketplace is accepted, and the snapshot keeps the sender's path, not the payload's address.
    expect(await send({ ...capture, payload: { ...capture.payload, platform: 'taobao' } })).toMatchObject({ ok: true });
    // A forged host writes the sender's own sidebar setting.
    expect(await send({ type: 'sidebar/set', payload: { host: 'mms.pinduoduo.com', width: 400 } })).toMatchObject({ ok: true, data: { width: 400 } });

    const options = await e2e.browser.extensionPage();
    const snapshots = await waitFor(
      () => readTable<{ platform: string; productId: string; source: string }>(options, 'snapshots'),
      (rows) => rows.some((r) => r.productId === 'B0FORGED01'),
    );
    expect(snapshots.filter((r) => r.productId === 'B0FORGED01')).toEqual([expect.objectContaining({ platform: 'taobao', source: 'https://sycm.taobao.com/cc/item_rank' })]);
    const settings = await readTable<{ key: string; value: unknown }>(options, 'settings');
    expect(settings.find((r) => r.key === 'sidebar:sycm.taobao.com')?.value).toMatchObject({ width: 400 });
    expect(settings.some((r) => r.key === 'sidebar:mms.pinduoduo.com' || r.key.startsWith('compliance:'))).toBe(false);
    await page.close();
    await options.close();
  });

  test('bulk check reads an XLSX in a worker, and a zip bomb is refused at once with the page still responsive', async () => {
    const page = await e2e.browser.extensionPage();
    await page.goto(page.url().replace(/[^/]*$/, 'options.html#bulk-check'));
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('listings');
    sheet.addRow(['sku', 'title', 'description', 'price', 'images']);
    sheet.addRow(['A1', '全网最低价纯棉T恤', '第一次穿就爱上', 59, 5]);
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    await page.getByLabel(/Listings file/).setInputFiles({ name: 'listings.xlsx', mimeType: 'application/octet-stream', buffer: xlsx });
    await page.getByRole('button', { name: 'Check listings' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Rows checked: 1 · findings: 1');

    const bomb = zipBomb(400 * 1024 * 1024);
    const started = Date.now();
    await page.getByLabel(/Listings file/).setInputFiles({ name: 'bomb.xlsx', mimeType: 'application/octet-stream', buffer: bomb });
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/would unpack to more than 200 MB/);
    // The page answers right away (a main-thread inflate of 400 MB would hold it for seconds).
    expect(await page.evaluate(() => document.title.length >= 0)).toBe(true);
    console.log(`[budget] zip bomb refused in: ${Date.now() - started} ms`);

    await page.getByLabel(/Listings file/).setInputFiles({ name: 'huge.csv', mimeType: 'text/csv', buffer: Buffer.alloc(21 * 1024 * 1024, 'a') });
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/it is 21 MB, and Seller Sidekick reads at most 20 MB/);
    await page.close();
  });

});
