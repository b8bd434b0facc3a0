import { QuietSubtrees } from '../../../lib/metrics/quiet-subtrees-browser';

/**
 * A document observer that leaves quiet subtrees out: it must see every change elsewhere (beside the
 * way down, on the way, in nodes added later) and none inside a quiet element, and lay its way again
 * when the quiet element moves or leaves.
 */
const OPTIONS: MutationObserverInit = { childList: true, subtree: true, characterData: true, attributes: true };

/** Markup the test writes as a page would (parsed, then put in place). */
function setMarkup(el: Element, html: string): void {
  el.replaceChildren(...Array.from(new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body.childNodes));
}

function page() {
  setMarkup(
    document.body,
    `
    <header id="nav"><span id="shop">Harbor</span></header>
    <main id="main">
      <div id="toolbar"><span id="range">2026-11-20</span></div>
      <div id="grid"><div id="header">ASIN</div><div id="rows"><div class="row"><span>B001</span></div><div class="row"><span>B002</span></div></div></div>
    </main>`,
  );
  const $ = (id: string) => document.getElementById(id)!;
  return { $ };
}

function watched(quiet: QuietSubtrees) {
  const seen: MutationRecord[] = [];
  const deliver = (records: MutationRecord[]) => {
    watch.follow(records);
    seen.push(...records);
  };
  const observer = new MutationObserver(deliver);
  const watch = quiet.watch(observer, document.documentElement, OPTIONS, deliver);
  /** The records delivered so far (the callback's and those still queued). */
  const take = () => {
    const queued = observer.takeRecords();
    if (queued.length) deliver(queued);
    return seen.splice(0);
  };
  return { watch, take };
}

const targets = (records: MutationRecord[]) => records.map((r) => (r.target.nodeType === 1 ? (r.target as Element).id || (r.target as Element).className : `#text:${r.target.parentElement?.id || r.target.parentElement?.className}`));

describe('document observers that leave quiet subtrees out', () => {
  test('with nothing quiet every change is seen, as one subtree observer sees it', () => {
    const { $ } = page();
    const { take } = watched(new QuietSubtrees());
    $('rows').firstElementChild!.firstElementChild!.textContent = 'B009';
    $('range').textContent = '2026-11-21';
    expect(targets(take())).toEqual(['', 'range']);
  });

  test('nothing inside a quiet element is seen; changes beside it, on the way down and in its header are', () => {
    const { $ } = page();
    const quiet = new QuietSubtrees();
    const { take } = watched(quiet);
    quiet.set([$('rows')]);
    $('rows').firstElementChild!.firstElementChild!.textContent = 'B009'; // inside: not seen
    $('rows').append(document.createElement('div')); // the quiet element's own children: not seen
    $('rows').setAttribute('data-x', '1'); // the quiet element itself: not seen
    $('header').textContent = 'Parent ASIN'; // a sibling's subtree: seen
    $('grid').setAttribute('data-page', '2'); // a node on the way: seen
    $('range').firstChild!.nodeValue = '2026-11-21'; // text deep beside the way: seen
    $('shop').textContent = 'Pine';
    expect(targets(take())).toEqual(['header', 'grid', '#text:range', 'shop']);
  });

  test('a node added on the way down is watched with its subtree from then on', () => {
    const { $ } = page();
    const quiet = new QuietSubtrees();
    const { take } = watched(quiet);
    quiet.set([$('rows')]);
    const pager = document.createElement('nav');
    pager.id = 'pager';
    setMarkup(pager, '<b id="of">1–100 of 2,000</b>');
    $('grid').append(pager);
    expect(targets(take())).toEqual(['grid']);
    $('of').textContent = '101–200 of 2,000';
    expect(targets(take())).toEqual(['of']);
  });

  test('a quiet element taken out and put elsewhere is laid again: its old place and its new one', () => {
    const { $ } = page();
    const quiet = new QuietSubtrees();
    const { take } = watched(quiet);
    quiet.set([$('rows')]);
    const rows = $('rows');
    const holder = document.createElement('section');
    holder.id = 'holder';
    $('main').append(holder);
    holder.append(rows); // moved under a node that was watched whole
    take();
    rows.firstElementChild!.firstElementChild!.textContent = 'B010';
    expect(targets(take())).toEqual([]);
    rows.remove();
    take();
    // No longer quiet once made quiet no more: everything is seen again.
    quiet.set([]);
    $('grid').append(rows);
    take();
    rows.firstElementChild!.firstElementChild!.textContent = 'B011';
    expect(targets(take())).toEqual(['']);
  });

  test('records queued when the way is laid again reach the owner, none lost', () => {
    const { $ } = page();
    const quiet = new QuietSubtrees();
    const { take } = watched(quiet);
    $('range').textContent = 'a';
    quiet.set([$('rows')]); // disconnects and observes again: the queued record is handed over first
    expect(targets(take())).toEqual(['range']);
  });

  test('every watch of the registry leaves the same elements out, and a disconnected watch is forgotten', () => {
    const { $ } = page();
    const quiet = new QuietSubtrees();
    const a = watched(quiet);
    const b = watched(quiet);
    quiet.set([$('rows')]);
    $('rows').firstElementChild!.textContent = 'x';
    $('shop').textContent = 'y';
    expect(targets(a.take())).toEqual(['shop']);
    expect(targets(b.take())).toEqual(['shop']);
    b.watch.disconnect();
    quiet.set([]);
    $('rows').textContent = 'z';
    expect(targets(a.take())).toEqual(['rows']);
    expect(b.take()).toEqual([]);
  });
});
