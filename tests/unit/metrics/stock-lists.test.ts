import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { toCapturedRow } from '../../../lib/metrics/capture-rows';
import { scrapeTable } from '../../../lib/metrics/scrape-table';
import { tableHintsForUrl } from '../../../lib/sites';

// jsdom ships no types here; this is the one constructor shape the test uses.
const { JSDOM } = createRequire(import.meta.url)('jsdom') as { JSDOM: new (html: string, options: { url: string }) => { window: Window } };

function capture(url: string, file: string, currency: string) {
  const html = readFileSync(new URL(`../../fixtures/sites/${file}`, import.meta.url), 'utf8');
  const doc = new JSDOM(html, { url }).window.document;
  const rows = scrapeTable(doc.body, { ...tableHintsForUrl(url), currency }).flatMap((table) => table.rows.map(toCapturedRow));
  return new Map(rows.map((row) => [row.productId, row.metrics]));
}

describe('stock is read from the product and inventory lists by their own column names', () => {
  test('千牛 出售中的宝贝: 库存 is the stock; 30日销量 adds up 30 days and is not one day’s units', () => {
    const rows = capture('https://myseller.taobao.com/home.htm/SellManage/on_sale', 'myseller.taobao.com/home.htm/SellManage/on_sale.html', 'CNY');
    expect(rows.size).toBe(12);
    // Written from the page: 库存 column of each row.
    expect(rows.get('612345098712')).toEqual({ stock: 2860 });
    expect(rows.get('742198305561')).toEqual({ stock: 1860 });
    expect(rows.get('625518839027')).toEqual({ stock: 12400 });
    expect(rows.get('689012345671')).toEqual({ stock: 960 });
    expect([...rows.values()].every((m) => m.units === undefined)).toBe(true);
  });

  test('Amazon FBA inventory: Available is the stock, Inbound apart, Days of supply is the page’s own cover; Reserved and Unfulfillable are not sellable', () => {
    const rows = capture('https://sellercentral.amazon.com/inventory?viewId=FBA', 'sellercentral.amazon.com/inventory.html', 'USD');
    expect(rows.size).toBe(10);
    expect(rows.get('B0D3K2VN8P')).toEqual({ stock: 612, inboundStock: 2400, daysOfCover: 3 });
    expect(rows.get('B0CQ4V7K2M')).toEqual({ stock: 7420, inboundStock: 0, daysOfCover: 29 });
    expect(rows.get('B0CQ4WZ8LD')).toEqual({ stock: 5980, inboundStock: 1200, daysOfCover: 33 });
    // "--": Amazon has no forecast for it yet, so the page's cover is unknown, never 0.
    expect(rows.get('B0CX2N6RTY')).toEqual({ stock: 2480, inboundStock: 0, daysOfCover: null });
  });
});
