/**
 * A row as the page showed it, for the price of reading its texts. Taking a deep copy of a rendered
 * row (cloneNode) costs ~25-30 µs in Chromium, ~90% of what the capture spends per row inside the
 * page's render task; reading the texts of its ~20 cells costs ~3 µs. A virtualized grid recycles a
 * few row elements for thousands of products and changes only their texts and a few attributes, so
 * a row element is copied once (its shape) and each later product it shows is kept as that copy's
 * texts and changed attributes, put back together at idle time.
 *
 * The shape holds while the row's elements stay the same: the mutation callback drops it on any
 * change that adds, removes or moves an element in the row, or puts text beside an element (see
 * `DirtyRows.reshaped`), and notes every change of the attributes the table reader reads
 * (`SHAPE_ATTRIBUTES`, all observed). Other attributes (class, style) are kept as copied: the reader
 * reads none of them.
 */
export interface RowShape {
  /** A deep copy of the row when the shape was taken; never changed (every rebuild copies it). */
  readonly copy: Element;
  /** The live row's elements by position (pre-order, the row itself at 0). */
  readonly positions: Map<Element, number>;
  /** The live elements without element children (their text is what a grid rewrites), and their positions. */
  readonly leaves: Element[];
  readonly leafAt: number[];
  readonly leafSet: Set<Element>;
  /**
   * Attributes changed on the live row since the copy, by position and name. Their values are read
   * when the row's text is (`readRowText`): a grid sets a row's id and link in every frame it shows
   * another product, and only the frames with a new row need the values.
   */
  readonly attributes: Map<number | string, [Element, number, string]>;
}

const ATTRIBUTE_SLOTS = 64;

/** The texts and changed attributes of a shaped row as it stands now. */
export interface RowText {
  shape: RowShape;
  texts: string[];
  /** Position, name and value (null: removed). */
  attributes: [number, string, string | null][];
}

function preOrder(row: Element, visit: (el: Element, position: number) => void): void {
  let position = 0;
  const walk = (el: Element) => {
    visit(el, position++);
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) walk(child);
  };
  walk(row);
}

/** Copies the row (the copy is what it shows now) and notes its elements, to read its texts next time. */
export function takeShape(row: Element): RowShape {
  const shape: RowShape = { copy: row.cloneNode(true) as Element, positions: new Map(), leaves: [], leafAt: [], leafSet: new Set(), attributes: new Map() };
  preOrder(row, (el, position) => {
    shape.positions.set(el, position);
    if (!el.firstElementChild) {
      shape.leaves.push(el);
      shape.leafAt.push(position);
      shape.leafSet.add(el);
    }
  });
  return shape;
}

/** Attribute names by slot, for `noteAttribute`'s keys. */
const names = new Map<string, number>();

/** Whether `el` had no element children when the shape was taken; undefined for an element it does not know. */
export function wasLeaf(shape: RowShape, el: Element): boolean | undefined {
  return shape.leafSet.has(el) ? true : shape.positions.has(el) ? false : undefined;
}

/**
 * Notes that the page changed an attribute on an element of the shaped row. False when the element is
 * not one the shape knows (the shape no longer holds).
 */
export function noteAttribute(shape: RowShape, el: Element, name: string): boolean {
  const position = shape.positions.get(el);
  if (position === undefined) return false;
  // A number key per element and attribute (no string built per record), a string for a name past the slots.
  const slot = names.get(name) ?? (names.size < ATTRIBUTE_SLOTS ? names.set(name, names.size).get(name)! : -1);
  const key = slot >= 0 ? position * ATTRIBUTE_SLOTS + slot : `${position}\u0000${name}`;
  if (!shape.attributes.has(key)) shape.attributes.set(key, [el, position, name]);
  return true;
}

/** What the shaped row shows now: one textContent per leaf, and the values of the attributes changed since the copy. */
export function readRowText(shape: RowShape): RowText {
  const texts: string[] = new Array<string>(shape.leaves.length);
  for (let i = 0; i < shape.leaves.length; i++) texts[i] = shape.leaves[i]!.textContent ?? '';
  const attributes: [number, string, string | null][] = [];
  for (const [el, position, name] of shape.attributes.values()) attributes.push([position, name, el.getAttribute(name)]);
  return { shape, texts, attributes };
}

/** The row as it stood when its text was read: a copy of the shape with those texts and attributes. */
export function rebuildRow({ shape, texts, attributes }: RowText): Element {
  const row = shape.copy.cloneNode(true) as Element;
  const elements: Element[] = [];
  preOrder(row, (el) => elements.push(el));
  for (let i = 0; i < shape.leafAt.length; i++) {
    const leaf = elements[shape.leafAt[i]!]!;
    if (leaf.textContent !== texts[i]) leaf.textContent = texts[i]!;
  }
  for (const [position, name, value] of attributes) {
    const el = elements[position]!;
    if (value === null) el.removeAttribute(name);
    else el.setAttribute(name, value);
  }
  return row;
}
