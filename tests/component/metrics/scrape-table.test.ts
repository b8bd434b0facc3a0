import { findProductRow, scrapeTable } from '../../../lib/metrics/scrape-table';
import { amazonReport, compassDivTable, jdAntdTable, parse, shopifyGrid, SYCM_ROWS, sycmTable } from './fixtures';

describe('生意参谋 商品排行 (plain table)', () => {
  const doc = parse(sycmTable(SYCM_ROWS));
  const [table, ...others] = scrapeTable(doc);

  test('one table, rows keyed by the item id in the link', () => {
    expect(others).toHaveLength(0);
    expect(table!.kind).toBe('table');
    expect(table!.rows.map((r) => r.productId)).toEqual(['623456789012', '623456789013']);
    expect(table!.rows[0]!.title).toBe('2026新款法式连衣裙');
    expect(table!.rows[0]!.rowElement.tagName).toBe('TR');
  });

  test('metrics read by header, rates as fractions, money without ¥', () => {
    expect(table!.rows[0]!.metrics).toEqual({
      visitors: 1391,
      pageViews: 4210,
      favorites: 88,
      addToCartUsers: 97,
      buyers: 36,
      units: 41,
      gmv: 34895,
      conversionRate: 0.0259,
      refundAmount: 1200,
    });
  });

  test('known-but-not-stored columns stay out (停留时长, 跳出率, 下单, 搜索引导)', () => {
    const known = table!.columns.filter((c) => c.match && 'known' in c.match).map((c) => c.header);
    expect(known).toEqual(expect.arrayContaining(['平均停留时长?', '商品详情页跳出率?', '下单转化率?', '搜索引导访客数?']));
  });

  test('"-" is null with a reason, "0" is 0', () => {
    const quiet = table!.rows[1]!;
    expect(quiet.metrics.addToCartUsers).toBe(5);
    expect(quiet.metrics.refundAmount).toBeNull();
    expect(quiet.unreadable?.refundAmount).toBe('no data');
    expect(quiet.metrics.buyers).toBe(0);
    expect(quiet.metrics.gmv).toBe(0);
  });

  test('a column moved and renamed to a synonym still reads', () => {
    const headers = ['商品', '支付金额', '访客数', '浏览量', '支付转化率', '加购人数', '客单价'];
    const moved = parse(
      sycmTable([{ id: '623456789012', title: 'x', values: ['¥34,895.00', '1,391', '4,210', '2.59%', '97', '¥969.31'] }], headers),
    );
    expect(scrapeTable(moved)[0]!.rows[0]!.metrics).toEqual({
      gmv: 34895,
      visitors: 1391,
      pageViews: 4210,
      conversionRate: 0.0259,
      addToCartUsers: 97,
      aov: 969.31,
    });
    expect(scrapeTable(moved)[0]!.rows[0]!.currency).toBe('CNY');
  });
});

describe('京东商智 (antd, header and body in separate tables)', () => {
  const [table, ...others] = scrapeTable(parse(jdAntdTable()));

  test('finds the body rows under the split header, skipping the measure row', () => {
    expect(others).toHaveLength(0);
    expect(table!.kind).toBe('component');
    expect(table!.root.classList.contains('ant-table-container')).toBe(true);
    expect(table!.rows.map((r) => r.productId)).toEqual(['100012345678', '100012345679']);
    expect(table!.skippedRows).toBe(0);
  });

  test('reads JD columns', () => {
    expect(table!.rows[0]!.metrics).toMatchObject({
      gmv: 12345.6,
      units: 210,
      orders: 198,
      buyers: 190,
      visitors: 5012,
      pageViews: 9800,
      impressions: 120000,
      clicks: 4500,
      addToCartUsers: 620,
      conversionRate: 0.0379,
    });
    expect(table!.rows[0]!.title).toBe('京东自营 保温杯 500ml');
    expect(table!.rows[1]!.metrics.gmv).toBeNull();
  });
});

describe('ARIA grid (Shopify-like)', () => {
  const [table] = scrapeTable(parse(shopifyGrid()));

  test('role=row rows, id from /products/ link', () => {
    expect(table!.kind).toBe('aria');
    expect(table!.rows[0]!.rowElement.getAttribute('role')).toBe('row');
    expect(table!.rows.map((r) => r.productId)).toEqual(['7012345678901', '7012345678902']);
    expect(table!.rows[0]!.metrics).toEqual({ sessions: 1204, conversionRate: 0.021, gmv: 1234.56, aov: 48.8, addToCartUsers: 96 });
    expect(table!.currency).toBe('USD');
    expect(table!.rows[1]!.metrics.aov).toBeNull();
  });

  test('virtualized columns are placed by aria-colindex', () => {
    const doc = parse(`<div role="grid"><div role="row">
      <div role="columnheader" aria-colindex="1">Product</div><div role="columnheader" aria-colindex="2">Sessions</div><div role="columnheader" aria-colindex="3">Total sales</div></div>
      <div role="row"><div role="gridcell" aria-colindex="1"><a href="/products/42424242">A</a></div><div role="gridcell" aria-colindex="3">$5.00</div></div></div>`);
    expect(scrapeTable(doc)[0]!.rows[0]!.metrics).toEqual({ sessions: null, gmv: 5 });
  });
});

