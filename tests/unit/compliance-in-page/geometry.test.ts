import { chunkIndexAt, chunkText, mergeLineRects, popoverPlacement, singleLineTop, underlineBoxes, UNDERLINE_HEIGHT } from '../../../lib/compliance/in-page/geometry';
import { replacedText, stillThere, suggestionAction } from '../../../lib/compliance/in-page/replace';

describe('where a mark is drawn', () => {
  test('one finding split over two text nodes on one line is one underline', () => {
    expect(mergeLineRects([
      { left: 10, top: 20, width: 30, height: 16 },
      { left: 40, top: 20, width: 20, height: 16 },
    ])).toEqual([{ left: 10, top: 20, width: 50, height: 16 }]);
  });

  test('a finding wrapped onto the next line keeps one underline per line', () => {
    expect(mergeLineRects([
      { left: 300, top: 20, width: 40, height: 16 },
      { left: 0, top: 36, width: 25, height: 16 },
    ])).toHaveLength(2);
  });

  test('the underline sits at the bottom of the word, moved by padding and scroll', () => {
    const [box] = underlineBoxes([{ left: 100, top: 0, width: 65, height: 20 }], { x: 8 - 0, y: 5 }, { width: 788, height: 30 });
    expect(box).toEqual({ left: 108, top: 5 + 20 - UNDERLINE_HEIGHT + 2, width: 65, height: UNDERLINE_HEIGHT });
  });

  test('a word scrolled out of the field has no mark; one half out is cut at the edge', () => {
    const clip = { width: 200, height: 30 };
    expect(underlineBoxes([{ left: 250, top: 5, width: 40, height: 20 }], { x: -30, y: 0 }, clip)).toEqual([]);
    const [cut] = underlineBoxes([{ left: 190, top: 5, width: 40, height: 20 }], { x: 0, y: 0 }, clip);
    expect(cut!.left + cut!.width).toBe(200);
    expect(underlineBoxes([{ left: 10, top: 400, width: 40, height: 20 }], { x: 0, y: -100 }, { width: 200, height: 100 })).toEqual([]);
  });

  test('a single-line input centres its text line', () => {
    expect(singleLineTop(30, 20)).toBe(5);
    expect(singleLineTop(10, 20)).toBe(0);
  });

  test('the popover goes below the mark, or above it at the bottom of the screen, inside the viewport', () => {
    const viewport = { width: 1000, height: 800 };
    expect(popoverPlacement({ left: 100, top: 100, width: 50, height: 5 }, { width: 320, height: 200 }, viewport)).toEqual({ left: 100, top: 111 });
    expect(popoverPlacement({ left: 900, top: 700, width: 50, height: 5 }, { width: 320, height: 200 }, viewport)).toEqual({ left: 672, top: 494 });
  });
});

describe('long textareas are measured in chunks ending at line breaks', () => {
  test('chunks cover the text exactly, each ending just after a line break', () => {
    const text = Array.from({ length: 300 }, (_, i) => `第${i}段 全网最低价 质检合格，支持七天无理由退换。`).join('\n');
    const chunks = chunkText(text, 1000);
    expect(chunks.map((c) => c.text).join('')).toBe(text);
    for (const chunk of chunks.slice(0, -1)) expect(chunk.text.endsWith('\n')).toBe(true);
    for (const chunk of chunks) expect(text.slice(chunk.start, chunk.start + chunk.text.length)).toBe(chunk.text);
    const offset = Math.floor(text.length * 0.6);
    const index = chunkIndexAt(chunks, offset);
    expect(chunks[index]!.start).toBeLessThanOrEqual(offset);
    expect(chunks[index]!.start + chunks[index]!.text.length).toBeGreaterThan(offset);
  });

  test('an edit inside one chunk leaves the chunks after it unchanged (their heights are reused)', () => {
    const text = Array.from({ length: 300 }, (_, i) => `line ${i} of the description`).join('\n');
    const before = chunkText(text, 1000);
    const after = chunkText(`${text.slice(0, 50)}最${text.slice(50)}`, 1000);
    expect(after.slice(1).map((c) => c.text)).toEqual(before.slice(1).map((c) => c.text));
  });
});

describe('replacing a word', () => {
  test('the field keeps everything but the word', () => {
    expect(replacedText('全网最低价纯棉T恤', 0, 5, '到手价')).toBe('到手价纯棉T恤');
  });
  test('a word edited away since the scan is not replaced blindly', () => {
    expect(stillThere('全网最低价纯棉', 0, 5, '全网最低价')).toBe(true);
    expect(stillThere('全网低价纯棉', 0, 5, '全网最低价')).toBe(false);
  });
  test('a pack\'s （删除） / (remove) deletes the word, a bracketed note is advice, a trailing caveat is not inserted', () => {
    expect(suggestionAction('（删除）')).toEqual({ kind: 'remove' });
    expect(suggestionAction('(remove the URL)')).toEqual({ kind: 'remove' });
    expect(suggestionAction('（写明依据）')).toEqual({ kind: 'advice', text: '写明依据' });
    expect(suggestionAction('made in an FDA-registered facility (if true)')).toEqual({ kind: 'replace', insert: 'made in an FDA-registered facility' });
    expect(suggestionAction('gift for (occasion) lovers')).toEqual({ kind: 'replace', insert: 'gift for (occasion) lovers' });
    expect(suggestionAction('到手价')).toEqual({ kind: 'replace', insert: '到手价' });
  });
});
