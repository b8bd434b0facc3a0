/**
 * Keys, text and clipboard events are `composed`: from a field in our shadow root they carry on
 * to the page's own listeners on `document` and `window` (retargeted to our host, `key` intact),
 * so a page's key logger would read the seller's notes as they are typed. Stopped at our shadow
 * root in the bubble phase, after every handler of ours inside it has run.
 *
 * Known limit: a page listener registered in the *capture* phase on `window` or `document` runs
 * before anything inside the shadow root and still sees these events; only a separate document
 * (an extension iframe) would hide them from it.
 */
const TYPING_EVENTS = [
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

export function keepTypingFromPage(root: ShadowRoot): () => void {
  const stop = (event: Event) => event.stopPropagation();
  for (const type of TYPING_EVENTS) root.addEventListener(type, stop);
  return () => {
    for (const type of TYPING_EVENTS) root.removeEventListener(type, stop);
  };
}
