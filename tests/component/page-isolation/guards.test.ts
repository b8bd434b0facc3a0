import { keepAttached } from '../../../components/common/keep-attached';
import { installTypingForwarder, isForwardedTyping, registerOurRoot } from '../../../components/common/private-typing';
import { acceptSellerEventsOnly } from '../../../components/common/trusted';
import { isCheckable, isInOwnUi } from '../../../lib/compliance/in-page/fields';

/** Builds `<tag>` children from [tag, text] pairs (no HTML strings, per the house lint). */
function fill(root: ShadowRoot | Element, ...children: [string, string?][]): void {
  for (const [tag, text] of children) {
    const el = document.createElement(tag);
    if (text) el.textContent = text;
    root.append(el);
  }
}

function shadowHost(tag: string) {
  const host = document.createElement(tag);
  document.body.append(host);
  const root = host.attachShadow({ mode: 'open' });
  return { host, root };
}

afterEach(() => document.body.replaceChildren());

describe('a page script cannot act as the seller in our shadow roots', () => {
  // jsdom makes every dispatched event untrusted, as a page script's are; trusted clicks are e2e.
  test('a scripted click reaches none of our handlers and toggles no checkbox', () => {
    const { root } = shadowHost('seller-sidekick');
    fill(root, ['button', 'Always allow'], ['input']);
    root.querySelector('input')!.type = 'checkbox';
    root.querySelector('button')!.type = 'button';
    acceptSellerEventsOnly(root);
    const pressed = vi.fn();
    root.querySelector('button')!.addEventListener('click', pressed);
    root.addEventListener('click', pressed);
    root.querySelector('button')!.click();
    root.querySelector('button')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    const box = root.querySelector('input')!;
    box.click();
    expect(pressed).not.toHaveBeenCalled();
    expect(box.checked).toBe(false);
  });

  test('a scripted submit, key or input is stopped too', () => {
    const { root } = shadowHost('seller-sidekick');
    fill(root, ['form']);
    fill(root.querySelector('form')!, ['textarea'], ['button', 'Save']);
    acceptSellerEventsOnly(root);
    const seen = vi.fn();
    for (const type of ['submit', 'keydown', 'input']) root.querySelector('form')!.addEventListener(type, seen);
    const form = root.querySelector('form')!;
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    root.querySelector('textarea')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    root.querySelector('textarea')!.dispatchEvent(new Event('input', { bubbles: true }));
    expect(seen).not.toHaveBeenCalled();
  });

  test('a date or option set by script still fills the form (the seller submits it)', () => {
    const { root } = shadowHost('seller-sidekick');
    fill(root, ['input'], ['select']);
    const date = root.querySelector('input')!;
    date.type = 'date';
    acceptSellerEventsOnly(root);
    const seen = vi.fn();
    root.addEventListener('change', seen);
    date.dispatchEvent(new Event('change', { bubbles: true }));
    root.querySelector('select')!.dispatchEvent(new Event('change', { bubbles: true }));
    expect(seen).toHaveBeenCalledTimes(2);
  });

  test('without the guard the same click goes through (the test can fail)', () => {
    const { root } = shadowHost('seller-sidekick');
    fill(root, ['button', 'Always allow']);
    root.querySelector('button')!.type = 'button';
    const pressed = vi.fn();
    root.querySelector('button')!.addEventListener('click', pressed);
    root.querySelector('button')!.click();
    expect(pressed).toHaveBeenCalledTimes(1);
  });
});

