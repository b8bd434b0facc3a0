import type { ListingFieldSelectors } from '../../sites/types';

/**
 * Which elements are fields a seller writes listing text into: the adapter's named fields first, then
 * any text input, textarea or rich editor (plain contenteditable, Quill, ProseMirror/Tiptap, Lexical).
 */

export type TextField = HTMLInputElement | HTMLTextAreaElement;
export type WatchedField = TextField | HTMLElement;
export type FieldRole = 'title' | 'sellingPoints' | 'bullets' | 'description' | 'attributes' | null;

export const GENERIC_FIELDS = [
  'input:not([type])',
  'input[type="text"]',
  'textarea',
  '[contenteditable=""]',
  '[contenteditable="true"]',
  '[contenteditable="plaintext-only"]',
  '.ql-editor',
  '.ProseMirror',
  '[data-lexical-editor="true"]',
].join(', ');

const TEXT_INPUT_TYPES = new Set(['', 'text']);
/** Search boxes, pickers and the like are not listing text. */
const NOT_LISTING_ROLES = new Set(['searchbox', 'combobox', 'spinbutton']);
const ROLES_SCANNED: Exclude<FieldRole, null>[] = ['title', 'sellingPoints', 'bullets', 'description', 'attributes'];

export function isTextField(el: Element): el is TextField {
  if (el instanceof HTMLTextAreaElement) return true;
  return el instanceof HTMLInputElement && TEXT_INPUT_TYPES.has((el.getAttribute('type') ?? '').toLowerCase());
}

/** Our own elements in the page: the sidebar, the marks layer, the row badges and their popover. */
const OWN_UI = 'seller-sidekick, seller-sidekick-marks, sidekick-badge, sidekick-popover';

/**
 * Whether `el` is part of our own UI. Our fields sit in shadow roots, where `closest` stops, so the
 * walk climbs from each shadow root to its host.
 */
export function isInOwnUi(el: Element): boolean {
  for (let node: Element | null = el; node; ) {
    if (node.closest(OWN_UI)) return true;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return false;
}

/** The outermost editable element around `node` (a rich editor's root), or the text field itself. */
export function editableRootOf(node: EventTarget | Node | null): WatchedField | null {
  if (!(node instanceof Node)) return null;
  const el = node instanceof Element ? node : node.parentElement;
  if (!el) return null;
  if (isTextField(el)) return el;
  if (!(el instanceof HTMLElement) || !el.isContentEditable) return null;
  let root: HTMLElement = el;
  while (root.parentElement?.isContentEditable) root = root.parentElement;
  return root;
}

/** Whether a field is one we check: editable by the seller, shown, and not a search box or one of ours. */
export function isCheckable(el: WatchedField): boolean {
  if (!el.isConnected || isInOwnUi(el)) return false;
  if (isTextField(el)) {
    if (el.disabled || el.readOnly || el.type === 'password') return false;
  } else if (!el.isContentEditable) {
    return false;
  }
  const role = el.getAttribute('role');
  if (role && NOT_LISTING_ROLES.has(role)) return false;
  return el.getClientRects().length > 0;
}

/** The adapter's listing fields by role, in page order (a role may hold several: Amazon's five bullets). */
export function listingFieldsByRole(root: ParentNode, selectors: ListingFieldSelectors | undefined): Map<WatchedField, FieldRole> {
  const found = new Map<WatchedField, FieldRole>();
  if (!selectors) return found;
  for (const role of ROLES_SCANNED) {
    for (const selector of selectors[role] ?? []) {
      const matches = [...root.querySelectorAll(selector)];
      const fields = matches.map((m) => editableRootOf(m) ?? (isTextField(m) ? m : null)).filter((f): f is WatchedField => f !== null);
      for (const field of fields) if (!found.has(field)) found.set(field, role);
      if (fields.length > 0) break;
    }
  }
  return found;
}

/** Every checkable field on the page: adapter fields with their role, then generic ones. */
export function discoverFields(root: ParentNode, selectors: ListingFieldSelectors | undefined): Map<WatchedField, FieldRole> {
  const fields = listingFieldsByRole(root, selectors);
  for (const el of root.querySelectorAll(GENERIC_FIELDS)) {
    const field = editableRootOf(el);
    if (field && !fields.has(field)) fields.set(field, null);
  }
  for (const field of [...fields.keys()]) if (!isCheckable(field)) fields.delete(field);
  return fields;
}

const generatedKeys = new WeakMap<Element, string>();
let generatedCount = 0;

/** The mark's `data-field`: the field's name or id, else a key generated once per element. */
export function fieldKey(el: Element, role: FieldRole): string {
  const named = el.getAttribute('name') || el.id;
  if (named) return named;
  let key = generatedKeys.get(el);
  if (!key) {
    key = `${role ?? (isTextField(el) ? el.tagName.toLowerCase() : 'editor')}-${++generatedCount}`;
    generatedKeys.set(el, key);
  }
  return key;
}

/** What the seller sees as the field's name (label, aria-label, placeholder), for the Compliance tab. */
export function fieldLabel(el: Element): string {
  const aria = el.getAttribute('aria-label');
  if (aria) return aria.trim();
  const labelled = el.getAttribute('aria-labelledby');
  if (labelled) {
    const text = labelled
      .split(/\s+/)
      .map((id) => el.ownerDocument.getElementById(id)?.textContent ?? '')
      .join(' ')
      .trim();
    if (text) return text;
  }
  if (el.id) {
    const label = el.ownerDocument.querySelector(`label[for="${CSS.escape(el.id)}"]`);
    const text = label ? labelText(label) : '';
    if (text) return text;
  }
  const wrapping = el.closest('label');
  if (wrapping) {
    const text = labelText(wrapping);
    if (text) return text;
  }
  return el.getAttribute('placeholder')?.trim() || el.getAttribute('name') || el.id || '';
}

/** A label's own words, without counters or hints nested in it. */
function labelText(label: Element): string {
  for (const node of label.childNodes) {
    const text = node.nodeType === Node.TEXT_NODE ? node.textContent?.trim() : '';
    if (text) return text;
  }
  return label.textContent?.trim() ?? '';
}
