/**
 * Docks the sidebar beside the page: the page narrows by the sidebar's width, so the right-hand
 * columns of a report are beside the sidebar instead of under it.
 *
 * What the page can see, kept to the minimum docking needs (a layout change is visible by nature):
 * - its root element gets `margin-right: <width>px !important` in its inline style (and, only when
 *   its content is wider than the room left, a `min-width` so the horizontal scroll range grows by
 *   the sidebar's width and the last column can be scrolled out from under it);
 * - fixed elements that would still reach under the sidebar (a fixed top bar, a bottom action bar,
 *   a chat button) get their right margin grown by the same width and, where that cannot narrow them
 *   (`width: 100%`), a `max-width`. Sticky headers are in the page's flow and narrow with it.
 * No class, attribute or element of ours is added; inline styles were chosen over an adopted style
 * sheet (equally visible to the page, and Firefox's content scripts cannot reliably adopt sheets).
 * Every property is put back exactly as it was, and a `style` attribute we created is removed again,
 * on undock and when our UI leaves the page; a value the page changed meanwhile is left as the page
 * set it. Fixed elements are fitted when docking, on a width change, a window resize and a
 * single-page navigation (the app calls `set` again); one the page creates later is not chased.
 * Created by the app (not the first-paint shell, which stays small): the page narrows a moment after
 * the sidebar frame first shows.
 */
import { dockEdge, fixedMaxWidthFor, rootMinWidthFor } from '../../lib/page-dock';
import { keepAttached } from '../common/keep-attached';

export interface PageDock {
  /** Docks the page beside a sidebar `width` px wide; null undocks it. Re-fits when called again. */
  set(width: number | null): void;
  /** Undoes everything and stops listening (our UI leaves the page). */
  release(): void;
}

interface Touched {
  /** The style attribute's text before our first edit (null: there was none). */
  original: string | null;
  /** Its text right after our last edit: still the same at undo time means the page has not touched it. */
  written: string | null;
  props: Map<string, { value: string; priority: string; ours: string }>;
}

const HIT_GRID = 20;

/** Our own elements: never fitted, never counted as the page's. */
const isOurs = (el: Element) => el.localName.startsWith('seller-sidekick') || el.localName.startsWith('sidekick-');

