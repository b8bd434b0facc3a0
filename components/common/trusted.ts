/**
 * Our UI lives in open shadow roots inside the seller's page, so the page's scripts can reach every
 * button and field of it. They must not act as the seller: `el.click()` and `dispatchEvent` make
 * untrusted events, and two browser APIs make trusted ones that no seller caused —
 * `form.requestSubmit()` (a trusted `submit`) and `document.execCommand('insertText')` on a field
 * the page focused (a trusted `input` with no `beforeinput`, checked in Chromium).
 *
 * `acceptSellerEventsOnly(root)` stops all of them at the shadow root (a date or option picked by
 * script aside, see `isPicker`), in the capture phase, before
 * any handler of ours (React's included) sees them, and cancels their default action (an untrusted
 * click would still toggle a checkbox or submit a form). It is the one guard for the sidebar, the
 * marks' popover, the row badges and their popover: a new button inside those roots is covered
 * without doing anything. Keyboard activation by the seller (Enter/Space on a button) is a trusted
 * click, so keyboard users lose nothing.
 */

import { isForwardedTyping, registerOurRoot } from './private-typing';

/** Events a page could forge to press, type, paste, drag or submit in our UI. */
const SELLER_INPUT_EVENTS = [
  'click',
  'auxclick',
  'dblclick',
  'contextmenu',
  'mousedown',
  'mouseup',
  'mouseover',
  'mouseout',
  'mouseenter',
  'mouseleave',
  'pointerdown',
  'pointerup',
  'pointermove',
  'pointercancel',
  'pointerover',
  'pointerout',
  'pointerenter',
  'pointerleave',
  'touchstart',
  'touchend',
  'touchmove',
  'keydown',
  'keypress',
  'keyup',
  'beforeinput',
  'input',
  'change',
  'compositionstart',
  'compositionupdate',
  'compositionend',
  'paste',
  'cut',
  'copy',
  'dragstart',
  'drop',
  'submit',
  'reset',
] as const;

/**
 * The seller did this (the browser says so, or it is our copy of the seller's typing, see
 * private-typing.ts): a page script's `click()` or `dispatchEvent` did not.
 */
export function isSellerEvent(event: Event | { nativeEvent: Event }): boolean {
  const native = 'nativeEvent' in event ? event.nativeEvent : event;
  return native.isTrusted || isForwardedTyping(native);
}

/**
 * Pickers whose scripted `input`/`change` we let through: a page (or a test driver) setting a date or
 * an option only fills in a form the seller sees and still has to submit with their own click or
 * key. Text is different: it is typed, always trusted, and always announced by `beforeinput`.
 */
const PICKER_INPUT_TYPES = new Set(['date', 'time', 'datetime-local', 'month', 'week', 'color', 'range']);
const isPicker = (node: EventTarget | undefined): boolean =>
  !!node && ((node as Element).localName === 'select' || ((node as Element).localName === 'input' && PICKER_INPUT_TYPES.has((node as HTMLInputElement).type)));

/** Text inputs whose value we put back when a page edits them through `execCommand`. */
type TextControl = HTMLInputElement | HTMLTextAreaElement;
const isTextControl = (node: EventTarget | undefined): node is TextControl =>
  !!node && ((node as Element).localName === 'textarea' || (node as Element).localName === 'input') && 'value' in node;

/**
 * Rejects every forged event that reaches `root`. Returns the function that takes the guard off.
 */
export function acceptSellerEventsOnly(root: ShadowRoot): () => void {
  /** What a text control held after the last edit the seller made (or when it got focus). */
  const lastSellerValue = new WeakMap<TextControl, string>();
  /** Controls with a trusted `beforeinput` whose `input` has not come yet. */
  const editing = new WeakSet<EventTarget>();
  /** What the seller pressed in the current task: a form submits only from that. */
  let activation: { target: EventTarget; key: string | null } | null = null;
  let activationTimer: ReturnType<typeof setTimeout> | undefined;

  const reject = (event: Event) => {
    event.stopImmediatePropagation();
    if (event.cancelable) event.preventDefault();
  };

  const submittedBySeller = (event: Event): boolean => {
    const form = event.composedPath()[0];
    if (!activation || !(form instanceof Node)) return false;
    const submitter = (event as SubmitEvent).submitter;
    // A click submits through the button that was clicked; Enter through the field it was pressed in.
    if (activation.key === null) return !!submitter && submitter.contains(activation.target as Node);
    return activation.key === 'Enter' && form.contains(activation.target as Node);
  };

  const guard = (event: Event) => {
    const target = event.composedPath()[0];
    const fromSeller = isSellerEvent(event);
    if (!fromSeller && (event.type === 'input' || event.type === 'change') && isPicker(target)) return;
    if (!fromSeller) return reject(event);
    switch (event.type) {
      case 'click':
      case 'keydown':
      case 'keypress':
        activation = target ? { target, key: event.type === 'click' ? null : (event as KeyboardEvent).key } : null;
        clearTimeout(activationTimer);
        // A form's submission runs in the same task as the click or key that caused it.
        activationTimer = setTimeout(() => (activation = null), 0);
        return;
      case 'submit':
        if (!submittedBySeller(event)) reject(event);
        return;
      case 'beforeinput':
        if (target) editing.add(target);
        return;
      case 'input': {
        // Typing, pasting, dropping and IME all announce themselves with `beforeinput`; an
        // `execCommand` edit does not. Plain `Event('input')` (select, checkbox, date picker) is fine.
        // `inputType` rather than `instanceof InputEvent`: the check holds across Firefox's Xray wrappers too.
        if (!('inputType' in event) || (target && editing.has(target))) {
          if (target) editing.delete(target);
          if (isTextControl(target)) lastSellerValue.set(target, target.value);
          return;
        }
        reject(event);
        if (isTextControl(target)) {
          const before = lastSellerValue.get(target);
          if (before !== undefined) target.value = before;
        }
        return;
      }
    }
  };
  const remember = (event: Event) => {
    const target = event.composedPath()[0];
    // Our own code (React) may have set the value since the last edit; focus comes before any typing.
    if (isTextControl(target)) lastSellerValue.set(target, target.value);
  };

  for (const type of SELLER_INPUT_EVENTS) root.addEventListener(type, guard, true);
  root.addEventListener('focusin', remember, true);
  return () => {
    for (const type of SELLER_INPUT_EVENTS) root.removeEventListener(type, guard, true);
    root.removeEventListener('focusin', remember, true);
    clearTimeout(activationTimer);
  };
}

/** Both guards every shadow root of ours in the page gets: forged events out, typed text in. */
export function shieldFromPage(root: ShadowRoot): () => void {
  const untrusted = acceptSellerEventsOnly(root);
  // The forwarder that keeps typing in this root from the page is installed at document_start
  // (entrypoints/typing-guard.ts), or by the app where that script did not run.
  const typing = registerOurRoot(root);
  return () => {
    untrusted();
    typing();
  };
}
