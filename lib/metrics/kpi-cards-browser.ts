import type { CardElement, CardNode } from './kpi-cards';
import { fontFamilies, STANDARD_FONT_FAMILIES } from './scrambled-digits-browser';

/** Elements never worth describing to the card reader (tables are read as tables, our own UI is ours). */
const NOT_DESCENDED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'canvas', 'iframe', 'table', 'seller-sidekick', 'textarea', 'select']);
/** A page bigger than this is described in part: overview cards sit near the top of the page. */
const MAX_ELEMENTS = 6_000;
/** Font checks (one getComputedStyle each) on elements holding digits: cards are a few dozen. */
const MAX_FONT_CHECKS = 300;
const STANDARD = new Set(STANDARD_FONT_FAMILIES);

/**
 * The page's DOM as the card reader's small abstraction (lib/metrics/kpi-cards.ts): tag, class,
 * role, hidden, text. Read only; nothing is written to the page.
 */
export function cardTree(root: Element): CardElement {
  let budget = MAX_ELEMENTS;
  const doc = root.ownerDocument;
  const view = doc.defaultView;
  // Scrambled digits come in a web font the page declares (@font-face): with none declared, nothing to check.
  const webFonts = new Set<string>();
  for (const face of (doc as { fonts?: Iterable<FontFace> }).fonts ?? []) webFonts.add(fontFamilies(face.family)[0] ?? '');
  let fontChecks = webFonts.size ? MAX_FONT_CHECKS : 0;
  const describe = (el: Element): CardElement => {
    budget--;
    const tag = el.localName;
    const node: CardElement = { tag, children: [] };
    const cls = el.getAttribute('class');
    if (cls) node.cls = cls;
    const role = el.getAttribute('role');
    if (role) node.role = role;
    const style = el.getAttribute('style') ?? '';
    if (el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden') || /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) node.hidden = true;
    if (NOT_DESCENDED.has(tag) || node.hidden) return node;
    for (let child = el.firstChild; child && budget > 0; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const text = child.nodeValue ?? '';
        if (text.trim()) node.children.push(text);
        if (/\d/.test(text) && node.scrambledFont === undefined && view && fontChecks-- > 0) {
          const first = fontFamilies(view.getComputedStyle(el).fontFamily)[0];
          if (first && webFonts.has(first) && !STANDARD.has(first)) node.scrambledFont = first;
        }
      } else if (child.nodeType === 1) node.children.push(describe(child as Element));
    }
    return node;
  };
  return describe(root);
}

export type { CardNode };
