import type { SnapshotRow } from '../../db/types';
import { addToCart, conversion, daysUnder, EPSILON, normalTail, ownBaseline, peerFactor, poissonAtMost, traffic } from '../readings';
import type { ProductAlertRule } from '../types';

/**
 * Add-to-cart rate (加购率) down against the product's own recent median: the handbook has 加购率 watched
 * every day beside CTR and conversion (商品生命周期, 数据跟进), and a collapse in carts is the earliest sign
 * that something on the item page broke (a coupon expired, a size sold out, a price changed, a bad review
 * on top) — it shows before orders have fallen far enough to count. Judged only when the baseline
 * predicts enough carts for a shortfall to mean something (`addToCartMinExpected`), below the seller's
 * ratio, beyond the counting noise of carts at the day's visitors (pooled over the days the fall has
 * lasted) and beyond the product's own usual day-to-day swing. A fall the page's peer figure (同行平均)
 * shares is taken out first. Carts that fall while conversion holds at or above its own median are no
 * collapse: buyers still buy (a cart-heavy promotion ended, shoppers went straight to checkout, or the
 * product is back to normal after carts ran abnormally high), and nothing on the item page broke.
 * Both thresholds are shipped defaults; no platform publishes one.
 */
export const addToCartDrop: ProductAlertRule = {
  id: 'add-to-cart-drop',
  scope: 'product',
  severity: 'medium',
  metric: 'addToCartRate',
  title: { 'zh-CN': '加购率骤降', en: 'Add-to-cart rate fell against its own recent days' },
  short: { 'zh-CN': '加购骤降', en: 'Carts down' },
  action: {
    'zh-CN': '先查商品页最近改了什么：优惠券是否过期、热门 SKU 是否缺色缺码、价格是否调过、评价区首屏是否出现差评；再对比同价位竞品',
    en: 'Check what changed on the item page first: an expired coupon, a popular size or colour sold out, a price change, a bad review now on top; then compare rivals at the same price',
  },
  playbookTask: { templateId: 'product-lifecycle', taskId: 'add-to-cart-follow-up' },
  thresholds: ['addToCartDropRatio', 'addToCartMinExpected', 'minVisitors', 'noiseSigmas', 'baselineDays', 'minBaselineDays'],
  evaluate(ctx) {
    const metrics = ctx.snapshot.metrics;
    const value = addToCart(metrics);
    const visitors = traffic(metrics);
    if (value === null || visitors === null || visitors < ctx.settings.minVisitors) return null;
    const own = ownBaseline(ctx, addToCart);
    if (!own || own.median <= 0) return null;
    const peer = peerFactor(ctx, 'addToCartRate');
    const median = own.median * peer(ctx.index);
    const { addToCartDropRatio, addToCartMinExpected, noiseSigmas } = ctx.settings;
    const expectedCarts = visitors * median;
    if (expectedCarts < addToCartMinExpected) return null;
    const line = median * (1 - addToCartDropRatio);
    // Carts are counts: the days the fall has lasted are pooled, so a fall that persists is found on small days too.
    let carts = 0;
    let expected = 0;
    let seen = 0;
    const run = daysUnder(ctx, addToCart, line);
    for (const i of run) {
      const day = (ctx.history[i] as SnapshotRow).metrics;
      const dayVisitors = traffic(day) ?? 0;
      carts += (addToCart(day) ?? 0) * dayVisitors;
      expected += own.median * peer(i) * dayVisitors;
      seen += dayVisitors;
    }
    if (expected === 0 || poissonAtMost(Math.round(carts), expected) >= normalTail(noiseSigmas)) return null;
    // A product whose cart rate swings widely day to day (gift items around weekends, a rotating coupon) must
    // fall by more than that swing, which shrinks as the fall lasts (÷√days).
    if (carts / seen > median - (noiseSigmas * own.spread) / Math.sqrt(run.length) + EPSILON) return null;
    // Sales held up: the carts that went missing were not buyers lost. With no conversion figure, carts alone decide.
    const converting = conversion(metrics);
    const usualConversion = converting === null ? null : ownBaseline(ctx, conversion);
    if (converting !== null && usualConversion && converting >= usualConversion.median) return null;
    const drop = 1 - value / median;
    return {
      severity: drop >= 0.7 ? 'high' : 'medium',
      evidence: {
        metric: 'addToCartRate',
        value,
        baseline: median,
        period: ctx.period,
        extra: { drop, traffic: visitors, expectedCarts, baselineDays: own.periods },
        threshold: ctx.threshold('addToCartDropRatio', line),
      },
    };
  },
};
