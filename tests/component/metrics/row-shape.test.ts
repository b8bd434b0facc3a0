import { noteAttribute, readRowText, rebuildRow, takeShape, wasLeaf } from '../../../lib/metrics/row-shape';
import { dirtyRows, SHAPE_ATTRIBUTES } from '../../../lib/metrics/row-watch-browser';
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

async function recordsOf(change: () => void): Promise<MutationRecord[]> {
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((batch) => records.push(...batch));
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: SHAPE_ATTRIBUTES });
  change();
  await Promise.resolve();
  records.push(...observer.takeRecords());
  observer.disconnect();
  return records;
}

/** The grid recycles `row` for another product: new texts, id and link, and a new transform. */
function recycle(row: Element, asin: string, sessions: string, units: string): void {
  row.setAttribute('data-id', asin);
  (row as HTMLElement).style.transform = 'translateY(36px)';
  const link = row.querySelector('a')!;
  link.href = `https://www.amazon.com/dp/${asin}`;
  link.textContent = asin;
  row.children[1]!.textContent = sessions;
  row.querySelector('span')!.textContent = units;
  row.querySelector('small')!.firstChild!.nodeValue = '+9';
}

const notOurs = () => false;
/** A row's markup without its style (a grid's transform, which the reader never reads). */
const markup = (row: Element) => new XMLSerializer().serializeToString(row).replace(/ style="[^"]*"/, '');

describe("a recycled row kept as its shape's texts", () => {
  test('rebuilt at idle time, it is the row as it stood when read, whatever the page did to it since', async () => {
    const { reader, rows } = grid();
    const row = rows[0]!;
    const shape = takeShape(row);
    const shown: string[] = [];
    const kept = [];
    for (const [asin, sessions, units] of [
      ['B0BBBBBBB1', '4,410', '12'],
      ['B0CCCCCCC1', '9', '0'],
    ] as const) {
      const records = await recordsOf(() => recycle(row, asin, sessions, units));
      const dirty = dirtyRows(records, [reader], notOurs);
      // Texts and attributes only: the shape still holds.
      expect(dirty.reshaped.size).toBe(0);
      for (const [inRow, el, name] of dirty.attributes) {
        expect(inRow).toBe(row);
        expect(noteAttribute(shape, el, name)).toBe(true);
      }
      kept.push(readRowText(shape));
      shown.push(markup(row.cloneNode(true) as Element));
    }
    // The expected rows are copies of the live row taken when it was shown, not anything the shape computed.
    kept.forEach((text, i) => expect(markup(rebuildRow(text))).toBe(shown[i]));
    expect(reader.read(rebuildRow(kept[0]!))).toMatchObject({ productId: 'B0BBBBBBB1', metrics: { sessions: 4410, units: 12 } });
    expect(reader.read(rebuildRow(kept[1]!))).toMatchObject({ productId: 'B0CCCCCCC1', metrics: { sessions: 9, units: 0 } });
    // The shape's own copy is never changed by a rebuild.
    expect(shape.copy.getAttribute('data-id')).toBe('B0AAAAAAA1');
  });

  test('an element put in or taken out of a row, text beside an element, or the row put back, is a new shape', async () => {
    const { reader, rows } = grid();
    const [row, other] = rows as [Element, Element];
    const shape = takeShape(row);
    const leafOf = (inRow: Element, el: Element) => (inRow === row ? (wasLeaf(shape, el) ?? false) : undefined);
    const added = await recordsOf(() => row.children[1]!.append(document.createElement('b')));
    expect([...dirtyRows(added, [reader], notOurs, new WeakMap(), leafOf).reshaped]).toEqual([row]);
    const beside = await recordsOf(() => row.children[2]!.append('%'));
    expect([...dirtyRows(beside, [reader], notOurs, new WeakMap(), leafOf).reshaped]).toEqual([row]);
    const removed = await recordsOf(() => row.querySelector('small')!.remove());
    expect([...dirtyRows(removed, [reader], notOurs, new WeakMap(), leafOf).reshaped]).toEqual([row]);
    // Value and comparison flattened into one text: the cell has no element left, but the shape knew it with two.
    const flattened = await recordsOf(() => {
      row.children[2]!.textContent = '7';
    });
    expect([...dirtyRows(flattened, [reader], notOurs, new WeakMap(), leafOf).reshaped]).toEqual([row]);
    // Text rewritten in a leaf, in both ways a page does it, is not a change of shape.
    const rewritten = await recordsOf(() => {
      row.children[1]!.textContent = '5';
      row.querySelector('a')!.firstChild!.nodeValue = 'B0ZZZZZZZ1';
    });
    expect(dirtyRows(rewritten, [reader], notOurs, new WeakMap(), leafOf).reshaped.size).toBe(0);
    const zone = other.parentElement!;
    const back = await recordsOf(() => {
      other.remove();
      other.children[1]!.textContent = '999';
      zone.append(other);
    });
    expect(dirtyRows(back, [reader], notOurs).reshaped.has(other)).toBe(true);
  });

  test('our own badge put in a cell is not a change of shape', async () => {
    const { reader, rows } = grid();
    const shape = takeShape(rows[0]!);
    const leafOf = (_row: Element, el: Element) => wasLeaf(shape, el) ?? false;
    const badge = document.createElement('sidekick-badge');
    const records = await recordsOf(() => rows[0]!.children[1]!.append(badge));
    expect(dirtyRows(records, [reader], (node) => node === badge, new WeakMap(), leafOf).reshaped.size).toBe(0);
    // The same element put in by the page is a change.
    const page = await recordsOf(() => rows[0]!.children[1]!.append(document.createElement('sidekick-badge')));
    expect(dirtyRows(page, [reader], (node) => node === badge, new WeakMap(), leafOf).reshaped.size).toBe(1);
  });

  test('an attribute on an element the shape does not know says the shape no longer holds', () => {
    const { rows } = grid();
    const shape = takeShape(rows[0]!);
    expect(noteAttribute(shape, rows[1]!, 'data-id')).toBe(false);
  });
});
