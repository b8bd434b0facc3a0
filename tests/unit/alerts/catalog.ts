import { evaluateProduct, productKey } from '../../../lib/alerts/engine';
import type { AlertSettings } from '../../../lib/alerts/types';
import type { ProductRow, SnapshotRow } from '../../../lib/db/types';
import type { Metrics } from '../../../lib/metrics/keys';
import type { PlatformId } from '../../../lib/sites/types';
import { mulberry32 } from '../../support/random';

/**
 * A generated seller catalog with the noise real back offices show, and a list of real problems seeded
 * into it. The test's expected results are this list (what was seeded, where and when), never what the
 * engine says. Everything is drawn from one seeded generator, so a run is reproducible.
 *
 * Noise: Poisson visitors around a product's level, day-to-day swings of ±15% on top, weekly seasonality
 * (weekends up or down by up to 30%), binomial orders and refunds, Buy Box share wobbling a few points,
 * days the seller didn't open the report, products with a handful of visitors a day, and products whose
 * conversion or Buy Box share sits steadily under the typical figures (healthy: nothing changed). Order values
 * vary too: each basket differs (so a day's average order value swings more on few orders) and the product's
 * SKU mix drifts a few percent a day; in about one established product in fifty a price breaks (a coupon
 * stacking past plan: baskets at half their value from the onset on).
 */
export type Problem = 'traffic' | 'conversion' | 'buy-box' | 'zero-sales' | 'refunds' | 'new-low-conversion' | 'price-error';

export interface SeededProblem {
  platform: PlatformId;
  productId: string;
  problem: Problem;
  /** The rule a seller expects to see for it. */
  ruleId: string;
  /** First day index the problem shows in the data. */
  onset: number;
}

export interface Catalog {
  products: ProductRow[];
  /** Full history per product key (`platform|productId`), sorted by period; days the seller skipped are absent. */
  histories: Map<string, SnapshotRow[]>;
  periods: string[];
  /** The day indexes the test evaluates (the last few days, as a seller opening the report each morning). */
  evaluatedDays: number[];
  problems: SeededProblem[];
  healthy: Set<string>;
  /** Products whose figure sits steadily under a typical benchmark or the old 90% Buy Box floor. */
  steadyBelowTypical: Set<string>;
}

const RULE_OF: Record<Problem, string> = {
  traffic: 'traffic-drop',
  conversion: 'conversion-drop',
  'buy-box': 'buybox-falling',
  'zero-sales': 'zero-sales-with-traffic',
  refunds: 'refund-rate-spike',
  'new-low-conversion': 'low-conversion-promotion',
  'price-error': 'aov-drop',
};

