import { BATCH, MAX_HOLD_MS, QUIET_MS, startPageCapture, type CaptureFigures } from '../../../components/alerts/page-capture';
import { createPageStore } from '../../../components/sidebar/page-store';
import type { PageContext } from '../../../components/sidebar/types';
import { figures } from '../../../lib/figures';
import type { IdleDeadlineLike } from '../../../lib/metrics/capture-browser';
import type { CapturedRow } from '../../../lib/messaging/alerts';
import { backgroundBridge, type BackgroundBridge } from '../../support/background-bridge';

vi.mock('../../../components/common/trusted', () => ({ shieldFromPage: () => () => undefined }));
// jsdom draws no glyphs: the font check (tested in capture-browser.test.ts) says standard digits here.
vi.mock('../../../lib/metrics/capture-browser', async (original) => ({ ...(await original<object>()), fontPlanFor: async () => ({}) }));

/**
 * The in-page capture's queue on a virtualized grid, driven the way a page drives it: a pool of row
 * elements rewritten for each product (one record per cell), a MutationObserver callback per render,
 * idle callbacks that the test runs (or never runs, for a page that is never idle) and a clock that
 * only moves when the test says so.
 */
const DAY = '2026-11-20';
const PAGE: PageContext = {
  host: 'sellercentral.amazon.com',
  url: `https://sellercentral.amazon.com/business-reports/large-catalog#/report?id=102&fromDate=${DAY}&toDate=${DAY}`,
  platform: 'amazon',
  platformName: 'Amazon',
  pageType: 'analyticsTable',
  timeZone: 'America/Los_Angeles',
  currency: 'USD',
};
const COLUMNS = ['(Child) ASIN', 'Sessions - Total', 'Page Views - Total', 'Units Ordered', 'Total Order Items'];
const POOL = 5;
const asin = (i: number) => `B0${String(i).padStart(8, '0')}`;
/** The numbers the page shows for product i (what the snapshot must hold). */
const numbers = (i: number) => [100 + i, 200 + i, i % 7, i % 5];

function fakeClock() {
  let now = 0;
  const idle: { fn: (deadline?: IdleDeadlineLike) => void; timeout: number }[] = [];
  const timeouts: { fn: () => void; at: number }[] = [];
  return {
    timers: {
      now: () => now,
      setTimeout: (fn: () => void, ms: number) => timeouts.push({ fn, at: now + ms }),
      requestIdleCallback: (fn: (deadline?: IdleDeadlineLike) => void, { timeout }: { timeout: number }) => idle.push({ fn, timeout }),
    },
    spend(ms: number) {
      now += ms;
    },
    /** Runs the idle callbacks queued so far: in an idle period of `remaining` ms, or timed out (a page never idle). */
    runIdle(remaining: number, didTimeout = false) {
      const due = idle.splice(0);
      for (const { fn } of due) fn({ timeRemaining: () => remaining, didTimeout });
      return due.length;
    },
    /** Moves the clock and runs the timeouts due by then. */
    advance(ms: number) {
      now += ms;
      for (let again = true; again; ) {
        again = false;
        const due = timeouts.filter((t) => t.at <= now);
        for (const t of due) {
          timeouts.splice(timeouts.indexOf(t), 1);
          t.fn();
          again = true;
        }
      }
    },
  };
}

/** The background's real handlers; what the capture sent is read off the messages it made. */
function background() {
  const bg = backgroundBridge({ pageUrl: PAGE.url, now: Date.parse(`${DAY}T20:00:00Z`) });
  open.push(bg);
  const captures = () => bg.calls.filter((call) => call.type === 'metrics/capture').map((call) => call.payload as { period: string; rows: CapturedRow[] });
  return { ...bg, captures, rows: () => captures().flatMap((c) => c.rows) };
}

let open: BackgroundBridge[] = [];
afterEach(async () => {
  await Promise.all(open.map((bg) => bg.close()));
  open = [];
});