describe('抖店 电商罗盘 (div rows, value and comparison in one cell)', () => {
  const [table] = scrapeTable(parse(compassDivTable()));

  test('reads the value, not the comparison, whether nested or run together', () => {
    expect(table!.kind).toBe('div');
    expect(table!.rows[0]!.productId).toBe('3581234567890123456');
    expect(table!.rows[0]!.rowElement.classList.contains('ecom-table-row')).toBe(true);
    expect(table!.rows[0]!.metrics).toEqual({
      gmv: 8.9,
      orders: 3,
      buyers: 3,
      impressions: 1204,
      clicks: 291,
      ctr: 0.2438,
      conversionRate: 0.0103,
    });
  });

  test('用户支付金额 yields to 成交金额 for gmv', () => {
    const used = table!.columns.filter((c) => c.used).map((c) => c.header);
    expect(used).toContain('成交金额');
    expect(used).not.toContain('用户支付金额');
  });

  test('a quiet product: zeros are zeros', () => {
    expect(table!.rows[1]!.metrics).toMatchObject({ gmv: 0, orders: 0, ctr: 0.0833, conversionRate: 0 });
  });
});

describe('Amazon Business Report', () => {
  const [table] = scrapeTable(parse(amazonReport()));

  test('child ASIN is the product; B2B twins and channel sessions are not read as the metric', () => {
    expect(table!.rows.map((r) => r.productId)).toEqual(['B0C1234567', 'B0C7654321']);
    expect(table!.rows[0]!.metrics).toEqual({
      sessions: 2900,
      pageViews: 4020,
      buyBoxRate: 0.985,
      units: 310,
      conversionRate: 0.1069,
      gmv: 7746.9,
      orders: 301,
    });
    expect(table!.rows[0]!.title).toBe('Stainless Water Bottle 32oz');
  });
});

