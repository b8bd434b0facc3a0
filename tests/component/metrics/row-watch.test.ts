import { dirtyRows, rowSignature, type RowMemo } from '../../../lib/metrics/row-watch-browser';
import { tableReaders } from '../../../lib/metrics/scrape-table';

/** Markup the test writes as a page would (parsed, then put in place). */
function setMarkup(el: Element, html: string): void {
  el.replaceChildren(...Array.from(new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body.childNodes));
}

const rows = (asinPrefix: string) => `
        <div role="row" data-id="${asinPrefix}1"><div role="gridcell"><a href="https://www.amazon.com/dp/${asinPrefix}1">${asinPrefix}1</a></div><div role="gridcell">120</div><div role="gridcell">7</div></div>
        <div role="row" data-id="${asinPrefix}2"><div role="gridcell"><a href="https://www.amazon.com/dp/${asinPrefix}2">${asinPrefix}2</a></div><div role="gridcell">80</div><div role="gridcell">3</div></div>`;

/** A small MUI-like grid: a header row, then recycled rows (each with an ASIN link and two numbers). */
function grid(): HTMLElement {
  setMarkup(
    document.body,
    `
    <div role="grid">
      <div role="row"><div role="columnheader">(Child) ASIN</div><div role="columnheader">Sessions - Total</div><div role="columnheader">Units Ordered</div></div>
      <div class="zone">
${rows('B0AAAAAAA')}
      </div>
    </div>
    <div class="elsewhere"></div>`,
  );
  return document.body;
}

/** The records a MutationObserver on the document delivers for `change`. */
async function recordsOf(change: () => void): Promise<MutationRecord[]> {
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((batch) => records.push(...batch));
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['data-id', 'href'] });
  change();
  await Promise.resolve();
  records.push(...observer.takeRecords());
  observer.disconnect();
  return records;
}

const notOurs = () => false;

