import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH, CHROMIUM_ARGS } from '../harness/chromium';

/**
 * Bundles `entry` (a TS module whose default export is `() => unknown | Promise<unknown>`)
 * into one script, runs it in headless Chromium on about:blank, and returns its JSON result.
 * Benches use it to measure hot paths where they really run: in the browser.
 */
export async function runInChromium<T>(entry: string): Promise<T> {
  const bundle = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: '__bench',
    platform: 'browser',
    target: 'chrome120',
    minify: false,
  });
  const code = bundle.outputFiles[0]!.text;
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  try {
    const page = await browser.newPage();
    await page.addScriptTag({ content: code });
    return (await page.evaluate(async () => {
      const mod = (globalThis as unknown as { __bench: { default: () => unknown } }).__bench;
      return await mod.default();
    })) as T;
  } finally {
    await browser.close();
  }
}
