import { RecordReplay } from '../../../lib/metrics/record-replay';
import { rowSignature, SHAPE_ATTRIBUTES } from '../../../lib/metrics/row-watch-browser';
import { tableReaders, type TableReader } from '../../../lib/metrics/scrape-table';

function setMarkup(el: Element, html: string): void {
  el.replaceChildren(...Array.from(new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body.childNodes));
}

/** A grid of two pooled rows, as MUI writes them: an ASIN link, two numbers, a value with its comparison. */
function grid(): { reader: TableReader; rows: Element[] } {
  setMarkup(
    document.body,
    `<div role="grid">
      <div role="row"><div role="columnheader">(Child) ASIN</div><div role="columnheader">Sessions - Total</div><div role="columnheader">Units Ordered</div></div>
      <div class="zone">
        <div role="row" data-id="B0AAAAAAA1" style="transform: translateY(0px)"><div role="gridcell"><a href="https://www.amazon.com/dp/B0AAAAAAA1">B0AAAAAAA1</a></div><div role="gridcell">120</div><div role="gridcell"><span>7</span><small>+2</small></div></div>
        <div role="row" data-id="B0AAAAAAA2"><div role="gridcell"><a href="https://www.amazon.com/dp/B0AAAAAAA2">B0AAAAAAA2</a></div><div role="gridcell">80</div><div role="gridcell"><span>3</span><small>-1</small></div></div>
      </div>
    </div>`,
  );
  const [reader] = tableReaders(document.body, { productIdHeaders: ['(Child) ASIN'] });
  return { reader: reader!, rows: Array.from(document.querySelectorAll('.zone [role="row"]')) };
}

/**
 * The page's changes, one batch each (what one MutationObserver callback receives), observed as the
 * capture observes: old values of texts and attributes kept.
 */
async function batchesOf(...changes: (() => void)[]): Promise<MutationRecord[][]> {
  const batches: MutationRecord[][] = [];
  const observer = new MutationObserver((batch) => batches.push(batch));
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true, characterDataOldValue: true, attributes: true, attributeOldValue: true, attributeFilter: SHAPE_ATTRIBUTES });
  for (const change of changes) {
    change();
    await Promise.resolve();
  }
  const rest = observer.takeRecords();
  if (rest.length) batches.push(rest);
  observer.disconnect();
  expect(batches).toHaveLength(changes.length);
  return batches;
}

/**
 * Each batch's rows as they stood at its end, rebuilt from the live DOM and the records (newest first,
 * a batch's records undone after its rows are read), as the capture does at idle time.
 */
function replayed(batches: MutationRecord[][], rowsOf: (batch: number) => Element[]): { copies: Element[][]; signatures: string[][]; replay: RecordReplay } {
  const replay = new RecordReplay();
  const copies: Element[][] = [];
  const signatures: string[][] = [];
  for (let k = batches.length - 1; k >= 0; k--) {
    copies[k] = rowsOf(k).map((row) => replay.copy(row));
    signatures[k] = rowsOf(k).map((row) => replay.signature(row));
    for (let i = batches[k]!.length - 1; i >= 0; i--) replay.undo(batches[k]![i]!);
  }
  return { copies, signatures, replay };
}

/** The grid writes a product into a pooled row the way React and plain scripts do: a text node replaced (textContent) or edited in place (nodeValue). */
function show(row: Element, asin: string, sessions: number, units: number, change: string): void {
  row.setAttribute('data-id', asin);
  (row as HTMLElement).style.transform = `translateY(${sessions % 300}px)`;
  const link = row.querySelector('a')!;
  link.href = `https://www.amazon.com/dp/${asin}`;
  link.textContent = asin; // replaced
  row.children[1]!.firstChild!.nodeValue = sessions.toLocaleString('en-US'); // edited
  row.querySelector('span')!.textContent = String(units); // replaced
  row.querySelector('small')!.firstChild!.nodeValue = change; // edited
}

const markup = (row: Element) => new XMLSerializer().serializeToString(row).replace(/ style="[^"]*"/, '');

