import type { Page } from 'playwright-core';

/**
 * One seller session on the 2,000-ASIN virtualized Amazon report (tests/fixtures/sites/
 * sellercentral.amazon.com/business-reports/large-catalog.html), shared by the e2e comparison and
 * the profiling tool so both drive the page exactly alike.
 */
export const gridUrl = (day: string, extra = '') =>
  `https://sellercentral.amazon.com/business-reports/large-catalog#/report?id=102:DetailSalesTrafficByChildItem&fromDate=${day}&toDate=${day}${extra}`;
export const GRID_SCROLLER = '.MuiDataGrid-virtualScroller';
/** Pages visited in a seller's jumbled order (every one of the 20), then quick jumps without reading. */
const PAGE_ORDER = [0, 1, 2, 5, 4, 3, 9, 6, 7, 8, 14, 10, 11, 12, 13, 19, 15, 16, 17, 18];
const QUICK_JUMPS = [19, 2, 11, 0, 7, 16, 4];

export async function openGrid(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForSelector('body[data-loaded="true"]');
}

/** The ASINs the page itself wrote into a row (its own record, not ours). */
export const renderedByPage = (page: Page) => page.evaluate(() => Array.from((window as unknown as { __rendered: Set<string> }).__rendered));

/**
 * A slow reading pass over page 1, then every page flicked through at one screen per frame, random
 * scroll jumps a frame apart and fast wheel flicks, then quick page jumps.
 */
export async function flickThroughAllPages(page: Page): Promise<void> {
  await page.evaluate(async (selector) => {
    const scroller = document.querySelector(selector)!;
    for (let y = 0; y <= scroller.scrollHeight; y += 180) {
      scroller.scrollTop = y;
      await new Promise((r) => setTimeout(r, 60));
    }
  }, GRID_SCROLLER);
  const box = (await page.locator(GRID_SCROLLER).boundingBox())!;
  for (const index of PAGE_ORDER) {
    await page.click(`[data-page="${index}"]`);
    await page.evaluate(
      async ({ selector, seed }) => {
        const scroller = document.querySelector(selector)!;
        // No named helper here: tsx wraps named functions in __name(), which the page does not have.
        // A flick: one screen (15 rows) per frame, so most rows are on screen for a single frame.
        for (let y = 0; y <= scroller.scrollHeight; y += scroller.clientHeight) {
          scroller.scrollTop = y;
          await new Promise((r) => requestAnimationFrame(() => r(null)));
        }
        // Jumps back and forth, a frame apart.
        for (let i = 0; i < 8; i++) {
          scroller.scrollTop = ((i * 7 + seed) % 11) * 330;
          await new Promise((r) => requestAnimationFrame(() => r(null)));
        }
      },
      { selector: GRID_SCROLLER, seed: index },
    );
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    for (let i = 0; i < 4; i++) await page.mouse.wheel(0, i % 2 ? -1400 : 2200);
  }
  for (const index of QUICK_JUMPS) await page.click(`[data-page="${index}"]`);
}
