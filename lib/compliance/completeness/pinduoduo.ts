import type { PlatformRules } from './types';
import { attributesCheck, descriptionCheck, imageCountCheck, priceChecks, titleLengthChecks, weightedLength } from './shared';

/**
 * Pinduoduo (research/platforms.md §1 Pinduoduo):
 * - title ≤ 60 (about 30 汉字): UNVERIFIED, only third-party code trims `goods_name` to 60; counted
 *   like Taobao (CJK = 2) until an official string turns up.
 * - `goods_desc` 商品描述 "字数限制：20-500" (pdd.goods.add API doc).
 * - `carousel_gallery` main images: at least 1.
 */
export const pinduoduo: PlatformRules = (listing) => [
  ...titleLengthChecks(listing.title, {
    max: 60,
    count: weightedLength,
    unit: { 'zh-CN': '字符', en: 'characters (CJK = 2)' },
    platform: { 'zh-CN': '拼多多', en: 'Pinduoduo' },
  }),
  ...imageCountCheck(listing.imageCount, 1, Infinity, { 'zh-CN': '轮播图', en: 'carousel images' }),
  ...descriptionCheck(listing.description, 20, 500),
  ...attributesCheck(listing.attributes),
  ...priceChecks(listing.price, listing.referencePrice),
];
