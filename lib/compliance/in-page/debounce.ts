/** The compliance watcher's keystroke debounce (watcher.ts), apart so it can be tested without a page. */

/** Keystroke debounce: checks run once typing pauses this long, at the most (a field whose check is slow). */
export const DEBOUNCE_MS = 90;
/** ...and at the least: one frame, so a burst of input events (auto-repeat, an IME commit, a paste) is one check. */
export const MIN_DEBOUNCE_MS = 16;
/** A field's wait is this many times what its last check took, so checking takes at most about 1/8 of typing time. */
const DEBOUNCE_PER_CHECK = 8;

/**
 * How long to wait after a keystroke before re-checking a field whose last check took `lastCheckMs`. A title or a
 * short description re-checks in well under a millisecond: a frame's wait puts its mark on screen about 90 ms
 * sooner than a fixed debounce would. A field whose check is costly (a long rich description, whose text is read
 * from the DOM each time) waits longer, up to DEBOUNCE_MS, so fast typing there is not slowed by checks.
 */
export function debounceAfter(lastCheckMs: number): number {
  if (!(lastCheckMs >= 0)) return DEBOUNCE_MS;
  return Math.min(DEBOUNCE_MS, Math.max(MIN_DEBOUNCE_MS, Math.ceil(lastCheckMs * DEBOUNCE_PER_CHECK)));
}
