import { DATE_ELEMENTS } from './capture-browser';
import { rowOf, type TableReader } from './scrape-table';

/**
 * Which table rows a batch of DOM mutations touched. A virtualized grid recycles a few row elements
 * for thousands of products (new cell text, a new id attribute, a new transform); every state it
 * leaves at the end of a task is seen by a MutationObserver in the microtask after it, so reading
 * the touched rows there reads every row the seller could see, however fast they scroll.
 */

/**
 * Each row's links, a live collection kept per row element: a recycled grid row is signed again in
 * every frame it shows another product, inside the page's render task, and asking the row for a new
 * collection each time cost as much as reading the link.
 */
const rowLinks = new WeakMap<Element, HTMLCollectionOf<HTMLAnchorElement>>();

/** What a row shows now: its text and its first link (the product link when the id is only there). */
export function rowSignature(row: Element): string {
  let links = rowLinks.get(row);
  if (!links) rowLinks.set(row, (links = row.getElementsByTagName('a')));
  const link = links[0];
  return `${row.textContent ?? ''}\u0001${link?.getAttribute('href') ?? ''}`;
}

const HEADER_LIKE = 'thead, [role="columnheader"], [class*="-table-thead"], [class*="-table-header"]';
const ROW_LIKE = 'tr, [role="row"], [class*="-table-row"]';

export interface DirtyRows {
  /** Rows the mutations touched, by table. */
  rows: Map<TableReader, Set<Element>>;
  /**
   * Touched rows that said so themselves: a row element added, or an id attribute of its own changed
   * (`ROW_SIGNAL_ATTRIBUTES`). A table whose rows always do can be watched by their identity alone.
   */
  signalled: Set<Element>;
  /** Tables to read whole: their body changed above row level (a page of rows replaced at once). */
  sweep: Set<TableReader>;
  /** A table we do not know appeared, or a known one lost or changed its header: find the tables again. */
  stale: boolean;
  /** Something outside every known table changed (a date picker, a store switcher, a new table). */
  outside: boolean;
  /**
   * An outside change in, of or around an element that shows the tables' day (`DATE_ELEMENTS`, the
   * elements `pageDateTexts` reads): the day must be read again. Other outside changes (a pager's
   * "1–100 of 2,000", a clock) leave it, so a page change does not pay for a document-wide query.
   */
  dates: boolean;
}


function touchesDates(el: Element, record: MutationRecord): boolean {
  if (el.closest(DATE_ELEMENTS)) return true;
  for (const nodes of [record.addedNodes, record.removedNodes])
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i]!;
      if (isElement(node) && (node.matches(DATE_ELEMENTS) || node.querySelector(DATE_ELEMENTS))) return true;
    }
  return false;
}

function isElement(node: Node): node is Element {
  return node.nodeType === 1;
}

/** Which known row an element of a table belongs to, remembered across batches (see `rowWatch`). */
export type RowMemo = WeakMap<Element, { reader: TableReader; row: Element }>;

/**
 * The rows a batch of records touched, one entry per row. A recycled grid row rewrites ~20 cells and
 * a few attributes per product, each its own record, hundreds per frame; the page's render task waits
 * for this callback, so a record costs one lookup: `memo` remembers which row every element seen
 * inside a row belongs to (a grid's row pool and its cells stay the same elements), and a record in
 * a row already noted in this batch costs nothing more. Only a record in an element never seen goes
 * the long way (which table, header or body, which row).
 */