/** A MUI-like grid with a pool of POOL rows; `show(first)` writes products first.. into the pool as the page does. */
function grid({ signal = true } = {}) {
  const table = document.createElement('div');
  table.setAttribute('role', 'grid');
  const header = table.appendChild(document.createElement('div'));
  header.setAttribute('role', 'row');
  COLUMNS.forEach((title, i) => {
    const cell = header.appendChild(document.createElement('div'));
    cell.setAttribute('role', 'columnheader');
    cell.setAttribute('aria-colindex', String(i + 1));
    cell.textContent = title;
  });
  const zone = table.appendChild(document.createElement('div'));
  zone.setAttribute('role', 'rowgroup');
  document.body.replaceChildren(table);
  const pool = Array.from({ length: POOL }, () => {
    const row = document.createElement('div');
    row.setAttribute('role', 'row');
    const cells = COLUMNS.map((_, i) => {
      const cell = document.createElement('div');
      cell.setAttribute('role', 'gridcell');
      cell.setAttribute('aria-colindex', String(i + 1));
      if (i === 0) cell.append(document.createElement('a'));
      row.append(cell);
      return cell;
    });
    zone.append(row);
    return { row, cells };
  });
  return {
    show(first: number) {
      pool.forEach(({ row, cells }, k) => {
        const i = first + k;
        if (signal) row.setAttribute('data-id', asin(i));
        const link = cells[0]!.firstElementChild as HTMLAnchorElement;
        link.href = `https://www.amazon.com/dp/${asin(i)}`;
        link.textContent = asin(i);
        numbers(i).forEach((n, c) => (cells[c + 1]!.textContent = n.toLocaleString('en-US')));
      });
    },
    /** Writes other numbers into the k-th row of the pool, keeping its product (no attribute changes). */
    restate(k: number, sessions: number) {
      pool[k]!.cells[1]!.textContent = sessions.toLocaleString('en-US');
    },
  };
}

/** The observer's callback runs in the microtask after a render, before the next render. */
const microtask = () => new Promise<void>((done) => queueMicrotask(done));
/** Lets the send chain (store, then the message) run to the bridge. */
const settle = async () => {
  for (let i = 0; i < 20; i++) await microtask();
};
const stats = () => figures().capture as CaptureFigures;

async function capture(shown: PageContext = PAGE, options: { signal?: boolean } = {}) {
  const clock = fakeClock();
  const fake = background();
  const page = grid(options);
  const pageStore = createPageStore(shown);
  startPageCapture({ doc: document, bridge: fake.bridge, pageStore, lang: () => 'en', timers: clock.timers, onStop: () => undefined });
  /** Renders products from..to-1 a pool at a time, each render followed by its observer callback. */
  const flick = async (from: number, to: number) => {
    for (let first = from; first < to; first += POOL) {
      page.show(first);
      await microtask();
      await microtask();
    }
  };
  /** Lets the font check (one idle callback) and the queue run out, the page never idle: timeouts only. */
  const drainNeverIdle = async () => {
    for (let round = 0; round < 500; round++) {
      clock.advance(0); // our task after the page's (a 0 ms timer)
      await settle();
      const ran = clock.runIdle(0, true);
      clock.advance(QUIET_MS);
      await settle();
      if (!ran) break;
    }
  };
  return { clock, fake, flick, drainNeverIdle, pageStore, page };
}

afterEach(() => document.body.replaceChildren());

