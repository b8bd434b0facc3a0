/**
 * Keys, text, composition and clipboard events are `composed`: from a field in our shadow root they
 * travel through the page's `window` and `document` (retargeted to our host, `key` intact), so a
 * page's key logger would read the seller's notes as they are typed. Stopping them at our shadow
 * root is too late for a page listener in the capture phase on `window`, which runs first.
 *
 * So we listen first: `installTypingForwarder` puts a capture listener on `window` from a content
 * script that runs at `document_start`, before any page script (entrypoints/typing-guard.ts). For
 * an event that comes from inside one of our shadow roots it stops the event there, before
 * any page listener, and dispatches a `composed: false` copy on the same target: a non-composed
 * event never leaves the shadow root, so the page can't hear it, while our own listeners (React's
 * root inside the shadow root, the guard on the root) get it in full. The browser's default action
 * (inserting the text) belongs to the original, which it still performs; a `preventDefault()` on
 * the copy is passed back to it (Enter on a checkbox, Escape in a popover).
 *
 * The copies are untrusted by construction; `isForwardedTyping` tells the trusted-event guard that
 * the copy of a trusted event is the seller's, only while we dispatch it (a page that kept the object could dispatch it
 * again later; that one is refused). An extension iframe per text field would hide typing as well,
 * but would split our one React tree and the accessibility tree the tests and screen readers use
 * into separate documents, for fields that are a few lines long.
 *
 * Known limit: the page can still read what our open shadow root holds (a field's value) or listen
 * on our own elements through it; the open root is a contract (tests, assistive technology).
 */
export const TYPING_EVENTS = [
  'keydown',
  'keypress',
  'keyup',
  'beforeinput',
  'input',
  'textInput',
  'compositionstart',
  'compositionupdate',
  'compositionend',
  'copy',
  'cut',
  'paste',
] as const;

/** Shared by every script of ours in the page through the isolated world's global object (the page has its own). */
const REGISTRY = Symbol.for('seller-sidekick:private-typing');

interface Registry {
  /** Every shadow root of ours in this page. */
  readonly roots: WeakSet<Node>;
  /** The copies being dispatched right now. */
  readonly forwarding: WeakSet<Event>;
  installed: boolean;
}

function registry(): Registry {
  const global = globalThis as unknown as Record<symbol, Registry | undefined>;
  return (global[REGISTRY] ??= { roots: new WeakSet(), forwarding: new WeakSet(), installed: false });
}

/** Marks `root` as ours: trusted typing from inside it goes to our listeners only. */
export function registerOurRoot(root: ShadowRoot): () => void {
  const { roots } = registry();
  roots.add(root);
  return () => roots.delete(root);
}

/** A copy of a seller's typing event that the forwarder is dispatching inside our shadow root now. */
export function isForwardedTyping(event: Event): boolean {
  return registry().forwarding.has(event);
}

/** The same event, non-composed. Fields are read by name, not `instanceof`, to hold across Firefox's Xray wrappers. */
function copyOf(event: Event): Event | null {
  const copy = typedCopy(event);
  // Firefox (checked in 140 ESR) ignores `composed` in the KeyboardEvent constructor: a `keydown`,
  // `keypress` or `keyup` made by script is always composed. That copy would leave our shadow root,
  // reach this very listener on `window`, be copied again, and so on until the stack overflows; the
  // copy at the overflow, which this listener could no longer stop, reached the page's listeners
  // whenever they still had stack to run (the Firefox key-logger leak, 1 run in 6). So whatever the
  // browser makes of `composed`, the copy we dispatch is checked, and replaced where it would leak.
  return copy.composed ? standIn(event) : copy;
}

