// Plain constants, no zod: the sidebar's checklist shows these inside the content script.
import type { LocalizedText } from '../sites/types';

/** The segmentation playbook's cut-offs, each a number a task's text relies on. */
export const SEGMENT_CUTOFF_KEYS = ['newWithinDays', 'activeMinOrders', 'activeWindowDays', 'dormantAfterDays', 'vipTopPercent', 'winBackSecondDays', 'winBackThirdDays'] as const;
export type SegmentCutoffKey = (typeof SEGMENT_CUTOFF_KEYS)[number];

/** Where a playbook number comes from: the handbook, a shipped default, or the seller. */
export const NUMBER_SOURCES = ['handbook', 'default', 'seller'] as const;
export type NumberSource = (typeof NUMBER_SOURCES)[number];

export interface SegmentCutoffMeta {
  key: SegmentCutoffKey;
  label: LocalizedText;
  unit: 'days' | 'orders' | 'percent';
  value: number;
  min: number;
  max: number;
}

/** Common CRM practice: the handbook names new, active, dormant and VIP customers but gives no numbers. */
export const SEGMENT_CUTOFFS: Readonly<Record<SegmentCutoffKey, SegmentCutoffMeta>> = {
  newWithinDays: { key: 'newWithinDays', label: { 'zh-CN': '新客：首单后天数内', en: 'New: first order within' }, unit: 'days', value: 30, min: 1, max: 365 },
  activeMinOrders: { key: 'activeMinOrders', label: { 'zh-CN': '活跃：至少购买次数', en: 'Active: at least this many orders' }, unit: 'orders', value: 2, min: 1, max: 100 },
  activeWindowDays: { key: 'activeWindowDays', label: { 'zh-CN': '活跃：统计最近天数', en: 'Active: counted over the last' }, unit: 'days', value: 90, min: 7, max: 730 },
  dormantAfterDays: { key: 'dormantAfterDays', label: { 'zh-CN': '沉睡：未购天数超过', en: 'Dormant: no order for more than' }, unit: 'days', value: 90, min: 7, max: 730 },
  vipTopPercent: { key: 'vipTopPercent', label: { 'zh-CN': 'VIP：近一年消费额前', en: 'VIP: top share by spend over a year' }, unit: 'percent', value: 10, min: 1, max: 50 },
  winBackSecondDays: { key: 'winBackSecondDays', label: { 'zh-CN': '召回第二批：沉睡天数', en: 'Win-back second wave: asleep for' }, unit: 'days', value: 180, min: 14, max: 1095 },
  winBackThirdDays: { key: 'winBackThirdDays', label: { 'zh-CN': '召回第三批：沉睡天数', en: 'Win-back third wave: asleep for' }, unit: 'days', value: 365, min: 30, max: 1825 },
};
