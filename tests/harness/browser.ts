import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
export const BASELINE_EXTENSION_DIR = join(ROOT, 'tests/harness/baseline-extension');
/** A content script that blocks the main thread for 150 ms: the long-task measure's positive control. */
export const BUSY_EXTENSION_DIR = join(ROOT, 'tests/harness/busy-extension');

export interface LaunchOptions {
  port: number;
  lang?: 'en-US' | 'zh-CN';
  /** Reuse a profile to simulate a browser restart. */
  userDataDir?: string;
  headless?: boolean;
  extensionDir?: string;
  viewport?: { width: number; height: number } | null;
  /** More unpacked extensions to load beside ours (e.g. the do-nothing baseline for timing). */
  alsoLoad?: string[];
}

export interface SidekickBrowser {
  context: BrowserContext;
  userDataDir: string;
  extensionId: string;
  /** The live service worker, waiting for a fresh one if it was stopped. */
  worker(): Promise<Worker>;
  /** An extension page (options.html) kept open to read and write the extension's IndexedDB. */
  extensionPage(): Promise<Page>;
  close(): Promise<void>;
}

/** Debian's Chromium with the production build loaded, resolving every host to the fixture server. */
export async function launchSidekick(options: LaunchOptions): Promise<SidekickBrowser> {
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'sidekick-profile-'));
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: options.headless ?? true,
    ignoreHTTPSErrors: true,
    locale: options.lang ?? 'en-US',
    viewport: options.viewport === undefined ? { width: 1440, height: 900 } : options.viewport,
    args: [
      ...CHROMIUM_ARGS,
      `--disable-extensions-except=${[extensionDir, ...(options.alsoLoad ?? [])].join(',')}`,
      `--load-extension=${[extensionDir, ...(options.alsoLoad ?? [])].join(',')}`,
      `--host-resolver-rules=MAP * 127.0.0.1:${options.port}, EXCLUDE localhost`,
      `--lang=${options.lang ?? 'en-US'}`,
    ],
  });
  const firstWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  // Only our extension has a worker, so the first one is ours.
  const extensionId = new URL(firstWorker.url()).host;
  let extPage: Page | null = null;

  const worker = async (): Promise<Worker> => {
    const live = context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${extensionId}/`));
    if (live) return live;
    const waiting = context.waitForEvent('serviceworker', { timeout: 30_000 });
    const page = await extensionPage();
    // Any call into the extension wakes its worker.
    await page.evaluate(() => chrome.runtime.sendMessage({ type: 'wake' }).catch(() => undefined));
    return waiting;
  };

  const extensionPage = async (): Promise<Page> => {
    if (extPage && !extPage.isClosed()) return extPage;
    extPage = await context.newPage();
    await extPage.goto(`chrome-extension://${extensionId}/options.html`);
    return extPage;
  };

  return { context, userDataDir, extensionId, worker, extensionPage, close: () => context.close() };
}

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

/** The same Chromium without Seller Sidekick: only a do-nothing document_idle content script (the baseline of timing tests). */
export function launchBaseline(port: number): Promise<BrowserContext> {
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'sidekick-baseline-')), {
    executablePath: CHROMIUM_PATH,
    headless: true,
    ignoreHTTPSErrors: true,
    viewport: { width: 1440, height: 900 },
    args: [
      ...CHROMIUM_ARGS,
      `--disable-extensions-except=${BASELINE_EXTENSION_DIR}`,
      `--load-extension=${BASELINE_EXTENSION_DIR}`,
      `--host-resolver-rules=MAP * 127.0.0.1:${port}, EXCLUDE localhost`,
    ],
  });
}
