import type { CompiledMatcher, Finding } from './matcher';
import { MAX_PATTERN_REACH } from './pattern';

/**
 * Context either side of a scanned window: longer than any term with separators slipped in, than any
 * allowed context and than the window a pattern rule looks at around its anchor (twice its longest
 * claim plus a little), so a window scan agrees with a whole-text scan about every finding that starts inside it.
 */
export const WINDOW_MARGIN = Math.max(96, MAX_PATTERN_REACH * 2 + 32);

/** Findings that start in `[from, to)`, with offsets in `text`, from a scan of that window plus its margins. */
export function scanWindow(matcher: CompiledMatcher, text: string, from: number, to: number): Finding[] {
  const sliceStart = Math.max(0, from - WINDOW_MARGIN);
  const sliceEnd = Math.min(text.length, to + WINDOW_MARGIN);
  const slice = sliceStart === 0 && sliceEnd === text.length ? text : text.slice(sliceStart, sliceEnd);
  const found = matcher.scan(slice);
  const kept: Finding[] = [];
  for (const f of found) {
    const start = f.start + sliceStart;
    if (start < from || start >= to) continue;
    kept.push(sliceStart === 0 ? f : { ...f, start, end: f.end + sliceStart });
  }
  return kept;
}

/** What changed between two versions of a field: a common prefix and suffix around one edited stretch. */
export function editedStretch(before: string, after: string): { prefix: number; suffix: number } {
  const max = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < max - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  return { prefix, suffix };
}

/**
 * A keystroke's re-check: scan only around what changed and keep the findings before and after it
 * (shifted), so typing in a 200,000-character description costs about what typing in a short one does.
 */
export function rescanEdited(matcher: CompiledMatcher, before: string, previous: readonly Finding[], after: string): Finding[] {
  if (before === after) return [...previous];
  const { prefix, suffix } = editedStretch(before, after);
  const from = Math.max(0, prefix - WINDOW_MARGIN);
  const toAfter = Math.min(after.length, after.length - suffix + WINDOW_MARGIN);
  const toBefore = before.length - (after.length - toAfter);
  const shift = after.length - before.length;
  const head = previous.filter((f) => f.start < from);
  const middle = scanWindow(matcher, after, from, toAfter);
  const tail = previous.filter((f) => f.start >= toBefore).map((f) => ({ ...f, start: f.start + shift, end: f.end + shift }));
  return [...head, ...middle, ...tail];
}
