import type { PlatformRules } from './types';
import { attributesCheck, descriptionCheck, imageCountCheck, priceChecks, titlePresentCheck } from './shared';

/**
 * Any site without known limits (JD uses these too): title present, at least one image, attributes, description
 * and price. No title-length limit: research/platforms.md §1 JD found no reliable source ("do not hard-code").
 */
export const generic: PlatformRules = (listing) => [
  ...titlePresentCheck(listing.title),
  ...imageCountCheck(listing.imageCount, 1, Infinity, { 'zh-CN': '主图', en: 'main images' }),
  ...attributesCheck(listing.attributes),
  ...descriptionCheck(listing.description, 1),
  ...priceChecks(listing.price, listing.referencePrice),
];
