import 'fake-indexeddb/auto';
import { performance } from 'node:perf_hooks';
import { countOpenAlerts } from '../../lib/workflows/alert-views';
import { openDatabase } from '../../lib/db/schema';
import type { CapturedRow } from '../../lib/messaging/alerts';
import { createClient } from '../../lib/messaging/client';
import { alertHandlers } from '../../lib/messaging/handlers/alerts';
import { withCapturedTodayCheck } from '../../lib/messaging/handlers/captured-today';
import { coreHandlers } from '../../lib/messaging/handlers/core';
import { playbookHandlers } from '../../lib/messaging/handlers/playbooks';
import { createRouter, type Handlers } from '../../lib/messaging/router';
import { businessReport } from '../support/amazon-business-report';
import { routerOptions } from '../support/router';

// The real capture path for a 2,000-row day, as the background runs it: the content script's messages
// (500 rows each, as components/alerts/page-capture.ts batches them) through the router (sender check,
// zod), the handlers (snapshots and products into IndexedDB, the alert engine over each product's
// history, alerts written), then the toolbar count read back. IndexedDB is fake-indexeddb in Node:
// slower than Chromium's, so these figures are an upper bound of the work, not of the browser.
// Standalone: `npx tsx tests/bench/capture.bench.ts` prints a Markdown table.
const OWN_ID = 'sidekick-bench';
const PAGE = 'https://sellercentral.amazon.com/business-reports/ref=xx_sitemetric_dnav_xx#/report?id=102:DetailSalesTrafficByChildItem';
const STORE = 'amazon:Harbor & Pine';
const BATCH = 500;
const HISTORY_DAYS = Number(process.env.CAPTURE_BENCH_HISTORY ?? 3);
const RUNS = Number(process.env.CAPTURE_BENCH_RUNS ?? 1);
const FIRST_DAY = Date.UTC(2026, 10, 1);
const isoDay = (index: number) => new Date(FIRST_DAY + index * 86_400_000).toISOString().slice(0, 10);

/** One day of the generated report as the scraper reads it (canonical keys, rates as fractions). */
function dayRows(day: string): CapturedRow[] {
  return businessReport(day).map((row) => ({
    productId: row.asin,
    title: row.title,
    metrics: {
      sessions: row.sessions,
      pageViews: row.pageViews,
      buyBoxRate: Math.round(row.buyBoxRate * 100) / 100,
      units: row.units,
      conversionRate: Math.round(row.unitSessionRate * 10_000) / 10_000,
      gmv: row.sales,
      orders: row.orderItems,
    },
  }));
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function run(index: number): Promise<{ messages: number[]; total: number; badge: number; count: number; opened: number }> {
  const now = () => FIRST_DAY + (HISTORY_DAYS + 1) * 86_400_000;
  const db = openDatabase(`capture-bench-${index}`);
  const handlers = withCapturedTodayCheck({ ...coreHandlers(db), ...playbookHandlers(db, now), ...alertHandlers(db, now) } as Handlers, db, now);
  const route = createRouter(handlers, routerOptions(OWN_ID, db));
  const send = createClient((message) => route(message, { id: OWN_ID, url: PAGE, tab: { id: 1, url: PAGE } }));
  const capture = (period: string, rows: CapturedRow[]) =>
    send('metrics/capture', { platform: 'amazon', storeId: STORE, period, timeZone: 'America/Los_Angeles', currency: 'USD', source: PAGE, rows });
  // Two weeks of history first (untimed): the engine compares each product with its own past.
  for (let day = 0; day < HISTORY_DAYS; day++) {
    const rows = dayRows(isoDay(day));
    for (let i = 0; i < rows.length; i += BATCH) await capture(isoDay(day), rows.slice(i, i + BATCH));
  }
  const today = isoDay(HISTORY_DAYS);
  const rows = dayRows(today);
  const messages: number[] = [];
  let opened = 0;
  const start = performance.now();
  for (let i = 0; i < rows.length; i += BATCH) {
    const at = performance.now();
    const result = await capture(today, rows.slice(i, i + BATCH));
    messages.push(performance.now() - at);
    opened += result.opened;
  }
  const badgeAt = performance.now();
  const count = await countOpenAlerts(db, now());
  const badge = performance.now() - badgeAt;
  const total = performance.now() - start;
  db.close();
  return { messages, total, badge, count, opened };
}

const results = [];
for (let i = 0; i < RUNS; i++) results.push(await run(i));
const all = results.flatMap((r) => r.messages);
console.log(`2,000-row Amazon day (generated, ${HISTORY_DAYS} days of history), ${BATCH} rows a message, ${RUNS} runs, fake-indexeddb in Node:\n`);
console.log('| step | median | min | max |');
console.log('| --- | ---: | ---: | ---: |');
const row = (label: string, values: number[]) =>
  console.log(`| ${label} | ${median(values).toFixed(1)} ms | ${Math.min(...values).toFixed(1)} ms | ${Math.max(...values).toFixed(1)} ms |`);
row(`one message of ${BATCH} rows → router → IndexedDB → evaluate → alerts`, all);
row('toolbar count (open alerts read back)', results.map((r) => r.badge));
row('whole day: 10 messages + toolbar count', results.map((r) => r.total));
console.log(`\nOpen alerts after the day: ${results.map((r) => r.count).join(', ')} (opened that day: ${results.map((r) => r.opened).join(', ')}).`);
if (results.some((r) => r.messages.length !== Math.ceil(2000 / BATCH))) process.exit(1);
