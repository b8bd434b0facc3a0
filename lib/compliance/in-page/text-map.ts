/**
 * A rich editor's text as the matcher sees it, with the way back from offsets to DOM positions: text
 * nodes in order, a line break between blocks (so a term never matches across two paragraphs), and
 * a Range for any [start, end) of that text.
 */

export interface RichText {
  text: string;
  nodes: Text[];
  /** Offset of each text node in `text`. */
  starts: number[];
}

const BLOCK = /^(P|DIV|LI|UL|OL|H[1-6]|BLOCKQUOTE|PRE|TR|TD|TH|TABLE|SECTION|ARTICLE|HEADER|FOOTER|DD|DT|FIGCAPTION)$/;

export function readRichText(root: HTMLElement): RichText {
  const nodes: Text[] = [];
  const starts: number[] = [];
  const parts: string[] = [];
  let length = 0;
  let endsWithBreak = true;
  const lineBreak = () => {
    if (endsWithBreak) return;
    parts.push('\n');
    length += 1;
    endsWithBreak = true;
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        const data = (child as Text).data;
        if (data.length === 0) continue;
        nodes.push(child as Text);
        starts.push(length);
        parts.push(data);
        length += data.length;
        endsWithBreak = data.charCodeAt(data.length - 1) === 10;
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        const tag = (child as Element).tagName;
        if (tag === 'BR') {
          parts.push('\n');
          length += 1;
          endsWithBreak = true;
          continue;
        }
        if (tag === 'SCRIPT' || tag === 'STYLE') continue;
        const block = BLOCK.test(tag);
        if (block) lineBreak();
        walk(child);
        if (block) lineBreak();
      }
    }
  };
  walk(root);
  return { text: parts.join(''), nodes, starts };
}

/** Index of the text node holding `offset`; `atEnd` picks the node a range ending there ends in. */
function nodeIndexAt(rich: RichText, offset: number, atEnd: boolean): number {
  let lo = 0;
  let hi = rich.nodes.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const start = rich.starts[mid]!;
    if (atEnd ? start < offset : start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** DOM positions of [start, end) of `rich.text`; null when the nodes are gone or the offsets fall in a line break. */
export function domRangeOf(rich: RichText, start: number, end: number): { startNode: Text; startOffset: number; endNode: Text; endOffset: number } | null {
  if (rich.nodes.length === 0 || end <= start) return null;
  const a = nodeIndexAt(rich, start, false);
  const b = nodeIndexAt(rich, end, true);
  const startNode = rich.nodes[a]!;
  const endNode = rich.nodes[b]!;
  const startOffset = start - rich.starts[a]!;
  const endOffset = end - rich.starts[b]!;
  if (startOffset < 0 || startOffset > startNode.data.length || endOffset < 0 || endOffset > endNode.data.length) return null;
  return { startNode, startOffset, endNode, endOffset };
}

export function createRange(rich: RichText, start: number, end: number): Range | null {
  const at = domRangeOf(rich, start, end);
  if (!at || !at.startNode.isConnected) return null;
  const range = at.startNode.ownerDocument.createRange();
  range.setStart(at.startNode, at.startOffset);
  range.setEnd(at.endNode, at.endOffset);
  return range;
}
