/** Markup snippets shaped like each dashboard's metric table (trimmed to what the scraper reads). */

const sycmHeaders = [
  '商品', '商品访客数', '商品浏览量', '平均停留时长', '商品详情页跳出率', '商品收藏人数', '商品加购件数', '商品加购人数',
  '下单买家数', '下单转化率', '支付买家数', '支付件数', '支付金额', '商品支付转化率', '访客平均价值', '成功退款金额',
  '搜索引导访客数', '搜索引导支付转化率', '操作',
];

export interface SycmRow {
  id: string;
  title: string;
  values: string[];
}

/** 生意参谋 商品排行: a plain <table>, money without ¥, "-" for no data, the id only in the link. */
export function sycmTable(rows: SycmRow[], headers = sycmHeaders): string {
  const head = headers.map((h) => `<th><span class="title">${h}</span><i class="help">?</i></th>`).join('');
  const body = rows
    .map(
      (row) =>
        `<tr class="rank-row"><td><div class="goods"><a href="https://item.taobao.com/item.htm?id=${row.id}" title="${row.title}">${row.title}</a><span class="status">出售中</span></div></td>` +
        row.values.map((v) => `<td>${v}</td>`).join('') +
        '<td><a href="#">商品温度计</a></td></tr>',
    )
    .join('');
  return `<div class="sycm-item-rank"><table class="item-rank-table"><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>`;
}

export const SYCM_ROWS: SycmRow[] = [
  { id: '623456789012', title: '2026新款法式连衣裙', values: ['1,391', '4,210', '15.74', '62.31%', '88', '120', '97', '40', '4.12%', '36', '41', '34,895.00', '2.59%', '25.09', '1,200.00', '512', '3.10%'] },
  { id: '623456789013', title: '针织开衫女', values: ['207', '391', '8.20', '71.00%', '3', '-', '5', '-', '-', '0', '0', '0.00', '0.00%', '0.00', '-', '33', '-'] },
];

/** 京东商智 in antd v4 with a fixed header: header and body are two <table>s, plus a measure row. */
export function jdAntdTable(): string {
  const headers = ['SKU', 'SKU名称', '成交金额', '成交商品件数', '成交单量', '成交客户数', '商品访客数', '商品浏览量', '搜索曝光次数', '搜索点击次数', '加购客户数', '成交转化率'];
  const th = headers
    .map((h) => `<th class="ant-table-cell ant-table-column-has-sorters"><div class="ant-table-column-sorters"><span class="ant-table-column-title">${h}</span><span class="ant-table-column-sorter"><span role="img" aria-label="caret-up"></span></span></div></th>`)
    .join('');
  const rows = [
    ['100012345678', '京东自营 保温杯 500ml', '¥12,345.60', '210', '198', '190', '5,012', '9,800', '120,000', '4,500', '620', '3.79%'],
    ['100012345679', '保温杯 1L', '--', '--', '--', '--', '80', '95', '1,000', '20', '2', '0.00%'],
  ];
  const tr = rows
    .map(
      ([sku, ...cells]) =>
        `<tr data-row-key="${sku}" class="ant-table-row ant-table-row-level-0"><td class="ant-table-cell">${sku}</td>` +
        cells.map((c) => `<td class="ant-table-cell">${c}</td>`).join('') +
        '</tr>',
    )
    .join('');
  return `<div class="ant-table-wrapper"><div class="ant-spin-nested-loading"><div class="ant-spin-container">
  <div class="ant-table ant-table-fixed-header"><div class="ant-table-container">
    <div class="ant-table-header" style="overflow: hidden;"><table style="table-layout: fixed;"><colgroup></colgroup>
      <thead class="ant-table-thead"><tr>${th}<th class="ant-table-cell ant-table-cell-scrollbar"></th></tr></thead></table></div>
    <div class="ant-table-body" style="max-height: 400px; overflow-y: scroll;"><table style="table-layout: fixed;"><colgroup></colgroup>
      <tbody class="ant-table-tbody"><tr aria-hidden="true" class="ant-table-measure-row"><td style="padding:0"></td></tr>${tr}</tbody></table></div>
  </div></div></div></div></div>`;
}

/** Shopify-like ARIA grid: role=row/columnheader/gridcell, id in a /products/ link. */
export function shopifyGrid(): string {
  const headers = ['Product', 'Sessions', 'Conversion rate', 'Total sales', 'Average order value', 'Added to cart', 'Reached checkout'];
  const rows = [
    ['7012345678901', 'Linen shirt', '1,204', '2.1%', '$1,234.56', '$48.80', '96', '40'],
    ['7012345678902', 'Canvas tote', '88', '0%', '$0.00', '-', '3', '0'],
  ];
  return `<div role="grid" aria-label="Products"><div role="rowgroup"><div role="row">${headers.map((h) => `<div role="columnheader"><button>${h}</button></div>`).join('')}</div></div>
  <div role="rowgroup">${rows
    .map(
      ([id, title, ...cells]) =>
        `<div role="row"><div role="gridcell"><a href="/store/demo/products/${id}">${title}</a></div>${cells.map((c) => `<div role="gridcell">${c}</div>`).join('')}</div>`,
    )
    .join('')}</div></div>`;
}

