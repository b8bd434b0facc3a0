import type { IdleDeadlineLike } from '../../../lib/metrics/capture-browser';
import { idleQueue } from '../../../lib/metrics/idle-queue';

/** A clock the test moves by hand; idle callbacks run when the test says the page is idle (or times out). */
function fakeTimers() {
  let now = 0;
  const idle: { fn: (deadline?: IdleDeadlineLike) => void; timeout: number }[] = [];
  return {
    timers: {
      now: () => now,
      setTimeout: (fn: () => void) => fn(),
      requestIdleCallback: (fn: (deadline?: IdleDeadlineLike) => void, { timeout }: { timeout: number }) => idle.push({ fn, timeout }),
    },
    spend(ms: number) {
      now += ms;
    },
    pendingIdle: () => idle.length,
    runIdle(remaining: number, didTimeout = false) {
      const next = idle.shift();
      next?.fn({ timeRemaining: () => remaining, didTimeout });
      return next !== undefined;
    },
  };
}

describe('the idle queue that parses and sends captured rows', () => {
  test('a slice stops at the idle deadline, and the rest waits for the next idle period', () => {
    const clock = fakeTimers();
    const done: number[] = [];
    const queue = idleQueue<number>(
      (item) => {
        clock.spend(2); // each row costs 2 ms
        done.push(item);
      },
      { timers: clock.timers, sliceMs: 8, timeoutMs: 250 },
    );
    for (let i = 0; i < 10; i++) queue.push(i);
    expect(clock.pendingIdle()).toBe(1);
    clock.runIdle(5);
    expect(done).toEqual([0, 1, 2]);
    expect(queue.size).toBe(7);
    clock.runIdle(50); // a long idle period is still cut at sliceMs
    expect(done).toHaveLength(7);
    while (clock.runIdle(50));
    expect(done).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  test('drain processes everything queued at once (the page is being left) and tells afterSlice, so held rows go', () => {
    const clock = fakeTimers();
    const done: number[] = [];
    let afterSlices = 0;
    const queue = idleQueue<number>((item) => done.push(item), { timers: clock.timers, sliceMs: 8, timeoutMs: 250, afterSlice: () => afterSlices++ });
    for (let i = 0; i < 5; i++) queue.push(i);
    queue.drain();
    expect(done).toEqual([0, 1, 2, 3, 4]);
    expect(queue.size).toBe(0);
    expect(afterSlices).toBe(1);
    // The idle callback asked for before the drain finds nothing to do.
    clock.runIdle(50);
    expect(done).toHaveLength(5);
  });

  test('a page that is never idle still gets one bounded slice per timeout, at least one row each', () => {
    const clock = fakeTimers();
    const done: number[] = [];
    const queue = idleQueue<number>(
      (item) => {
        clock.spend(20); // slower than the whole slice
        done.push(item);
      },
      { timers: clock.timers, sliceMs: 8, timeoutMs: 250 },
    );
    queue.push(1);
    queue.push(2);
    clock.runIdle(0, true);
    expect(done).toEqual([1]);
    clock.runIdle(0, true);
    expect(done).toEqual([1, 2]);
  });

  test('after each slice its results are flushed; a gate holds the queue until it opens', async () => {
    const clock = fakeTimers();
    const flushed: number[][] = [];
    let batch: number[] = [];
    let open!: () => void;
    let gate: Promise<void> | null = new Promise<void>((resolve) => (open = resolve));
    const queue = idleQueue<number>((item) => batch.push(item), {
      timers: clock.timers,
      sliceMs: 8,
      timeoutMs: 250,
      gate: () => gate,
      afterSlice() {
        flushed.push(batch);
        batch = [];
      },
    });
    queue.push(1);
    expect(clock.pendingIdle()).toBe(0);
    gate = null;
    open();
    await Promise.resolve();
    await Promise.resolve();
    expect(clock.runIdle(10)).toBe(true);
    expect(flushed).toEqual([[1]]);
  });
});
