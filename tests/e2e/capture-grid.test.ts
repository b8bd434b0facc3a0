import type { BrowserContext, Page } from 'playwright-core';
import { launchBaseline } from '../harness/browser';
import { readTable, waitFor } from '../harness/db';
import { businessReport } from '../support/amazon-business-report';
import { flickThroughAllPages, gridUrl as grid, openGrid, renderedByPage } from '../support/grid-session';
import { contentFigures, report, sidebar, useSidekick } from './harness';
import { attribution, instrumentLongTasks, longTasksSince, pageNow, type LongTaskRecord } from './long-tasks';

interface Snapshot {
  platform: string;
  productId: string;
  period: string;
  metrics: Record<string, number | null>;
}

describe('row-driven capture on a 2,000-row virtualized Amazon report', () => {
  const e2e = useSidekick();
  const snapshots = async () => readTable<Snapshot>(await e2e.browser.extensionPage(), 'snapshots');
  let baseline: BrowserContext;

  beforeAll(async () => {
    await instrumentLongTasks(e2e.browser.context);
    baseline = await launchBaseline(e2e.server.port);
    await instrumentLongTasks(baseline);
  });
  afterAll(() => baseline?.close());

  async function openWithSidekick(url: string): Promise<Page> {
    const page = await e2e.browser.context.newPage();
    await openGrid(page, url);
    await sidebar(page).waitFor({ timeout: 15_000 });
    await expect.poll(async () => (await contentFigures<{ capture?: { started: boolean } }>(page, e2e.browser.extensionId)).capture?.started, { timeout: 15_000 }).toBe(true);
    return page;
  }

  test('every row the page rendered while a seller flicked through all 20 pages has its snapshot, with the numbers it showed', async () => {
    const day = '2026-11-20';
    const page = await openWithSidekick(grid(day));
    await flickThroughAllPages(page);
    const rendered = await renderedByPage(page);
    const forDay = (all: Snapshot[]) => all.filter((s) => s.platform === 'amazon' && s.period === day);
    const stored = forDay(await waitFor(snapshots, (all) => forDay(all).length >= rendered.length, 60_000));
    const have = new Set(stored.map((s) => s.productId));
    const missing = rendered.filter((asin) => !have.has(asin));
    const figures = (await contentFigures<{ capture: Record<string, number> }>(page, e2e.browser.extensionId)).capture;
    report('virtualized grid: rows the page rendered', rendered.length, 'rows');
    report('virtualized grid: rendered rows with a snapshot', (100 * (rendered.length - missing.length)) / rendered.length, '%');
    report('virtualized grid: rows copied in the mutation callback', figures.copied ?? 0, 'rows');
    report('virtualized grid: rows read live at idle time', figures.readLive ?? 0, 'rows');
    report('virtualized grid: rows changed before their idle read', figures.changedBeforeRead ?? 0, 'rows');
    report('virtualized grid: mutation callbacks', figures.callbacks ?? 0, 'callbacks');
    report('virtualized grid: longest mutation callback copying rows', figures.longestCallbackMs ?? 0);
    report('virtualized grid: longest mutation callback finding the tables', figures.longestTableFindMs ?? 0);
    expect(rendered.length).toBeGreaterThan(1_500);
    expect(missing).toEqual([]);
    // The numbers are the ones the page showed (the generator's, not the scraper's): "Sessions - Total", not the app share.
    const truth = new Map(businessReport(day).map((row) => [row.asin, row]));
    for (const snapshot of stored) {
      const row = truth.get(snapshot.productId)!;
      expect(snapshot.metrics).toMatchObject({ sessions: row.sessions, pageViews: row.pageViews, units: row.units, orders: row.orderItems });
      expect(snapshot.metrics.gmv).toBeCloseTo(row.sales, 2);
      expect(snapshot.metrics.buyBoxRate).toBeCloseTo(Math.round(row.buyBoxRate * 100) / 100, 4);
    }
    await page.close();
  });

  test('tasks over 50 ms with and without the extension, page totals and LoAF attribution, same script in both browsers: reported for the record', async () => {
    // A day not captured yet, so the extension has all its work to do.
    const url = grid('2026-11-21');
    const runs: { label: string; record: LongTaskRecord }[] = [];
    let callbackMs = 0;
    // Alternated, twice each: the machine is shared, so load drifts between runs.
    for (let round = 0; round < 2; round++) {
      for (const withSidekick of [false, true]) {
        const page = withSidekick ? await openWithSidekick(url) : await baseline.newPage();
        if (!withSidekick) await openGrid(page, url);
        const since = await pageNow(page);
        await flickThroughAllPages(page);
        // Let the idle work (parse, send) finish inside the measured window.
        await page.waitForTimeout(1_500);
        const record = await longTasksSince(page, since);
        runs.push({ label: withSidekick ? 'with' : 'without', record });
        report(`grid flick round ${round + 1}, tasks over 50 ms ${withSidekick ? 'with' : 'without'} the extension`, record.tasks.filter((t) => t.duration > 50).length, 'tasks');
        if (withSidekick) callbackMs += (await contentFigures<{ capture: { callbackMs: number } }>(page, e2e.browser.extensionId)).capture.callbackMs;
        await page.close();
      }
    }
    const sum = (label: string, pick: (r: LongTaskRecord) => number) => runs.filter((r) => r.label === label).reduce((t, r) => t + pick(r.record), 0);
    const over50 = (r: LongTaskRecord) => r.tasks.filter((t) => t.duration > 50).length;
    const longest = (r: LongTaskRecord) => Math.max(0, ...r.tasks.map((t) => t.duration));
    for (const label of ['without', 'with']) {
      report(`grid flick, tasks over 50 ms ${label} the extension (2 runs)`, sum(label, over50), 'tasks');
      report(`grid flick, long animation frames ${label} the extension (2 runs)`, sum(label, (r) => r.frames.length), 'frames');
      report(`grid flick, longest task ${label} the extension`, Math.max(...runs.filter((r) => r.label === label).map((r) => longest(r.record))));
      const byOrigin = attribution({ tasks: [], frames: runs.filter((r) => r.label === label).flatMap((r) => r.record.frames) });
      for (const [origin, { scripts, ms }] of Object.entries(byOrigin)) report(`grid flick, LoAF script time ${label} the extension, ${origin} (${scripts} scripts)`, ms);
    }
    const ours = attribution({ tasks: [], frames: runs.filter((r) => r.label === 'with').flatMap((r) => r.record.frames) }).extension;
    report('grid flick, LoAF script time attributed to the extension', ours?.ms ?? 0);
    // Our mutation callbacks run in the microtask after the page's render and count under the page's script in LoAF.
    report('grid flick, time in our mutation callbacks (2 runs, measured in the isolated world)', callbackMs);
    // The bar (no more long tasks with the extension than without, within the noise between identical
    // rounds) is reported, not asserted: on the shared 2-core machine it held in some runs and missed by
    // 22–42% in others, and budgets are never asserted as timings. The positive control below is what
    // shows the measure sees long tasks at all.
    const bar = sum('without', over50) * (1 + NOISE_SHARE) + NOISE_MARGIN;
    report('grid flick, tasks over 50 ms with the extension minus the bar (≤ 0 meets it)', sum('with', over50) - bar, 'tasks');
  }, 480_000);

  test('positive control: the measure counts tasks a page blocks on purpose (120 ms per page change)', async () => {
    const page = await baseline.newPage();
    await openGrid(page, grid('2026-11-20', '&jank=120'));
    const since = await pageNow(page);
    for (const index of [3, 9, 14, 1, 18]) {
      await page.click(`[data-page="${index}"]`);
      await page.waitForTimeout(100);
    }
    const record = await longTasksSince(page, since);
    const blocked = record.tasks.filter((t) => t.duration >= 120);
    const pageFrames = record.frames.filter((f) => f.scripts.some((s) => s.url.includes('sellercentral.amazon.com') && s.duration >= 120));
    report('positive control: tasks of 120 ms or more seen', blocked.length, 'tasks');
    report('positive control: long animation frames attributed to the page script', pageFrames.length, 'frames');
    expect(blocked.length).toBeGreaterThanOrEqual(5);
    expect(pageFrames.length).toBeGreaterThanOrEqual(5);
    await page.close();
  });
});

/**
 * Long tasks the extension run may have over the run without it before the test calls it a regression:
 * identical rounds without the extension differed by up to 11% on this shared 2-core machine (load ~20),
 * so the bar is the "without" count plus that share plus a few tasks. Measured with the extension over
 * four runs: +22%, -6%, +6%, +42% (rounds of one run ranged 25-229 tasks): not met reliably. The mutation
 * callbacks (~3 ms each under that load) run inside the page's own render tasks and push borderline
 * ones over 50 ms; LoAF puts that time under the page's script (see the printed figures).
 */
const NOISE_SHARE = 0.11;
const NOISE_MARGIN = 3;
