import { METRIC_KIND, type MetricKey, type MetricKind, type Metrics } from './keys';
import { parseMetricValue, type ParsedMetric } from './parse-number';
import { matchHeader, matchIdentityHeader, normaliseHeader, type HeaderMatch, type PeerKind } from './header-synonyms';

/**
 * Reads metric tables by their header text, whatever draws them: <table>, antd/Arco/Semi/Fusion
 * tables whose header sits in its own <table>, ARIA grids, and prefixed div grids (罗盘's
 * `.ecom-table-row`). Hot path rules: textContent only (no layout reads), regexes compiled once,
 * one structural query per table for the rows. Virtualized grids: the rows rendered now are read;
 * callers scrape again as more appear.
 */
export type TableKind = 'table' | 'component' | 'aria' | 'div';

export interface ScrapeOptions {
  /** Header text (exact, trimmed) of the column holding the product id or a link carrying it. */
  productIdHeaders?: readonly string[];
  /** Tried on link hrefs, then on the id cell's and the row's text; the first group is the id. */
  productIdPatterns?: readonly RegExp[];
  /** Only find these kinds of table (all when absent). */
  kind?: TableKind | readonly TableKind[];
  /** The page's currency and separators, passed to the number parser. */
  currency?: string;
  decimalComma?: boolean;
  /** Turns a cell's DOM text into the digits shown (Pinduoduo's scrambled font); null = unreadable. */
  decode?: (text: string) => string | null;
}

export interface ScrapedColumn {
  /** Position among the row's cells. */
  index: number;
  header: string;
  match: HeaderMatch;
  identity?: 'productId' | 'title';
  /** True for the column a key is read from (the best-ranked synonym when two columns mean one key). */
  used: boolean;
}

export interface ScrapedRow {
  /** The `tr` or `role="row"` (or div row) element: badges go inside it. */
  rowElement: Element;
  productId: string;
  title?: string;
  /** Every used metric column: a number, or null when the cell is unreadable. */
  metrics: Metrics;
  /** Peers' average / benchmark (同行平均, 同行基准) when the table shows it. */
  peer?: Metrics;
  /** Peers' best (同行优秀, 同行顶尖). */
  peerTop?: Metrics;
  /** Why a metric is null ("no data", "percentage in a count column", "scrambled font"...). */
  unreadable?: Partial<Record<MetricKey, string>>;
  currency?: string;
}

export interface ScrapedTable {
  root: Element;
  kind: TableKind;
  columns: ScrapedColumn[];
  rows: ScrapedRow[];
  /** Rendered rows without a product id (totals, placeholders, group rows). */
  skippedRows: number;
  currency?: string;
}

const STRUCTURAL_ROWS = 'tr, [role="row"]';
const CLASS_ROWS = '[class*="-table-row"]';
const ROW_CLASS = /(?:^|\s)[a-z][\w]*-table-row(?:\s|$)/;
const ROOT_CLASS = /(?:^|\s)[a-z][\w]*-table(?:\s|$)/;
const DIV_HEADER_CLASS = /(?:^|\s)[a-z][\w]*-table-(?:thead|header-row|header)(?:\s|$)/;
const SKIP_ROW_CLASS = /measure-row|placeholder|expanded-row|summary|-table-row-level-[1-9]/;
const HEADER_REGION = '[class*="-table-thead"], [class*="-table-header"], thead';
const FIXED_DUPLICATE = '[class*="-table-fixed-left"], [class*="-table-fixed-right"]';
const CELL_ROLES = new Set(['cell', 'gridcell', 'rowheader', 'columnheader']);

