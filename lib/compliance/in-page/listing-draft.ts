import type { ListingFieldSelectors } from '../../sites/types';
import type { ListingDraft } from '../completeness';
import { isTextField } from './fields';

/** A field's current text: an input's value, else the element's rendered text. */
function textOf(el: Element): string {
  return isTextField(el) ? el.value : ((el as HTMLElement).innerText ?? el.textContent ?? '');
}

function first(root: ParentNode, selectors: string[] | undefined): Element | null {
  for (const selector of selectors ?? []) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return null;
}

function all(root: ParentNode, selectors: string[] | undefined): Element[] {
  for (const selector of selectors ?? []) {
    const found = [...root.querySelectorAll(selector)];
    if (found.length > 0) return found;
  }
  return [];
}

/** A money field's number: digits, one decimal point, thousands separators dropped; null when unreadable. */
export function parsePrice(text: string): number | null {
  const cleaned = text.replace(/[,\s¥￥$€£]/g, '').replace(/^(CNY|USD|RMB)/i, '');
  if (!/^\d+(\.\d+)?$/.test(cleaned)) return null;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : null;
}

/**
 * What the listing editor shows, read by the adapter's field selectors: only parts the page has are
 * set, so a platform's completeness rules skip what this form does not ask for.
 */
export function readListingDraft(root: ParentNode, selectors: ListingFieldSelectors | undefined): ListingDraft {
  const draft: ListingDraft = {};
  if (!selectors) return draft;
  const title = first(root, selectors.title);
  if (title) draft.title = textOf(title);
  const sellingPoints = first(root, selectors.sellingPoints);
  if (sellingPoints) draft.sellingPoints = textOf(sellingPoints);
  const bullets = all(root, selectors.bullets);
  if (bullets.length > 0) draft.bullets = bullets.map(textOf).filter((b) => b.trim() !== '');
  const description = first(root, selectors.description);
  if (description) draft.description = textOf(description);
  const price = first(root, selectors.price);
  if (price) draft.price = parsePrice(textOf(price));
  if (selectors.images?.length) draft.imageCount = all(root, selectors.images).filter((img) => !(img instanceof HTMLImageElement) || img.getAttribute('src')).length;
  const attributes = all(root, selectors.attributes);
  if (attributes.length > 0) draft.attributes = { filled: attributes.filter((a) => textOf(a).trim() !== '').length, required: attributes.length };
  return draft;
}
