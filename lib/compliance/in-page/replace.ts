import { isTextField, type WatchedField } from './fields';
import { createRange, readRichText } from './text-map';

/** The field's text after replacing [start, end) with `replacement`: what a replace must leave behind. */
export function replacedText(text: string, start: number, end: number, replacement: string): string {
  return text.slice(0, start) + replacement + text.slice(end);
}

export type SuggestionAction = { kind: 'replace'; insert: string } | { kind: 'remove' } | { kind: 'advice'; text: string };

const WHOLLY_NOTE = /^\s*[（(]([^()（）]*)[)）]\s*$/;
const TRAILING_NOTE = /\s*[（(][^()（）]*[)）]\s*$/;
const REMOVAL = /^(删除|去掉|remove\b)/i;

/**
 * What a pack's suggestion asks for: `（删除）` / `(remove the URL)` delete the word, another note wholly in
 * brackets (`（写明依据）`) is advice, not text to insert; a trailing note (`… facility (if true)`) is
 * shown on the button but not inserted.
 */
export function suggestionAction(suggestion: string): SuggestionAction {
  const note = WHOLLY_NOTE.exec(suggestion);
  if (note) return REMOVAL.test(note[1]!.trim()) ? { kind: 'remove' } : { kind: 'advice', text: note[1]!.trim() };
  const insert = suggestion.replace(TRAILING_NOTE, '');
  return { kind: 'replace', insert: insert || suggestion };
}

/** A finding still stands where it was found: the field was not edited between the scan and the click. */
export function stillThere(text: string, start: number, end: number, term: string): boolean {
  return text.slice(start, end) === term;
}

/**
 * Replaces [start, end) of a field the way a seller's own typing would, so the page's framework sees it
 * and Ctrl+Z undoes it: select the range, then `insertText` (an `input` event from the browser itself).
 * Where that is refused, an input/textarea gets the prototype's value setter (which a React-style
 * controlled field tracks) and an `input` event; a rich editor gets a `beforeinput` it may handle, and
 * only then a plain DOM edit. Returns whether the field now holds the replacement.
 */
export function replaceInField(field: WatchedField, start: number, end: number, replacement: string): boolean {
  const doc = field.ownerDocument;
  if (isTextField(field)) {
    const expected = replacedText(field.value, start, end, replacement);
    field.focus({ preventScroll: true });
    field.setSelectionRange(start, end);
    // execCommand is deprecated on paper but is still the one way to insert text as user input, with undo.
    if (doc.execCommand('insertText', false, replacement) && field.value === expected) return true;
    const proto = field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
    Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(field, expected);
    field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: replacement }));
    field.setSelectionRange(start + replacement.length, start + replacement.length);
    return field.value === expected;
  }
  const rich = readRichText(field);
  const expected = replacedText(rich.text, start, end, replacement);
  const range = createRange(rich, start, end);
  if (!range) return false;
  field.focus({ preventScroll: true });
  const selection = doc.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  if (doc.execCommand('insertText', false, replacement) && readRichText(field).text === expected) return true;
  if (readRichText(field).text !== rich.text) return readRichText(field).text === expected;
  const before = new InputEvent('beforeinput', { bubbles: true, cancelable: true, inputType: 'insertReplacementText', data: replacement });
  if (!field.dispatchEvent(before)) return readRichText(field).text === expected;
  range.deleteContents();
  range.insertNode(doc.createTextNode(replacement));
  field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: replacement }));
  return readRichText(field).text === expected;
}

/** Puts the caret on a finding: focus, select its text, and bring it into view (the tab's "jump"). */
export function selectInField(field: WatchedField, start: number, end: number): void {
  field.scrollIntoView({ block: 'center', inline: 'nearest' });
  if (isTextField(field)) {
    field.focus({ preventScroll: true });
    field.setSelectionRange(start, end);
    return;
  }
  const range = createRange(readRichText(field), start, end);
  field.focus({ preventScroll: true });
  if (!range) return;
  const selection = field.ownerDocument.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  range.startContainer.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest' });
}