describe('peers and odd rows', () => {
  test('同行平均 / 同行优秀 after a metric hold that metric’s peer figures', () => {
    const doc = parse(`<table><thead><tr><th>商品ID</th><th>支付转化率</th><th>同行平均</th><th>同行优秀</th><th>访客数</th></tr></thead>
      <tbody><tr><td>5550001</td><td>1.00%</td><td>3.00%</td><td>8.20%</td><td>300</td></tr></tbody></table>`);
    const row = scrapeTable(doc)[0]!.rows[0]!;
    expect(row.metrics).toEqual({ conversionRate: 0.01, visitors: 300 });
    expect(row.peer).toEqual({ conversionRate: 0.03 });
    expect(row.peerTop).toEqual({ conversionRate: 0.082 });
  });

  test('a grouped header (支付转化率 over 本店 / 同行平均) reads both', () => {
    const doc = parse(`<table><thead>
      <tr><th rowspan="2">商品ID</th><th colspan="2">支付转化率</th><th rowspan="2">访客数</th></tr>
      <tr><th>本店</th><th>同行平均</th></tr></thead>
      <tbody><tr><td>5550001</td><td>1.00%</td><td>3.00%</td><td>300</td></tr></tbody></table>`);
    const row = scrapeTable(doc)[0]!.rows[0]!;
    expect(row.metrics).toEqual({ conversionRate: 0.01, visitors: 300 });
    expect(row.peer).toEqual({ conversionRate: 0.03 });
  });

  test('rows without a product id (合计) are skipped and counted', () => {
    const doc = parse(`<table><thead><tr><th>商品</th><th>访客数</th><th>支付金额</th></tr></thead>
      <tbody><tr><td>合计</td><td>400</td><td>100.00</td></tr>
      <tr><td><a href="/item.htm?itemId=888777666">A</a></td><td>300</td><td>90.00</td></tr></tbody></table>`);
    const table = scrapeTable(doc)[0]!;
    expect(table.rows.map((r) => r.productId)).toEqual(['888777666']);
    expect(table.skippedRows).toBe(1);
  });

  test('a table without a header row (<th> in the first row) still reads', () => {
    const doc = parse(`<table><tr><th>SKU</th><th>Sessions</th><th>Units Ordered</th></tr><tr><td>SKU-00042</td><td>10</td><td>2</td></tr></table>`);
    expect(scrapeTable(doc)[0]!.rows[0]).toMatchObject({ productId: 'SKU-00042', metrics: { sessions: 10, units: 2 } });
  });

  test('only one vocabulary header is not a metric table', () => {
    const doc = parse(`<table><thead><tr><th>订单号</th><th>支付金额</th><th>状态</th></tr></thead><tbody><tr><td>123456</td><td>9.90</td><td>已付款</td></tr></tbody></table>`);
    expect(scrapeTable(doc)).toEqual([]);
  });

  test('adapter hints: a named id column and an id pattern', () => {
    const doc = parse(`<table><thead><tr><th>货号</th><th>访客数</th><th>支付件数</th></tr></thead><tbody><tr><td>款号 AB-12</td><td>3</td><td>1</td></tr></tbody></table>`);
    const rows = scrapeTable(doc, { productIdHeaders: ['货号'], productIdPatterns: [/款号\s*([\w-]+)/] })[0]!.rows;
    expect(rows[0]!.productId).toBe('AB-12');
  });

  test('antd v3 fixed-left duplicates are not read twice', () => {
    const side = (cls: string, cols: string[]) =>
      `<div class="${cls}"><div class="ant-table-header"><table><thead class="ant-table-thead"><tr>${cols.map((c) => `<th>${c}</th>`).join('')}</tr></thead></table></div>
       <div class="ant-table-body"><table><tbody class="ant-table-tbody"><tr class="ant-table-row" data-row-key="700000001">${cols.map((_, i) => `<td>${['<a href="?id=700000001">A</a>', '12', '3.00%'][i]}</td>`).join('')}</tr></tbody></table></div></div>`;
    const doc = parse(`<div class="ant-table ant-table-scroll-position-left">${side('ant-table-scroll', ['商品', '访客数', '支付转化率'])}${side('ant-table-fixed-left', ['商品', '访客数', '支付转化率'])}</div>`);
    const tables = scrapeTable(doc);
    expect(tables).toHaveLength(1);
    expect(tables[0]!.rows).toHaveLength(1);
  });

  test('a scrambled-font decoder turns glyphs into digits, and a failure is null with the reason', () => {
    const doc = parse(`<table><thead><tr><th>商品ID</th><th>商品访客数</th><th>成交金额</th></tr></thead>
      <tbody><tr><td>40001</td><td>\ue001\ue002</td><td>\ue003.\ue009</td></tr></tbody></table>`);
    const decode = (text: string) => {
      const map: Record<string, string> = { '\ue001': '4', '\ue002': '2', '\ue003': '7' };
      let out = '';
      for (const c of text) {
        if (map[c]) out += map[c];
        else if (c === '.') out += c;
        else if (c.charCodeAt(0) >= 0xe000) return null;
        else out += c;
      }
      return out;
    };
    const row = scrapeTable(doc, { decode })[0]!.rows[0]!;
    expect(row.metrics).toEqual({ visitors: 42, gmv: null });
    expect(row.unreadable?.gmv).toMatch(/scrambled/);
  });
});

describe('findProductRow', () => {
  test('finds the row again after the table re-sorts and re-renders', () => {
    const doc = parse(sycmTable(SYCM_ROWS));
    const before = findProductRow(doc, '623456789013');
    expect(before?.textContent).toContain('针织开衫女');
    const rerendered = parse(sycmTable([...SYCM_ROWS].reverse()));
    const after = findProductRow(rerendered, '623456789013');
    expect(after?.tagName).toBe('TR');
    expect(after?.textContent).toContain('针织开衫女');
    expect(after).not.toBe(before);
  });

  test('by data-row-key, by ASIN link, and null when gone', () => {
    expect(findProductRow(parse(jdAntdTable()), '100012345679')?.getAttribute('data-row-key')).toBe('100012345679');
    expect(findProductRow(parse(compassDivTable()), '3581234567890123457')?.className).toBe('ecom-table-row');
    expect(findProductRow(parse(amazonReport()), 'B0C7654321')?.textContent).toContain('18oz');
    expect(findProductRow(parse(amazonReport()), 'B0NOTHERE0')).toBeNull();
  });

  test('through the scraper when only the id column text names it', () => {
    const doc = parse(`<table><thead><tr><th>商品ID</th><th>访客数</th><th>支付件数</th></tr></thead><tbody><tr><td>5550001</td><td>3</td><td>1</td></tr></tbody></table>`);
    expect(findProductRow(doc, '5550001')?.tagName).toBe('TR');
  });
});