describe('what is typed in our UI stays out of the page', () => {
  // jsdom cannot make trusted events: the seller's own typing reaching our handlers is e2e
  // (page-isolation.test.ts, "a key logger the page starts before anything else ...").
  test('a typing event from our shadow root is stopped before the page\'s earliest window listener, and a page-made one stays refused', () => {
    installTypingForwarder();
    const { root } = shadowHost('seller-sidekick');
    fill(root, ['textarea']);
    registerOurRoot(root);
    acceptSellerEventsOnly(root);
    const page = vi.fn();
    const types = ['keydown', 'keyup', 'beforeinput', 'input', 'compositionend', 'paste'];
    for (const type of types) {
      window.addEventListener(type, page, true);
      document.addEventListener(type, page);
    }
    const ours = vi.fn((event: Event) => expect(isForwardedTyping(event)).toBe(false));
    const field = root.querySelector('textarea')!;
    for (const type of types) field.addEventListener(type, ours);
    field.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true, composed: true }));
    field.dispatchEvent(new KeyboardEvent('keyup', { key: 'a', bubbles: true, composed: true }));
    field.dispatchEvent(new InputEvent('beforeinput', { data: 'a', inputType: 'insertText', bubbles: true, composed: true }));
    field.dispatchEvent(new InputEvent('input', { data: 'a', inputType: 'insertText', bubbles: true, composed: true }));
    field.dispatchEvent(new CompositionEvent('compositionend', { data: '备注', bubbles: true, composed: true }));
    field.dispatchEvent(new Event('paste', { bubbles: true, composed: true }));
    expect(page).not.toHaveBeenCalled();
    expect(ours).not.toHaveBeenCalled();
    for (const type of types) window.removeEventListener(type, page, true);
  });

  // Firefox 140 ESR ignores `composed` in the KeyboardEvent constructor: a scripted keydown, keypress or
  // keyup is always composed (probed in firefox-esr; an InputEvent or a plain Event honours it).
  class FirefoxKeyboardEvent extends KeyboardEvent {
    constructor(type: string, init: KeyboardEventInit = {}) {
      super(type, { ...init, composed: ['keydown', 'keypress', 'keyup'].includes(type) || !!init.composed });
    }
  }

  test('where the browser makes every scripted key event composed (Firefox), the page still hears nothing and our handlers get the key', () => {
    installTypingForwarder();
    const { root } = shadowHost('seller-sidekick');
    fill(root, ['input']);
    registerOurRoot(root);
    const field = root.querySelector('input')!;
    const page = vi.fn();
    const types = ['keydown', 'keypress', 'keyup'];
    for (const type of types) {
      window.addEventListener(type, page, true);
      document.addEventListener(type, page, true);
      document.addEventListener(type, page);
      window.addEventListener(type, page);
    }
    const ours: string[] = [];
    const heard = (event: Event) => {
      const key = event as KeyboardEvent;
      ours.push(`${event.type} ${key.key} ${key.code} ${key.keyCode} ${key.shiftKey} ${key.getModifierState('Shift')} ${event.composed}`);
      if (key.key === 'Enter') event.preventDefault();
    };
    for (const type of types) field.addEventListener(type, heard);
    const original = globalThis.KeyboardEvent;
    vi.stubGlobal('KeyboardEvent', FirefoxKeyboardEvent);
    try {
      expect(new KeyboardEvent('keydown', { composed: false }).composed).toBe(true); // the stub does what Firefox does
      const press = (type: string, init: KeyboardEventInit) => {
        const event = new original(type, { ...init, bubbles: true, cancelable: true, composed: true });
        field.dispatchEvent(event);
        return event;
      };
      press('keydown', { key: '1', code: 'Digit1', keyCode: 49 });
      press('keypress', { key: '1', code: 'Digit1', charCode: 49 });
      press('keyup', { key: '!', code: 'Digit1', keyCode: 49, shiftKey: true });
      // Our handler cancelling the copy still cancels the seller's key (Enter in a form, Escape in a popover).
      expect(press('keydown', { key: 'Enter', code: 'Enter', keyCode: 13 }).defaultPrevented).toBe(true);
    } finally {
      vi.unstubAllGlobals();
      for (const type of types) {
        window.removeEventListener(type, page, true);
        document.removeEventListener(type, page, true);
        document.removeEventListener(type, page);
        window.removeEventListener(type, page);
      }
    }
    expect(page).not.toHaveBeenCalled();
    expect(ours).toEqual([
      'keydown 1 Digit1 49 false false false',
      'keypress 1 Digit1 0 false false false',
      'keyup ! Digit1 49 true true false',
      'keydown Enter Enter 13 false false false',
    ]);
  });

  test("the page's own fields, and web components of its own, keep their events", () => {
    installTypingForwarder();
    shadowHost('seller-sidekick');
    const { root: theirs } = shadowHost('shop-title-editor');
    fill(theirs, ['textarea']);
    const pageField = document.createElement('input');
    document.body.append(pageField);
    const page = vi.fn();
    window.addEventListener('keydown', page, true);
    pageField.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true, composed: true }));
    theirs.querySelector('textarea')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'b', bubbles: true, composed: true }));
    expect(page.mock.calls.map(([event]) => (event as KeyboardEvent).key)).toEqual(['a', 'b']);
    window.removeEventListener('keydown', page, true);
  });
});

describe('the compliance watcher leaves our own fields alone', () => {
  test.each(['seller-sidekick', 'seller-sidekick-marks', 'sidekick-badge', 'sidekick-popover'])('a textarea inside <%s> is ours and never checked', (tag) => {
    const { root } = shadowHost(tag);
    const inner = document.createElement('div');
    root.append(inner);
    const nested = inner.attachShadow({ mode: 'open' });
    const note = document.createElement('textarea');
    nested.append(note);
    expect(isInOwnUi(note)).toBe(true);
    expect(isCheckable(note)).toBe(false);
  });

  test("a field in the page's own web component is not taken for ours", () => {
    const { root } = shadowHost('shop-title-editor');
    const title = document.createElement('textarea');
    root.append(title);
    expect(isInOwnUi(title)).toBe(false);
  });
});

describe('putting the sidebar back on a page that keeps removing it', () => {
  function fakeClock() {
    let now = 0;
    const timers: { at: number; fn: () => void }[] = [];
    return {
      now: () => now,
      setTimeout: (fn: () => void, ms: number) => timers.push({ at: now + ms, fn }),
      clearTimeout: () => undefined,
      advance(ms: number) {
        const until = now + ms;
        for (const timer of timers.splice(0).sort((a, b) => a.at - b.at)) {
          if (timer.at > until) {
            timers.push(timer);
            continue;
          }
          now = timer.at;
          timer.fn();
        }
        now = until;
      },
    };
  }

  test('re-attaches at once the first time, then with growing delays, and gives up after six in a row', () => {
    const clock = fakeClock();
    const attachedAt: number[] = [];
    const keeper = keepAttached({ attach: () => attachedAt.push(clock.now()), ...clock });
    // The page removes the element again the moment it is back.
    for (let step = 0; step < 200; step++) {
      keeper.removed();
      clock.advance(50);
    }
    expect(attachedAt).toEqual([0, 250, 650, 1450, 3050, 6250]);
    expect(keeper.gaveUp).toBe(true);
  });

  test('never re-attaches synchronously (a removing MutationObserver would spin with us)', () => {
    const clock = fakeClock();
    const attach = vi.fn();
    keepAttached({ attach, ...clock }).removed();
    expect(attach).not.toHaveBeenCalled();
    clock.advance(0);
    expect(attach).toHaveBeenCalledTimes(1);
  });

  test('a page that re-renders now and then keeps its sidebar for good', () => {
    const clock = fakeClock();
    const attach = vi.fn();
    const keeper = keepAttached({ attach, ...clock });
    for (let i = 0; i < 20; i++) {
      keeper.removed();
      clock.advance(30_000);
    }
    expect(attach).toHaveBeenCalledTimes(20);
    expect(keeper.gaveUp).toBe(false);
  });
});
