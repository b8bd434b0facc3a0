import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { BASELINE_EXTENSION_DIR, BUSY_EXTENSION_DIR, EXTENSION_DIR, launchBaseline } from '../harness/browser';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../harness/chromium';
import { ADAPTERS } from '../../lib/sites';
import type { AdapterExamples, ListingFieldSelectors, TableHints } from '../../lib/sites/types';
import { contentFigures, longestExtensionTask, report, sidebar, useSidekick } from './harness';

/** What the service worker takes to store a page of captured rows and evaluate them on this machine (a few hundred ms), waited out before the next load. */
const STORE_SETTLE_MS = 500;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const RUNS = 7;
/**
 * Each content script's size ceiling (KiB): 65 before the adapters' test data and feature hints moved out, 44 before
 * the polyfill and WXT's shadow-root UI did (25.5 then, 26.0 after the next merge of main, with seven marketplaces).
 * Every marketplace's page detection (hosts, page-type patterns, names) has to ride in the shell, about 0.8 KiB each
 * (快手小店's adapter is 0.8 KiB minified), so the ceiling is the rest plus 1 KiB per adapter (27 with seven: 1 KiB of
 * slack), and never over the 30 KB aim: a new marketplace does not edit this file, and the aim still binds.
 */
const SHELL_CEILING_KB = Math.min(20 + ADAPTERS.length, 30);
const PAGES = [
  ['生意参谋 商品排行', 'https://sycm.taobao.com/cc/item_rank'],
  ['Amazon business report', 'https://sellercentral.amazon.com/business-reports/ref=xx_sitemetric_dnav_xx#/report?id=102:DetailSalesTrafficByChildItem'],
] as const;

describe('sidebar start-up against a do-nothing content script on the same page', () => {
  const e2e = useSidekick();
  let baselineBrowser: BrowserContext;

  beforeAll(async () => {
    // The same page in a browser with only a do-nothing document_idle content script.
    baselineBrowser = await launchBaseline(e2e.server.port);
  });
  afterAll(() => baselineBrowser?.close());

  test.each(PAGES)('%s: time to visible and longest task, reported for the record', async (label, url) => {
    const baseline: number[] = [];
    const visible: number[] = [];
    const fromOwnStart: number[] = [];
    let longest = 0;
    // Alternated, so a machine whose load drifts gives both arms the same share of it. Each of our runs ends once
    // the page's captured rows are handed to the background (the capture's figures say none wait), and the next
    // load waits while they are stored: otherwise the previous page's storing and alert evaluation compete with
    // the next page's start-up, which then measures the last visit, not this one.
    for (let i = 0; i < RUNS; i++) {
      const base = await baselineBrowser.newPage();
      await base.goto(url);
      const at = await base.waitForFunction(() => document.documentElement.dataset.baselineIdleAt);
      baseline.push(Number(await at.jsonValue()));
      await base.close();

      const page = await e2e.browser.context.newPage();
      await page.goto(url);
      await sidebar(page).waitFor({ timeout: 10_000 });
      // Recorded in the content script's isolated world, where no page script can read it.
      await expect.poll(async () => (await contentFigures<{ visibleAt?: number }>(page, e2e.browser.extensionId)).visibleAt, { timeout: 10_000 }).toBeDefined();
      const { visibleAt, startedAt } = await contentFigures<{ visibleAt: number; startedAt: number }>(page, e2e.browser.extensionId);
      visible.push(visibleAt);
      fromOwnStart.push(visibleAt - startedAt);
      longest = Math.max(longest, await longestExtensionTask(page));
      await expect
        .poll(async () => (await contentFigures<{ capture?: { waiting: number } }>(page, e2e.browser.extensionId)).capture?.waiting ?? 0, { timeout: 20_000, interval: 100 })
        .toBe(0);
      await page.close();
      await new Promise((resolve) => setTimeout(resolve, STORE_SETTLE_MS));
    }
    report(`do-nothing idle script runs at, median of ${RUNS} (${label})`, median(baseline));
    report(`sidebar visible at, median of ${RUNS} (${label})`, median(visible));
    report(`sidebar visible minus do-nothing script, medians (${label})`, median(visible) - median(baseline));
    report(`sidebar visible after our own script starts, median (${label})`, median(fromOwnStart));
    report(`longest main-thread task from the extension (${label})`, longest);
    expect([...baseline, ...visible].every(Number.isFinite)).toBe(true);
  });
});