export function createPageDock(doc: Document = document): PageDock {
  const win = doc.defaultView ?? window;
  const touched = new Map<HTMLElement, Touched>();
  let width: number | null = null;
  let released = false;

  const put = (el: HTMLElement, prop: string, value: string) => {
    let entry = touched.get(el);
    if (!entry) touched.set(el, (entry = { original: el.getAttribute('style'), written: null, props: new Map() }));
    const before = entry.props.get(prop);
    entry.props.set(prop, before ? { ...before, ours: value } : { value: el.style.getPropertyValue(prop), priority: el.style.getPropertyPriority(prop), ours: value });
    el.style.setProperty(prop, value, 'important');
    entry.written = el.getAttribute('style');
  };

  const restore = () => {
    for (const [el, entry] of touched) {
      // Untouched by the page since: its attribute text goes back byte for byte (CSSOM would re-serialise it).
      if (el.getAttribute('style') === entry.written) {
        if (entry.original === null) el.removeAttribute('style');
        else el.setAttribute('style', entry.original);
        continue;
      }
      // The page edited the style meanwhile: undo only our properties, and leave any it set itself.
      for (const [prop, saved] of entry.props) {
        if (el.style.getPropertyValue(prop) !== saved.ours) continue;
        if (saved.value) el.style.setProperty(prop, saved.value, saved.priority);
        else el.style.removeProperty(prop);
      }
      // Reading the attribute first flushes Chromium's deferred CSSOM write, which would otherwise
      // put an emptied `style=""` back after the removal.
      if (entry.original === null && el.getAttribute('style') === '') el.removeAttribute('style');
    }
    touched.clear();
  };

  /** The page's fixed elements that reach under the sidebar, found by hit-testing the strip it covers. */
  const fixedUnder = (edge: number, viewportWidth: number): HTMLElement[] => {
    const found = new Set<HTMLElement>();
    const visited = new Set<Element>();
    // A 20-px grid over the strip: each hit returns the whole stack under that point, so only a fixed
    // element smaller than the grid could slip through.
    for (let y = 2; y < win.innerHeight; y += HIT_GRID) {
      for (let x = viewportWidth - 2; x > edge; x -= HIT_GRID) {
        for (const hit of doc.elementsFromPoint(x, y)) {
          for (let node: Element | null = hit; node && node !== doc.body && node !== doc.documentElement && !visited.has(node); node = node.parentElement) {
            visited.add(node);
            if (isOurs(node)) break;
            if (win.getComputedStyle(node).position === 'fixed') {
              if (node instanceof win.HTMLElement) found.add(node);
              break;
            }
          }
        }
      }
    }
    return [...found];
  };

  const dock = (sidebarWidth: number) => {
    restore();
    const root = doc.documentElement;
    put(root, 'margin-right', `${sidebarWidth}px`);
    // clientWidth of the root is the viewport's, scrollbar excluded: where our fixed sidebar ends.
    const viewportWidth = root.clientWidth;
    const edge = dockEdge(viewportWidth, sidebarWidth);
    const body = doc.body;
    if (body) {
      const rootBox = root.getBoundingClientRect();
      const contentWidth = body.getBoundingClientRect().left - rootBox.left + body.scrollWidth;
      const minWidth = rootMinWidthFor(contentWidth, rootBox.width);
      if (minWidth !== null) put(root, 'min-width', `${minWidth}px`);
    }
    const fixed = fixedUnder(edge, viewportWidth);
    for (const el of fixed) put(el, 'margin-right', `${(parseFloat(win.getComputedStyle(el).marginRight) || 0) + sidebarWidth}px`);
    for (const el of fixed) {
      const box = el.getBoundingClientRect();
      const style = win.getComputedStyle(el);
      const extras =
        style.boxSizing === 'border-box'
          ? 0
          : ['paddingLeft', 'paddingRight', 'borderLeftWidth', 'borderRightWidth'].reduce((sum, key) => sum + (parseFloat(style[key as 'paddingLeft']) || 0), 0);
      const maxWidth = fixedMaxWidthFor({ left: box.left, right: box.right, horizontalExtras: extras }, edge);
      if (maxWidth !== null) put(el, 'max-width', `${maxWidth}px`);
    }
  };

  // A page script that rewrites the root's style attribute drops our margin: put it back, backing off
  // (and finally leaving it) if the page keeps doing so.
  const reapply = keepAttached({ attach: () => width !== null && !released && dock(width) });
  const rootWatch = new MutationObserver(() => {
    const entry = touched.get(doc.documentElement);
    const ours = entry?.props.get('margin-right')?.ours;
    if (width !== null && ours !== undefined && doc.documentElement.style.getPropertyValue('margin-right') !== ours) reapply.removed();
  });
  let frame = 0;
  const onResize = () => {
    if (width === null || frame) return;
    frame = win.requestAnimationFrame(() => {
      frame = 0;
      if (width !== null && !released) dock(width);
    });
  };

  return {
    set(next) {
      if (released) return;
      if (next === null) {
        if (width === null) return;
        width = null;
        rootWatch.disconnect();
        win.removeEventListener('resize', onResize);
        restore();
        return;
      }
      if (width === null) {
        rootWatch.observe(doc.documentElement, { attributes: true, attributeFilter: ['style'] });
        win.addEventListener('resize', onResize);
      }
      width = next;
      dock(next);
    },
    release() {
      if (released) return;
      released = true;
      width = null;
      reapply.stop();
      rootWatch.disconnect();
      win.removeEventListener('resize', onResize);
      if (frame) win.cancelAnimationFrame(frame);
      restore();
    },
  };
}
