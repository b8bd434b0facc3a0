import type { LocalizedText } from '../../sites/types';
import type { TargetKey } from '../model';

/** A bilingual string: Chinese first, as the handbook is written. */
export function l(zh: string, en: string): LocalizedText {
  return { 'zh-CN': zh, en };
}

/** Targets several playbooks ask for, labelled once. */
export const TARGETS = {
  gmv: { key: 'gmv', label: l('GMV（成交额）', 'GMV'), unit: 'money' },
  newUsers: { key: 'newUsers', label: l('新增用户数', 'New users'), unit: 'count' },
  conversionRate: { key: 'conversionRate', label: l('转化率', 'Conversion rate'), unit: 'ratio' },
  aov: { key: 'aov', label: l('客单价', 'Average order value'), unit: 'money' },
  addToCartRate: { key: 'addToCartRate', label: l('加购率', 'Add-to-cart rate'), unit: 'ratio' },
  couponRedemptionRate: { key: 'couponRedemptionRate', label: l('优惠券核销率', 'Coupon redemption rate'), unit: 'ratio' },
  roi: { key: 'roi', label: l('投入产出比（ROI）', 'Return on spend (ROI)'), unit: 'multiple' },
  repurchaseRate: { key: 'repurchaseRate', label: l('复购率', 'Repurchase rate'), unit: 'ratio' },
  reactivatedUsers: { key: 'reactivatedUsers', label: l('召回用户数', 'Reactivated users'), unit: 'count' },
} as const satisfies Record<string, TargetKey>;