describe('the long-task measure', () => {
  const e2e = useSidekick();

  // Positive and negative control for the measure behind every "longest main-thread task from the
  // extension" figure. Finding (Chromium 156): Long Animation Frame entries attribute page scripts only;
  // a 150 ms block from an extension's isolated-world content script shows as a long frame with
  // `scripts: []`, so the measure reads 0 whatever we do. The positive control is therefore declared as
  // failing (test.fails): it turns red the day the measure sees extension work, and that is the day to
  // flip it. Until then the figures it reports (and the < 50 ms assertion in compliance.test.ts) prove nothing.
  const openWith = async (extensionDir: string, doneKey: string) => {
    const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'sidekick-control-')), {
      executablePath: CHROMIUM_PATH,
      headless: true,
      ignoreHTTPSErrors: true,
      args: [
        ...CHROMIUM_ARGS,
        `--disable-extensions-except=${extensionDir}`,
        `--load-extension=${extensionDir}`,
        `--host-resolver-rules=MAP * 127.0.0.1:${e2e.server.port}, EXCLUDE localhost`,
      ],
    });
    try {
      const page = await context.newPage();
      await page.goto(PAGES[0][1]);
      await page.waitForFunction((key) => document.documentElement.dataset[key] !== undefined, doneKey);
      return await longestExtensionTask(page);
    } finally {
      await context.close();
    }
  };

  test.fails('sees a content script that blocks the main thread for 150 ms (it does not: see above)', async () => {
    const longest = await openWith(BUSY_EXTENSION_DIR, 'busyDoneAt');
    report('long-task measure on a 150 ms extension block (positive control)', longest);
    expect(longest).toBeGreaterThanOrEqual(100);
  });

  test('sees nothing from a do-nothing content script', async () => {
    expect(await openWith(BASELINE_EXTENSION_DIR, 'baselineIdleAt')).toBeLessThan(50);
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
    // Nor the webextension-polyfill (its start-up guard message marks it): the shell uses the browser's own object.
    const polyfill = 'This script should only be loaded in a browser extension';
    expect(appCode).toContain(polyfill);
    expect(shellCode).not.toContain(polyfill);
  });

  test("carry none of the adapters' test data, and the shell none of their feature hints", () => {
    const adapters = import.meta.glob<{ examples?: AdapterExamples; table?: TableHints; listing?: ListingFieldSelectors }>('../../lib/sites/adapters/*.ts', {
      eager: true,
    });
    const modules = Object.values(adapters);
    const examples = modules.flatMap(({ examples }) => Object.values(examples ?? {}).flatMap(({ accept, reject }) => [...accept, ...reject]));
    // The shell only detects the page: table hints (alerts) and listing selectors (compliance) load with the app.
    const hints = modules.flatMap(({ table, listing }) => [...(table?.productIdHeaders ?? []), ...Object.values(listing ?? {}).flat()]);
    expect(examples.length).toBeGreaterThan(100);
    expect(hints.length).toBeGreaterThan(50);
    // Quoted as the minifier writes string literals: a host pattern like "https://sell.tmall.com/*" is no example.
    const shipped = (code: string, texts: string[]) => texts.filter((text) => [`"${text}"`, `'${text}'`, `\`${text}\``].some((literal) => code.includes(literal)));
    const shellCode = readFileSync(join(EXTENSION_DIR, 'content-scripts/content.js'), 'utf8');
    const appCode = readFileSync(join(EXTENSION_DIR, 'content-app.js'), 'utf8');
    expect(shipped(shellCode, examples), 'shell').toEqual([]);
    expect(shipped(appCode, examples), 'app').toEqual([]);
    expect(shipped(shellCode, hints), 'shell').toEqual([]);
    expect(shipped(appCode, hints).length, 'the app reads them').toBeGreaterThan(0);
  });

  test(`keep every content script under ${SHELL_CEILING_KB} KB (the aim is 30 KB)`, () => {
    // A ratchet: lower it as the shell shrinks. Every script in content-scripts/ is parsed on every
    // seller page before anything else of ours runs, so each is held to it and their total is reported.
    // What is left of content.js is mostly the sidebar frame, page detection and sidebar.css (~4.3 KB);
    // the webextension-polyfill and WXT's shadow-root UI helpers are no longer in it.
    const dir = join(EXTENSION_DIR, 'content-scripts');
    const scripts = readdirSync(dir).filter((name) => name.endsWith('.js'));
    expect(scripts).toContain('content.js');
    let total = 0;
    for (const name of scripts) {
      const kb = statSync(join(dir, name)).size / 1024;
      total += kb;
      expect(kb, name).toBeLessThanOrEqual(SHELL_CEILING_KB);
    }
    report(`all content scripts together (${scripts.length})`, total, 'KB');
  });

  test('keep the document_start typing guard tiny (it runs on every seller page before the page does): 4 KB, no polyfill or React', () => {
    const guard = join(EXTENSION_DIR, 'typing-guard.js');
    report('typing guard size (document_start)', statSync(guard).size / 1024, 'KB');
    expect(statSync(guard).size / 1024).toBeLessThanOrEqual(4);
    expect(readFileSync(guard, 'utf8')).not.toMatch(/webextension-polyfill|browser\.runtime|react\.element|ZodMini/);
  });
});