describe('which rows a batch of page mutations touched', () => {
  test('a row the grid recycled for another product (new text, new id) is the one dirty row', async () => {
    const body = grid();
    const [reader] = tableReaders(body, { productIdHeaders: ['(Child) ASIN'] });
    const second = body.querySelectorAll('.zone [role="row"]')[1]!;
    const before = rowSignature(second);
    const records = await recordsOf(() => {
      second.setAttribute('data-id', 'B0BBBBBBB9');
      const link = second.querySelector('a')!;
      link.href = 'https://www.amazon.com/dp/B0BBBBBBB9';
      link.textContent = 'B0BBBBBBB9';
      second.children[1]!.textContent = '4,410';
    });
    const dirty = dirtyRows(records, [reader!], notOurs);
    expect([...(dirty.rows.get(reader!) ?? [])]).toEqual([second]);
    // It said so itself: its own data-id changed (the link's href does not count, it is not the row's).
    expect([...dirty.signalled]).toEqual([second]);
    expect(dirty.stale).toBe(false);
    expect(rowSignature(second)).not.toBe(before);
    expect(reader!.read(second.cloneNode(true) as Element)).toMatchObject({ productId: 'B0BBBBBBB9', metrics: { sessions: 4410, units: 3 } });
  });

  test("a row's signature follows its link, also a link put in after the row was first signed", () => {
    const row = document.createElement('div');
    row.append('B0FFFFFFF1 120');
    const bare = rowSignature(row);
    const link = document.createElement('a');
    link.href = 'https://www.amazon.com/dp/B0FFFFFFF1';
    row.append(link);
    const linked = rowSignature(row);
    expect(linked).not.toBe(bare);
    link.href = 'https://www.amazon.com/dp/B0FFFFFFF2';
    expect(rowSignature(row)).not.toBe(linked);
  });

  test('a page of rows replaced at once sweeps the table; our own badge in a row is not a change', async () => {
    const body = grid();
    const [reader] = tableReaders(body, { productIdHeaders: ['(Child) ASIN'] });
    const zone = body.querySelector('.zone')!;
    const replaced = await recordsOf(() => {
      setMarkup(zone, rows('B0CCCCCCC'));
    });
    expect(dirtyRows(replaced, [reader!], notOurs).rows.get(reader!)?.size).toBe(2);
    const badge = document.createElement('sidekick-badge');
    const ours = await recordsOf(() => zone.querySelector('[role="gridcell"]')!.append(badge));
    const dirty = dirtyRows(ours, [reader!], (node) => node === badge);
    expect(dirty.rows.size + dirty.sweep.size).toBe(0);
  });

  test('a new table appearing elsewhere, or the header redrawn, asks for the tables to be found again', async () => {
    const body = grid();
    const readers = tableReaders(body, { productIdHeaders: ['(Child) ASIN'] });
    const added = await recordsOf(() => {
      setMarkup(body.querySelector('.elsewhere')!, '<table><thead><tr><th>Sessions</th><th>Units Ordered</th></tr></thead><tbody></tbody></table>');
    });
    expect(dirtyRows(added, readers, notOurs)).toMatchObject({ stale: true, outside: true });
    const renamed = await recordsOf(() => {
      body.querySelector('[role="columnheader"]')!.textContent = '(Parent) ASIN';
    });
    expect(dirtyRows(renamed, readers, notOurs).stale).toBe(true);
    const dateOnly = await recordsOf(() => {
      body.querySelector('.elsewhere')!.textContent = 'Data for 2026-11-21';
    });
    expect(dirtyRows(dateOnly, readers, notOurs)).toMatchObject({ stale: false, outside: true });
  });

  test('only a change in, of or around a date element asks for the day to be searched for again', async () => {
    const body = grid();
    setMarkup(body.querySelector('.elsewhere')!, '<span class="pager">1–100 of 2,000</span><div class="br-dates">From <input type="date" name="fromDate" value="2026-11-20"><span class="label">Pacific Time</span></div><div class="slot"></div>');
    const readers = tableReaders(body, { productIdHeaders: ['(Child) ASIN'] });
    const pager = await recordsOf(() => {
      body.querySelector('.pager')!.textContent = '101–200 of 2,000';
    });
    expect(dirtyRows(pager, readers, notOurs)).toMatchObject({ outside: true, dates: false });
    const label = await recordsOf(() => {
      body.querySelector('.br-dates .label')!.textContent = 'UTC';
    });
    expect(dirtyRows(label, readers, notOurs)).toMatchObject({ outside: true, dates: true });
    const picker = await recordsOf(() => {
      setMarkup(body.querySelector('.slot')!, '<div class="MuiPickersPopper"><div class="MuiDateCalendar-root">21</div></div>');
    });
    expect(dirtyRows(picker, readers, notOurs).dates).toBe(true);
    const closed = await recordsOf(() => body.querySelector('.slot')!.replaceChildren());
    expect(dirtyRows(closed, readers, notOurs).dates).toBe(true);
    // Rows recycled inside the table are never a date change, whatever their text says.
    const row = body.querySelector('.zone [role="row"]')!;
    const inTable = await recordsOf(() => {
      row.children[1]!.textContent = '2026-11-21';
    });
    expect(dirtyRows(inTable, readers, notOurs)).toMatchObject({ outside: false, dates: false });
  });

  test('one entry per row however many of its cells changed, and a row seen in an earlier batch is not looked up again', async () => {
    const body = grid();
    const [reader] = tableReaders(body, { productIdHeaders: ['(Child) ASIN'] });
    const pool = Array.from(body.querySelectorAll('.zone [role="row"]'));
    const recycle = (asin: string) =>
      recordsOf(() => {
        pool.forEach((row, k) => {
          row.setAttribute('data-id', `${asin}${k}`);
          const link = row.querySelector('a')!;
          link.href = `https://www.amazon.com/dp/${asin}${k}`;
          link.textContent = `${asin}${k}`;
          row.children[1]!.textContent = String(10 + k);
          row.children[2]!.textContent = String(20 + k);
        });
      });
    const memo: RowMemo = new WeakMap();
    const isRow = vi.spyOn(reader!, 'isRow');
    const first = await recycle('B0DDDDDDD');
    expect(first.length).toBeGreaterThan(4 * pool.length); // a record per cell and attribute
    expect([...dirtyRows(first, [reader!], notOurs, memo).rows.get(reader!)!]).toEqual(pool);
    expect(isRow).toHaveBeenCalledTimes(pool.length);
    // The grid recycles the same elements for the next products: remembered, no walk, no query.
    const second = await recycle('B0EEEEEEE');
    expect([...dirtyRows(second, [reader!], notOurs, memo).rows.get(reader!)!]).toEqual(pool);
    expect(isRow).toHaveBeenCalledTimes(pool.length);
  });

  test('a row that shows new numbers without a new id of its own, or whose link alone changed, did not say so; a row added did', async () => {
    const body = grid();
    const [reader] = tableReaders(body, { productIdHeaders: ['(Child) ASIN'] });
    const [first, second] = Array.from(body.querySelectorAll('.zone [role="row"]'));
    const records = await recordsOf(() => {
      first!.children[1]!.textContent = '999';
      second!.querySelector('a')!.href = 'https://www.amazon.com/dp/B0CCCCCCC1';
    });
    const dirty = dirtyRows(records, [reader!], notOurs);
    expect(new Set(dirty.rows.get(reader!))).toEqual(new Set([first, second]));
    expect(dirty.signalled.size).toBe(0);
    const added = await recordsOf(() => {
      const row = first!.cloneNode(true) as Element;
      row.setAttribute('data-id', 'B0DDDDDDD1');
      body.querySelector('.zone')!.append(row);
    });
    const next = dirtyRows(added, [reader!], notOurs);
    const row = body.querySelector('[data-id="B0DDDDDDD1"]')!;
    expect([...next.signalled]).toEqual([row]);
  });
});
