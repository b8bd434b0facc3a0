import type { PlatformRules } from './types';
import { attributesCheck, descriptionCheck, imageCountCheck, priceChecks, titleLengthChecks, weightedLength } from './shared';

/**
 * Douyin 抖店 (research/platforms.md §1 Douyin): title 16–60 weighted characters, a Han character
 * counting 2 ("抖店标题统一按 8～30 个汉字、16～60 加权字符校验", two independent integrations, medium
 * confidence); main image "商品正面图*上传主图" required (no reliable upper limit found).
 */
export const douyin: PlatformRules = (listing) => [
  ...titleLengthChecks(listing.title, {
    max: 60,
    min: 16,
    count: weightedLength,
    unit: { 'zh-CN': '加权字符', en: 'weighted characters (CJK = 2)' },
    platform: { 'zh-CN': '抖店', en: 'Douyin' },
  }),
  ...imageCountCheck(listing.imageCount, 1, Infinity, { 'zh-CN': '主图', en: 'main images' }),
  ...attributesCheck(listing.attributes),
  ...descriptionCheck(listing.description, 1),
  ...priceChecks(listing.price, listing.referencePrice),
];
