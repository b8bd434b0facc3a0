import { matchHeader, normaliseHeader } from './header-synonyms';
import { METRIC_KIND, type MetricKey, type Metrics } from './keys';
import { parseMetricValue, type ParseOptions } from './parse-number';

/**
 * Store-level KPI cards (生意参谋 首页/流量看板, 拼多多 交易概况, 京东商智 店铺概况, Shopify Analytics):
 * a label ("访客数", "Sessions") and a number, often with a change figure ("较前一日 +3.2%"), an info
 * icon and a tooltip beside them. Pure: the caller turns the page's DOM into `CardNode`s
 * (lib/metrics/kpi-cards-browser.ts), so the reading is tested without a browser.
 *
 * How a card is read:
 * - A label is an element whose visible text is a metric name of the vocabulary (header-synonyms),
 *   product-level names (商品访客数, Product views) excepted: on a store overview they are not the store's.
 * - Its card is the largest ancestor holding no other label; the value is the first element after the
 *   label (document order) inside the card whose text reads as a number of the metric's kind or as
 *   "no data" ("-"). With no per-card wrapper (label and value siblings in one row), the elements up to
 *   the next label are the card.
 * - Never a change figure: elements marked as comparisons (class compare/trend/crc/…), texts starting
 *   with a comparison word (较前一日, 环比, 同行平均, vs) or a sign or arrow (+3.2%, ↑, ▼) are skipped, as
 *   are tooltips, hidden elements and tables (a table's 访客数 column is not a card).
 * - A value drawn in a scrambled web font (拼多多's `__spider_font`) is decoded by the caller's digit map
 *   (`decode`) or left out, never stored as read: its DOM text is not the number the seller sees.
 */
export type CardNode = string | CardElement;

export interface CardElement {
  tag: string;
  /** The element's class attribute. */
  cls?: string;
  role?: string;
  /** aria-hidden="true", the hidden attribute, or display:none as the page set it inline. */
  hidden?: boolean;
  /** The element draws its digits in a font that is not a standard one (拼多多's scrambled `__spider_font`). */
  scrambledFont?: string;
  children: CardNode[];
}

export interface CardReadOptions extends ParseOptions {
  /**
   * Turns the DOM text of a value drawn in a scrambled web font into the digits shown (null: not sure).
   * Without it such a value is left out, never stored as read.
   */
  decode?: (font: string, text: string) => string | null;
}

export interface KpiCard {
  key: MetricKey;
  /** The label as the page wrote it. */
  label: string;
  /** null: the card said "no data" ("-"). */
  value: number | null;
}

/** Class names of the parts of a card that are not its value. */
const COMPARISON_CLASS = /(?:^|[\s_-])(?:compare|comparison|contrast|trend|crc|cycle|change|delta|diff|growth|ratio|rate-change|yoy|mom|dod|wow|peer|sub-?value|extra)(?:$|[\s_-])/i;
const TOOLTIP_CLASS = /(?:^|[\s_-])(?:tooltip|popover|popup|help|tip|hint|icon|explain|desc)(?:$|[\s_-])/i;
/** What a tooltip hangs on (Polaris' dotted label is a `Polaris-Tooltip-activator`): the label itself, kept. */
const TOOLTIP_HOST_CLASS = /activator|trigger|anchor|wrapper|reference/i;
const SKIPPED_TAGS = new Set(['table', 'thead', 'tbody', 'tr', 'script', 'style', 'svg', 'template', 'select', 'option', 'button', 'seller-sidekick']);
const SKIPPED_ROLES = new Set(['table', 'grid', 'treegrid', 'row', 'rowgroup', 'tooltip', 'button', 'img']);
/** Words that open a comparison: the figure after them is a change or a peer's, never the card's value. */
const COMPARISON_START = /^(?:较|环比|同比|对比|比上|比前|日环比|周环比|月环比|同行|上期|前一日|昨日|上周|上月|vs\.?(?![a-z])|compared|from\s|previous|prev(?![a-z])|last\s|yoy|mom|wow|dod)/i;
/** A sign or an arrow in front: "+3.2%", "−1.5%", "↑ 12%", "▼3.40%", "↗ 12%". A store figure is never signed ("-" alone is no data). */
const SIGNED = /^(?:[+\-−–]\s*[\d.]|[↑↓▲▼△▽⬆⬇↗↘➚➘])/;

function isSkipped(node: CardElement): boolean {
  return (
    node.hidden === true ||
    SKIPPED_TAGS.has(node.tag) ||
    SKIPPED_ROLES.has(node.role ?? '') ||
    (node.cls !== undefined && TOOLTIP_CLASS.test(node.cls) && !TOOLTIP_HOST_CLASS.test(node.cls))
  );
}

const isComparisonClass = (node: CardElement) => node.cls !== undefined && COMPARISON_CLASS.test(node.cls);

/** Visible text of a node: tooltips, hidden parts and (for values) comparison parts left out. */
function textOf(node: CardNode, withComparisons: boolean): string {
  if (typeof node === 'string') return node;
  if (isSkipped(node) || (!withComparisons && isComparisonClass(node))) return '';
  let out = '';
  for (const child of node.children) out += textOf(child, withComparisons);
  return out;
}

/** Product-level names: on a store overview they are one product's (or the products' sum), not the store's. */
const PRODUCT_LEVEL = /^(?:商品|单品|宝贝|product|item)/;

interface Label {
  element: CardElement;
  key: MetricKey | null;
  text: string;
}

interface Walked {
  /** Elements in document order (pre-order), with their parent chain for the card search. */
  order: CardElement[];
  parent: Map<CardElement, CardElement | null>;
  labels: Label[];
}

