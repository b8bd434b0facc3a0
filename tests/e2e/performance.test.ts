import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { BASELINE_EXTENSION_DIR, EXTENSION_DIR } from '../harness/browser';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../harness/chromium';
import type { AdapterExamples } from '../../lib/sites/types';
import { longestExtensionTask, report, sidebar, useSidekick } from './harness';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const RUNS = 7;
const PAGES = [
  ['生意参谋 商品排行', 'https://sycm.taobao.com/cc/item_rank'],
  ['Amazon business report', 'https://sellercentral.amazon.com/business-reports/ref=xx_sitemetric_dnav_xx#/report?id=102:DetailSalesTrafficByChildItem'],
] as const;

describe('sidebar start-up against a do-nothing content script on the same page', () => {
  const e2e = useSidekick();
  let baselineBrowser: BrowserContext;

  beforeAll(async () => {
    // The same page in a browser with only a do-nothing document_idle content script.
    baselineBrowser = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'sidekick-baseline-')), {
      executablePath: CHROMIUM_PATH,
      headless: true,
      ignoreHTTPSErrors: true,
      viewport: { width: 1440, height: 900 },
      args: [
        ...CHROMIUM_ARGS,
        `--disable-extensions-except=${BASELINE_EXTENSION_DIR}`,
        `--load-extension=${BASELINE_EXTENSION_DIR}`,
        `--host-resolver-rules=MAP * 127.0.0.1:${e2e.server.port}, EXCLUDE localhost`,
      ],
    });
  });
  afterAll(() => baselineBrowser?.close());

  test.each(PAGES)('%s: time to visible and longest task, reported for the record', async (label, url) => {
    const baseline: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const page = await baselineBrowser.newPage();
      await page.goto(url);
      const at = await page.waitForFunction(() => document.documentElement.dataset.baselineIdleAt);
      baseline.push(Number(await at.jsonValue()));
      await page.close();
    }
    const visible: number[] = [];
    const fromOwnStart: number[] = [];
    let longest = 0;
    for (let i = 0; i < RUNS; i++) {
      const page = await e2e.browser.context.newPage();
      await page.goto(url);
      await sidebar(page).waitFor({ timeout: 10_000 });
      const at = await page.waitForFunction(() => {
        const host = document.querySelector('seller-sidekick') as HTMLElement | null;
        return host?.dataset.visibleAt ? [Number(host.dataset.visibleAt), Number(host.dataset.startedAt)] : null;
      });
      const [visibleAt, startedAt] = (await at.jsonValue())!;
      visible.push(visibleAt!);
      fromOwnStart.push(visibleAt! - startedAt!);
      longest = Math.max(longest, await longestExtensionTask(page));
      await page.close();
    }
    report(`do-nothing idle script runs at, median of ${RUNS} (${label})`, median(baseline));
    report(`sidebar visible at, median of ${RUNS} (${label})`, median(visible));
    report(`sidebar visible minus do-nothing script, medians (${label})`, median(visible) - median(baseline));
    report(`sidebar visible after our own script starts, median (${label})`, median(fromOwnStart));
    report(`longest main-thread task from the extension (${label})`, longest);
    expect([...baseline, ...visible].every(Number.isFinite)).toBe(true);
  });
});

describe('content script bundles', () => {
  test('carry no classic zod (its locales alone are ~440 KB to parse on every seller page)', () => {
    // The content script is a small first-paint shell; the app (React, features, zod/mini schemas)
    // is content-app.js, imported by the shell once the sidebar frame is painted.
    const shell = join(EXTENSION_DIR, 'content-scripts/content.js');
    const app = join(EXTENSION_DIR, 'content-app.js');
    const shellCode = readFileSync(shell, 'utf8');
    const appCode = readFileSync(app, 'utf8');
    report('content script size (first-paint shell)', statSync(shell).size / 1024, 'KB');
    report('content app size (loaded after first paint)', statSync(app).size / 1024, 'KB');
    for (const code of [shellCode, appCode]) expect(code).not.toMatch(/[`'"]ZodString[`'"]/);
    expect(appCode).toMatch(/ZodMini/);
    // The shell stays free of React and zod: that is what keeps the first paint early.
    expect(shellCode).not.toMatch(/ZodMini|react\.element|__reactContainer/);
  });

  test("carry none of the adapters' example URLs (test data, exported beside each adapter for the unit tests only)", () => {
    const adapters = import.meta.glob<{ examples?: AdapterExamples }>('../../lib/sites/adapters/*.ts', { eager: true });
    const urls = Object.values(adapters).flatMap(({ examples }) => Object.values(examples ?? {}).flatMap(({ accept, reject }) => [...accept, ...reject]));
    expect(urls.length).toBeGreaterThan(100);
    for (const file of ['content-scripts/content.js', 'content-app.js']) {
      const code = readFileSync(join(EXTENSION_DIR, file), 'utf8');
      // Quoted as the minifier writes string literals: a host pattern like "https://sell.tmall.com/*" is no example.
      expect(urls.filter((url) => [`"${url}"`, `'${url}'`, `\`${url}\``].some((literal) => code.includes(literal))), file).toEqual([]);
    }
  });
});
