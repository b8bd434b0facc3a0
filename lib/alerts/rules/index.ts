import type { AlertRule, CampaignAlertRule, ProductAlertRule } from '../types';
import { addToCartDrop } from './add-to-cart-drop';
import { aovDrop } from './aov-drop';
import { buyBoxFalling } from './buybox-falling';
import { buyBoxUnderFloor } from './buybox-under-floor';
import { cartHighConversionLow } from './cart-high-conversion-low';
import { conversionDrop } from './conversion-drop';
import { ctrLowPromotion } from './ctr-low-promotion';
import { couponRedemptionUnderPlan } from './coupon-redemption-under-plan';
import { gmvPaceBehind } from './gmv-pace-behind';
import { lowConversionPromotion } from './low-conversion-promotion';
import { lowStock } from './low-stock';
import { orderVolumeAbnormal } from './order-volume-abnormal';
import { paymentFailuresRising } from './payment-failures-rising';
import { refundRateSpike } from './refund-rate-spike';
import { trafficDrop } from './traffic-drop';
import { zeroSalesWithTraffic } from './zero-sales-with-traffic';

/** Every rule, one file each; the engine evaluates them in this order. */
export const PRODUCT_RULES: readonly ProductAlertRule[] = [
  lowConversionPromotion,
  trafficDrop,
  conversionDrop,
  cartHighConversionLow,
  addToCartDrop,
  zeroSalesWithTraffic,
  refundRateSpike,
  buyBoxFalling,
  buyBoxUnderFloor,
  ctrLowPromotion,
  orderVolumeAbnormal,
  lowStock,
  aovDrop,
];

export const CAMPAIGN_RULES: readonly CampaignAlertRule[] = [couponRedemptionUnderPlan, paymentFailuresRising, gmvPaceBehind];

export const ALERT_RULES: readonly AlertRule[] = [...PRODUCT_RULES, ...CAMPAIGN_RULES];

const BY_ID = new Map(ALERT_RULES.map((rule) => [rule.id, rule]));

export function ruleById(id: string): AlertRule | undefined {
  return BY_ID.get(id);
}
