/**
 * A row as it stood at the end of an earlier batch of mutations, rebuilt at idle time from the
 * records themselves. A virtualized grid recycles a few row elements for thousands of products; the
 * capture's MutationObserver callback runs inside the page's render task, so instead of reading each
 * recycled row there (a copy or its texts, before the next frame overwrites it) the callback only
 * keeps the records, and this walks them back.
 *
 * The DOM at the moment of the replay is the state after the last record. Undoing records newest
 * first (`undo`), the state after batch k is the live DOM with every record of the later batches
 * undone: a text node's data is the old value of its first later record, an attribute likewise
 * (`characterDataOldValue` and `attributeOldValue` must be observed), and an element's children are
 * its live children with the later additions taken out and removals put back where they were. Nothing
 * in the page is touched: the state is an overlay of maps, read through `textOf`, `attributeOf` and
 * `childrenOf`.
 *
 * It is exact for every node the observer saw all changes of: nodes in the observed subtree, and
 * nodes removed from it up to the end of the batch that removed them. A node the page takes out and
 * changes while it is out has no record of that change: read before that (the capture reads in the
 * task right after the page's), or its earlier states are read with its new content.
 */
export class RecordReplay {
  private readonly texts = new Map<Node, string>();
  private readonly attributes = new Map<Element, Map<string, string | null>>();
  private readonly children = new Map<Node, Node[]>();
  /** Records whose neighbours were not where the later records left them (a record the observer never delivered). */
  inexact = 0;

  /** Steps back over one record: the overlay becomes the state just before it. Records go newest first. */
  undo(record: MutationRecord): void {
    const target = record.target;
    if (record.type === 'characterData') {
      this.texts.set(target, record.oldValue ?? '');
      return;
    }
    if (record.type === 'attributes') {
      let changed = this.attributes.get(target as Element);
      if (!changed) this.attributes.set(target as Element, (changed = new Map()));
      changed.set(record.attributeName!, record.oldValue);
      return;
    }
    let list = this.children.get(target);
    if (!list) this.children.set(target, (list = Array.from(target.childNodes)));
    const added = record.addedNodes;
    for (let i = 0; i < added.length; i++) {
      const at = list.lastIndexOf(added[i]!);
      if (at >= 0) list.splice(at, 1);
      else this.inexact++;
    }
    const removed = record.removedNodes;
    if (!removed.length) return;
    const before = record.previousSibling;
    const after = record.nextSibling;
    let at = before ? list.indexOf(before) + 1 : after ? list.indexOf(after) : 0;
    if (before && at === 0) {
      // The neighbour is not where the replay has it: keep the nodes, at the end.
      this.inexact++;
      at = list.length;
    } else if (!before && at < 0) {
      this.inexact++;
      at = 0;
    }
    list.splice(at, 0, ...Array.from(removed));
  }

  textOf(node: CharacterData): string {
    return this.texts.get(node) ?? node.data;
  }

  attributeOf(el: Element, name: string): string | null {
    const changed = this.attributes.get(el);
    if (changed?.has(name)) return changed.get(name)!;
    return el.getAttribute(name);
  }

  childrenOf(node: Node): ArrayLike<Node> {
    return this.children.get(node) ?? node.childNodes;
  }

  /**
   * What the row showed: its text and its first link, as `rowSignature` (row-watch-browser.ts) reads
   * them on a live row, so rows read live and rows replayed share one list of rows seen.
   */
  signature(row: Element): string {
    let text = '';
    let href: string | null | undefined;
    const walk = (node: Node) => {
      const kids = this.childrenOf(node);
      for (let i = 0; i < kids.length; i++) {
        const kid = kids[i]!;
        const type = kid.nodeType;
        if (type === TEXT || type === CDATA) text += this.textOf(kid as CharacterData);
        else if (type === ELEMENT) {
          if (href === undefined && (kid as Element).localName === 'a') href = this.attributeOf(kid as Element, 'href');
          walk(kid);
        }
      }
    };
    walk(row);
    return `${text}\u0001${href ?? ''}`;
  }

  /**
   * A detached copy of the row as it stood: each element copied without its children (its other
   * attributes, class and style, as they are now: the table reader reads none of them), its replayed
   * attributes set, and its children as they were.
   */
  copy(row: Element): Element {
    const doc = row.ownerDocument;
    const build = (el: Element): Element => {
      const copy = el.cloneNode(false) as Element;
      const changed = this.attributes.get(el);
      if (changed)
        for (const [name, value] of changed) {
          if (value === null) copy.removeAttribute(name);
          else copy.setAttribute(name, value);
        }
      const kids = this.childrenOf(el);
      for (let i = 0; i < kids.length; i++) {
        const kid = kids[i]!;
        const type = kid.nodeType;
        if (type === ELEMENT) copy.appendChild(build(kid as Element));
        else if (type === TEXT) copy.appendChild(doc.createTextNode(this.textOf(kid as CharacterData)));
        else {
          const other = kid.cloneNode(false);
          if (type === CDATA || type === COMMENT) (other as CharacterData).data = this.textOf(kid as CharacterData);
          copy.appendChild(other);
        }
      }
      return copy;
    };
    return build(row);
  }
}

const ELEMENT = 1;
const TEXT = 3;
const CDATA = 4;
const COMMENT = 8;
