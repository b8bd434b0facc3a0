import type { SnapshotRow } from '../../db/types';
import type { Metrics } from '../../metrics/keys';
import { dayNumber } from '../periods';
import { medianOver, normalTail, peerFactor, poissonAtLeast, poissonAtMost } from '../readings';
import type { ProductAlertRule } from '../types';

/** Orders a row shows: paid orders, else paying buyers, else units (one of them is on every sales table). */
function ordersOf(m: Metrics): number | null {
  for (const value of [m.orders, m.buyers, m.units]) if (value !== null && value !== undefined && Number.isFinite(value)) return value;
  return null;
}

function logOrdersOf(m: Metrics): number | null {
  const orders = ordersOf(m);
  return orders === null ? null : Math.log1p(orders);
}

// Defaults, not handbook figures (the handbook only says to watch order volume for anomalies):
/** Days of the product's own history the pattern is read from, and how many need a figure. */
const PATTERN_DAYS = 28;
const MIN_PATTERN_DAYS = 14;
/** A median under 10 orders a day is too thin: 2 → 9 orders is a lucky day, not a spike. */
const MIN_MEDIAN_ORDERS = 10;
/** Besides the noise test, a spike is at least ×3 the usual day and a collapse at most a third of it. */
const FACTOR = 3;

/**
 * Handbook: watch order volume for anomalies — a spike (a price error, 刷单, a coupon leaked to a deal
 * forum) or a collapse (listing down, out of stock, a payment or logistics fault). Judged against the
 * product's own daily pattern: the median of its last four weeks. The day must be beyond its usual swing
 * (the robust swing of log orders, so ×k either way) and beyond counting noise (Poisson at that median: 0 orders against a median of 15 is
 * telling, 2 against 5 is not), and at least ×3 (or a third) of the usual day.
 */
export const orderVolumeAbnormal: ProductAlertRule = {
  id: 'order-volume-abnormal',
  scope: 'product',
  severity: 'high',
  metric: 'orders',
  title: { 'zh-CN': '订单量异常（较自身规律暴涨或骤降）', en: 'Abnormal order volume (a spike or collapse against its own pattern)' },
  short: { 'zh-CN': '订单量异常', en: 'Orders abnormal' },
  action: {
    'zh-CN': '核对价格、库存、优惠券与链接状态；暴涨先排查错价与刷单，骤降先查下架、缺货和支付/物流故障',
    en: 'Check price, stock, coupons and listing status: for a spike rule out a price error or fake orders first; for a collapse, a delisting, stock-out or payment/shipping fault',
  },
  thresholds: ['noiseSigmas'],
  evaluate(ctx) {
    const today = ordersOf(ctx.snapshot.metrics);
    if (today === null) return null;
    const first = dayNumber(ctx.period) - PATTERN_DAYS;
    let from = ctx.index;
    while (from > 0 && dayNumber((ctx.history[from - 1] as SnapshotRow).period) >= first) from--;
    const pattern = medianOver(ctx.history, from, ctx.index, ordersOf, MIN_PATTERN_DAYS);
    if (!pattern || pattern.median < MIN_MEDIAN_ORDERS) return null;
    // Demand swings multiply (a 20% busier day is 20% whatever the size), so the usual swing is read on log orders.
    const logPattern = medianOver(ctx.history, from, ctx.index, logOrdersOf, MIN_PATTERN_DAYS)!;
    const sigmas = ctx.settings.noiseSigmas;
    const chance = normalTail(sigmas);
    const swing = Math.exp(sigmas * logPattern.spread);
    const usual = pattern.median * peerFactor(ctx, 'conversionRate')(ctx.index);
    const high = usual * Math.max(swing, FACTOR);
    const low = usual / Math.max(swing, FACTOR);
    const direction = today >= high && poissonAtLeast(today, usual) < chance ? 'spike' : today <= low && poissonAtMost(today, usual) < chance ? 'collapse' : null;
    if (!direction) return null;
    return {
      severity: direction === 'collapse' ? 'high' : 'medium',
      evidence: {
        metric: 'orders',
        value: today,
        baseline: Math.round(usual * 10) / 10,
        period: ctx.period,
        extra: { direction, usualSwing: Math.round(Math.exp(logPattern.spread) * 100) / 100, days: pattern.periods },
        threshold: ctx.threshold('noiseSigmas', direction === 'spike' ? high : Math.max(0, low)),
      },
    };
  },
};