describe('rows rebuilt from the records as they stood at the end of each batch', () => {
  test('a row recycled for three products in three batches before any replay: each product with its own cells, text replaced or edited', async () => {
    const { reader, rows } = grid();
    const row = rows[0]!;
    const shown: string[] = [];
    const batches = await batchesOf(
      ...[
        ['B0BBBBBBB1', 4410, 3, '+9'],
        ['B0CCCCCCC1', 9, 0, '-4'],
        ['B0DDDDDDD1', 1234, 56, '+0'],
      ].map(([asin, sessions, units, change]) => () => {
        show(row, asin as string, sessions as number, units as number, change as string);
        shown.push(markup(row));
      }),
    );
    const { copies, signatures, replay } = replayed(batches, () => [row]);
    expect(copies.map(([copy]) => markup(copy!))).toEqual(shown);
    expect(copies.map(([copy]) => reader.read(copy!)?.productId)).toEqual(['B0BBBBBBB1', 'B0CCCCCCC1', 'B0DDDDDDD1']);
    expect(reader.read(copies[0]![0]!)).toMatchObject({ metrics: { sessions: 4410, units: 3 } });
    expect(reader.read(copies[1]![0]!)).toMatchObject({ metrics: { sessions: 9, units: 0 } });
    expect(reader.read(copies[2]![0]!)).toMatchObject({ metrics: { sessions: 1234, units: 56 } });
    // The signature is the one the live row had then (rows read live and replayed share the list of rows seen).
    expect(signatures.map(([s]) => s)).toEqual(copies.map(([copy]) => rowSignature(copy!)));
    expect(signatures[2]![0]).toBe(rowSignature(row));
    expect(replay.inexact).toBe(0);
    // The page's rows are untouched: the replay is an overlay.
    expect(reader.read(row)).toMatchObject({ productId: 'B0DDDDDDD1', metrics: { sessions: 1234 } });
  });

  test('values carried by attributes (the id, the link), also an attribute taken away and put back', async () => {
    const { reader, rows } = grid();
    const row = rows[0]!;
    const link = row.querySelector('a')!;
    const cell = row.children[1]!;
    const batches = await batchesOf(
      () => {
        row.setAttribute('data-id', 'B0BBBBBBB2');
        link.setAttribute('href', 'https://www.amazon.com/dp/B0BBBBBBB2');
        cell.setAttribute('title', '6 sessions');
        cell.textContent = '6';
      },
      () => {
        row.removeAttribute('data-id');
        link.removeAttribute('href');
        cell.removeAttribute('title');
        cell.textContent = '7';
      },
      () => {
        row.setAttribute('data-id', 'B0BBBBBBB3');
        link.setAttribute('href', 'https://www.amazon.com/dp/B0BBBBBBB3');
        cell.setAttribute('title', '8 sessions');
        cell.textContent = '8';
      },
    );
    const { copies, signatures } = replayed(batches, () => [row]);
    const attributes = (copy: Element) => [copy.getAttribute('data-id'), copy.querySelector('a')!.getAttribute('href'), copy.children[1]!.getAttribute('title'), copy.children[1]!.textContent];
    expect(copies.map(([copy]) => attributes(copy!))).toEqual([
      ['B0BBBBBBB2', 'https://www.amazon.com/dp/B0BBBBBBB2', '6 sessions', '6'],
      [null, null, null, '7'],
      ['B0BBBBBBB3', 'https://www.amazon.com/dp/B0BBBBBBB3', '8 sessions', '8'],
    ]);
    // The link is part of what a row showed: the three states are three signatures.
    expect(new Set(signatures.map(([s]) => s)).size).toBe(3);
    expect(reader.read(copies[0]![0]!)).toMatchObject({ metrics: { sessions: 6 } });
    expect(reader.read(copies[2]![0]!)).toMatchObject({ metrics: { sessions: 8 } });
  });

  test('elements put in and taken out between batches: each batch has the children it had, in their places', async () => {
    const { rows } = grid();
    const row = rows[1]!;
    const units = row.children[2]!;
    const note = document.createElement('em');
    note.textContent = 'new';
    const batches = await batchesOf(
      () => {
        row.children[1]!.textContent = '81';
      },
      () => {
        units.insertBefore(note, units.lastElementChild); // between the number and its comparison
        units.firstElementChild!.textContent = '4';
      },
      () => {
        units.lastElementChild!.remove(); // the comparison goes
        note.firstChild!.nodeValue = 'newer';
        row.children[1]!.textContent = '82';
      },
      () => {
        row.remove(); // the row itself leaves the page
      },
    );
    const seen = [
      '<div xmlns="http://www.w3.org/1999/xhtml" role="row" data-id="B0AAAAAAA2"><div role="gridcell"><a href="https://www.amazon.com/dp/B0AAAAAAA2">B0AAAAAAA2</a></div><div role="gridcell">81</div><div role="gridcell"><span>3</span><small>-1</small></div></div>',
      '<div xmlns="http://www.w3.org/1999/xhtml" role="row" data-id="B0AAAAAAA2"><div role="gridcell"><a href="https://www.amazon.com/dp/B0AAAAAAA2">B0AAAAAAA2</a></div><div role="gridcell">81</div><div role="gridcell"><span>4</span><em>new</em><small>-1</small></div></div>',
      '<div xmlns="http://www.w3.org/1999/xhtml" role="row" data-id="B0AAAAAAA2"><div role="gridcell"><a href="https://www.amazon.com/dp/B0AAAAAAA2">B0AAAAAAA2</a></div><div role="gridcell">82</div><div role="gridcell"><span>4</span><em>newer</em></div></div>',
    ];
    const { copies, replay } = replayed(batches, (k) => (k < 3 ? [row] : []));
    expect(copies.slice(0, 3).map(([copy]) => markup(copy!))).toEqual(seen);
    expect(replay.inexact).toBe(0);
    // The zone had the row until the last batch took it out.
    const zone = document.querySelector('.zone')!;
    expect(Array.from(replay.childrenOf(zone)).filter((node) => node.nodeType === 1)).toHaveLength(2);
  });
});
