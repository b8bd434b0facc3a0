import { chunkIndexAt, chunkText, singleLineTop, type Box, type TextChunk } from './geometry';
import type { TextField } from './fields';

/**
 * Where text stands inside an <input> or <textarea>, which expose no geometry for their text: a hidden
 * mirror element gets the field's font, spacing and wrapping width, holds the same text, and a Range
 * over the mirror's text gives the boxes. A long textarea is measured a chunk at a time (chunks end at
 * line breaks, so they wrap independently), each chunk's height kept while its text is unchanged.
 */

const COPIED = [
  'fontFamily',
  'fontSize',
  'fontStyle',
  'fontVariant',
  'fontWeight',
  'fontStretch',
  'fontFeatureSettings',
  'fontKerning',
  'letterSpacing',
  'wordSpacing',
  'lineHeight',
  'textTransform',
  'textIndent',
  'textAlign',
  'tabSize',
  'direction',
  'wordBreak',
  'overflowWrap',
] as const;

export const CHUNK_SIZE = 4_000;

export interface FieldMetrics {
  paddingLeft: number;
  paddingTop: number;
  contentWidth: number;
  contentHeight: number;
  multiline: boolean;
  signature: string;
}

export function fieldMetrics(field: TextField): FieldMetrics {
  const style = getComputedStyle(field);
  const px = (v: string) => Number.parseFloat(v) || 0;
  const paddingLeft = px(style.paddingLeft);
  const paddingTop = px(style.paddingTop);
  const contentWidth = Math.max(0, field.clientWidth - paddingLeft - px(style.paddingRight));
  const contentHeight = Math.max(0, field.clientHeight - paddingTop - px(style.paddingBottom));
  const multiline = field instanceof HTMLTextAreaElement;
  const signature = [contentWidth, ...COPIED.map((p) => style[p]), style.whiteSpace].join('|');
  return { paddingLeft, paddingTop, contentWidth, contentHeight, multiline, signature };
}

export class FieldMirror {
  readonly #box: HTMLDivElement;
  readonly #text: Text;
  #signature = '';
  #heights = new Map<string, number>();
  #chunks: TextChunk[] = [];
  #tops: number[] = [];
  #source = '';

  constructor(container: Node) {
    const doc = container.ownerDocument ?? document;
    this.#box = doc.createElement('div');
    this.#box.setAttribute('aria-hidden', 'true');
    this.#box.style.cssText = 'position:absolute;top:0;left:-100000px;visibility:hidden;pointer-events:none;contain:layout style;border:0;padding:0;margin:0;box-sizing:content-box;height:auto;overflow:hidden;';
    this.#text = doc.createTextNode('');
    this.#box.append(this.#text);
    container.appendChild(this.#box);
  }

  remove(): void {
    this.#box.remove();
  }

  /** Copies the field's text styles; a change (font, width) drops the measured heights. */
  sync(field: TextField, metrics: FieldMetrics): void {
    if (metrics.signature === this.#signature) return;
    const style = getComputedStyle(field);
    for (const property of COPIED) this.#box.style[property] = style[property];
    this.#box.style.width = metrics.multiline ? `${metrics.contentWidth}px` : 'auto';
    this.#box.style.whiteSpace = metrics.multiline ? 'pre-wrap' : 'pre';
    if (metrics.multiline && style.overflowWrap === 'normal' && style.wordWrap !== 'break-word') this.#box.style.overflowWrap = 'break-word';
    this.#signature = metrics.signature;
    this.#heights.clear();
    this.#source = '';
  }

  /**
   * Lays out chunks of `text` until all are measured or `deadline` (performance.now()) passes, one chunk at least.
   * Returns true when every chunk's top is known.
   */
  layout(text: string, deadline: number): boolean {
    if (text !== this.#source) {
      this.#source = text;
      this.#chunks = chunkText(text, CHUNK_SIZE);
      this.#tops = [0];
      const kept = new Map<string, number>();
      for (const chunk of this.#chunks) {
        const h = this.#heights.get(chunk.text);
        if (h !== undefined) kept.set(chunk.text, h);
      }
      this.#heights = kept;
    }
    // At least one chunk per call, even when the frame's budget went on other fields: every field gets on.
    let measured = 0;
    while (this.#tops.length <= this.#chunks.length) {
      const index = this.#tops.length - 1;
      const chunk = this.#chunks[index]!;
      let height = this.#heights.get(chunk.text);
      if (height === undefined) {
        if (measured > 0 && performance.now() > deadline) return false;
        this.#text.data = chunk.text;
        height = this.#box.getBoundingClientRect().height;
        measured++;
        this.#heights.set(chunk.text, height);
      }
      this.#tops.push(this.#tops[index]! + height);
    }
    return true;
  }

  /** Total laid-out height of the text (after `layout` returned true). */
  get height(): number {
    return this.#tops[this.#tops.length - 1] ?? 0;
  }

  /** The chunk range [first, last] whose text shows between `top` and `bottom` (text coordinates). */
  visibleChunks(top: number, bottom: number): [number, number] {
    let first = 0;
    while (first < this.#chunks.length - 1 && this.#tops[first + 1]! <= top) first++;
    let last = first;
    while (last < this.#chunks.length - 1 && this.#tops[last + 1]! < bottom) last++;
    return [first, last];
  }

  chunkOf(offset: number): number {
    return chunkIndexAt(this.#chunks, offset);
  }

  /**
   * Text boxes of each [start, end) (all inside chunk `index`), relative to the text's origin (the
   * content box's top-left with no scroll). For a single-line input the line is centred as browsers do.
   */
  measure(index: number, spans: readonly [number, number][], metrics: FieldMetrics): Box[][] {
    const chunk = this.#chunks[index];
    if (!chunk) return spans.map(() => []);
    if (this.#text.data !== chunk.text) this.#text.data = chunk.text;
    const origin = this.#box.getBoundingClientRect();
    const range = this.#box.ownerDocument.createRange();
    const top = this.#tops[index] ?? 0;
    return spans.map(([start, end]) => {
      const a = Math.max(0, start - chunk.start);
      const b = Math.min(chunk.text.length, end - chunk.start);
      if (b <= a) return [];
      range.setStart(this.#text, a);
      range.setEnd(this.#text, b);
      return [...range.getClientRects()].map((r) => {
        const lineTop = metrics.multiline ? r.top - origin.top + top : singleLineTop(metrics.contentHeight, r.height);
        return { left: r.left - origin.left, top: lineTop, width: r.width, height: r.height };
      });
    });
  }
}