export function dirtyRows(
  records: readonly MutationRecord[],
  readers: readonly TableReader[],
  owns: (node: Node) => boolean,
  memo: RowMemo = new WeakMap(),
): DirtyRows {
  const found: DirtyRows = { rows: new Map(), signalled: new Set(), stale: false, outside: false, dates: false, sweep: new Set() };
  const signals = (record: MutationRecord, row: Element) => record.target === row && record.type === 'attributes' && ROW_SIGNALS.has(record.attributeName!);
  for (const reader of readers) if (!reader.header.isConnected || !reader.root.isConnected) found.stale = true;
  const noted = new Set<Element>();
  // Each cell of a recycled row is its own record: a row is checked once per batch.
  const checked = new Map<Element, boolean>();
  const isRow = (reader: TableReader, row: Element) => {
    let yes = checked.get(row);
    if (yes === undefined) checked.set(row, (yes = reader.isRow(row)));
    return yes;
  };
  const add = (reader: TableReader, row: Element) => {
    if (noted.has(row)) return;
    noted.add(row);
    let rows = found.rows.get(reader);
    if (!rows) found.rows.set(reader, (rows = new Set()));
    rows.add(row);
  };
  const onlyOurs = (record: MutationRecord) => {
    if (owns(record.target)) return true;
    if (record.type !== 'childList') return false;
    const { addedNodes: added, removedNodes: removed } = record;
    if (!added.length && !removed.length) return false;
    for (let i = 0; i < added.length; i++) if (!owns(added[i]!)) return false;
    for (let i = 0; i < removed.length; i++) if (!owns(removed[i]!)) return false;
    return true;
  };
  for (const record of records) {
    const target = record.target;
    const el = isElement(target) ? target : target.parentElement;
    if (!el) continue;
    const known = memo.get(el);
    // A cell (or the row itself) of a row seen before, still in that row: no walk, no query.
    if (known && (known.row === el || el.parentElement === known.row || known.row.contains(el))) {
      if (signals(record, known.row)) found.signalled.add(known.row);
      if (!noted.has(known.row) && !onlyOurs(record)) add(known.reader, known.row);
      continue;
    }
    if (onlyOurs(record)) continue;
    const added = record.addedNodes;
    let reader: TableReader | undefined;
    for (const candidate of readers) {
      if (candidate.root.contains(el)) {
        reader = candidate;
        break;
      }
    }
    if (!reader) {
      found.outside = true;
      if (!found.dates && touchesDates(el, record)) found.dates = true;
      for (let i = 0; !found.stale && i < added.length; i++) {
        const node = added[i]!;
        if (isElement(node) && (node.matches(HEADER_LIKE) || node.querySelector(HEADER_LIKE))) found.stale = true;
      }
      continue;
    }
    if (reader.header.contains(el)) {
      found.stale = true; // columns renamed or reordered: plan the table again
      continue;
    }
    const row = rowOf(el);
    if (row && isRow(reader, row)) {
      memo.set(el, { reader, row });
      memo.set(row, { reader, row });
      if (signals(record, row)) found.signalled.add(row);
      add(reader, row);
      continue;
    }
    for (let i = 0; i < added.length; i++) {
      const node = added[i]!;
      if (!isElement(node)) continue;
      if (isRow(reader, node)) {
        found.signalled.add(node);
        add(reader, node);
      } else if (node.matches(ROW_LIKE) || node.querySelector(ROW_LIKE)) found.sweep.add(reader);
    }
  }
  return found;
}

/** Attributes a recycled row changes when it shows another product (its id, its product link). */
export const ROW_ID_ATTRIBUTES = ['data-id', 'data-row-key', 'data-rowindex', 'aria-rowindex', 'data-asin', 'data-product-id', 'data-item-id', 'data-goods-id', 'data-sku-id', 'href'];
/** The attributes of a row element itself that say it now shows another product. */
export const ROW_SIGNAL_ATTRIBUTES = ROW_ID_ATTRIBUTES.filter((name) => name !== 'href');
const ROW_SIGNALS = new Set(ROW_SIGNAL_ATTRIBUTES);
/** Every attribute the table reader reads in a row (ids, links, titles, cell roles and positions): observed with their old values, for the replay (record-replay.ts). */
export const SHAPE_ATTRIBUTES = [...ROW_ID_ATTRIBUTES, 'data-coupon-id', 'title', 'role', 'aria-colindex', 'colspan'];
