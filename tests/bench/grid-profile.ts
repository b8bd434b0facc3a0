import { readFileSync, writeFileSync } from 'node:fs';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { launchBaseline, launchSidekick } from '../harness/browser';
import { startFixtureServer } from '../harness/server';
import { flickThroughAllPages, gridUrl, openGrid } from '../support/grid-session';

/**
 * Where the main thread's time goes while a seller flicks through the 2,000-row virtualized grid: a
 * Chrome trace over CDP (the page's target session; task events plus V8's CPU samples, which cover
 * the page's and the content script's isolated-world JavaScript alike). For every main-thread task
 * over 50 ms it splits the time into our extension's script (by entry point: the outermost extension
 * frame), the page's script, garbage collection, style/layout/paint and the rest, and counts the
 * tasks that would stay under 50 ms without our share. A diagnostic, not a budget:
 *   NODE_ENV=production npx wxt build && npx tsx tests/bench/grid-profile.ts [--without] [--day=YYYY-MM-DD] [--after=ms] [--save=trace.json | --from=trace.json]
 * (an unminified build names our functions: build with vite `build.minify: false` for reading).
 */
interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: { name?: string; data?: Record<string, unknown> };
}
interface CpuNode {
  id: number;
  parent?: number;
  callFrame: { functionName: string; url?: string; lineNumber?: number; columnNumber?: number };
}

const without = process.argv.includes('--without');
const day = process.argv.find((a) => a.startsWith('--day='))?.slice(6) ?? '2026-11-22';
const after = Number(process.argv.find((a) => a.startsWith('--after='))?.slice(8) ?? 1_500);
const CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'disabled-by-default-v8.cpu_profiler', 'disabled-by-default-v8.gc', 'v8'].join(',');

async function trace(cdp: CDPSession, run: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const complete = new Promise<void>((done) => cdp.once('Tracing.tracingComplete', () => done()));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES.split(','), recordMode: 'recordContinuously' }, transferMode: 'ReportEvents', bufferUsageReportingInterval: 1000 });
  await run();
  await cdp.send('Tracing.end');
  await complete;
  return events;
}

