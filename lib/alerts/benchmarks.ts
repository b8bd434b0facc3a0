import type { MetricKey, Metrics } from '../metrics/keys';
import type { PlatformId } from '../sites/types';
import type { Benchmark, ResolvedBenchmark } from './types';

/**
 * Typical figures from third-party studies (research/platforms.md §3), shipped so alerts work
 * before the seller sets their own. They are TYPICAL, never official: the Chinese marketplaces
 * publish no category averages, so there the page's own peer figures (同行平均, 同行基准) win.
 */
export const CATEGORY_IDS = ['beauty', 'apparel', 'electronics', 'food', 'home'] as const;
export type CategoryId = (typeof CATEGORY_IDS)[number];

/** Words in a marketplace's category path that place a product in a benchmark category (checked in this order). */
export const CATEGORY_KEYWORDS: Record<CategoryId, readonly string[]> = {
  beauty: ['美妆', '彩妆', '护肤', '化妆', '香水', '美容', '个护', '口红', 'beauty', 'cosmetic', 'makeup', 'skin care', 'skincare', 'fragrance', 'personal care'],
  apparel: ['服饰', '服装', '女装', '男装', '童装', '内衣', '鞋', '箱包', 'apparel', 'clothing', 'fashion', 'shoes', 'jewelry'],
  electronics: ['数码', '手机', '电脑', '家电', '3c', '电子', 'electronics', 'computer', 'phone', 'camera'],
  food: ['食品', '零食', '饮料', '生鲜', '茶叶', '酒水', '保健', 'food', 'grocery', 'beverage', 'snack'],
  home: ['家居', '家装', '家纺', '厨具', '日用', '百货', 'home', 'kitchen', 'furniture', 'garden', 'household'],
};

/** Category paths that borrow a keyword but belong to none of them (宠物食品 is not food for people). */
const NO_CATEGORY_KEYWORDS: readonly string[] = ['宠物', 'pet supplies'];

/** The benchmark category of a marketplace category path, or `'*'` when none fits. */
export function categoryIdOf(category: string | undefined): CategoryId | '*' {
  if (!category) return '*';
  const text = category.toLowerCase();
  if (NO_CATEGORY_KEYWORDS.some((word) => text.includes(word))) return '*';
  for (const id of CATEGORY_IDS) if (CATEGORY_KEYWORDS[id].some((word) => text.includes(word))) return id;
  return '*';
}

interface VerticalFigure {
  category: CategoryId;
  value: number;
  range: readonly [number, number];
  note: string;
  handbook?: true;
}

const GROWWITHBA = 'Shopify by vertical, growwithba.com';
const VERTICAL_CONVERSION: readonly VerticalFigure[] = [
  { category: 'beauty', value: 0.03, range: [0.025, 0.042], note: `Handbook: beauty about 3%; ${GROWWITHBA} 2.5–4.2%; Statista Q3 2024 2.3%`, handbook: true },
  { category: 'apparel', value: 0.02, range: [0.015, 0.028], note: `${GROWWITHBA} 1.5–2.8%; Statista Q3 2024 2.2%` },
  { category: 'electronics', value: 0.012, range: [0.008, 0.016], note: `${GROWWITHBA} 0.8–1.6%` },
  { category: 'food', value: 0.04, range: [0.03, 0.055], note: `Food & beverage, ${GROWWITHBA} 3.0–5.5%` },
  { category: 'home', value: 0.018, range: [0.012, 0.024], note: `${GROWWITHBA} 1.2–2.4%` },
];

const typical = (platform: PlatformId | '*', category: string, metric: MetricKey, value: number, note: string, range?: readonly [number, number]): Benchmark =>
  range ? { platform, category, metric, value, source: 'typical', note, range } : { platform, category, metric, value, source: 'typical', note };

export const TYPICAL_BENCHMARKS: readonly Benchmark[] = [
  typical('*', '*', 'conversionRate', 0.018, 'All e-commerce about 1.8%, Statista 1106672 (Q3 2024)'),
  typical('shopify', '*', 'conversionRate', 0.014, 'Shopify store average 1.4% (Littledata, ~2,800 stores, 2023); top 20% ≥ 3.2%', [0.012, 0.019]),
  typical('amazon', '*', 'conversionRate', 0.1, 'Amazon Unit Session Percentage: a typical listing 10–15% (edata4you.com, countingonsales.com); the low end', [0.1, 0.15]),
  // The vertical figures are Shopify studies; they also stand in for any marketplace without peer figures.
  ...VERTICAL_CONVERSION.flatMap(({ category, value, range, note, handbook }) =>
    [typical('*', category, 'conversionRate', value, note, range), typical('shopify', category, 'conversionRate', value, note, range)].map((row) =>
      handbook ? { ...row, handbook } : row,
    ),
  ),
  typical('*', '*', 'addToCartRate', 0.08, 'About 8% of visitors add to cart; a product page under 8% is a problem (adfinite.com, stanconsultingllc.com)'),
  // No marketplace publishes a product CTR; these are defaults the seller changes to their category's (生意参谋 同行平均 wins when shown).
  { ...typical('*', '*', 'ctr', 0.02, 'Default, not published: about 2% of impressions clicked; set your category’s figure'), shippedDefault: true },
  typical('amazon', '*', 'ctr', 0.003, 'Amazon Sponsored Products CTR about 0.3–0.7% (edata4you.com, atom11.co); the low end', [0.003, 0.007]),
];

/** 3 = platform and category both named, 2 = platform only, 1 = category only, 0 = both `'*'`, -1 = no match. */
function specificity(row: Benchmark, platform: PlatformId, category: string | undefined, categoryId: string, metric: MetricKey): number {
  if (row.metric !== metric || !Number.isFinite(row.value)) return -1;
  const platformNamed = row.platform === platform;
  if (!platformNamed && row.platform !== '*') return -1;
  const categoryNamed = row.category !== '*' && (row.category === categoryId || row.category === category?.trim());
  if (!categoryNamed && row.category !== '*') return -1;
  return (platformNamed ? 2 : 0) + (categoryNamed ? 1 : 0);
}

function bestMatch(rows: readonly Benchmark[], platform: PlatformId, category: string | undefined, metric: MetricKey): Benchmark | null {
  const categoryId = categoryIdOf(category);
  let best: Benchmark | null = null;
  let bestScore = -1;
  for (const row of rows) {
    const score = specificity(row, platform, category, categoryId, metric);
    if (score > bestScore) [best, bestScore] = [row, score];
  }
  return best;
}

/**
 * The figure a product's `metric` is judged against: the page's own peer figure when it showed
 * one, else the seller's override, else the typical figure; the most specific row wins within each.
 */
export function resolveBenchmark(
  benchmarks: readonly Benchmark[],
  userOverrides: readonly Benchmark[],
  platform: PlatformId,
  category: string | undefined,
  metric: MetricKey,
  pagePeer?: Metrics,
): ResolvedBenchmark | null {
  const peer = pagePeer?.[metric];
  if (peer != null && Number.isFinite(peer)) return { value: peer, source: 'page-peer' };
  const row = bestMatch(userOverrides, platform, category, metric) ?? bestMatch(benchmarks, platform, category, metric);
  if (!row) return null;
  const resolved: ResolvedBenchmark = { value: row.value, source: row.source === 'user' ? 'user' : 'category-typical' };
  if (row.note) resolved.note = row.note;
  if (row.handbook) resolved.handbook = true;
  if (row.shippedDefault) resolved.shippedDefault = true;
  return resolved;
}