describe('in-page capture queue on a recycled grid', () => {
  test('every product the pool showed is captured with its numbers when the page is never idle (timeouts only)', async () => {
    const { fake, flick, drainNeverIdle } = await capture();
    await flick(0, 60);
    await drainNeverIdle();
    const byId = new Map(fake.rows().map((row) => [row.productId, row]));
    expect([...byId.keys()].sort()).toEqual(Array.from({ length: 60 }, (_, i) => asin(i)));
    for (let i = 0; i < 60; i++) {
      const [sessions, pageViews, units, orders] = numbers(i);
      expect(byId.get(asin(i))!.metrics).toMatchObject({ sessions, pageViews, units, orders });
    }
    expect(fake.captures().every((c) => c.period === DAY)).toBe(true);
    // The background stored one snapshot per product for the day, as the alerts read them.
    await fake.answered();
    const stored = await fake.db.snapshots.where('period').equals(DAY).toArray();
    expect(stored.map((row) => row.productId).sort()).toEqual(Array.from({ length: 60 }, (_, i) => asin(i)));
  });

  test('one note per row, not per cell: a render rewriting every cell of 5 rows reads 5 rows, in our task after it; a re-render of the same products reads none', async () => {
    const { clock, flick } = await capture();
    await flick(0, POOL);
    // The callback only kept the records; our task after the page's reads the rows as they stand.
    expect(stats()).toMatchObject({ callbacks: 1, copied: 0, replays: 0 });
    clock.advance(0);
    expect(stats()).toMatchObject({ copied: POOL, replays: 1 });
    // The same products written into the pool again (the grid re-rendered them on a scroll back).
    await flick(0, POOL);
    clock.advance(0);
    expect(stats()).toMatchObject({ copied: POOL, replayed: 0, replays: 2 });
    await flick(POOL, 2 * POOL);
    clock.advance(0);
    expect(stats()).toMatchObject({ copied: 2 * POOL, copiedAfter: 0, replayed: 0, replays: 3, inexact: 0 });
  });

  test('while the seller flicks, rows wait (no message); once the grid is still for QUIET_MS they go in a few large messages', async () => {
    const { clock, fake, flick } = await capture();
    const products = BATCH + 150;
    // The seller flicks through the products, a render every 16 ms, idle time between renders.
    for (let first = 0; first < products; first += POOL) {
      await flick(first, first + POOL);
      clock.advance(16);
      await settle();
      clock.runIdle(8);
    }
    for (let round = 0; round < 50; round++) {
      await settle();
      clock.runIdle(8);
    }
    // Every row is parsed, none sent: the timer that came due while the grid moved waited on.
    expect(stats().parsed).toBe(products);
    expect(fake.captures()).toEqual([]);
    expect(stats().waiting).toBe(products);
    clock.advance(QUIET_MS - 16 * 2);
    await settle();
    expect(fake.captures()).toEqual([]);
    clock.advance(16 * 2);
    await settle();
    await fake.answered();
    await settle();
    // Two messages for 650 rows (BATCH 500), every product once.
    expect(fake.captures().map((c) => c.rows.length)).toEqual([BATCH, products - BATCH]);
    expect(new Set(fake.rows().map((r) => r.productId)).size).toBe(products);
    expect(stats().waiting).toBe(0);
  });

  test('a grid that never stops moving (a live table) still sends what it showed after MAX_HOLD_MS', async () => {
    const { clock, fake, flick } = await capture();
    await flick(0, 10);
    clock.advance(0); // our task after the render
    for (let i = 0; i < 5; i++) {
      await settle();
      clock.runIdle(50);
    }
    // The same rows re-rendered with the same numbers every 400 ms: the grid moves, nothing new to read.
    for (let t = 400; t < MAX_HOLD_MS; t += 400) {
      clock.advance(400);
      await flick(0, POOL);
      await flick(POOL, 10);
      await settle();
    }
    expect(fake.captures()).toEqual([]);
    clock.advance(400);
    await settle();
    expect(fake.captures().map((c) => c.rows.length)).toEqual([10]);
  });

  test('rows read but not sent yet go at once, parsed on the spot, when the seller leaves the page', async () => {
    const { clock, fake, flick } = await capture();
    await flick(0, POOL);
    clock.advance(0); // our task after the page's reads the rows
    // One idle callback: the table's font check (digits drawn in a standard font), no parsing yet.
    await settle();
    clock.runIdle(0);
    await flick(POOL, 20);
    await settle();
    expect(stats().parsed).toBe(0);
    // No more idle time came and no timer fired: the tab is closed.
    window.dispatchEvent(new Event('pagehide'));
    await settle();
    expect(fake.rows().map((r) => r.productId).sort()).toEqual(Array.from({ length: 20 }, (_, i) => asin(i)));
  });

  test('rows held while the seller switched store are filed under the store they were read on', async () => {
    const { clock, fake, flick, pageStore } = await capture({ ...PAGE, storeName: 'Harbor & Pine' });
    await flick(0, 10);
    clock.advance(0); // our task after the render
    for (let i = 0; i < 5; i++) {
      await settle();
      clock.runIdle(50);
    }
    expect(stats().parsed).toBe(10);
    // The shop switcher: the same tab now shows another store, before the held rows went.
    pageStore.set({ ...pageStore.get(), storeName: 'Other Shop', storeId: undefined });
    clock.advance(QUIET_MS);
    await settle();
    await fake.answered();
    await settle();
    const sentFor = fake.calls.filter((call) => call.type === 'metrics/capture').map((call) => (call.payload as { storeId?: string }).storeId);
    expect(sentFor).toEqual(['amazon:Harbor & Pine']);
  });

  test('rows short of a batch go QUIET_MS after the grid stopped, on a timer that does not wait for idle time', async () => {
    const { clock, fake, flick } = await capture();
    await flick(0, 10);
    clock.advance(0); // our task after the render
    for (let i = 0; i < 5; i++) {
      await settle();
      clock.runIdle(50);
    }
    await settle();
    expect(stats().parsed).toBe(10);
    expect(fake.captures()).toEqual([]);
    clock.advance(QUIET_MS - 1);
    await settle();
    expect(fake.captures()).toEqual([]);
    clock.advance(1);
    await settle();
    expect(fake.captures().map((c) => c.rows.length)).toEqual([10]);
  });
});

