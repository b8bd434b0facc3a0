/**
 * The arithmetic of docking the sidebar beside the page (components/sidebar/page-dock.ts does the
 * DOM side): where the page must end, how wide it must be allowed to grow so nothing of it stays
 * under the sidebar, and how a fixed header is fitted into the narrowed page. Pure, so tested alone.
 */

/** The x (CSS px, viewport) where the page ends and the sidebar begins. */
export function dockEdge(viewportWidth: number, sidebarWidth: number): number {
  return Math.max(0, viewportWidth - sidebarWidth);
}

/**
 * A page wider than the room left to it (a `min-width` report, a table the page does not scroll
 * itself) overflows to the right, under the sidebar. The root element's right margin counts toward
 * the page's horizontal scroll range only up to the root's own width, so the root is given the
 * content's width as its minimum: its margin then adds the sidebar's width to the scroll range and
 * the last column can be scrolled out from under it. Null: the content fits, nothing to do.
 */
export function rootMinWidthFor(contentRight: number, edge: number): number | null {
  return contentRight > edge + 0.5 ? Math.ceil(contentRight) : null;
}

export interface FixedBox {
  /** The border box after the sidebar's width was added to its right margin. */
  left: number;
  right: number;
  /** Padding and border, left plus right, when `box-sizing` is `content-box` (0 for `border-box`). */
  horizontalExtras: number;
}

/**
 * A fixed element still reaching under the sidebar once its right margin grew (`width: 100%` or
 * `100vw` with `left: 0` ignores the margin): the `max-width` that ends it at the edge, or null when
 * it already ends there or starts under the sidebar (then the margin moved what could be moved).
 */
export function fixedMaxWidthFor(box: FixedBox, edge: number): number | null {
  if (box.right <= edge + 0.5 || box.left >= edge) return null;
  return Math.max(0, Math.floor(edge - box.left - box.horizontalExtras));
}
