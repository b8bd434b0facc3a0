import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchSidekick, ROOT } from '../harness/browser';
import { startFixtureServer } from '../harness/server';
import { DEMO_PAGES } from './pages';

/**
 * The demo: the built extension in Debian's Chromium on the bundled demo seller pages. With a display
 * it opens a window to click around in; headless, it writes a screenshot of every page and says where.
 */
const server = await startFixtureServer();
const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const lang = process.env.SIDEKICK_DEMO_LANG === 'en' ? 'en-US' : 'zh-CN';
const browser = await launchSidekick({ port: server.port, headless, lang, viewport: headless ? { width: 1440, height: 900 } : null });

if (headless) {
  const out = join(ROOT, 'demo-screenshots');
  mkdirSync(out, { recursive: true });
  const page = await browser.context.newPage();
  for (const demo of DEMO_PAGES) {
    await page.goto(demo.url);
    await page
      .getByRole('complementary', { name: 'Seller Sidekick' })
      .waitFor({ timeout: 10_000 })
      .catch(() => console.warn(`  (no sidebar on ${demo.name})`));
    await page.waitForTimeout(2_000); // late tables, marks and badges settle
    await page.screenshot({ path: join(out, `${demo.name}.png`) });
    console.log(`  ${demo.name}.png  ${demo.url}`);
  }
  console.log(`\nScreenshots of every demo page are in ${out}`);
  await browser.close();
  await server.close();
} else {
  for (const demo of DEMO_PAGES) await (await browser.context.newPage()).goto(demo.url);
  console.log('Seller Sidekick demo is open in Chromium. Close the window to stop.');
  browser.context.on('close', () => void server.close().then(() => process.exit(0)));
}
