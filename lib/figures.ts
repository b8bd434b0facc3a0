/**
 * Budget figures the e2e suite prints (time to visible, keystroke re-check), kept in the global
 * object of the content script's isolated world: no page script can read them, unlike the
 * attributes on our elements and the `performance.measure` entries they replace. The suite reads
 * them over CDP (`Runtime.evaluate` in the extension's isolated context; tests/e2e/harness.ts).
 */
export const FIGURES_KEY = 'seller-sidekick:figures';

/** Plain numbers, or live objects of numbers (a watcher's stats), read by value over CDP. */
export type Figures = Record<string, unknown>;

export function figures(): Figures {
  const global = globalThis as unknown as Record<symbol, Figures | undefined>;
  return (global[Symbol.for(FIGURES_KEY)] ??= {});
}
