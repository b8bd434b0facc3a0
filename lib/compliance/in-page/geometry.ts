/**
 * Pure geometry of the marks: where an underline goes, given the rectangles the browser measured for a
 * finding's text, the field's visible box and its scroll. No DOM here, so it is unit-tested directly.
 */

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** How tall the hoverable underline strip is, and how far below the text's box it reaches. */
export const UNDERLINE_HEIGHT = 5;
const UNDERLINE_DROP = 2;

/** Rectangles of one finding on the same line (a Range gives one per text node) become one. */
export function mergeLineRects(rects: readonly Box[]): Box[] {
  const merged: Box[] = [];
  for (const rect of rects) {
    if (rect.width <= 0 || rect.height <= 0) continue;
    const last = merged[merged.length - 1];
    const sameLine = last && Math.abs(last.top - rect.top) < Math.max(2, Math.min(last.height, rect.height) / 2);
    if (last && sameLine && rect.left <= last.left + last.width + 1) {
      const right = Math.max(last.left + last.width, rect.left + rect.width);
      const bottom = Math.max(last.top + last.height, rect.top + rect.height);
      last.left = Math.min(last.left, rect.left);
      last.top = Math.min(last.top, rect.top);
      last.width = right - last.left;
      last.height = bottom - last.top;
    } else {
      merged.push({ ...rect });
    }
  }
  return merged;
}

/**
 * Underline strips for text rectangles, moved into the layer's coordinates (`offset` is where the text's
 * origin sits in the layer, scroll already taken off) and kept only where they show inside the layer
 * (`clip`: the field's visible padding box). A strip cut by the clip edge is cut with it.
 */
export function underlineBoxes(textRects: readonly Box[], offset: { x: number; y: number }, clip: { width: number; height: number }): Box[] {
  const boxes: Box[] = [];
  for (const rect of mergeLineRects(textRects)) {
    const left = rect.left + offset.x;
    const right = left + rect.width;
    const textTop = rect.top + offset.y;
    const textBottom = textTop + rect.height;
    // The text itself must show in the field; an underline of hidden text would point at nothing.
    if (right <= 0 || left >= clip.width || textBottom <= 0 || textTop >= clip.height) continue;
    const top = Math.min(textBottom - UNDERLINE_HEIGHT + UNDERLINE_DROP, clip.height - UNDERLINE_HEIGHT);
    const clippedLeft = Math.max(0, left);
    const clippedRight = Math.min(clip.width, right);
    boxes.push({ left: clippedLeft, top: Math.max(0, top), width: clippedRight - clippedLeft, height: UNDERLINE_HEIGHT });
  }
  return boxes;
}

/** Where a single-line input's text line sits: centred in the content box, as browsers draw it. */
export function singleLineTop(contentHeight: number, lineHeight: number): number {
  return Math.max(0, (contentHeight - lineHeight) / 2);
}

export interface TextChunk {
  start: number;
  text: string;
}

/**
 * A long text cut into pieces that lay out independently: each piece ends just after a line break
 * (so wrapping inside one never depends on another) once it reaches `size` characters. A piece's
 * height measured once is reused while its text stays the same.
 */
export function chunkText(text: string, size: number): TextChunk[] {
  if (text.length <= size) return [{ start: 0, text }];
  const chunks: TextChunk[] = [];
  let start = 0;
  while (start < text.length) {
    const newline = text.indexOf('\n', start + size - 1);
    const end = newline === -1 ? text.length : newline + 1;
    chunks.push({ start, text: text.slice(start, end) });
    start = end;
  }
  return chunks;
}

/** The chunk holding `offset` (chunks in order, as `chunkText` makes them). */
export function chunkIndexAt(chunks: readonly TextChunk[], offset: number): number {
  let lo = 0;
  let hi = chunks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (chunks[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Placement of the popover under (or, without room, above) its mark, kept inside the viewport. */
export function popoverPlacement(anchor: Box, size: { width: number; height: number }, viewport: { width: number; height: number }): { left: number; top: number } {
  const gap = 6;
  const below = anchor.top + anchor.height + gap;
  const top = below + size.height <= viewport.height || anchor.top - gap - size.height < 0 ? below : anchor.top - gap - size.height;
  const left = Math.min(Math.max(8, anchor.left), Math.max(8, viewport.width - size.width - 8));
  return { left, top: Math.max(8, Math.min(top, viewport.height - size.height - 8)) };
}
