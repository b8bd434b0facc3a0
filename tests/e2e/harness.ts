import type { Page } from 'playwright-core';
import { launchSidekick, type LaunchOptions, type SidekickBrowser } from '../harness/browser';
import { startFixtureServer, type FixtureServer } from '../harness/server';

export interface E2E {
  server: FixtureServer;
  browser: SidekickBrowser;
  /** Relaunches the browser on the same profile (a browser restart). */
  restart(): Promise<SidekickBrowser>;
}

/** One fixture server and one Chromium with the production build per test file. */
export function useSidekick(options: Omit<LaunchOptions, 'port'> = {}) {
  const e2e = {} as E2E;
  beforeAll(async () => {
    e2e.server = await startFixtureServer();
    e2e.browser = await launchSidekick({ ...options, port: e2e.server.port });
    e2e.restart = async () => {
      const { userDataDir } = e2e.browser;
      await e2e.browser.close();
      e2e.browser = await launchSidekick({ ...options, port: e2e.server.port, userDataDir });
      return e2e.browser;
    };
  });
  afterAll(async () => {
    await e2e.browser?.close();
    await e2e.server?.close();
  });
  return e2e;
}

/** The sidebar's shadow-DOM locator root: Playwright CSS/role locators pierce open shadow roots. */
export const sidebar = (page: Page) => page.getByRole('complementary', { name: 'Seller Sidekick' });

/** Stops every service worker of the profile, as Chrome does when it idles one out. */
export async function stopServiceWorker(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

/**
 * Evaluates `expression` in our content script's isolated world (not the page's), over CDP: the
 * extension's execution context in the page's main frame. This is how tests read what the content
 * script keeps out of the page's sight.
 */
export async function inIsolatedWorld<T>(page: Page, extensionId: string, expression: string): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const contexts: { id: number; origin: string; auxData?: { isDefault?: boolean; type?: string; frameId?: string } }[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
    const { frameTree } = await cdp.send('Page.getFrameTree');
    await cdp.send('Runtime.enable');
    const ours = contexts.find((c) => c.origin === `chrome-extension://${extensionId}` && c.auxData?.frameId === frameTree.frame.id && c.auxData?.type === 'isolated');
    if (!ours) throw new Error('no isolated world of the extension in this page (the content script has not run)');
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, contextId: ours.id, returnByValue: true, awaitPromise: true });
    if (exceptionDetails) throw new Error(`isolated-world evaluation failed: ${exceptionDetails.text}`);
    return result.value as T;
  } finally {
    await cdp.detach();
  }
}

/** The budget figures the content script keeps in its isolated world (lib/figures.ts). */
export function contentFigures<T = Record<string, unknown>>(page: Page, extensionId: string): Promise<T> {
  return inIsolatedWorld<T>(page, extensionId, `globalThis[Symbol.for('seller-sidekick:figures')] ?? {}`);
}

/** Time to visible as the content script recorded it (in its isolated world). */
export async function sidebarTiming(page: Page, extensionId: string): Promise<{ sinceScriptStart: number; sinceDomContentLoaded: number }> {
  await expect.poll(async () => (await contentFigures<{ visibleAt?: number }>(page, extensionId)).visibleAt, { timeout: 10_000 }).toBeDefined();
  const { visibleAt, startedAt } = await contentFigures<{ visibleAt: number; startedAt: number }>(page, extensionId);
  // performance.now() has one time origin per document, shared by the page and the isolated world.
  const domContentLoaded = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.domContentLoadedEventEnd ?? 0);
  return { sinceScriptStart: visibleAt - startedAt, sinceDomContentLoaded: visibleAt - domContentLoaded };
}

/**
 * The longest script work our extension did on the page's main thread, from Long Animation Frame
 * entries attributed to chrome-extension:// scripts (0 when none crossed the 50 ms threshold).
 */
export async function longestExtensionTask(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let longest = 0;
        const observer = new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { scripts?: { sourceURL: string; duration: number }[] })[]) {
            for (const script of entry.scripts ?? []) {
              if (script.sourceURL.startsWith('chrome-extension://')) longest = Math.max(longest, script.duration);
            }
          }
        });
        observer.observe({ type: 'long-animation-frame', buffered: true });
        setTimeout(() => {
          observer.disconnect();
          resolve(longest);
        }, 200);
      }),
  );
}

/** Budget figures are printed for the record (and collected into the README), never asserted. */
export function report(label: string, value: number, unit = 'ms'): void {
  console.log(`[budget] ${label}: ${value.toFixed(1)} ${unit}`);
}
