import type { LocalizedText } from '../sites/types';

/**
 * Every tunable threshold, declared once: what it is in the seller's words, its unit and bounds (the
 * options page validates against these), its shipped value and where that value comes from. A new
 * rule's new threshold is one line here; `AlertThresholds` and `DEFAULT_THRESHOLDS` follow from it.
 * The handbook gives no number for any of them (its only figures are the category conversion means,
 * which live in the benchmarks), and the platforms publish none, so every shipped value is a default
 * the seller can change.
 */
export type ThresholdUnit = 'count' | 'share' | 'points' | 'days' | 'factor' | 'sigmas';

export interface ThresholdMeta {
  unit: ThresholdUnit;
  min: number;
  max: number;
  /** The shipped value (a default the seller can change, unless `source` says otherwise). */
  value: number;
  source: 'handbook' | 'platform' | 'default';
  label: LocalizedText;
}

const meta = (unit: ThresholdUnit, min: number, max: number, value: number, zh: string, en: string): ThresholdMeta => ({
  unit,
  min,
  max,
  value,
  source: 'default',
  label: { 'zh-CN': zh, en },
});

export const THRESHOLD_META = {
  /** Visitors (or sessions) a period needs before a rate in it is judged. */
  minVisitors: meta('count', 1, 100_000, 30, '判断比率所需的最少访客数（每天）', 'Visitors a day needs before a rate is judged'),
  /** Calendar days before the evaluated one that form the product's own baseline. */
  baselineDays: meta('days', 3, 60, 7, '自身基线的天数', 'Days in the product’s own baseline'),
  /** Prior days with a value needed before a baseline counts. */
  minBaselineDays: meta('days', 1, 60, 3, '基线至少需要的有数据天数', 'Days with a figure a baseline needs'),
  /**
   * A fall must also exceed this many of the product's usual day-to-day swings (robust standard
   * deviation of its baseline days, at least the counting noise of its volume) before it is a fall.
   */
  noiseSigmas: meta('sigmas', 1, 10, 4, '下降须超过日常波动的倍数', 'A fall must exceed the usual day-to-day swing this many times'),
  /**
   * How unlikely (in standard deviations) a pooled shortfall under a benchmark must be by chance: healthy
   * products sit at or above the benchmark, so this tail is one-sided and can be looser than a fall's.
   */
  benchmarkSigmas: meta('sigmas', 1, 10, 3, '低于基准须超出偶然波动的倍数', 'A shortfall under a benchmark must exceed chance this many times'),
  trafficDropRatio: meta('share', 0.05, 0.95, 0.4, '流量较自身基线下降比例', 'Traffic fall against its own baseline'),
  /** Baseline traffic below this is too small to call a drop (3 → 1 is noise). */
  trafficMinBaseline: meta('count', 1, 100_000, 20, '流量基线至少（每天）', 'Smallest daily traffic baseline judged'),
  conversionDropRatio: meta('share', 0.05, 0.95, 0.4, '转化率较自身基线下降比例', 'Conversion fall against its own baseline'),
  /** Orders the baseline conversion predicts for the day; under it a zero-order day is no evidence. */
  conversionMinExpectedOrders: meta('count', 1, 1000, 8, '基线预计订单数至少', 'Orders the baseline must predict for the day'),
  addToCartDropRatio: meta('share', 0.05, 0.95, 0.4, '加购率较自身基线下降比例', 'Add-to-cart rate fall against its own baseline'),
  /** Carts the baseline rate predicts at the day's visitors; under it a low day is no evidence. */
  addToCartMinExpected: meta('count', 1, 10_000, 15, '基线预计加购人数至少', 'Add-to-carts the baseline must predict for the day'),
  zeroSalesDays: meta('days', 1, 30, 3, '连续无成交天数', 'Days in a row with visitors and no sale'),
  zeroSalesMinDailyVisitors: meta('count', 1, 100_000, 20, '无成交判断的每日访客数至少', 'Visitors each of those days'),
  /** Orders the product's own (else benchmark) conversion predicts over the run; fewer is bad luck, not a break. */
  zeroSalesMinExpectedOrders: meta('count', 1, 1000, 7, '这些天预计订单数至少', 'Orders its conversion predicts over those days'),
  refundSpikeFactor: meta('factor', 1.1, 20, 2, '退款率为自身基线的倍数', 'Refund rate as a multiple of its own baseline'),
  refundRateFloor: meta('share', 0, 1, 0.05, '退款率至少', 'Refund rate at least'),
  refundMinOrders: meta('count', 1, 100_000, 5, '判断退款率的最少订单数', 'Orders a day needs before its refund rate is judged'),
  /** Floor of the separate, off-by-default "Buy Box share under a floor" rule (Amazon publishes none). */
  buyBoxFloor: meta('share', 0.05, 1, 0.9, '黄金购物车占比下限（单独规则，默认关闭）', 'Buy Box share floor (its own rule, off by default)'),
  /** Absolute drop (0.1 = 10 points) against the baseline. */
  buyBoxDropPoints: meta('points', 0.01, 1, 0.1, '黄金购物车占比较自身基线下降（百分点）', 'Buy Box share fall against its own baseline (points)'),
  buyBoxMinPageViews: meta('count', 1, 100_000, 30, '判断黄金购物车的最少页面浏览量', 'Page views a day needs before its Buy Box share is judged'),
  /** Coupon redemption planned for the whole burst window when the run sets none. */
  couponRedemptionPlan: meta('share', 0.01, 1, 0.3, '未设目标时的计划核销率', 'Planned coupon redemption when the run sets none'),
  couponMinIssued: meta('count', 1, 1_000_000, 50, '判断核销率的最少发券数', 'Coupons issued before redemption is judged'),
  paymentFailureFactor: meta('factor', 1.1, 20, 2, '支付失败为近期的倍数', 'Payment failures as a multiple of recent hours'),
  paymentFailureMin: meta('count', 1, 100_000, 5, '支付失败至少（每时段）', 'Payment failures a period needs'),
  /** Prior campaign periods the payment-failure baseline looks back over. */
  paymentFailureLookback: meta('count', 2, 48, 6, '支付失败基线回看时段数', 'Periods the payment-failure baseline looks back'),
  /** How far under the linear pace GMV may fall before it is behind (0.2 = 20%). */
  gmvPaceTolerance: meta('share', 0.01, 0.9, 0.2, 'GMV 低于线性进度的容差', 'How far GMV may fall under a straight-line pace'),
  /** Campaign pace is not judged before this share of the burst window has passed. */
  campaignMinElapsed: meta('share', 0, 0.9, 0.1, '判断进度前须过去的活动窗口比例', 'Share of the burst window before pace is judged'),
  /** Days of cover under which stock is low (库存预警) outside a campaign. */
  lowStockCoverDays: meta('days', 1, 365, 14, '库存可售天数低于（库存预警）', 'Low stock: days of cover under'),
  /** A campaign starting within this many days (or under way) raises the need to cover it through its encore. */
  lowStockCampaignLeadDays: meta('days', 0, 120, 14, '活动开始前多少天起，库存须撑到返场结束', 'Days before a campaign from which stock must last through its encore'),
  /** Days of the product's own sales the daily rate is averaged over. */
  stockSalesDays: meta('days', 3, 90, 14, '日均销量按最近多少天计算', 'Days of own sales the daily rate is averaged over'),
  /** 客单价 fall against the product's own baseline (0.3 = 30% lower). */
  aovDropRatio: meta('share', 0.05, 0.95, 0.3, '客单价较自身基线下降比例', 'Average order value fall against its own baseline'),
  /** Orders a day needs before its average order value is judged: a few baskets swing it at will. */
  aovMinOrders: meta('count', 1, 100_000, 10, '判断客单价的最少订单数（每天）', 'Orders a day needs before its average order value is judged'),
} as const satisfies Record<string, ThresholdMeta>;

/** Thresholds the seller can tune; rates are fractions like snapshot metrics. */
export type AlertThresholds = Record<keyof typeof THRESHOLD_META, number>;

export const THRESHOLD_KEYS = Object.keys(THRESHOLD_META) as (keyof AlertThresholds)[];