function analyse(events: TraceEvent[]): void {
  // The page's renderer main thread: the CrRendererMain that ran the page's own script.
  const mains = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const pageThread = events.find((e) => e.name === 'FunctionCall' && mains.has(`${e.pid}:${e.tid}`) && String(e.args?.data?.url ?? '').includes('sellercentral.amazon.com'));
  if (!pageThread) throw new Error('no page script found in the trace');
  const onMain = (e: TraceEvent) => e.pid === pageThread.pid && e.tid === pageThread.tid;
  // Outermost tasks only (a RunTask may sit inside ThreadControllerImpl::RunTask).
  const tasks: TraceEvent[] = [];
  for (const e of events
    .filter((e) => onMain(e) && e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && (e.dur ?? 0) > 50_000)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!)) {
    const last = tasks[tasks.length - 1];
    if (!last || e.ts >= last.ts + last.dur!) tasks.push(e);
  }
  // V8 CPU samples of the page's thread (ProfileChunk events carry nodes, samples and time deltas).
  const nodes = new Map<number, CpuNode>();
  const samples: { ts: number; node: number }[] = [];
  const profiles = new Map<string, number>();
  for (const e of events) if (e.name === 'Profile' && e.pid === pageThread.pid && e.id) profiles.set(e.id, Number(e.args?.data?.startTime ?? e.ts));
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || e.pid !== pageThread.pid || !e.id || !profiles.has(e.id)) continue;
    const data = e.args!.data as { cpuProfile?: { nodes?: CpuNode[]; samples?: number[] }; timeDeltas?: number[] };
    for (const node of data.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
    let ts = profiles.get(e.id)!;
    const deltas = data.timeDeltas ?? [];
    (data.cpuProfile?.samples ?? []).forEach((node, i) => {
      ts += deltas[i] ?? 0;
      samples.push({ ts, node });
    });
    profiles.set(e.id, ts);
  }
  samples.sort((a, b) => a.ts - b.ts);
  const ours = (n: CpuNode) => (n.callFrame.url ?? '').startsWith('chrome-extension://');
  const label = (n: CpuNode) => `${n.callFrame.functionName || '(anonymous)'} ${(n.callFrame.url ?? '').replace(/^chrome-extension:\/\/[^/]+\//, '')}:${(n.callFrame.lineNumber ?? 0) + 1}`;
  const classify = (id: number): { kind: string; entry?: string } => {
    const leaf = nodes.get(id);
    if (!leaf) return { kind: 'unknown' };
    const fn = leaf.callFrame.functionName;
    let outer: CpuNode | undefined;
    let page = false;
    for (let n: CpuNode | undefined = leaf; n; n = n.parent !== undefined ? nodes.get(n.parent) : undefined) {
      if (ours(n)) outer = n;
      else if (n.callFrame.url) page = true;
    }
    if (outer) return { kind: 'extension', entry: label(outer) };
    if (page) return { kind: 'page script' };
    if (fn === '(garbage collector)') return { kind: 'gc' };
    if (fn === '(idle)') return { kind: 'idle' };
    return { kind: fn === '(program)' ? 'native (program)' : 'other js' };
  };
  /** The innermost extension frame of a sample, with the native call it was in. */
  const innermost = (id: number): string | undefined => {
    const leaf = nodes.get(id);
    let inner: CpuNode | undefined;
    for (let n = leaf; n && !inner; n = n.parent !== undefined ? nodes.get(n.parent) : undefined) if (ours(n)) inner = n;
    if (!inner || !leaf) return undefined;
    return leaf === inner ? label(inner) : `${label(inner)} → ${leaf.callFrame.functionName || '(anonymous)'}`;
  };
  const totals = new Map<string, number>();
  const entries = new Map<string, number>();
  let causedByUs = 0;
  const withOurs: string[] = [];
  let longest = 0;
  let total = 0;
  let ourTotal = 0;
  let lo = 0;
  for (const task of tasks) {
    const start = task.ts;
    const end = task.ts + task.dur!;
    longest = Math.max(longest, task.dur! / 1000);
    total += task.dur! / 1000;
    while (lo < samples.length && samples[lo]!.ts < start) lo++;
    let oursMs = 0;
    const taskEntries = new Map<string, number>();
    const taskSelf = new Map<string, number>();
    for (let i = lo; i < samples.length && samples[i]!.ts < end; i++) {
      const next = samples[i + 1]?.ts ?? end;
      const ms = (Math.min(next, end) - samples[i]!.ts) / 1000;
      const { kind, entry } = classify(samples[i]!.node);
      totals.set(kind, (totals.get(kind) ?? 0) + ms);
      if (entry) {
        oursMs += ms;
        entries.set(entry, (entries.get(entry) ?? 0) + ms);
        taskEntries.set(entry, (taskEntries.get(entry) ?? 0) + ms);
        const inner = innermost(samples[i]!.node);
        if (inner) taskSelf.set(inner, (taskSelf.get(inner) ?? 0) + ms);
      }
    }
    // Rendering work inside the task (not sampled as JavaScript).
    for (const e of events)
      if (onMain(e) && e.ph === 'X' && e.ts >= start && e.ts < end && ['UpdateLayoutTree', 'Layout', 'Paint', 'PrePaint', 'Layerize'].includes(e.name))
        totals.set(`rendering: ${e.name}`, (totals.get(`rendering: ${e.name}`) ?? 0) + (e.dur ?? 0) / 1000);
    ourTotal += oursMs;
    if (task.dur! / 1000 - oursMs <= 50) causedByUs++;
    const top = (map: Map<string, number>, n: number) => [...map].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${k} ${v.toFixed(1)}`).join('; ');
    if (oursMs >= 1) withOurs.push(`${((start - tasks[0]!.ts) / 1000).toFixed(0).padStart(7)} ms: ${(task.dur! / 1000).toFixed(0)} ms task, ${oursMs.toFixed(1)} ms ours (${top(taskEntries, 2)})${oursMs >= 20 ? `\n             self: ${top(taskSelf, 4)}` : ''}`);
  }
  console.log('long tasks with 1 ms or more of ours (time from the first long task):');
  for (const line of withOurs) console.log(`  ${line}`);
  console.log(`${without ? 'WITHOUT' : 'WITH'} the extension: ${tasks.length} main-thread tasks over 50 ms, longest ${longest.toFixed(0)} ms, total ${total.toFixed(0)} ms; our script inside them ${ourTotal.toFixed(0)} ms; ${causedByUs} would be under 50 ms without our share`);
  console.log('\ninside the long tasks (sampled JS by origin; rendering from trace events):');
  for (const [k, v] of [...totals].sort((a, b) => b[1] - a[1])) console.log(`${v.toFixed(1).padStart(9)} ms  ${k}`);
  console.log('\nour script inside the long tasks, by entry point:');
  for (const [k, v] of [...entries].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`${v.toFixed(1).padStart(9)} ms  ${k}`);
  // Over the whole session, not only long tasks: every sample of ours by entry point.
  const all = new Map<string, number>();
  for (let i = 0; i < samples.length - 1; i++) {
    const { entry } = classify(samples[i]!.node);
    if (entry) all.set(entry, (all.get(entry) ?? 0) + (samples[i + 1]!.ts - samples[i]!.ts) / 1000);
  }
  console.log(`\nour script over the whole session: ${[...all.values()].reduce((a, b) => a + b, 0).toFixed(0)} ms`);
  for (const [k, v] of [...all].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`${v.toFixed(1).padStart(9)} ms  ${k}`);
  // Self time: the innermost extension frame of each sample, with the native call it was in (a DOM call
  // such as cloneNode or textContent shows as its caller's time, or as a named native leaf).
  const self = new Map<string, number>();
  for (let i = 0; i < samples.length - 1; i++) {
    let inner: CpuNode | undefined;
    const leaf = nodes.get(samples[i]!.node);
    for (let n = leaf; n && !inner; n = n.parent !== undefined ? nodes.get(n.parent) : undefined) if (ours(n)) inner = n;
    if (!inner || !leaf) continue;
    const key = leaf === inner ? label(inner) : `${label(inner)} → ${leaf.callFrame.functionName || '(anonymous)'}`;
    self.set(key, (self.get(key) ?? 0) + (samples[i + 1]!.ts - samples[i]!.ts) / 1000);
  }
  console.log('\nour self time over the whole session (innermost extension frame → native leaf):');
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${v.toFixed(1).padStart(9)} ms  ${k}`);
}

