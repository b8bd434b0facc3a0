import { loadavg } from 'node:os';
import { launchBaseline } from '../harness/browser';
import { startFixtureServer } from '../harness/server';
import { flickThroughAllPages, GRID_SCROLLER, gridUrl, openGrid } from '../support/grid-session';
import { ROW_SIGNAL_ATTRIBUTES, SHAPE_ATTRIBUTES } from '../../lib/metrics/row-watch-browser';

/**
 * What our MutationObservers cost inside the page's own render tasks on the 2,000-row grid, apart
 * from our callbacks' JavaScript: the browser creates a record per mutation for each observer (and
 * copies the old value where asked) while the page's script runs. The time of each of the page's
 * scroll and click handlers is measured from a listener before it to one after it (the mutation
 * callbacks run at the microtask checkpoint between them, so they are in), over one flick through
 * all 20 pages, for each set of observers, alternated in one browser so load falls on all alike:
 *   npx tsx tests/bench/grid-observers.ts [--rounds=3]
 * - none: the page alone;
 * - capture: the capture's observer as it observes (old values), its callback only keeping the records
 *   until a 0 ms task drops them (as components/alerts/page-capture.ts does before reading them);
 * - capture-no-old: the same without characterDataOldValue / attributeOldValue;
 * - capture+store: the capture's observer and a second one on the whole document (childList, subtree,
 *   characterData) queuing a 0 ms task per batch, as the store-name watch did;
 * - identity: what a grid whose rows say when they show another product costs now: the rows' parent
 *   left out of the document observers (so no record per cell), an observer on that parent's children
 *   and the rows' own id attributes, and a 0 ms task per batch (components/alerts/page-capture.ts).
 */
const rounds = Number(process.argv.find((a) => a.startsWith('--rounds='))?.slice(9) ?? 3);
const MODES = ['none', 'capture', 'capture-no-old', 'capture+store', 'identity'] as const;
type Mode = (typeof MODES)[number];

/** Installed in the page as text: tsx wraps named functions in __name(), which the page does not have. */
const INSTALL = `({ mode, selector, shape, signals }) => {
  const scroller = document.querySelector(selector);
  const app = scroller.closest('.MuiDataGrid-root') || document.body;
  const stats = { ms: 0, handlers: 0, longest: 0, records: 0, over16: 0 };
  let started = 0;
  const before = () => (started = performance.now());
  const after = () => {
    const took = performance.now() - started;
    stats.ms += took;
    stats.handlers++;
    stats.longest = Math.max(stats.longest, took);
    if (took > 16) stats.over16++;
  };
  // Before the page's: capture phase on the window. After: a bubbling listener added after the page's.
  window.addEventListener('scroll', before, { capture: true, passive: true });
  scroller.addEventListener('scroll', after, { passive: true });
  window.addEventListener('click', before, { capture: true });
  app.addEventListener('click', after);
  const kept = [];
  let queued = false;
  const keep = (records) => {
    kept.push(records);
    stats.records += records.length;
    if (queued) return;
    queued = true;
    setTimeout(() => {
      queued = false;
      kept.length = 0;
    }, 0);
  };
  if (mode === 'identity') {
    const rows = scroller.querySelectorAll('[role="row"]');
    const parent = rows[0].parentElement;
    const watch = new MutationObserver(keep);
    watch.observe(parent, { childList: true });
    rows.forEach((row) => watch.observe(row, { attributes: true, attributeFilter: signals }));
  } else if (mode !== 'none') {
    const old = mode !== 'capture-no-old';
    new MutationObserver(keep).observe(document.documentElement, Object.assign(
      { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: shape },
      old ? { characterDataOldValue: true, attributeOldValue: true } : {},
    ));
  }
  if (mode === 'capture+store') {
    let storeQueued = false;
    new MutationObserver(() => {
      if (storeQueued) return;
      storeQueued = true;
      setTimeout(() => (storeQueued = false), 0);
    }).observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  }
  window.__observerBench = stats;
}`;

const server = await startFixtureServer();
const context = await launchBaseline(server.port);
const totals = new Map<Mode, number[]>(MODES.map((m) => [m, []]));
try {
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 ? [...MODES].reverse() : MODES;
    for (const mode of order) {
      const page = await context.newPage();
      await openGrid(page, gridUrl('2026-11-20'));
      await page.evaluate(`(${INSTALL})(${JSON.stringify({ mode, selector: GRID_SCROLLER, shape: SHAPE_ATTRIBUTES, signals: ROW_SIGNAL_ATTRIBUTES })})`);
      const load = loadavg()[0]!.toFixed(1);
      await flickThroughAllPages(page);
      await page.waitForTimeout(100);
      const stats = (await page.evaluate('window.__observerBench')) as { ms: number; handlers: number; longest: number; records: number; over16: number };
      totals.get(mode)!.push(stats.ms);
      console.log(
        `round ${round + 1} ${mode.padEnd(15)} page handlers ${stats.ms.toFixed(0).padStart(5)} ms in ${stats.handlers} (longest ${stats.longest.toFixed(1)} ms, ${stats.over16} over 16 ms), ${stats.records} records (load ${load})`,
      );
      await page.close();
    }
  }
  for (const [mode, list] of totals) console.log(`${mode.padEnd(15)} ${list.map((ms) => ms.toFixed(0)).join(', ')} ms a flick in the page's handlers`);
} finally {
  await context.close();
  await server.close();
}
