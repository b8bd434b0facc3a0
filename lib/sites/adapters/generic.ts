import type { PageType } from '../types';

// Fallback for a site the user added (a self-hosted shop admin, an ERP): no URL rules,
// the page type is guessed from what the DOM holds. Header words are a small, fixed
// hint list on purpose; reading the table itself is lib/metrics' job.
const METRIC_HEADER = /访客|浏览量|转化率|支付金额|成交|加购|曝光|GMV|sessions?|page views|conversion|sales|orders|visitors|add(?:ed)? to cart|units/i;
const CAMPAIGN_WORDS = /优惠券|满减|营销活动|活动报名|coupon|discount code|promotion/i;
const TITLE_FIELD =
  'input[name*="title" i], input[id*="title" i], input[name*="name" i][name*="item" i], input[name*="product" i][name*="name" i], input[placeholder*="标题"]';
const DESCRIPTION_FIELD = 'textarea, [contenteditable="true"], [contenteditable=""]';

function headerTexts(root: ParentNode): string[] {
  return Array.from(root.querySelectorAll('th, [role="columnheader"]'), (cell) => (cell.textContent ?? '').trim());
}

/** Guess a page type from the DOM alone: a title field plus a description editor is a listing editor, and so on. */
export function guessPageType(root: ParentNode): PageType | null {
  if (root.querySelector(TITLE_FIELD) && root.querySelector(DESCRIPTION_FIELD)) return 'listingEditor';
  const metricHeaders = headerTexts(root).filter((text) => METRIC_HEADER.test(text)).length;
  if (metricHeaders >= 2) return 'analyticsTable';
  const headings = Array.from(root.querySelectorAll('h1, h2, h3, [role="heading"], title'), (node) => node.textContent ?? '').join(' ');
  if (CAMPAIGN_WORDS.test(headings)) return 'campaign';
  if (root.querySelector('table, [role="grid"]')) return 'productList';
  return null;
}