function typedCopy(event: Event): Event {
  const base = { bubbles: event.bubbles, cancelable: event.cancelable, composed: false };
  const ui = { ...base, view: (event as UIEvent).view, detail: (event as UIEvent).detail };
  if (event.type === 'textInput' && typeof TextEvent === 'function') {
    const copy = document.createEvent('TextEvent');
    copy.initTextEvent(event.type, event.bubbles, event.cancelable, (event as TextEvent).view, (event as TextEvent).data);
    return copy;
  }
  if ('key' in event) {
    const key = event as KeyboardEvent;
    return new KeyboardEvent(event.type, {
      ...ui,
      key: key.key,
      code: key.code,
      location: key.location,
      repeat: key.repeat,
      isComposing: key.isComposing,
      ctrlKey: key.ctrlKey,
      shiftKey: key.shiftKey,
      altKey: key.altKey,
      metaKey: key.metaKey,
      charCode: key.charCode,
      keyCode: key.keyCode,
      which: key.which,
    });
  }
  if ('inputType' in event) {
    const input = event as InputEvent;
    return new InputEvent(event.type, { ...ui, inputType: input.inputType, data: input.data, isComposing: input.isComposing, dataTransfer: input.dataTransfer });
  }
  if (event.type.startsWith('composition')) return new CompositionEvent(event.type, { ...ui, data: (event as CompositionEvent).data });
  if ('clipboardData' in event) return new ClipboardEvent(event.type, { ...base, clipboardData: (event as ClipboardEvent).clipboardData });
  return new Event(event.type, base);
}

/** What our listeners (React's synthetic events included) read from typing events, by name. */
const CARRIED_FIELDS = [
  'key',
  'code',
  'location',
  'repeat',
  'isComposing',
  'ctrlKey',
  'shiftKey',
  'altKey',
  'metaKey',
  'charCode',
  'keyCode',
  'which',
  'data',
  'inputType',
  'dataTransfer',
  'clipboardData',
  'view',
  'detail',
] as const;

/**
 * A non-composed event of a class that honours `composed` (a UIEvent, else a plain Event) carrying the
 * original's fields as its own properties. They live on our world's view of the object only, which is
 * where every listener of ours runs; the page never gets the stand-in at all.
 */
function standIn(event: Event): Event | null {
  const base = { bubbles: event.bubbles, cancelable: event.cancelable, composed: false };
  let copy: Event = new UIEvent(event.type, { ...base, view: (event as UIEvent).view, detail: (event as UIEvent).detail });
  if (copy.composed) copy = new Event(event.type, base);
  // No class left that keeps it in: hidden from the page all the same, at the cost of our own handlers.
  if (copy.composed) return null;
  const source = event as unknown as Record<string, unknown>;
  for (const name of CARRIED_FIELDS) {
    // A field the class already has (`view`, `detail`, a UIEvent's `which`) stays the class's own.
    if (name in event && !(name in copy)) Object.defineProperty(copy, name, { value: source[name], enumerable: true });
  }
  if ('getModifierState' in event) {
    Object.defineProperty(copy, 'getModifierState', { value: (modifier: string) => (event as KeyboardEvent).getModifierState(modifier) });
  }
  return copy;
}

/**
 * Puts the forwarder on `window` once per page (the document_start script, or failing that the first
 * shadow root of ours: a page listener added before then would still hear typing).
 */
export function installTypingForwarder(): void {
  const shared = registry();
  if (shared.installed) return;
  shared.installed = true;
  const { roots, forwarding } = shared;

  /** Every copy while we dispatch it. */
  const inFlight = new WeakSet<Event>();
  const forward = (event: Event) => {
    // A copy of ours that got out of our root after all (see copyOf) goes no further, and is not copied again.
    if (inFlight.has(event)) return event.stopImmediatePropagation();
    const path = event.composedPath();
    // Aimed at our host element itself, an event has no handler of ours to reach: it only stops here.
    const host = (path[0] as Element | undefined)?.shadowRoot;
    if (host && roots.has(host)) return event.stopImmediatePropagation();
    if (!path.some((node) => roots.has(node as Node))) return;
    event.stopImmediatePropagation();
    const copy = copyOf(event);
    if (!copy) return;
    // Untrusted events are hidden too (Chromium's own `compositionend` after an IME commit is one,
    // carrying the committed text), but their copies stay untrusted: the guard refuses them as before.
    if (event.isTrusted) forwarding.add(copy);
    inFlight.add(copy);
    try {
      path[0]!.dispatchEvent(copy);
    } finally {
      forwarding.delete(copy);
      inFlight.delete(copy);
    }
    if (copy.defaultPrevented) event.preventDefault();
  };
  // Caret moves in our field fire `selectionchange` on the page's document, one per key: the rhythm of
  // the seller's typing. Nothing of ours listens to it.
  const hideCaret = (event: Event) => {
    const host = document.activeElement;
    if (event.target === document && host?.shadowRoot && roots.has(host.shadowRoot)) event.stopImmediatePropagation();
  };
  for (const type of TYPING_EVENTS) window.addEventListener(type, forward, true);
  window.addEventListener('selectionchange', hideCaret, true);
}
