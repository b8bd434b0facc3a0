import { RecordReplay } from '../../lib/metrics/record-replay';
import { dirtyRows, rowSignature, SHAPE_ATTRIBUTES, type RowMemo } from '../../lib/metrics/row-watch-browser';
import { tableReaders } from '../../lib/metrics/scrape-table';

/**
 * The capture's mutation callback, cut down to what it does inside the page's render task, in one of
 * two ways: find the touched rows, sign them and copy the new ones there (`copy`, the way before the
 * record replay), or keep the records and read the rows in a task of our own right after (`keep`,
 * components/alerts/page-capture.ts): as they stand, or rebuilt from the records when the page
 * rendered again first. Runs in the grid page's main world
 * (tests/bench/grid-callback.ts); page scripts and the real extension are not involved.
 */
function watch(mode: 'copy' | 'keep') {
  const readers = tableReaders(document.body, { productIdHeaders: ['(Child) ASIN'] });
  const memo: RowMemo = new WeakMap();
  const seen = new Set<string>();
  const kept: Element[] = [];
  const stats = { ms: 0, callbacks: 0, rows: 0, longest: 0, findMs: 0, records: 0, signMs: 0, signed: 0, keepMs: 0, keptBatches: 0, taskMs: 0, tasks: 0, longestTask: 0, replayed: 0 };
  let batches: MutationRecord[][] = [];

  /** Reads the rows of `records` (as they stand, or rebuilt by `replay` when `changed` says the page changed them since). */
  const read = (records: MutationRecord[], replay?: RecordReplay, changed?: Set<Element>) => {
    const t0 = performance.now();
    const dirty = dirtyRows(records, readers, () => false, memo);
    stats.findMs += performance.now() - t0;
    stats.records += records.length;
    for (const rows of dirty.rows.values())
      for (const row of rows) {
        const t1 = performance.now();
        const rebuild = replay && changed!.has(row);
        const signature = rebuild ? replay.signature(row) : rowSignature(row);
        stats.signed++;
        const known = seen.has(signature);
        const t2 = performance.now();
        stats.signMs += t2 - t1;
        if (known) continue;
        seen.add(signature);
        stats.rows++;
        if (rebuild) stats.replayed++;
        kept.push(rebuild ? replay.copy(row) : (row.cloneNode(true) as Element));
        stats.keepMs += performance.now() - t2;
      }
  };
  const replayKept = () => {
    const started = performance.now();
    const pending = observer.takeRecords();
    if (pending.length) batches.push(pending);
    const all = batches;
    batches = [];
    const replay = new RecordReplay();
    const changed = new Set<Element>();
    for (let k = all.length - 1; k >= 0; k--) {
      read(all[k]!, replay, changed);
      for (let i = k ? all[k]!.length - 1 : -1; i >= 0; i--) {
        const record = all[k]![i]!;
        replay.undo(record);
        const el = record.target.nodeType === 1 ? (record.target as Element) : record.target.parentElement;
        const row = el && memo.get(el)?.row;
        if (row) changed.add(row);
      }
    }
    const took = performance.now() - started;
    stats.taskMs += took;
    stats.tasks++;
    stats.longestTask = Math.max(stats.longestTask, took);
  };
  let scheduled = false;
  const observer = new MutationObserver((records) => {
    const started = performance.now();
    if (mode === 'keep') {
      batches.push(records);
      stats.keptBatches++;
      if (!scheduled) {
        scheduled = true;
        setTimeout(() => {
          scheduled = false;
          replayKept();
        }, 0);
      }
    } else read(records);
    const took = performance.now() - started;
    stats.ms += took;
    stats.longest = Math.max(stats.longest, took);
    stats.callbacks++;
  });
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true, characterDataOldValue: mode === 'keep', attributes: true, attributeOldValue: mode === 'keep', attributeFilter: SHAPE_ATTRIBUTES });
  return {
    stop() {
      observer.disconnect();
      return stats;
    },
  };
}

(window as unknown as { __benchWatch: typeof watch }).__benchWatch = watch;
