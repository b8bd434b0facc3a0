import type { RulePack } from '../types';
import { otherMarketplaceTerms } from './other-marketplaces';
import { termGroup } from './term-group';

const selfOperated = termGroup({
  severity: 'warn',
  category: 'platform',
  source: '京东开放平台规则：发布违规信息 / 不当使用平台名义（原文待核对）；《反不正当竞争法》（混淆行为）',
  why: {
    'zh-CN': '“京东自营”和平台活动名称只属于京东自营商品或报名通过的商品；第三方商家使用会误导买家。',
    en: '"JD self-operated" and platform campaign names belong to JD\'s own stock or enrolled items; a third-party seller using them misleads buyers.',
  },
});

export const jdPack: RulePack = {
  id: 'jd',
  name: { 'zh-CN': '京东', en: 'JD.com' },
  description: {
    'zh-CN': '京东自己的限制：不得在商品信息里提其他平台，第三方商家不得冒用“京东自营”或未报名的活动名称。',
    en: "JD's own limits: no mention of other marketplaces, no \"JD self-operated\" or campaign names a third-party seller is not entitled to.",
  },
  lang: 'zh',
  platforms: ['jd'],
  terms: [
    ...otherMarketplaceTerms(['京东'], '京东开放平台规则：发布站外信息 / 站外导流（原文待核对）'),
    selfOperated('京东自营', ['（删除）']),
    selfOperated('百亿补贴', ['（报名通过后再使用）']),
  ],
};
