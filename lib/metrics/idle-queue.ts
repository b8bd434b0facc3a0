import type { IdleDeadlineLike, ThrottleTimers } from './capture-browser';

/**
 * Work deferred to idle time in bounded slices: the in-page capture reads a row's cells the moment
 * the page renders it (cheap), and parses and sends it here (the expensive part), so a seller
 * flicking through a grid never waits on us. A slice stops at the idle deadline or at `sliceMs`,
 * whichever comes first; when the page is never idle, the timeout still runs one bounded slice, so
 * nothing waits forever and no slice grows into a long task.
 */
export interface IdleQueueOptions {
  timers: ThrottleTimers;
  /** Longest slice, in ms, even when the browser offers a longer idle period. */
  sliceMs: number;
  /** Longest wait for an idle period before a slice runs anyway. */
  timeoutMs: number;
  /** Runs after each slice (flush what the slice produced). */
  afterSlice?(): void;
  /** Holds the queue until a promise settles (e.g. a table's font check); null when nothing to wait for. */
  gate?(): Promise<unknown> | null;
}

export interface IdleQueue<T> {
  push(item: T): void;
  /** Processes everything queued now, in one go (the page is being left: no later idle time). */
  drain(): void;
  readonly size: number;
}

export function idleQueue<T>(process: (item: T) => void, { timers, sliceMs, timeoutMs, afterSlice, gate }: IdleQueueOptions): IdleQueue<T> {
  let items: T[] = [];
  let head = 0;
  let scheduled = false;

  const schedule = () => {
    if (scheduled || head >= items.length) return;
    scheduled = true;
    const waitFor = gate?.();
    if (waitFor) {
      void waitFor.finally(() => {
        scheduled = false;
        schedule();
      });
      return;
    }
    timers.requestIdleCallback(slice, { timeout: timeoutMs });
  };

  const slice = (deadline?: IdleDeadlineLike) => {
    scheduled = false;
    if (head >= items.length) return; // drained in the meantime
    const start = timers.now();
    const budget = deadline && !deadline.didTimeout ? Math.min(sliceMs, Math.max(1, deadline.timeRemaining())) : sliceMs;
    try {
      // At least one item per slice, so a queue always drains.
      do process(items[head++]!);
      while (head < items.length && timers.now() - start < budget);
    } finally {
      if (head >= items.length) {
        items = [];
        head = 0;
      } else if (head > 1024) {
        items = items.slice(head);
        head = 0;
      }
      afterSlice?.();
      schedule();
    }
  };

  return {
    push(item) {
      items.push(item);
      schedule();
    },
    drain() {
      while (head < items.length) process(items[head++]!);
      items = [];
      head = 0;
      afterSlice?.();
    },
    get size() {
      return items.length - head;
    },
  };
}
