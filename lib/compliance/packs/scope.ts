import { chineseMarketplaces } from '../../sites';
import type { BuiltInPlatformId } from '../../sites/types';

/**
 * Where a rule family applies (labelling policy §3, tests/fixtures/compliance-eval/POLICY.md). PRC law (广告法,
 * 化妆品监督管理条例, 食品安全法, 商标法) governs listings on the Chinese marketplaces; US law (FDA/FTC/EPA) governs
 * the English storefronts, Amazon and the seller's own Shopify store alike. A marketplace's own rules (Amazon's
 * ban on prices and contact details, the Chinese platforms' diversion and cash-back rules) apply on that
 * marketplace only: those packs name their platforms themselves.
 */
// The marketplaces whose adapters are marked `chineseMarketplace` (lib/sites/adapters): a new Chinese marketplace
// gets the PRC packs with no edit here.
export const PRC_MARKETPLACES: readonly BuiltInPlatformId[] = chineseMarketplaces();
export const US_STOREFRONTS = ['amazon', 'shopify'] as const satisfies readonly BuiltInPlatformId[];
