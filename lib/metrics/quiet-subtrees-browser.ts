/**
 * Whole-document MutationObservers that leave some subtrees out.
 *
 * The browser makes a record for every mutation under an observed node, for every observer, inside
 * the page's own script: a virtualized grid rewriting ~20 cells per row per frame cost ~160,000
 * records per flick through 2,000 rows for each of our document observers, 5–15% more time in the
 * page's render handlers (tests/bench/grid-observers.ts). MutationObserver has no "except": a watch
 * here observes the nodes on the way down to each quiet element without their subtree (their own
 * children and attributes only) and everything beside that way with it. The quiet elements are
 * watched by whoever made them quiet (the capture, by their rows' identity only).
 *
 * The owner hands each batch of records to `follow`, so a node the page adds beside the way down is
 * observed with its subtree from then on, and a way that changed (a quiet element moved or taken
 * out) is laid again.
 */
export class QuietSubtrees {
  readonly #quiet = new Set<Element>();
  readonly #watches = new Set<DocumentWatch>();

  /** Makes exactly these elements quiet (an unchanged set costs nothing): every watch lays its way again. */
  set(elements: Iterable<Element>): void {
    const next = new Set(elements);
    if (next.size === this.#quiet.size && [...next].every((el) => this.#quiet.has(el))) return;
    this.#quiet.clear();
    for (const el of next) this.#quiet.add(el);
    for (const watch of this.#watches) watch.relay();
  }

  has(node: Node): boolean {
    return this.#quiet.has(node as Element);
  }

  /** The quiet elements in the page now. */
  connected(): Element[] {
    return [...this.#quiet].filter((el) => el.isConnected);
  }

  /**
   * Observes `root` with `options` (subtree) except the quiet elements. `deliver` gets the records
   * taken from the observer when it is laid again (they would be lost by disconnecting it).
   */
  watch(observer: MutationObserver, root: Node, options: MutationObserverInit, deliver: (records: MutationRecord[]) => void): DocumentWatch {
    const watch = new DocumentWatch(this, observer, root, options, deliver, () => this.#watches.delete(watch));
    this.#watches.add(watch);
    watch.relay();
    return watch;
  }
}

export class DocumentWatch {
  /** Nodes on the way from the root down to a quiet element: observed without their subtree. */
  #way = new Set<Node>();
  #connected = false;

  constructor(
    private readonly quiet: QuietSubtrees,
    private readonly observer: MutationObserver,
    private readonly root: Node,
    private readonly options: MutationObserverInit,
    private readonly deliver: (records: MutationRecord[]) => void,
    private readonly forget: () => void,
  ) {}

  /** Observes again from scratch: the way down to each quiet element in the root now, everything beside it whole. */
  relay(): void {
    if (this.#connected) {
      const taken = this.observer.takeRecords();
      this.observer.disconnect();
      if (taken.length) this.deliver(taken);
    }
    this.#connected = true;
    const way = new Set<Node>();
    for (const el of this.quiet.connected()) {
      if (el === this.root || !this.root.contains(el)) continue;
      for (let at = el.parentNode; at; at = at.parentNode) {
        if (way.has(at)) break;
        way.add(at);
        if (at === this.root) break;
      }
    }
    this.#way = way;
    this.#cover(this.root);
  }

  /**
   * Keeps the watch whole after a batch of its records: nodes added to a node on the way are observed
   * (with their subtree, or the way again when one holds a quiet element); a node of the way or a quiet
   * element taken out lays the way again. Nothing to do (one check) while no element is quiet.
   */
  follow(records: readonly MutationRecord[]): void {
    if (!this.#way.size || !this.#connected) return;
    for (const record of records) {
      if (record.type !== 'childList' || !this.#way.has(record.target)) continue;
      const removed = record.removedNodes;
      for (let i = 0; i < removed.length; i++) {
        if (this.#way.has(removed[i]!) || this.quiet.has(removed[i]!)) return this.relay();
      }
      const added = record.addedNodes;
      for (let i = 0; i < added.length; i++) {
        const node = added[i]!;
        if (node.parentNode !== record.target) continue; // moved on since: its new place is covered there
        if (this.quiet.has(node) || (node.nodeType === 1 && this.quiet.connected().some((el) => node.contains(el)))) return this.relay();
        this.observer.observe(node, this.options);
      }
    }
  }

  disconnect(): void {
    this.#connected = false;
    this.observer.disconnect();
    this.forget();
  }

  #cover(node: Node): void {
    if (this.quiet.has(node)) return;
    if (!this.#way.has(node)) {
      this.observer.observe(node, this.options);
      return;
    }
    this.observer.observe(node, { ...this.options, subtree: false });
    for (let child = node.firstChild; child; child = child.nextSibling) this.#cover(child);
  }
}

/** The quiet subtrees of this page: one registry for every document observer of the content script. */
export const quietSubtrees = new QuietSubtrees();
