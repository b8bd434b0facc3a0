import type { PlatformRules } from './types';
import { charLength, descriptionCheck, imageCountCheck, priceChecks, titleLengthChecks } from './shared';

/**
 * Shopify (research/platforms.md §1 Shopify): the search-engine listing title takes at most 70
 * characters ("You can enter up to 70 characters in the title", Shopify Help "Adding keywords").
 */
export const shopify: PlatformRules = (listing) => [
  ...titleLengthChecks(listing.title, {
    max: 70,
    count: charLength,
    unit: { 'zh-CN': '字符', en: 'characters' },
    platform: { 'zh-CN': 'Shopify 搜索引擎标题', en: 'Shopify SEO title' },
  }),
  ...imageCountCheck(listing.imageCount, 1, Infinity, { 'zh-CN': '商品图片', en: 'product images' }),
  ...descriptionCheck(listing.description, 1),
  ...priceChecks(listing.price, listing.referencePrice),
];
