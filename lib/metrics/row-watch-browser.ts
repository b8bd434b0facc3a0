import { rowOf, type TableReader } from './scrape-table';

/**
 * Which table rows a batch of DOM mutations touched. A virtualized grid recycles a few row elements
 * for thousands of products (new cell text, a new id attribute, a new transform); every state it
 * leaves at the end of a task is seen by a MutationObserver in the microtask after it, so reading
 * the touched rows there reads every row the seller could see, however fast they scroll.
 */

/** What a row shows now: its text and its first link (the product link when the id is only there). */
export function rowSignature(row: Element): string {
  const link = row.getElementsByTagName('a')[0];
  return `${row.textContent ?? ''}\u0001${link?.getAttribute('href') ?? ''}`;
}

const HEADER_LIKE = 'thead, [role="columnheader"], [class*="-table-thead"], [class*="-table-header"]';
const ROW_LIKE = 'tr, [role="row"], [class*="-table-row"]';

export interface DirtyRows {
  /** Rows the mutations touched, by table. */
  rows: Map<TableReader, Set<Element>>;
  /** Tables to read whole: their body changed above row level (a page of rows replaced at once). */
  sweep: Set<TableReader>;
  /** A table we do not know appeared, or a known one lost or changed its header: find the tables again. */
  stale: boolean;
  /** Something outside every known table changed (a date picker, a store switcher, a new table). */
  outside: boolean;
}

function isElement(node: Node): node is Element {
  return node.nodeType === 1;
}

export function dirtyRows(records: readonly MutationRecord[], readers: readonly TableReader[], owns: (node: Node) => boolean): DirtyRows {
  const found: DirtyRows = { rows: new Map(), sweep: new Set(), stale: false, outside: false };
  for (const reader of readers) if (!reader.header.isConnected || !reader.root.isConnected) found.stale = true;
  // Each cell of a recycled row is its own record: a row is checked once per batch.
  const checked = new Map<Element, boolean>();
  const isRow = (reader: TableReader, row: Element) => {
    let yes = checked.get(row);
    if (yes === undefined) checked.set(row, (yes = reader.isRow(row)));
    return yes;
  };
  const add = (reader: TableReader, row: Element) => {
    let rows = found.rows.get(reader);
    if (!rows) found.rows.set(reader, (rows = new Set()));
    rows.add(row);
  };
  for (const record of records) {
    const target = record.target;
    if (owns(target)) continue;
    const added = record.addedNodes;
    if (record.type === 'childList') {
      let onlyOurs = true;
      for (let i = 0; onlyOurs && i < added.length; i++) onlyOurs = owns(added[i]!);
      for (let i = 0; onlyOurs && i < record.removedNodes.length; i++) onlyOurs = owns(record.removedNodes[i]!);
      if (onlyOurs) continue;
    }
    const el = isElement(target) ? target : target.parentElement;
    if (!el) continue;
    let reader: TableReader | undefined;
    for (const candidate of readers) {
      if (candidate.root.contains(el)) {
        reader = candidate;
        break;
      }
    }
    if (!reader) {
      found.outside = true;
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
      add(reader, row);
      continue;
    }
    for (let i = 0; i < added.length; i++) {
      const node = added[i]!;
      if (!isElement(node)) continue;
      if (isRow(reader, node)) add(reader, node);
      else if (node.matches(ROW_LIKE) || node.querySelector(ROW_LIKE)) found.sweep.add(reader);
    }
  }
  return found;
}

/** Attributes a recycled row changes when it shows another product (its id, its product link). */
export const ROW_ID_ATTRIBUTES = ['data-id', 'data-row-key', 'data-rowindex', 'aria-rowindex', 'data-asin', 'data-product-id', 'data-item-id', 'data-goods-id', 'data-sku-id', 'href'];
