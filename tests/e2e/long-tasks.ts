import type { BrowserContext, Page } from 'playwright-core';

/**
 * The page's own count of main-thread tasks over 50 ms: every task, whoever ran it (page totals, not
 * only what is attributed to our scripts), from the Long Tasks API, plus Long Animation Frames with
 * their script attribution. Installed in the page's main world by the test before any page script
 * (it is the test's instrument, not the extension's), in both browsers alike.
 */
export interface LongTaskRecord {
  tasks: { start: number; duration: number }[];
  frames: { start: number; duration: number; blocking: number; scripts: { url: string; invoker: string; duration: number }[] }[];
}

const INSTRUMENT = `(() => {
  const record = { tasks: [], frames: [] };
  Object.defineProperty(window, '__longTaskRecord', { value: record });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) record.tasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      record.frames.push({
        start: e.startTime,
        duration: e.duration,
        blocking: e.blockingDuration,
        scripts: (e.scripts || []).map((s) => ({ url: s.sourceURL || '', invoker: s.invoker || '', duration: s.duration })),
      });
  }).observe({ type: 'long-animation-frame', buffered: true });
})();`;

export async function instrumentLongTasks(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: INSTRUMENT });
}

/** What was recorded since `since` (a performance.now() of the page). */
export async function longTasksSince(page: Page, since: number): Promise<LongTaskRecord> {
  // A last frame for the observers to deliver what is buffered.
  await page.waitForTimeout(300);
  return page.evaluate((from) => {
    const record = (window as unknown as { __longTaskRecord: LongTaskRecord }).__longTaskRecord;
    return { tasks: record.tasks.filter((t) => t.start >= from), frames: record.frames.filter((f) => f.start >= from) };
  }, since);
}

export const pageNow = (page: Page) => page.evaluate(() => performance.now());

/** Where long animation frames' script time went: by origin (the page, an extension, other). */
export function attribution(record: LongTaskRecord): Record<string, { scripts: number; ms: number }> {
  const out: Record<string, { scripts: number; ms: number }> = {};
  for (const frame of record.frames)
    for (const script of frame.scripts) {
      const origin = script.url.startsWith('chrome-extension://') ? 'extension' : script.url ? new URL(script.url).host : 'unattributed';
      const entry = (out[origin] ??= { scripts: 0, ms: 0 });
      entry.scripts++;
      entry.ms += script.duration;
    }
  return out;
}

/**
 * The long tasks whose long animation frame ran any extension script, with that script time by
 * invoker (a mutation callback, an idle callback, a timer): which of our entry points shared the
 * frames that went over 50 ms, and how much of each such frame was ours.
 */
export function extensionInLongFrames(record: LongTaskRecord): { frames: number; ms: number; byInvoker: Record<string, { frames: number; ms: number }> } {
  const out = { frames: 0, ms: 0, byInvoker: {} as Record<string, { frames: number; ms: number }> };
  for (const frame of record.frames) {
    // Scripts without a source URL are the test's own driver (page.evaluate), in both browsers alike.
    // Chromium lists no content-script (isolated-world) time here: our mutation callbacks count inside
    // the page's script entries, which is what the page totals compare.
    const ours = frame.scripts.filter((s) => s.url.startsWith('chrome-extension://'));
    if (!ours.length || frame.blocking <= 0) continue;
    out.frames++;
    const seen = new Set<string>();
    for (const script of ours) {
      const invoker = script.invoker.replace(/^chrome-extension:\/\/[^/]+\//, '') || 'unnamed';
      const entry = (out.byInvoker[invoker] ??= { frames: 0, ms: 0 });
      if (!seen.has(invoker)) entry.frames++;
      seen.add(invoker);
      entry.ms += script.duration;
      out.ms += script.duration;
    }
  }
  return out;
}
