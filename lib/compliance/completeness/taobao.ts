import type { LocalizedText } from '../../sites/types';
import type { PlatformRules } from './types';
import { attributesCheck, descriptionCheck, imageCountCheck, priceChecks, sellingPointsCheck, titleLengthChecks, weightedLength } from './shared';

const MAIN_IMAGES: LocalizedText = { 'zh-CN': '主图', en: 'main images' };

/**
 * Taobao's publish form (research/platforms.md §1 Taobao / Tmall):
 * - title ≤ 60 bytes, a CJK character counting 2 (schema `maxLengthRule value="60" unit="byte"`,
 *   UI hint "最多允许输入30个汉字（60字符）"); required.
 * - main images: at least 1, up to 5 ("商品主图最多上传5张", medium confidence).
 * - 类目属性: "填写属性越完整，越有可能影响搜索流量".
 */
export function taobaoRules(platform: LocalizedText): PlatformRules {
  return (listing) => [
    ...titleLengthChecks(listing.title, {
      max: 60,
      count: weightedLength,
      unit: { 'zh-CN': '字符', en: 'bytes' },
      platform,
    }),
    ...imageCountCheck(listing.imageCount, 1, 5, MAIN_IMAGES),
    ...attributesCheck(listing.attributes),
    ...descriptionCheck(listing.description, 1),
    ...sellingPointsCheck(listing.sellingPoints === undefined ? undefined : [listing.sellingPoints], 1, {
      'zh-CN': '卖点',
      en: 'selling points',
    }),
    ...priceChecks(listing.price, listing.referencePrice),
  ];
}

export const taobao: PlatformRules = taobaoRules({ 'zh-CN': '淘宝', en: 'Taobao' });
