import { MarksOverlay, type MarkSpec } from '../../../lib/compliance/in-page/overlay';

/**
 * The popover of a mark in a listing field, driven by keyboard as a seller does: Escape closes it and
 * it stays closed while focus goes back to its mark, until the seller asks for it again.
 */

const SPEC: MarkSpec = {
  id: 'title:4:7:最好用',
  fieldKey: 'title',
  boxes: [{ left: 40, top: 10, width: 36, height: 16 }],
  finding: {
    start: 4,
    end: 7,
    term: '最好用',
    ruleTerm: '最好',
    severity: 'block',
    category: 'absolute',
    packId: 'ad-law',
    why: { 'zh-CN': '广告法禁止使用“最”等绝对化用语', en: 'The Advertising Law bans absolute terms such as “best”' },
    source: '广告法 第九条',
    suggestions: ['好用'],
  },
};

const key = (target: Element, name: string) => target.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true, composed: true }));
/** Longer than the overlay's 250 ms close delay, so a reopening or a late close would have happened. */
const settle = () => new Promise((r) => setTimeout(r, 400));

describe('a mark popover and the Escape key', () => {
  let overlay: MarksOverlay;
  let mark: HTMLElement;
  let popover: HTMLElement;
  const field = () => document.querySelector('input')!;

  beforeEach(() => {
    document.body.append(document.createElement('input'));
    overlay = new MarksOverlay(document, { replace: vi.fn(), ignore: vi.fn(), allow: vi.fn() });
    overlay.placeLayer('title', { left: 0, top: 0, width: 300, height: 30 });
    overlay.renderMarks('title', [SPEC]);
    mark = overlay.root.querySelector<HTMLElement>('[data-sidekick-mark]')!;
    popover = overlay.root.querySelector<HTMLElement>('.popover')!;
  });
  afterEach(() => {
    overlay.destroy();
    document.body.replaceChildren();
  });

  test('Escape in the popover closes it, focus goes back to the mark, and the popover stays closed', async () => {
    mark.focus();
    expect(popover.hidden).toBe(false);
    key(mark, 'Enter'); // into the popover, on its first button
    const replace = popover.querySelector('button')!;
    expect(overlay.root.activeElement).toBe(replace);

    key(replace, 'Escape');
    expect(popover.hidden).toBe(true);
    expect(overlay.root.activeElement).toBe(mark);
    expect(mark.getAttribute('aria-expanded')).toBe('false');
    await settle();
    expect(popover.hidden).toBe(true);
    expect(overlay.openMarkId).toBeNull();
  });

  test('Escape on the mark itself closes it, and focusing the mark again right away does not reopen it', async () => {
    mark.focus();
    expect(popover.hidden).toBe(false);
    key(mark, 'Escape');
    expect(popover.hidden).toBe(true);
    // A focus that comes back without leaving (the field's own code refocusing, a screen reader) stays quiet.
    mark.dispatchEvent(new FocusEvent('focus'));
    await settle();
    expect(popover.hidden).toBe(true);
  });

  test('after Escape the seller can open it again: Enter on the mark, or focus that left and came back', async () => {
    mark.focus();
    key(mark, 'Enter');
    key(popover.querySelector('button')!, 'Escape');
    expect(popover.hidden).toBe(true);

    key(mark, 'Enter');
    expect(popover.hidden).toBe(false);
    expect(overlay.openMarkId).toBe(SPEC.id);

    key(popover.querySelector('button')!, 'Escape');
    expect(popover.hidden).toBe(true);
    field().focus(); // Tab away to the field...
    await settle();
    mark.focus(); // ...and back: focus opens the popover as it always does
    expect(popover.hidden).toBe(false);
  });
});