describe('rows the pool recycled before our task after the render ran, rebuilt from the records', () => {
  /** The pool's row elements, in the page's order. */
  const poolRows = () => Array.from(document.querySelectorAll('[role="rowgroup"] > [role="row"]'));

  test('each row recycled for three products in three renders before the replay: every product captured with its own numbers, the callbacks only kept the records', async () => {
    const { clock, fake, flick, drainNeverIdle } = await capture();
    await flick(0, POOL);
    clock.advance(0);
    expect(stats().copied).toBe(POOL);
    // Three renders of the whole pool before our task after the first one could run (a busy page).
    await flick(POOL, 4 * POOL);
    expect(stats()).toMatchObject({ copied: POOL, replayed: 0, parsed: 0 });
    clock.advance(0);
    // The last render's rows stand as they were rendered; the two before are rebuilt from the records.
    expect(stats()).toMatchObject({ copied: 2 * POOL, replayed: 2 * POOL, replays: 2, inexact: 0 });
    await drainNeverIdle();
    const byId = new Map(fake.rows().map((row) => [row.productId, row]));
    expect([...byId.keys()].sort()).toEqual(Array.from({ length: 4 * POOL }, (_, i) => asin(i)));
    for (let i = 0; i < 4 * POOL; i++) {
      const [sessions, pageViews, units, orders] = numbers(i);
      expect(byId.get(asin(i))!.metrics).toMatchObject({ sessions, pageViews, units, orders });
    }
  });

  test('a row or a cell taken out, changed while out of the page (no record) and put back: read as it was before it went, and as it came back', async () => {
    const { clock, fake, flick, drainNeverIdle } = await capture();
    await flick(0, POOL);
    clock.advance(0);
    await flick(POOL, 2 * POOL); // not read yet
    const [first, second] = poolRows();
    // The grid takes the first row's sessions cell out of it (our task after the page's runs then),
    // writes another number in it while it is out (which no observer sees), and puts it back;
    const sessionsCell = first!.children[1]!;
    sessionsCell.remove();
    await microtask();
    clock.advance(0);
    sessionsCell.textContent = '98,765';
    await microtask();
    first!.insertBefore(sessionsCell, first!.children[1]!);
    await microtask();
    // the same with the second row, out of the page.
    const zone = second!.parentElement!;
    second!.remove();
    await microtask();
    clock.advance(0);
    second!.setAttribute('data-id', asin(99));
    const cells = Array.from(second!.children);
    const secondLink = cells[0]!.firstElementChild as HTMLAnchorElement;
    secondLink.href = `https://www.amazon.com/dp/${asin(99)}`;
    secondLink.textContent = asin(99);
    numbers(99).forEach((n, c) => (cells[c + 1]!.textContent = String(n)));
    await microtask();
    zone.append(second!);
    await microtask();
    clock.advance(0);
    await drainNeverIdle();
    const byId = new Map(fake.rows().map((r) => [r.productId, r]));
    const shown = [...Array.from({ length: 2 * POOL }, (_, i) => i), 99];
    expect([...byId.keys()].sort()).toEqual(shown.map(asin));
    // Every render of each product was read with what it showed (product 5 also as it showed between:
    // its row without the sessions cell, and as it came back).
    const readings = (i: number) => fake.rows().filter((r) => r.productId === asin(i)).map((r) => r.metrics);
    for (const i of shown) {
      const [sessions, pageViews, units, orders] = numbers(i);
      expect(readings(i)).toContainEqual(expect.objectContaining({ sessions, pageViews, units, orders }));
    }
    expect(readings(POOL).map((m) => m.sessions)).toEqual([null, numbers(POOL)[0], 98_765]);
  });

  test('rows kept before the page switched day are filed under the day they were shown on', async () => {
    const { clock, fake, flick, drainNeverIdle, pageStore } = await capture();
    await flick(0, POOL);
    await flick(POOL, 2 * POOL); // kept for DAY
    const next = '2026-11-21';
    pageStore.set({ ...PAGE, url: PAGE.url.replaceAll(DAY, next) });
    await flick(2 * POOL, 3 * POOL);
    clock.advance(0);
    await drainNeverIdle();
    await fake.answered();
    await settle();
    const periodOf = new Map(fake.captures().flatMap((c) => c.rows.map((r) => [r.productId, c.period])));
    for (let i = 0; i < 2 * POOL; i++) expect(periodOf.get(asin(i))).toBe(DAY);
    for (let i = 2 * POOL; i < 3 * POOL; i++) expect(periodOf.get(asin(i))).toBe(next);
  });
});

