/**
 * Puts one of our elements back when the page throws it out (a framework re-rendering `<body>`),
 * without fighting a page that removes every foreign node the moment it appears: put back at once
 * the first time, then after a growing delay, and after `maxAttempts` in a row it stays out (until
 * the page is reloaded). An element that stayed in for `settledMs` starts the count afresh, so a
 * page that re-renders now and then keeps its sidebar for good.
 */
export interface KeepAttachedOptions {
  /** Re-attaches the element; called at most once per removal, never synchronously. */
  attach(): void;
  maxAttempts?: number;
  /** Delay before the second re-attach in a row; doubles after each. */
  firstBackoffMs?: number;
  settledMs?: number;
  now?: () => number;
  setTimeout?: (fn: () => void, ms: number) => unknown;
  clearTimeout?: (handle: unknown) => void;
}

export interface KeepAttached {
  /** The element is out of the document: schedules putting it back (or gives up). */
  removed(): void;
  /** Re-attaches in a row so far (0 once settled). */
  readonly attempts: number;
  readonly gaveUp: boolean;
  stop(): void;
}

export const REATTACH_MAX_ATTEMPTS = 6;

export function keepAttached(options: KeepAttachedOptions): KeepAttached {
  const maxAttempts = options.maxAttempts ?? REATTACH_MAX_ATTEMPTS;
  const firstBackoffMs = options.firstBackoffMs ?? 200;
  const settledMs = options.settledMs ?? 10_000;
  const now = options.now ?? (() => performance.now());
  const schedule = options.setTimeout ?? ((fn, ms) => setTimeout(fn, ms));
  const cancel = options.clearTimeout ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));
  let attempts = 0;
  let lastAttachAt = -Infinity;
  let pending: unknown = null;
  let stopped = false;
  let gaveUp = false;

  return {
    removed() {
      if (stopped || pending !== null) return;
      if (now() - lastAttachAt >= settledMs) attempts = 0;
      if (attempts >= maxAttempts) {
        gaveUp = stopped = true;
        return;
      }
      // Never synchronously: a page that removes in a MutationObserver would otherwise ping-pong
      // with us in microtasks and never yield the main thread.
      const delay = attempts === 0 ? 0 : firstBackoffMs * 2 ** (attempts - 1);
      attempts++;
      pending = schedule(() => {
        pending = null;
        if (stopped) return;
        lastAttachAt = now();
        options.attach();
      }, delay);
    },
    get attempts() {
      return attempts;
    },
    get gaveUp() {
      return gaveUp;
    },
    stop() {
      stopped = true;
      if (pending !== null) cancel(pending);
      pending = null;
    },
  };
}