const HREF_ID_PATTERNS: readonly RegExp[] = [
  /[?&#](?:id|itemId|item_id|goods_id|goodsId|skuId|sku_id|productId|product_id|asin)=([\w-]+)/i,
  /\/(?:dp|gp\/product)\/([A-Z0-9]{10})(?:[/?#]|$)/,
  /item\.jd\.com\/(\d+)\.html/,
  /\/products\/(\d+)/,
];
const TEXT_ID_PATTERNS: readonly RegExp[] = [
  /\b(B0[A-Z0-9]{8})\b/,
  /(?:ID|id|编号)\s*[:：]\s*([\w-]{3,64})/,
  /^\s*([\w-]{3,64})\s*$/,
  /(?:^|\D)(\d{6,20})(?:\D|$)/,
];
const ID_ATTRIBUTES = ['data-product-id', 'data-item-id', 'data-goods-id', 'data-sku-id', 'data-asin', 'data-coupon-id', 'data-id', 'data-row-key'];
/** Inside a row only the specific attributes count: a nested data-id or data-row-key may be anything. */
const ID_ATTRIBUTE_SELECTOR = ID_ATTRIBUTES.filter((name) => name !== 'data-id' && name !== 'data-row-key')
  .map((name) => `[${name}]`)
  .join(', ');
const ID_LIKE = /^[\w-]{5,64}$/;
const OWN_VALUE = new Set(['本店', '本品', '我的', '本商品', '数值', '本期', 'value', 'yours']);
const WHITESPACE = /\s+/g;

interface HeaderCandidate {
  element: Element;
  kind: TableKind;
  columns: { header: string; group?: string; colIndex?: number }[];
}

interface Plan {
  columns: ScrapedColumn[];
  own: { key: MetricKey; index: number }[];
  peers: { key: MetricKey; index: number; peer: PeerKind }[];
  idIndex: number;
  titleIndex: number;
  /** Header aria-colindex → column position, when the grid virtualizes columns. */
  byColIndex?: Map<number, number>;
  /** Cells to collect per row: one past the last column read. */
  needed: number;
}

function textOf(node: Node | null | undefined): string {
  return node?.textContent ?? '';
}

function tidy(text: string): string {
  return text.replace(WHITESPACE, ' ').trim();
}

/** Leaf columns of a <thead>, honouring rowspan/colspan; `group` is the text of the header above. */
function theadColumns(thead: HTMLTableSectionElement): HeaderCandidate['columns'] {
  const grid: Element[][] = [];
  const rows = thead.rows;
  for (let r = 0; r < rows.length; r++) {
    const line = (grid[r] ??= []);
    let c = 0;
    for (const cell of Array.from(rows[r]!.cells)) {
      while (line[c]) c++;
      const rowSpan = Math.max(1, cell.rowSpan || 1);
      const colSpan = Math.max(1, cell.colSpan || 1);
      for (let dr = 0; dr < rowSpan && r + dr < rows.length; dr++) {
        const target = (grid[r + dr] ??= []);
        for (let dc = 0; dc < colSpan; dc++) target[c + dc] = cell;
      }
      c += colSpan;
    }
  }
  const last = grid[grid.length - 1] ?? [];
  return Array.from(last, (leaf, c) => {
    let group: string | undefined;
    for (let r = grid.length - 2; r >= 0; r--) {
      const above = grid[r]![c];
      if (above && above !== leaf) {
        group = tidy(textOf(above));
        break;
      }
    }
    const colIndex = Number(leaf?.getAttribute('aria-colindex')) || undefined;
    return { header: tidy(textOf(leaf)), group, colIndex };
  });
}

function isRowLike(el: Element): boolean {
  return el.tagName === 'TR' || el.getAttribute('role') === 'row' || ROW_CLASS.test(el.className);
}

/** Inside an antd/Arco/Semi/Fusion-style root (`<prefix>-table`)? */
function insideComponent(el: Element): boolean {
  for (let at = el.parentElement, depth = 0; at && depth < 10; at = at.parentElement, depth++) {
    if (ROOT_CLASS.test(at.className)) return true;
  }
  return false;
}

function findHeaders(root: ParentNode, kinds: ReadonlySet<TableKind> | null): HeaderCandidate[] {
  const found: HeaderCandidate[] = [];
  const want = (kind: TableKind) => !kinds || kinds.has(kind);
  const scope = root as Element | Document;
  for (const thead of Array.from(scope.getElementsByTagName('thead'))) {
    const kind: TableKind = insideComponent(thead) ? 'component' : 'table';
    if (want(kind) && !thead.closest(FIXED_DUPLICATE)) found.push({ element: thead, kind, columns: theadColumns(thead) });
  }
  // A plain table without <thead>: its first row, when that row is all <th> or matches headers.
  if (want('table')) {
    for (const table of Array.from(scope.getElementsByTagName('table'))) {
      const first = table.tHead ? undefined : table.rows[0];
      if (first) found.push({ element: first, kind: 'table', columns: Array.from(first.cells, (cell) => ({ header: tidy(textOf(cell)) })) });
    }
  }
  if (!want('aria') && !want('div')) return found;
  const ariaRows = new Set<Element>();
  for (const el of Array.from(root.querySelectorAll('[role="columnheader"], [class*="-table-thead"], [class*="-table-header"]'))) {
    if (el.getAttribute('role') === 'columnheader') {
      const row = el.closest('[role="row"]') ?? el.parentElement;
      if (row && !row.closest('thead')) ariaRows.add(row);
    } else if (want('div')) {
      const region = el;
      if (!DIV_HEADER_CLASS.test(region.className) || region.querySelector('thead, [role="columnheader"]')) continue;
      if (region.parentElement?.closest('[class*="-table-thead"], [class*="-table-header"]')) continue;
      // The header row is the innermost single-child wrapper: its children are the header cells.
      let row: Element = region;
      while (row.childElementCount === 1 && row.firstElementChild!.childElementCount > 0) row = row.firstElementChild!;
      found.push({ element: region, kind: 'div', columns: Array.from(row.children, (cell) => ({ header: tidy(textOf(cell)) })) });
    }
  }
  if (want('aria')) {
    for (const row of ariaRows) {
      const columns = Array.from(row.querySelectorAll('[role="columnheader"]'), (cell) => ({
        header: tidy(textOf(cell)),
        colIndex: Number(cell.getAttribute('aria-colindex')) || undefined,
      }));
      found.push({ element: row, kind: 'aria', columns });
    }
  }
  return found;
}

function plan(candidate: HeaderCandidate, opts: ScrapeOptions): Plan | null {
  // The adapter lists its id headers best first ('(Child) ASIN' before '(Parent) ASIN'): that order is the rank.
  const idHeaders = new Map((opts.productIdHeaders ?? []).map((h, i) => [h.trim(), i - 1000] as const));
  const columns: ScrapedColumn[] = candidate.columns.map(({ header, group }, index) => {
    let match = matchHeader(header);
    if (group && (!match || !('key' in match || 'known' in match))) {
      const above = matchHeader(group);
      if (match && 'peer' in match && above && 'key' in above) match = { key: above.key, rank: above.rank, peer: match.peer };
      else if (!match) {
        const joined = matchHeader(group + header);
        if (joined) match = joined;
        else if (above && 'key' in above && OWN_VALUE.has(normaliseHeader(header))) match = above;
      }
    }
    const identity = idHeaders.has(header) ? 'productId' : matchIdentityHeader(header)?.role;
    return { index, header, match: identity ? null : match, identity, used: false };
  });
  let keys = 0;
  let matched = 0;
  for (const column of columns) {
    if (!column.match) continue;
    matched++;
    if ('key' in column.match && !column.match.peer) keys++;
  }
  if (matched < 2 || keys < 1) return null;

  const own = new Map<MetricKey, ScrapedColumn>();
  const peers: Plan['peers'] = [];
  let lastKey: MetricKey | undefined;
  for (const column of columns) {
    const match = column.match;
    if (!match) continue;
    if ('key' in match) {
      if (match.peer) {
        peers.push({ key: match.key, index: column.index, peer: match.peer });
        column.used = true;
        continue;
      }
      lastKey = match.key;
      const best = own.get(match.key);
      const bestRank = best?.match && 'rank' in best.match ? best.match.rank : Infinity;
      if (match.rank < bestRank) own.set(match.key, column);
    } else if ('peer' in match && lastKey) {
      // A bare 同行平均 column holds the peers' figure of the metric column before it.
      column.match = { key: lastKey, rank: 0, peer: match.peer };
      peers.push({ key: lastKey, index: column.index, peer: match.peer });
      column.used = true;
    }
  }
  for (const column of own.values()) column.used = true;
  const firstOf = (role: 'productId' | 'title'): number => {
    let best = -1;
    let bestRank = Infinity;
    for (const column of columns) {
      if (column.identity !== role) continue;
      const rank = idHeaders.get(column.header) ?? matchIdentityHeader(column.header)?.rank ?? Infinity;
      if (rank < bestRank) {
        best = column.index;
        bestRank = rank;
      }
    }
    return best;
  };
  let byColIndex: Map<number, number> | undefined;
  if (candidate.columns.some((c) => c.colIndex)) {
    byColIndex = new Map();
    candidate.columns.forEach((c, i) => c.colIndex && byColIndex!.set(c.colIndex, i));
  }
  const ownColumns = Array.from(own, ([key, column]) => ({ key, index: column.index }));
  const idIndex = firstOf('productId');
  const titleIndex = firstOf('title');
  const needed = 1 + Math.max(idIndex, titleIndex, ...ownColumns.map((c) => c.index), ...peers.map((c) => c.index));
  return { columns, own: ownColumns, peers, idIndex, titleIndex, byColIndex, needed };
}

function isTableBoundary(el: Element): boolean {
  if (el.tagName === 'TABLE') return (el as HTMLTableElement).tBodies.length > 0;
  const role = el.getAttribute('role');
  return role === 'table' || role === 'grid' || role === 'treegrid' || ROOT_CLASS.test(el.className);
}

/** antd v3 draws fixed columns as a second copy of the table a few levels under its root. */
function hasFixedDuplicate(el: Element, depth: number): boolean {
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    const className = child.className;
    if (typeof className === 'string' && (className.includes('-table-fixed-left') || className.includes('-table-fixed-right'))) return true;
    if (depth > 1 && hasFixedDuplicate(child, depth - 1)) return true;
  }
  return false;
}

function bodyRows(container: Element, header: Element): Element[] {
  const skipFixed = hasFixedDuplicate(container, 3);
  const plainTable = container.tagName === 'TABLE';
  const rows: Element[] = [];
  const keep = (row: Element): void => {
    if (header.contains(row) || row.getAttribute('aria-hidden') === 'true') return;
    const className = row.className;
    if (typeof className === 'string' && className && SKIP_ROW_CLASS.test(className)) return;
    if (row.tagName === 'TR') {
      if (row.parentElement?.tagName === 'THEAD') return;
      // A table nested in a cell is not part of this table.
      if (plainTable && row.closest('table') !== container) return;
    } else if (row.getAttribute('role') === 'row') {
      if (row.querySelector('[role="columnheader"]')) return;
    } else if (!ROW_CLASS.test(className) || row.closest(HEADER_REGION)) return;
    if (skipFixed && row.closest(FIXED_DUPLICATE)) return;
    rows.push(row);
  };
  // Structural rows first; the class-substring query (slower: a string search per element) only
  // for div grids, which have no tr/role=row body rows.
  for (const row of Array.from(container.querySelectorAll(STRUCTURAL_ROWS))) keep(row);
  if (!rows.length) for (const row of Array.from(container.querySelectorAll(CLASS_ROWS))) keep(row);
  return rows;
}

/** The table around a header: the smallest ancestor that holds body rows, within a table root. */
function locateBody(header: Element): { root: Element; rows: Element[] } {
  let el: Element | null = header.parentElement;
  let fallback: Element = header.parentElement ?? header;
  for (let depth = 0; el && depth < 8; depth++, el = el.parentElement) {
    const rows = bodyRows(el, header);
    if (rows.length) return { root: el, rows };
    if (isTableBoundary(el)) {
      fallback = el;
      const table = el.tagName === 'TABLE';
      // antd/Fusion split headers: the header's own <table> has no body; keep climbing to its root.
      if (!table || (el as HTMLTableElement).tBodies.length) return { root: el, rows: [] };
    }
  }
  return { root: fallback, rows: [] };
}

/** The row's cells by column position. Walks element siblings: Array.from(row.cells) is slow in Blink. */
function cellsOf(row: Element, byColIndex: Map<number, number> | undefined, needed: number): (Element | undefined)[] {
  const out: (Element | undefined)[] = [];
  const isTr = row.tagName === 'TR';
  const isAria = !isTr && row.getAttribute('role') === 'row';
  for (let cell = row.firstElementChild; cell && (byColIndex || out.length < needed); cell = cell.nextElementSibling) {
    if (isAria && !CELL_ROLES.has(cell.getAttribute('role') ?? '')) continue;
    const colIndex = byColIndex && Number(cell.getAttribute('aria-colindex'));
    if (colIndex) {
      const at = byColIndex.get(colIndex);
      if (at !== undefined) out[at] = cell;
      continue;
    }
    out.push(cell);
    const span = isTr ? (cell as HTMLTableCellElement).colSpan : 1;
    for (let extra = 1; extra < span; extra++) out.push(undefined);
  }
  if (isAria && !out.length) {
    for (const cell of Array.from(row.querySelectorAll('[role="cell"], [role="gridcell"], [role="rowheader"]'))) out.push(cell);
  }
  return out;
}

function idFromText(text: string, patterns: readonly RegExp[]): string | undefined {
  for (const pattern of patterns) {
    const found = pattern.exec(text);
    if (found?.[1]) return found[1];
  }
  return undefined;
}

function idFromLinks(scope: Element, patterns: readonly RegExp[]): string | undefined {
  // getElementsByTagName is a cached live collection: far cheaper per row than querySelectorAll.
  const links = scope.getElementsByTagName('a');
  for (let i = 0; i < links.length; i++) {
    const href = links[i]!.getAttribute('href');
    const id = href ? idFromText(href, patterns) : undefined;
    if (id) return id;
  }
  return undefined;
}

function idFromAttributes(row: Element): string | undefined {
  for (const name of ID_ATTRIBUTES) {
    const value = row.getAttribute(name);
    // ID_LIKE wants 5+ characters, so antd's index keys ("0", "1") are not taken for ids.
    if (value && ID_LIKE.test(value)) return value;
  }
  const inner = row.querySelector(ID_ATTRIBUTE_SELECTOR);
  if (inner) {
    for (const name of ID_ATTRIBUTES) {
      const value = inner.getAttribute(name);
      if (value && ID_LIKE.test(value)) return value;
    }
  }
  return undefined;
}

/** "ID: 3581…" printed under the title (罗盘, 拼多多): only a labelled id, never a bare number. */
const LABELLED_ID = /(?:ID|id|编号)\s*[:：]\s*([\w-]{3,64})/;

function productIdOf(row: Element, idCell: Element | undefined, titleCell: Element | undefined, opts: ScrapeOptions): string | undefined {
  const custom = opts.productIdPatterns ?? [];
  if (idCell) {
    const text = tidy(textOf(idCell));
    const id =
      idFromText(text, custom) ??
      idFromLinks(idCell, custom) ??
      idFromLinks(idCell, HREF_ID_PATTERNS) ??
      idFromText(text, TEXT_ID_PATTERNS);
    if (id) return id;
  }
  return (
    (custom.length ? idFromLinks(row, custom) : undefined) ??
    idFromLinks(row, HREF_ID_PATTERNS) ??
    idFromAttributes(row) ??
    (titleCell ? idFromText(textOf(titleCell), [LABELLED_ID]) : undefined) ??
    (custom.length ? idFromText(textOf(row), custom) : undefined)
  );
}

function titleOf(cell: Element | undefined, row: Element, productId: string): string | undefined {
  let text: string;
  if (cell) {
    const link = cell.getElementsByTagName('a')[0];
    text = tidy(link?.getAttribute('title') || textOf(link) || textOf(cell));
  } else {
    // No title column (京东商智 puts the name beside the SKU link): a [title] or link text that is not the id.
    const titled = row.querySelector('[title]')?.getAttribute('title');
    const linkText = tidy(textOf(row.getElementsByTagName('a')[0]));
    text = tidy(titled && titled !== productId ? titled : linkText !== productId ? linkText : '');
  }
  return text ? text.slice(0, 300) : undefined;
}

const NOT_DECODED: ParsedMetric = { value: null, reason: 'scrambled font not decoded' };
const NO_CELL: ParsedMetric = { value: null, reason: 'no cell' };

function readText(raw: string, kind: MetricKind, opts: ScrapeOptions): ParsedMetric {
  const text = opts.decode ? opts.decode(raw) : raw;
  return text === null ? NOT_DECODED : parseMetricValue(text, kind, opts);
}

function readCell(cell: Element | undefined, kind: MetricKind, opts: ScrapeOptions): ParsedMetric {
  if (!cell) return NO_CELL;
  const whole = readText(textOf(cell), kind, opts);
  if (whole.value !== null || whole.reason === 'no data' || !cell.firstElementChild) return whole;
  // Value and comparison in separate elements but run together in textContent: read the first one.
  let first: Element | null = cell.firstElementChild;
  while (first && !textOf(first).trim()) first = first.nextElementSibling;
  while (first?.firstElementChild && textOf(first.firstElementChild).trim()) first = first.firstElementChild;
  if (!first) return whole;
  const part = readText(textOf(first), kind, opts);
  return part.value !== null ? part : whole;
}

function readRow(row: Element, plan: Plan, opts: ScrapeOptions): ScrapedRow | null {
  const cells = cellsOf(row, plan.byColIndex, plan.needed);
  const titleCell = plan.titleIndex >= 0 ? cells[plan.titleIndex] : undefined;
  const productId = productIdOf(row, plan.idIndex >= 0 ? cells[plan.idIndex] : undefined, titleCell, opts);
  if (!productId) return null;
  const scraped: ScrapedRow = { rowElement: row, productId, metrics: {} };
  const title = titleOf(titleCell, row, productId);
  if (title) scraped.title = title;
  for (const { key, index } of plan.own) {
    const result = readCell(cells[index], METRIC_KIND[key], opts);
    scraped.metrics[key] = result.value;
    if (result.value === null && result.reason) (scraped.unreadable ??= {})[key] = result.reason;
    if (result.currency && !scraped.currency) scraped.currency = result.currency;
  }
  for (const { key, index, peer } of plan.peers) {
    const value = readCell(cells[index], METRIC_KIND[key], opts).value;
    const target = peer === 'top' ? (scraped.peerTop ??= {}) : (scraped.peer ??= {});
    if (target[key] === undefined || target[key] === null) target[key] = value;
  }
  return scraped;
}

/** Every metric table under `root` (≥2 vocabulary headers, at least one canonical key), rows read. */
export function scrapeTable(root: ParentNode, opts: ScrapeOptions = {}): ScrapedTable[] {
  const kinds = opts.kind === undefined ? null : new Set<TableKind>(typeof opts.kind === 'string' ? [opts.kind] : opts.kind);
  const tables: ScrapedTable[] = [];
  const claimed = new Set<Element>();
  for (const candidate of findHeaders(root, kinds)) {
    const columnsPlan = plan(candidate, opts);
    if (!columnsPlan) continue;
    const { root: tableRoot, rows } = locateBody(candidate.element);
    if (claimed.has(tableRoot)) continue;
    claimed.add(tableRoot);
    const table: ScrapedTable = { root: tableRoot, kind: candidate.kind, columns: columnsPlan.columns, rows: [], skippedRows: 0 };
    for (const row of rows) {
      const scraped = readRow(row, columnsPlan, opts);
      if (!scraped) table.skippedRows++;
      else {
        table.rows.push(scraped);
        if (!table.currency && scraped.currency) table.currency = scraped.currency;
      }
    }
    tables.push(table);
  }
  return tables;
}

/** The row element showing `productId` now (after a re-sort or re-render), or null. */
export function findProductRow(
  root: ParentNode,
  productId: string,
  adapterHints: Pick<ScrapeOptions, 'productIdHeaders' | 'productIdPatterns' | 'kind'> = {},
): Element | null {
  if (/^[\w.-]+$/.test(productId)) {
    // Fast paths: an id attribute or a link naming the product, checked to yield the same id.
    for (const name of ID_ATTRIBUTES) {
      for (const el of Array.from(root.querySelectorAll(`[${name}="${productId}"]`))) {
        const row = rowOf(el);
        if (row) return row;
      }
    }
    for (const link of Array.from(root.querySelectorAll(`a[href*="${productId}"]`))) {
      const href = link.getAttribute('href') ?? '';
      if (idFromText(href, adapterHints.productIdPatterns ?? []) === productId || idFromText(href, HREF_ID_PATTERNS) === productId) {
        const row = rowOf(link);
        if (row) return row;
      }
    }
  }
  for (const table of scrapeTable(root, adapterHints)) {
    const hit = table.rows.find((row) => row.productId === productId);
    if (hit) return hit.rowElement;
  }
  return null;
}

function rowOf(el: Element): Element | null {
  for (let at: Element | null = el; at; at = at.parentElement) if (isRowLike(at) && !at.closest('thead')) return at;
  return null;
}