describe('a grid whose rows say when they show another product, watched by their identity alone', () => {
  const ids = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => asin(from + i));
  /** Renders as a grid does in its scroll handler: each render followed by its callback and then our task. */
  async function step(run: Awaited<ReturnType<typeof capture>>, from: number, to: number) {
    for (let first = from; first < to; first += POOL) {
      await run.flick(first, first + POOL);
      run.clock.advance(0);
    }
  }

  test('after 40 rows that said so the grid is quiet: one note per row from its data-id, every product captured with its numbers', async () => {
    const run = await capture();
    const { fake, drainNeverIdle } = run;
    await step(run, 0, 35);
    expect(stats()).toMatchObject({ quietTables: 0, signalledRows: 0 });
    await step(run, 35, 40);
    expect(stats()).toMatchObject({ quietTables: 1, signalledRows: 0 });
    await step(run, 40, 45);
    expect(stats()).toMatchObject({ quietTables: 1, signalledRows: POOL, overwrittenUnread: 0 });
    await step(run, 45, 80);
    await drainNeverIdle();
    expect(stats()).toMatchObject({ quietTables: 1, signalledRows: 40, distrusted: 0 });
    const byId = new Map(fake.rows().map((row) => [row.productId, row]));
    expect([...byId.keys()].sort()).toEqual(ids(0, 80));
    for (let i = 40; i < 80; i++) {
      const [sessions, pageViews, units, orders] = numbers(i);
      expect(byId.get(asin(i))!.metrics).toMatchObject({ sessions, pageViews, units, orders });
    }
  });

  test('the page renders again before our task: the rows are read first thing in the seller\'s scroll, before the page\'s own listener', async () => {
    const run = await capture();
    const { fake, drainNeverIdle, page } = run;
    await step(run, 0, 40);
    expect(stats().quietTables).toBe(1);
    // Our 0 ms task does not run between these renders (frames back to back in a fast flick).
    const zone = document.querySelector('[role="rowgroup"]')!;
    zone.addEventListener('scroll', () => page.show(45)); // the page's own handler renders the next rows
    page.show(40);
    await microtask();
    zone.dispatchEvent(new Event('scroll'));
    await microtask();
    await microtask();
    expect(stats()).toMatchObject({ readBeforeEvent: POOL, overwrittenUnread: 0 });
    await drainNeverIdle();
    expect(new Set(fake.rows().map((row) => row.productId))).toEqual(new Set(ids(0, 50)));
  });

  test('rows rewritten twice with no event and no task between: counted as read too late, and the grid is watched whole again so it does not happen twice', async () => {
    const run = await capture();
    const { clock, page, fake, drainNeverIdle } = run;
    await step(run, 0, 40);
    page.show(40);
    await microtask();
    page.show(45);
    await microtask();
    clock.advance(0);
    expect(stats()).toMatchObject({ overwrittenUnread: POOL, signalledRows: POOL, distrusted: 1, quietTables: 0 });
    // Watched whole: renders back to back are rebuilt from the records again.
    page.show(50);
    await microtask();
    page.show(55);
    await microtask();
    await drainNeverIdle();
    const captured = new Set(fake.rows().map((row) => row.productId));
    expect(ids(50, 60).filter((id) => !captured.has(id))).toEqual([]);
    expect(ids(40, 45).filter((id) => captured.has(id))).toEqual([]); // the ones read too late are not made up
  });

  test('a row that changes without saying so puts the grid back under the whole watch: the change is read, and the next ones too', async () => {
    const run = await capture();
    const { clock, fake, drainNeverIdle, page } = run;
    await step(run, 0, 40);
    await drainNeverIdle();
    expect(stats().quietTables).toBe(1);
    // The page rewrites a row's numbers in place, same product, no attribute: nothing tells the quiet watch.
    page.restate(0, 9_001);
    await microtask();
    clock.advance(0);
    expect(stats().distrusted).toBe(0);
    // The seller scrolls: the sweep finds the row changed without a note.
    window.dispatchEvent(new Event('scroll'));
    clock.runIdle(50);
    expect(stats()).toMatchObject({ distrusted: 1, quietTables: 0 });
    // Watched whole again: an in-place change is seen by the records.
    page.restate(1, 9_002);
    await microtask();
    for (let round = 0; round < 3; round++) {
      await drainNeverIdle();
      await fake.answered();
      await settle();
    }
    const sessions = fake.rows().filter((row) => row.productId === asin(35) || row.productId === asin(36)).map((row) => row.metrics.sessions);
    expect(sessions).toEqual(expect.arrayContaining([9_001, 9_002]));
  });

  test('a grid whose rows keep their attributes when they show another product is never watched by their identity', async () => {
    const run = await capture(PAGE, { signal: false });
    const { fake, drainNeverIdle } = run;
    await step(run, 0, 100);
    await drainNeverIdle();
    expect(stats()).toMatchObject({ quietTables: 0, signalledRows: 0 });
    expect(new Set(fake.rows().map((row) => row.productId))).toEqual(new Set(ids(0, 100)));
  });
});
