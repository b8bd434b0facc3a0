import type { LocalizedText } from '../sites/types';
import type { AlertThresholds } from './types';

/**
 * What each tunable threshold is, in the seller's words, with its unit and bounds (the options page
 * validates against these) and where its shipped value comes from. The handbook gives no number for
 * any of them (its only figures are the category conversion means, which live in the benchmarks), and
 * the platforms publish none, so every shipped value is a default the seller can change.
 */
export type ThresholdUnit = 'count' | 'share' | 'points' | 'days' | 'factor' | 'sigmas';

export interface ThresholdMeta {
  unit: ThresholdUnit;
  min: number;
  max: number;
  source: 'handbook' | 'platform' | 'default';
  label: LocalizedText;
}

const meta = (unit: ThresholdUnit, min: number, max: number, zh: string, en: string): ThresholdMeta => ({
  unit,
  min,
  max,
  source: 'default',
  label: { 'zh-CN': zh, en },
});

export const THRESHOLD_META: Record<keyof AlertThresholds, ThresholdMeta> = {
  minVisitors: meta('count', 1, 100_000, '判断比率所需的最少访客数（每天）', 'Visitors a day needs before a rate is judged'),
  baselineDays: meta('days', 3, 60, '自身基线的天数', 'Days in the product’s own baseline'),
  minBaselineDays: meta('days', 1, 60, '基线至少需要的有数据天数', 'Days with a figure a baseline needs'),
  noiseSigmas: meta('sigmas', 1, 10, '下降须超过日常波动的倍数', 'A fall must exceed the usual day-to-day swing this many times'),
  benchmarkSigmas: meta('sigmas', 1, 10, '低于基准须超出偶然波动的倍数', 'A shortfall under a benchmark must exceed chance this many times'),
  trafficDropRatio: meta('share', 0.05, 0.95, '流量较自身基线下降比例', 'Traffic fall against its own baseline'),
  trafficMinBaseline: meta('count', 1, 100_000, '流量基线至少（每天）', 'Smallest daily traffic baseline judged'),
  conversionDropRatio: meta('share', 0.05, 0.95, '转化率较自身基线下降比例', 'Conversion fall against its own baseline'),
  conversionMinExpectedOrders: meta('count', 1, 1000, '基线预计订单数至少', 'Orders the baseline must predict for the day'),
  zeroSalesDays: meta('days', 1, 30, '连续无成交天数', 'Days in a row with visitors and no sale'),
  zeroSalesMinDailyVisitors: meta('count', 1, 100_000, '无成交判断的每日访客数至少', 'Visitors each of those days'),
  zeroSalesMinExpectedOrders: meta('count', 1, 1000, '这些天预计订单数至少', 'Orders its conversion predicts over those days'),
  refundSpikeFactor: meta('factor', 1.1, 20, '退款率为自身基线的倍数', 'Refund rate as a multiple of its own baseline'),
  refundRateFloor: meta('share', 0, 1, '退款率至少', 'Refund rate at least'),
  refundMinOrders: meta('count', 1, 100_000, '判断退款率的最少订单数', 'Orders a day needs before its refund rate is judged'),
  buyBoxFloor: meta('share', 0.05, 1, '黄金购物车占比下限（单独规则，默认关闭）', 'Buy Box share floor (its own rule, off by default)'),
  buyBoxDropPoints: meta('points', 0.01, 1, '黄金购物车占比较自身基线下降（百分点）', 'Buy Box share fall against its own baseline (points)'),
  buyBoxMinPageViews: meta('count', 1, 100_000, '判断黄金购物车的最少页面浏览量', 'Page views a day needs before its Buy Box share is judged'),
  couponRedemptionPlan: meta('share', 0.01, 1, '未设目标时的计划核销率', 'Planned coupon redemption when the run sets none'),
  couponMinIssued: meta('count', 1, 1_000_000, '判断核销率的最少发券数', 'Coupons issued before redemption is judged'),
  paymentFailureFactor: meta('factor', 1.1, 20, '支付失败为近期的倍数', 'Payment failures as a multiple of recent hours'),
  paymentFailureMin: meta('count', 1, 100_000, '支付失败至少（每时段）', 'Payment failures a period needs'),
  paymentFailureLookback: meta('count', 2, 48, '支付失败基线回看时段数', 'Periods the payment-failure baseline looks back'),
  gmvPaceTolerance: meta('share', 0.01, 0.9, 'GMV 低于线性进度的容差', 'How far GMV may fall under a straight-line pace'),
  campaignMinElapsed: meta('share', 0, 0.9, '判断进度前须过去的活动窗口比例', 'Share of the burst window before pace is judged'),
  lowStockCoverDays: meta('days', 1, 365, '库存可售天数低于（库存预警）', 'Low stock: days of cover under'),
  lowStockCampaignLeadDays: meta('days', 0, 120, '活动开始前多少天起，库存须撑到返场结束', 'Days before a campaign from which stock must last through its encore'),
  stockSalesDays: meta('days', 3, 90, '日均销量按最近多少天计算', 'Days of own sales the daily rate is averaged over'),
};

export const THRESHOLD_KEYS = Object.keys(THRESHOLD_META) as (keyof AlertThresholds)[];
