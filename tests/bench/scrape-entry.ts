import { scrapeTable } from '../../lib/metrics/scrape-table';

/** Runs in headless Chromium (see in-chromium.ts): builds big tables, times scrapeTable on them. */
const ROWS = 2000;
const SYCM_HEADERS = [
  '商品', '商品访客数', '商品浏览量', '平均停留时长', '商品详情页跳出率', '商品收藏人数', '商品加购件数', '商品加购人数', '下单买家数',
  '下单转化率', '支付买家数', '支付件数', '支付金额', '商品支付转化率', '访客平均价值', '成功退款金额', '搜索引导访客数', '搜索引导支付转化率', '操作',
];

function el(tag: string, className?: string, text?: string): HTMLElement {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function values(i: number): string[] {
  const v = (i * 7919) % 10000;
  return [
    (v * 3).toLocaleString('en-US'), (v * 5).toLocaleString('en-US'), (v % 60 + 0.74).toFixed(2), `${(v % 100) + 0.31}%`, String(v % 97),
    i % 13 ? String(v % 120) : '-', String(v % 89), String(v % 40), `${(v % 9) + 0.12}%`, String(v % 36), String(v % 41),
    (v * 11.5).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }), `${(v % 5) + 0.59}%`, (v % 30 + 0.09).toFixed(2),
    i % 7 ? '0.00' : '-', String(v % 512), `${(v % 4) + 0.1}%`,
  ];
}

function productCell(container: HTMLElement, i: number): void {
  const goods = el('div', 'goods');
  const link = el('a', undefined, `商品标题 ${i} 2026新款`);
  link.setAttribute('href', `https://item.taobao.com/item.htm?id=${600000000000 + i}`);
  goods.append(link, el('span', 'status', '出售中'));
  container.append(goods);
}

function sycmTable(): HTMLElement {
  const table = el('table', 'item-rank-table');
  const thead = el('thead');
  const headRow = el('tr');
  for (const h of SYCM_HEADERS) {
    const th = el('th');
    th.append(el('span', 'title', h), el('i', 'help', '?'));
    headRow.append(th);
  }
  thead.append(headRow);
  const tbody = el('tbody');
  for (let i = 0; i < ROWS; i++) {
    const tr = el('tr', 'rank-row');
    const first = el('td');
    productCell(first, i);
    tr.append(first);
    for (const value of values(i)) tr.append(el('td', undefined, value));
    tr.append(el('td', undefined, '商品温度计'));
    tbody.append(tr);
  }
  table.append(thead, tbody);
  return table;
}

/** antd v5 virtual table: header <table>, body rows are divs. */
function antdDivTable(): HTMLElement {
  const root = el('div', 'ant-table ant-table-virtual');
  const container = el('div', 'ant-table-container');
  const header = el('div', 'ant-table-header');
  const headTable = el('table');
  const thead = el('thead', 'ant-table-thead');
  const headRow = el('tr');
  for (const h of SYCM_HEADERS) {
    const th = el('th', 'ant-table-cell');
    th.append(el('span', 'ant-table-column-title', h));
    headRow.append(th);
  }
  thead.append(headRow);
  headTable.append(thead);
  header.append(headTable);
  const holder = el('div', 'ant-table-tbody-virtual-holder-inner');
  for (let i = 0; i < ROWS; i++) {
    const row = el('div', 'ant-table-row ant-table-row-level-0');
    const first = el('div', 'ant-table-cell');
    productCell(first, i);
    row.append(first);
    for (const value of values(i)) row.append(el('div', 'ant-table-cell', value));
    row.append(el('div', 'ant-table-cell', '详情'));
    holder.append(row);
  }
  const body = el('div', 'ant-table-tbody-virtual');
  body.append(holder);
  container.append(header, body);
  root.append(container);
  return root;
}

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Floor: reading every cell's textContent once, nothing else. */
function readAllText(): number {
  let chars = 0;
  for (const cell of Array.from(document.querySelectorAll('td, .ant-table-cell'))) chars += (cell.textContent ?? '').length;
  return chars;
}

function measure(name: string, build: () => HTMLElement) {
  const host = el('div');
  host.append(build());
  document.body.replaceChildren(host);
  const runs: number[] = [];
  const floor: number[] = [];
  const ratios: number[] = [];
  let rows = 0;
  let metrics = 0;
  // Interleaved with the floor so both see the same machine load; the first runs warm the JIT.
  for (let run = 0; run < 25; run++) {
    let start = performance.now();
    if (readAllText() < 0) throw new Error('unreachable');
    const floorMs = performance.now() - start;
    start = performance.now();
    const tables = scrapeTable(document);
    const elapsed = performance.now() - start;
    if (run < 4) continue;
    runs.push(elapsed);
    floor.push(floorMs);
    ratios.push(elapsed / floorMs);
    rows = tables.reduce((n, t) => n + t.rows.length, 0);
    metrics = tables.reduce((n, t) => n + t.rows.reduce((m, r) => m + Object.keys(r.metrics).length, 0), 0);
  }
  return {
    name,
    rows,
    metrics,
    runs: runs.length,
    medianMs: median(runs),
    minMs: Math.min(...runs),
    maxMs: Math.max(...runs),
    textContentFloorMs: median(floor),
    ratioToFloor: median(ratios),
  };
}

export default function run() {
  return [measure('生意参谋-like <table>, 2,000 rows × 19 columns', sycmTable), measure('antd virtual div rows, 2,000 rows × 19 columns', antdDivTable)];
}
