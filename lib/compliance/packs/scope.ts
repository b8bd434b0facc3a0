import type { BuiltInPlatformId } from '../../sites/types';

/**
 * Where a rule family applies (labelling policy §3, tests/fixtures/compliance-eval/POLICY.md). PRC law (广告法,
 * 化妆品监督管理条例, 食品安全法, 商标法) governs listings on the Chinese marketplaces; US law (FDA/FTC/EPA) governs
 * the English storefronts, Amazon and the seller's own Shopify store alike. A marketplace's own rules (Amazon's
 * ban on prices and contact details, the Chinese platforms' diversion and cash-back rules) apply on that
 * marketplace only: those packs name their platforms themselves.
 */
export const PRC_MARKETPLACES = ['taobao', 'tmall', 'jd', 'pinduoduo', 'douyin'] as const satisfies readonly BuiltInPlatformId[];
export const US_STOREFRONTS = ['amazon', 'shopify'] as const satisfies readonly BuiltInPlatformId[];
