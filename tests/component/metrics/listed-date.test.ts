import { lifecycleStage } from '../../../lib/alerts/lifecycle';
import { listedDateOf } from '../../../lib/metrics/listed-date';

/** Written with DOMParser (the house rule keeps innerHTML out, tests included). */
function parse(html: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
}
function grid(html: string): Element[] {
  return Array.from(parse(html).querySelectorAll('[data-row]'));
}

describe('the listing date a row shows, for the lifecycle stage', () => {
  test("an Amazon inventory grid's Open Date column is read per row, month first on a US page", () => {
    const rows = grid(`
      <div role="grid">
        <div role="row"><span role="columnheader">ASIN</span><span role="columnheader">Sessions - Total</span><span role="columnheader">Open Date</span></div>
        <div role="row" data-row><span role="gridcell">B0D3K2VN8P</span><span role="gridcell">1,434</span><span role="gridcell">11/05/2026 14:02:17</span></div>
        <div role="row" data-row><span role="gridcell">B0C1LMPRTS</span><span role="gridcell">410</span><span role="gridcell">2023-03-07 06:31:22 PST</span></div>
        <div role="row" data-row><span role="gridcell">B0C1NODATE</span><span role="gridcell">88</span><span role="gridcell">-</span></div>
      </div>`);
    expect(rows.map((row) => listedDateOf(row))).toEqual(['2026-11-05', '2023-03-07', undefined]);
    expect(rows.map((row) => lifecycleStage({ listedDate: listedDateOf(row) }, '2026-11-20'))).toEqual(['promotion', 'mature', 'unknown']);
  });

  test('a UK page writes it day first', () => {
    const [row] = grid(`<table><thead><tr><th>SKU</th><th>Date Created</th></tr></thead><tbody><tr data-row><td>HP-1</td><td>05/11/2026</td></tr></tbody></table>`);
    expect(listedDateOf(row!, true)).toBe('2026-11-05');
    expect(listedDateOf(row!, false)).toBe('2026-05-11');
  });

  test('生意参谋 rows carry 发布时间 in the product cell; a 上架时间 column works too', () => {
    const [labelled] = grid(`<table><tr data-row><td><a>花漾烟酰胺亮肤精华液</a><p>发布时间：2024-09-20</p></td><td>8,879</td></tr></table>`);
    expect(listedDateOf(labelled!)).toBe('2024-09-20');
    const [column] = grid(`<table><thead><tr><th>商品</th><th>上架时间</th></tr></thead><tbody><tr data-row><td>花漾口红</td><td>2026年11月1日</td></tr></tbody></table>`);
    expect(listedDateOf(column!)).toBe('2026-11-01');
  });

  test('no listing date anywhere: unknown, so the product is not taken for new', () => {
    const [row] = grid(`<table><thead><tr><th>(Child) ASIN</th><th>Sessions - Total</th></tr></thead><tbody><tr data-row><td>B0D3K2VN8P</td><td>1,434</td></tr></tbody></table>`);
    expect(listedDateOf(row!)).toBeUndefined();
    expect(lifecycleStage({ listedDate: listedDateOf(row!) }, '2026-11-20')).toBe('unknown');
  });

  test('a header row the page re-rendered is read afresh', () => {
    const doc = parse(`<table><thead><tr><th>SKU</th><th>Sessions</th></tr></thead><tbody><tr data-row><td>HP-1</td><td>2026-11-05</td></tr></tbody></table>`);
    const row = doc.querySelector('[data-row]')!;
    expect(listedDateOf(row)).toBeUndefined();
    doc.querySelector('thead')!.replaceChildren(parse('<table><thead><tr><th>SKU</th><th>Open Date</th></tr></thead></table>').querySelector('tr')!);
    expect(listedDateOf(row)).toBe('2026-11-05');
  });
});