const MAX_LABEL_LENGTH = 24;

function walk(root: CardElement): Walked {
  const order: CardElement[] = [];
  const parent = new Map<CardElement, CardElement | null>([[root, null]]);
  const labels: Label[] = [];
  const visit = (node: CardElement): boolean => {
    order.push(node);
    let childLabel = false;
    const mixed = node.children.some((child) => typeof child !== 'string');
    for (const child of node.children) {
      // A text beside elements ("访客数<b>1,391</b>") is read as an element of its own.
      const element = typeof child !== 'string' ? child : mixed && child.trim() ? { tag: '#text', children: [child] } : null;
      if (!element || isSkipped(element)) continue;
      parent.set(element, node);
      if (visit(element)) childLabel = true;
    }
    if (childLabel) return true;
    // The innermost element whose whole visible text is a metric name is the label.
    const text = textOf(node, true).trim();
    if (!text || text.length > MAX_LABEL_LENGTH) return false;
    const match = matchHeader(text);
    if (!match || !('key' in match || 'known' in match) || ('peer' in match && match.peer)) return false;
    const stored = 'key' in match && !PRODUCT_LEVEL.test(normaliseHeader(text)) ? match.key : null;
    labels.push({ element: node, key: stored, text });
    return true;
  };
  visit(root);
  return { order, parent, labels };
}

function contains(ancestor: CardElement, node: CardElement, parent: Map<CardElement, CardElement | null>): boolean {
  for (let at: CardElement | null | undefined = node; at; at = parent.get(at)) if (at === ancestor) return true;
  return false;
}

/** The scrambled font a node or its content is drawn in, if any. */
function scrambledFontOf(node: CardNode): string | undefined {
  if (typeof node === 'string') return undefined;
  if (node.scrambledFont !== undefined) return node.scrambledFont;
  for (const child of node.children) {
    const font = scrambledFontOf(child);
    if (font !== undefined) return font;
  }
  return undefined;
}

/** Every text drawn in a scrambled font, by font: what a digit map for that font is built from. */
export function scrambledTexts(root: CardElement): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const visit = (node: CardElement) => {
    if (isSkipped(node)) return;
    if (node.scrambledFont !== undefined) {
      const texts = found.get(node.scrambledFont) ?? [];
      texts.push(textOf(node, false));
      found.set(node.scrambledFont, texts);
    }
    for (const child of node.children) if (typeof child !== 'string') visit(child);
  };
  visit(root);
  return found;
}

/** A value drawn in a scrambled font: its DOM text is not the digits shown, so the card is left out. */
const UNREADABLE = Symbol('unreadable');

/** The value an element's text gives for `key`: a number, null for "no data", undefined when it is not a value. */
function valueIn(element: CardElement, key: MetricKey, opts: CardReadOptions): number | null | undefined | typeof UNREADABLE {
  if (isComparisonClass(element)) return undefined;
  const text = textOf(element, false).trim();
  if (!text || text.length > 40 || SIGNED.test(text) || COMPARISON_START.test(text)) return undefined;
  const parsed = parseMetricValue(text, METRIC_KIND[key], opts);
  if (parsed.value === null) return parsed.reason === 'no data' ? null : undefined;
  const font = scrambledFontOf(element);
  if (font === undefined) return parsed.value;
  // The DOM text parsed as a number, but it is not the number shown: decode it, or leave the card out.
  const shown = opts.decode?.(font, text) ?? null;
  return shown === null ? UNREADABLE : (parseMetricValue(shown, METRIC_KIND[key], opts).value ?? UNREADABLE);
}

/**
 * Every KPI card under `root` with a stored metric, in page order. A metric shown on two cards keeps
 * the first (the page's headline card comes before its repeats in charts and legends).
 */
export function readKpiCards(root: CardElement, opts: CardReadOptions = {}): KpiCard[] {
  const { order, parent, labels } = walk(root);
  const labelElements = new Set(labels.map((l) => l.element));
  const position = new Map(order.map((el, i) => [el, i]));
  const labelPositions = labels.map((l) => position.get(l.element)!).sort((a, b) => a - b);
  const cards: KpiCard[] = [];
  const seen = new Set<MetricKey>();
  for (const label of labels) {
    if (label.key === null || seen.has(label.key)) continue;
    // The card: the largest ancestor holding no other label.
    let card = label.element;
    for (let up = parent.get(card); up; up = parent.get(up)) {
      if (labels.some((other) => other !== label && contains(up!, other.element, parent))) break;
      card = up;
    }
    const start = position.get(label.element)!;
    const nextLabel = labelPositions.find((p) => p > start) ?? order.length;
    let value: number | null | undefined | typeof UNREADABLE;
    for (let i = start + 1; i < order.length && value === undefined; i++) {
      const element = order[i]!;
      if (contains(label.element, element, parent)) continue;
      // Inside the card, or (a card without its own wrapper) before the next label.
      if (card !== label.element ? !contains(card, element, parent) : i >= nextLabel) break;
      if (labelElements.has(element)) break;
      value = valueIn(element, label.key, opts);
    }
    if (value === undefined || value === UNREADABLE) continue;
    seen.add(label.key);
    cards.push({ key: label.key, label: label.text, value });
  }
  return cards;
}

/** The cards as one day's store metrics (canonical keys; "-" is null, never 0). */
export function cardMetrics(cards: readonly KpiCard[]): Metrics {
  const metrics: Metrics = {};
  for (const card of cards) metrics[card.key] = card.value;
  return metrics;
}
