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

/** Time to visible as the content script recorded it on the host element. */
export async function sidebarTiming(page: Page): Promise<{ sinceScriptStart: number; sinceDomContentLoaded: number }> {
  return page.evaluate(() => {
    const host = document.querySelector('seller-sidekick') as HTMLElement | null;
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    const visible = Number(host?.dataset.visibleAt);
    return { sinceScriptStart: visible - Number(host?.dataset.startedAt), sinceDomContentLoaded: visible - (nav?.domContentLoadedEventEnd ?? 0) };
  });
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
