import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';

/** Runs inside an extension page (serialised by the driver): every row of one table, none when it is absent. */
function readAllInPage(name: string): Promise<unknown[]> {
  return new Promise<unknown[]>((resolve, reject) => {
    const open = indexedDB.open('seller-sidekick');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains(name)) {
        db.close();
        resolve([]);
        return;
      }
      const request = db.transaction(name, 'readonly').objectStore(name).getAll();
      request.onsuccess = () => {
        db.close();
        resolve(request.result as unknown[]);
      };
      request.onerror = () => reject(request.error);
    };
  });
}

/**
 * Reads a whole table of the extension's `seller-sidekick` database from an extension page, in
 * Chromium (Playwright) or Firefox (Puppeteer): both drivers' `evaluate(fn, arg)` run it in the page.
 */
export async function readTable<T = Record<string, unknown>>(page: PlaywrightPage | PuppeteerPage, table: string): Promise<T[]> {
  const evaluate = page.evaluate.bind(page) as (fn: typeof readAllInPage, arg: string) => Promise<unknown[]>;
  return (await evaluate(readAllInPage, table)) as T[];
}

/** Polls `read` until `accept` holds, returning the last value (tests then assert on it). */
export async function waitFor<T>(read: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!accept(value) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100));
    value = await read();
  }
  return value;
}