/** 抖店 电商罗盘 商品列表: div rows, each metric cell holds the value and its comparison. */
export function compassDivTable(): string {
  const headers = ['商品', '成交金额', '用户支付金额', '成交订单数', '成交人数', '商品曝光人数', '商品点击人数', '商品曝光-点击转化率（人数）', '商品点击-成交转化率(人数)'];
  const rows = [
    ['3581234567890123456', '【官方】洗面奶', ['¥8.90', '171.34%'], ['¥8.50', '160.00%'], ['3', '50.00%'], ['3', '50.00%'], ['1,204', '-3.10%'], ['291', '12.00%'], ['24.38%', '10.47%'], ['1.03%', '-2.00%']],
    ['3581234567890123457', '补水面膜', ['¥0.00', '-'], ['-', ''], ['0', '-'], ['0', '-'], ['12', '20.00%'], ['1', '0.00%'], ['8.33%', '-'], ['0%', '-']],
  ] as const;
  const cell = ([value, compare]: readonly [string, string]) =>
    `<div class="ecom-table-cell"><div class="metric"><span class="metric-value">${value}</span><div class="metric-compare"><span>较前一日</span><span class="num">${compare}</span></div></div></div>`;
  // No whitespace between value and comparison: textContent runs them together ("350.00%").
  const runTogether = ([value, compare]: readonly [string, string]) =>
    `<div class="ecom-table-cell"><div class="cell-text"><span>${value}</span><span class="cmp">${compare}</span></div></div>`;
  return `<div class="ecom-table ecom-table-scroll">
    <div class="ecom-table-header"><div class="ecom-table-header-row">${headers
      .map((h) => `<div class="ecom-table-header-cell">${h}<span class="ecom-icon-question"></span></div>`)
      .join('')}</div></div>
    <div class="ecom-table-body">${rows
      .map(
        ([id, title, ...metrics]) =>
          `<div class="ecom-table-row" data-row-key="${id}"><div class="ecom-table-cell"><div class="product"><img src="data:," alt=""><div class="name">${title}</div><div class="id">ID: ${id}</div></div></div>` +
          metrics.map((m, i) => (i % 2 ? runTogether(m) : cell(m))).join('') +
          '</div>',
      )
      .join('')}</div></div>`;
}

/** Amazon Business Reports (Detail Page Sales and Traffic by Child Item), with the B2B twins first. */
export function amazonReport(): string {
  const headers = [
    '(Parent) ASIN', '(Child) ASIN', 'Title', 'Sessions - Total - B2B', 'Sessions - Total', 'Sessions - Mobile App', 'Page Views - Total',
    'Page Views - Total - B2B', 'Featured Offer (Buy Box) Percentage', 'Featured Offer (Buy Box) Percentage - B2B', 'Units Ordered',
    'Units Ordered - B2B', 'Unit Session Percentage', 'Ordered Product Sales', 'Ordered Product Sales - B2B', 'Total Order Items', 'Total Order Items - B2B',
  ];
  const rows = [
    ['B0PARENT01', 'B0C1234567', 'Stainless Water Bottle 32oz', '7', '2,900', '2,100', '4,020', '9', '98.5%', '100%', '310', '4', '10.69%', '$7,746.90', '$99.96', '301', '4'],
    ['B0PARENT01', 'B0C7654321', 'Stainless Water Bottle 18oz', '0', '120', '100', '150', '0', '0.69%', '0%', '1', '0', '0.83%', '$24.99', '$0.00', '1', '0'],
  ];
  return `<kat-table-wrapper><table class="css-report-table" role="table"><thead><tr>${headers.map((h) => `<th role="columnheader"><span>${h}</span><span class="sort">↑↓</span></th>`).join('')}</tr></thead>
  <tbody>${rows
    .map(
      ([parent, child, title, ...cells]) =>
        `<tr><td><a href="https://www.amazon.com/dp/${parent}">${parent}</a></td><td><a href="https://www.amazon.com/dp/${child}">${child}</a></td><td>${title}</td>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`,
    )
    .join('')}</tbody></table></kat-table-wrapper>`;
}

/** Parses fixture markup into a detached document (our own static strings, never page text). */
export function parse(html: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><body>${html}</body></html>`, 'text/html');
}