const saved = process.argv.find((a) => a.startsWith('--from='))?.slice(7);
if (saved) {
  analyse(JSON.parse(readFileSync(saved, 'utf8')) as TraceEvent[]);
  process.exit(0);
}
const server = await startFixtureServer();
let context: BrowserContext;
let close: () => Promise<void>;
if (without) {
  context = await launchBaseline(server.port);
  close = () => context.close();
} else {
  const browser = await launchSidekick({ port: server.port });
  context = browser.context;
  close = () => browser.close();
}
try {
  const page: Page = await context.newPage();
  await openGrid(page, gridUrl(day));
  await page.waitForTimeout(3_000); // the content script's start-up is not what is measured
  const cdp = await context.newCDPSession(page);
  const started = Date.now();
  const events = await trace(cdp, async () => {
    await flickThroughAllPages(page);
    // The extension stores what it held 1-3 s after the flick (QUIET_MS, then its messages and the
    // sidebar's answer to the change): --after=ms keeps that in the trace.
    await page.waitForTimeout(after);
  });
  console.log(`session ${Date.now() - started} ms, ${events.length} trace events`);
  const saveTo = process.argv.find((a) => a.startsWith('--save='))?.slice(7);
  if (saveTo) writeFileSync(saveTo, JSON.stringify(events));
  analyse(events);
} finally {
  await close();
  await server.close();
}