export function generateCatalog({ products: count = 4000, days = 35, evaluated = 5, seed = 20261206 } = {}): Catalog {
  const random = mulberry32(seed);
  // Baskets and broken prices draw from a generator of their own, so the rest of the catalog is the same as without them.
  const basketRandom = mulberry32(seed ^ 0x5bd1e995);
  const basketNormal = () => Math.sqrt(-2 * Math.log(1 - basketRandom())) * Math.cos(2 * Math.PI * basketRandom());
  /** A day's sales: `orders` baskets around `price` (each ±50%), times the day's SKU mix (±8%). */
  const sales = (orders: number, price: number): number =>
    orders > 0 ? Math.round(orders * price * Math.max(0.2, 1 + (0.5 * basketNormal()) / Math.sqrt(orders)) * Math.exp(0.08 * basketNormal()) * 100) / 100 : 0;
  const uniform = (a: number, b: number) => a + (b - a) * random();
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const poisson = (lambda: number): number => {
    if (lambda <= 0) return 0;
    if (lambda > 50) return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * normal()));
    const limit = Math.exp(-lambda);
    let k = 0;
    for (let p = random(); p > limit; p *= random()) k++;
    return k;
  };
  const binomial = (n: number, p: number): number => {
    if (n <= 0 || p <= 0) return 0;
    if (n * p * (1 - p) > 25) return Math.min(n, Math.max(0, Math.round(n * p + Math.sqrt(n * p * (1 - p)) * normal())));
    if (n > 400) return Math.min(n, poisson(n * p));
    let k = 0;
    for (let i = 0; i < n; i++) if (random() < p) k++;
    return k;
  };

  const first = Date.UTC(2026, 10, 1);
  const periods = Array.from({ length: days }, (_, i) => new Date(first + i * 86_400_000).toISOString().slice(0, 10));
  const evaluatedDays = Array.from({ length: evaluated }, (_, i) => days - evaluated + i);
  const products: ProductRow[] = [];
  const histories = new Map<string, SnapshotRow[]>();
  const problems: SeededProblem[] = [];
  const healthy = new Set<string>();
  const steadyBelowTypical = new Set<string>();

  // Taobao categories with their benchmark (handbook 3% for beauty; typical figures otherwise); one shows peer figures.
  const TAOBAO = [
    { category: '美妆/彩妆/唇膏口红', typical: 0.03, peer: true },
    { category: '女装/连衣裙', typical: 0.02, peer: false },
    { category: '零食/坚果/炒货', typical: 0.04, peer: true },
    { category: '家居日用/收纳', typical: 0.018, peer: false },
  ];
  // The whole 零食 category dips one evaluated day (a platform-wide event elsewhere): the page's peer figure dips too.
  const dipDay = evaluatedDays[1] as number;

  for (let p = 0; p < count; p++) {
    const platform: PlatformId = (['taobao', 'taobao', 'amazon', 'shopify'] as const)[p % 4] as PlatformId;
    const productId = `${platform}-${p}`;
    const key = `${platform}|${productId}`;
    const taobao = TAOBAO[(p >> 2) % TAOBAO.length] as (typeof TAOBAO)[number];
    const typical = platform === 'taobao' ? taobao.typical : platform === 'amazon' ? 0.1 : 0.014;
    // Visitors a day: log-normal, from a handful to thousands.
    const level = Math.min(20_000, Math.max(1, Math.exp(Math.log(60) + 1.3 * normal())));
    const newDraw = random();
    const below = random() < 0.25 && newDraw >= 0.1;
    const conversionLevel = typical * (below ? uniform(0.5, 0.9) : uniform(1, 1.8));
    const buyBoxLevel = below ? uniform(0.8, 0.89) : uniform(0.9, 0.99);
    const refundLevel = uniform(0.005, 0.04);
    const weekend = uniform(-0.3, 0.3);
    // Healthy products add to cart under the page's peer figure (10%); "many add to cart, few buy" is not their story.
    const cartLevel = uniform(0.04, 0.09);
    const skipShare = uniform(0, 0.3);

    // Seed a real problem in about one product in twenty, sized so a seller would call it one.
    let problem: Problem | null = null;
    const pick = random();
    if (pick < 0.08) {
      const candidates: Problem[] = [];
      // A fall against the product's own history needs a history: falls are seeded in established products.
      const established = newDraw >= 0.1;
      if (established && level >= 100) candidates.push('traffic');
      if (established && level * conversionLevel >= 20) candidates.push('conversion');
      if (established && level * conversionLevel >= 15) candidates.push('zero-sales');
      if (established && platform === 'amazon' && level >= 40) candidates.push('buy-box');
      if (established && platform === 'taobao' && level * conversionLevel >= 15) candidates.push('refunds');
      if (platform === 'taobao' && level >= 150) candidates.push('new-low-conversion');
      problem = candidates.length ? (candidates[Math.floor(random() * candidates.length)] as Problem) : null;
    }
    // A problem starts on one of the first evaluated days, so by the last one it has shown for at least four days.
    const onset = evaluatedDays[Math.floor(random() * (evaluated - 3))] as number;
    // A broken price needs enough orders a day for an average to mean something (the rule's 10), and a history.
    if (problem === null && newDraw >= 0.1 && platform !== 'amazon' && level * conversionLevel >= 20 && basketRandom() < 0.02) problem = 'price-error';
    const priceOnset = evaluatedDays[Math.floor(basketRandom() * (evaluated - 3))] as number;
    // One product in ten is new (listed 8–25 days before the last day). A new product under its category's
    // mean is what the handbook's 推广期 rule is for, so a healthy new one converts at or above it.
    const isNew = problem === 'new-low-conversion' || newDraw < 0.1;
    const listedShown = isNew || random() < 0.3;
    const listedDay = isNew ? days - 1 - Math.floor(uniform(8, 25)) : -Math.floor(uniform(60, 900));
    const product: ProductRow = {
      platform,
      productId,
      title: `Product ${p}`,
      category: platform === 'taobao' ? taobao.category : platform === 'amazon' ? 'Electronics' : 'Home & Garden',
      firstSeen: first,
      tags: [],
    };
    if (listedShown) product.listedDate = new Date(first + listedDay * 86_400_000).toISOString().slice(0, 10);
    products.push(product);

    const rows: SnapshotRow[] = [];
    for (let day = 0; day < days; day++) {
      if (isNew && day < listedDay) continue;
      const struck = problem !== null && problem !== 'price-error' && day >= onset;
      const basket = problem === 'price-error' && day >= priceOnset ? 0.5 : 1;
      // Problem days are captured: the test is about the engine seeing them, not about the seller skipping them.
      const mustCapture = problem !== null && problem !== 'price-error' && day >= onset && day <= onset + 2;
      if (!mustCapture && day > 2 && random() < skipShare) continue;
      const weekday = new Date(first + day * 86_400_000).getUTCDay();
      const season = weekday === 0 || weekday === 6 ? 1 + weekend : 1;
      let visitors = poisson(level * season * Math.exp(0.15 * normal()));
      if (struck && problem === 'traffic') visitors = poisson(level * season * 0.25);
      let rate = Math.min(0.9, conversionLevel * Math.exp(0.1 * normal()));
      if (struck && problem === 'conversion') rate *= 0.3;
      if (problem === 'new-low-conversion') rate = typical * 0.3;
      const dip = platform === 'taobao' && taobao.peer && day === dipDay ? 0.5 : 1;
      rate *= dip;
      const orders = struck && problem === 'zero-sales' && day <= onset + 2 ? 0 : binomial(visitors, rate);
      const refundRate = struck && problem === 'refunds' ? 0.3 : refundLevel;
      const refunds = binomial(orders, refundRate);
      const conversionRate = visitors > 0 ? orders / visitors : null;
      let metrics: Metrics;
      let peer: Metrics | undefined;
      if (platform === 'amazon') {
        const pageViews = Math.round(visitors * uniform(1.2, 1.6));
        const share = struck && problem === 'buy-box' ? uniform(0.35, 0.6) : Math.min(1, Math.max(0, buyBoxLevel + 0.02 * normal()));
        const buyBoxRate = pageViews > 0 ? binomial(pageViews, share) / pageViews : null;
        metrics = { sessions: visitors, pageViews, units: orders, conversionRate, gmv: sales(orders, 25 * basket), buyBoxRate };
      } else if (platform === 'shopify') {
        metrics = { sessions: visitors, orders, conversionRate, gmv: sales(orders, 40 * basket), addToCartRate: visitors > 0 ? binomial(visitors, cartLevel) / visitors : null };
      } else {
        metrics = {
          visitors,
          pageViews: Math.round(visitors * uniform(1.5, 2.5)),
          buyers: orders,
          orders,
          conversionRate,
          gmv: sales(orders, 89 * basket),
          refundRate: orders > 0 ? refunds / orders : null,
          addToCartRate: visitors > 0 ? binomial(visitors, cartLevel) / visitors : null,
        };
        if (taobao.peer) peer = { conversionRate: taobao.typical * dip * Math.exp(0.05 * normal()), addToCartRate: 0.1 };
      }
      const row: SnapshotRow = { platform, productId, period: periods[day] as string, currency: 'CNY', metrics, source: 'generated', capturedAt: 0 };
      if (peer) row.peer = peer;
      rows.push(row);
    }
    histories.set(key, rows);
    if (problem) problems.push({ platform, productId, problem, ruleId: RULE_OF[problem], onset: problem === 'price-error' ? priceOnset : onset });
    else {
      healthy.add(key);
      if (below) steadyBelowTypical.add(key);
    }
  }
  return { products, histories, periods, evaluatedDays, problems, healthy, steadyBelowTypical };
}

/** Every rule the engine raises for each product on each evaluated day, as a seller opening the report each morning sees them. */
export function alertedRules(catalog: Catalog, settings: AlertSettings): Map<string, Set<string>> {
  const alerted = new Map<string, Set<string>>();
  for (const product of catalog.products) {
    const key = productKey(product.platform, product.productId);
    const history = catalog.histories.get(key) ?? [];
    for (const day of catalog.evaluatedDays) {
      const period = catalog.periods[day] as string;
      // Only days the seller captured are evaluated on that day; the history is what was stored by then.
      if (!history.some((row) => row.period === period)) continue;
      const evaluation = evaluateProduct(product, history.filter((row) => row.period <= period), settings);
      for (const { rule } of evaluation?.hits ?? []) {
        let rules = alerted.get(key);
        if (!rules) alerted.set(key, (rules = new Set()));
        rules.add(rule.id);
      }
    }
  }
  return alerted;
}