describe('ids printed as text', () => {
  test('"ID: …" under the title is the product id when nothing else names it', () => {
    const doc = parse(`<div class="ecom-table"><div class="ecom-table-header"><div class="ecom-table-header-row"><div>商品</div><div>成交金额</div><div>成交人数</div></div></div>
      <div class="ecom-table-body"><div class="ecom-table-row"><div><div class="name">洗面奶</div><div class="id">ID：3581000000000000001</div></div><div>¥1.00</div><div>1</div></div>
      <div class="ecom-table-row"><div><div class="name">Price 12345678 yuan</div></div><div>¥1.00</div><div>1</div></div></div></div>`);
    const table = scrapeTable(doc)[0]!;
    expect(table.rows.map((r) => r.productId)).toEqual(['3581000000000000001']);
    expect(table.skippedRows).toBe(1);
  });

  test('a table nested inside a cell does not add rows', () => {
    const doc = parse(`<table><thead><tr><th>商品ID</th><th>访客数</th><th>支付件数</th><th>SKU明细</th></tr></thead><tbody>
      <tr><td>5550001</td><td>3</td><td>1</td><td><table><tbody><tr><td>5550009</td><td>9</td><td>9</td></tr></tbody></table></td></tr></tbody></table>`);
    const rows = scrapeTable(doc)[0]!.rows;
    expect(rows.map((r) => r.productId)).toEqual(['5550001']);
    expect(rows[0]!.metrics).toEqual({ visitors: 3, units: 1 });
  });
});

describe('more dashboard shapes', () => {
  test('千牛 coupon list: rows keyed by coupon id, 发行量 is not the issued count', () => {
    const doc = parse(`<table><thead><tr><th>优惠券名称</th><th>类型</th><th>发行量</th><th>领取量</th><th>使用量</th><th>使用率</th><th>操作</th></tr></thead><tbody>
      <tr data-coupon-id="2026111100001"><td>双11 满200减30</td><td>店铺券</td><td>20,000</td><td>16,842</td><td>7,311</td><td>43.41%</td><td><a href="#">数据</a></td></tr></tbody></table>`);
    const row = scrapeTable(doc)[0]!.rows[0]!;
    expect(row).toMatchObject({ productId: '2026111100001', title: '双11 满200减30' });
    expect(row.metrics).toEqual({ couponIssued: 16842, couponUsed: 7311, couponRedemptionRate: 0.4341 });
  });

  test('Amazon: the child ASIN wins over the seller SKU column', () => {
    const doc = parse(`<div role="grid"><div role="row"><div role="columnheader">(Parent) ASIN</div><div role="columnheader">(Child) ASIN</div><div role="columnheader">Title</div><div role="columnheader">SKU</div><div role="columnheader">Sessions - Total</div><div role="columnheader">Units Ordered</div></div>
      <div role="row" data-asin="B0CQ4V7K2M"><div role="gridcell">B0PARENT01</div><div role="gridcell"><a href="https://www.amazon.com/dp/B0CQ4V7K2M">B0CQ4V7K2M</a></div><div role="gridcell">Bottle</div><div role="gridcell">HP-BTL-32-SLT</div><div role="gridcell">1,434</div><div role="gridcell">230</div></div></div>`);
    expect(scrapeTable(doc)[0]!.rows[0]).toMatchObject({ productId: 'B0CQ4V7K2M', title: 'Bottle', metrics: { sessions: 1434, units: 230 } });
  });

  test('京东商智: with no title column the name beside the SKU link is the title', () => {
    const doc = parse(`<table><thead><tr><th>SKU</th><th>成交金额</th><th>商品访客数</th></tr></thead><tbody>
      <tr><td><a href="https://item.jd.com/100068823451.html">100068823451</a><span class="sku-name" title="保温杯 500ml">保温杯 500ml</span></td><td>¥42,261.70</td><td>8,816</td></tr></tbody></table>`);
    expect(scrapeTable(doc)[0]!.rows[0]).toMatchObject({ productId: '100068823451', title: '保温杯 500ml', metrics: { gmv: 42261.7, visitors: 8816 } });
  });
});

test('adapter id headers rank in the order the adapter lists them', () => {
  const doc = parse(`<table><thead><tr><th>(Parent) ASIN</th><th>(Child) ASIN</th><th>Sessions - Total</th><th>Units Ordered</th></tr></thead><tbody>
    <tr><td>B0PARENT01</td><td>B0CHILD001</td><td>10</td><td>1</td></tr><tr><td>B0PARENT01</td><td>B0CHILD002</td><td>20</td><td>2</td></tr></tbody></table>`);
  const rows = scrapeTable(doc, { productIdHeaders: ['(Child) ASIN', '(Parent) ASIN'] })[0]!.rows;
  expect(rows.map((r) => r.productId)).toEqual(['B0CHILD001', 'B0CHILD002']);
});
