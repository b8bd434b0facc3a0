import type { RulePack } from '../types';
import { otherMarketplaceTerms } from './other-marketplaces';

/**
 * 快手小店's own limit, like the other Chinese marketplaces' packs: naming another marketplace in a listing is
 * off-platform diversion (labelling policy §3/§4 DIV: other shops or apps). 快手 itself is of course allowed on it.
 */
export const kuaishouPack: RulePack = {
  id: 'kuaishou',
  name: { 'zh-CN': '快手小店', en: 'Kuaishou Shop' },
  description: {
    'zh-CN': '快手小店自己的限制：不得在商品信息里提其他平台。',
    en: "Kuaishou Shop's own limit: no mention of other marketplaces in listings.",
  },
  lang: 'zh',
  platforms: ['kuaishou'],
  terms: [...otherMarketplaceTerms(['快手'], '快手小店《商品信息发布规范》：站外导流（原文待核对）')],
};
