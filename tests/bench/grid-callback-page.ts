import { noteAttribute, readRowText, takeShape, wasLeaf, type RowShape } from '../../lib/metrics/row-shape';
import { dirtyRows, rowSignature, SHAPE_ATTRIBUTES, type RowMemo } from '../../lib/metrics/row-watch-browser';
import { tableReaders } from '../../lib/metrics/scrape-table';

/**
 * The capture's mutation callback, cut down to what it does inside the page's render task (find the
 * touched rows, sign them, keep what they show), in one of two ways: a deep copy per new row (before
 * row shapes) or a copy per row element and texts after that. Runs in the grid page's main world
 * (tests/bench/grid-callback.ts); page scripts and the real extension are not involved.
 */
function watch(mode: 'copy' | 'shape') {
  const readers = tableReaders(document.body, { productIdHeaders: ['(Child) ASIN'] });
  const memo: RowMemo = new WeakMap();
  let shapes = new WeakMap<Element, RowShape>();
  const seen = new Set<string>();
  const kept: unknown[] = [];
  const stats = { ms: 0, callbacks: 0, rows: 0, longest: 0, findMs: 0, records: 0, signMs: 0, signed: 0, keepMs: 0 };
  const leafOf = (row: Element, el: Element) => {
    const shape = shapes.get(row);
    return shape && (wasLeaf(shape, el) ?? false);
  };
  const observer = new MutationObserver((records) => {
    const started = performance.now();
    const dirty = dirtyRows(records, readers, () => false, memo, mode === 'shape' ? leafOf : undefined);
    stats.findMs += performance.now() - started;
    stats.records += records.length;
    if (mode === 'shape') {
      if (dirty.stale || dirty.sweep.size) shapes = new WeakMap();
      for (const row of dirty.reshaped) shapes.delete(row);
      for (const [row, el, name] of dirty.attributes) {
        const shape = shapes.get(row);
        if (shape && !noteAttribute(shape, el, name)) shapes.delete(row);
      }
    }
    for (const rows of dirty.rows.values())
      for (const row of rows) {
        const t0 = performance.now();
        const signature = rowSignature(row);
        stats.signed++;
        const known = seen.has(signature);
        const t1 = performance.now();
        stats.signMs += t1 - t0;
        if (known) continue;
        seen.add(signature);
        stats.rows++;
        if (mode === 'copy') kept.push(row.cloneNode(true));
        else {
          const shape = shapes.get(row);
          if (shape) kept.push(readRowText(shape));
          else {
            const taken = takeShape(row);
            shapes.set(row, taken);
            kept.push(taken.copy);
          }
        }
        stats.keepMs += performance.now() - t1;
      }
    const took = performance.now() - started;
    stats.ms += took;
    stats.longest = Math.max(stats.longest, took);
    stats.callbacks++;
  });
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: SHAPE_ATTRIBUTES });
  return {
    stop() {
      observer.disconnect();
      return stats;
    },
  };
}

(window as unknown as { __benchWatch: typeof watch }).__benchWatch = watch;
