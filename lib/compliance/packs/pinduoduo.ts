import type { RulePack } from '../types';
import { otherMarketplaceTerms } from './other-marketplaces';
import { termGroup } from './term-group';

const activityLabel = termGroup({
  severity: 'warn',
  category: 'platform',
  source: '拼多多平台规则：商品信息发布 / 不当使用平台活动名义（原文待核对）',
  why: {
    'zh-CN': '“百亿补贴”“万人团”等是拼多多官方活动，只有报名通过的商品才能使用这些名称。',
    en: '"Ten-billion subsidy" and "10,000-buyer group" are Pinduoduo campaigns; only enrolled items may use the names.',
  },
});

export const pinduoduoPack: RulePack = {
  id: 'pinduoduo',
  name: { 'zh-CN': '拼多多', en: 'Pinduoduo' },
  description: {
    'zh-CN': '拼多多自己的限制：不得在商品信息里提其他平台，未报名不得使用官方活动名称。',
    en: "Pinduoduo's own limits: no mention of other marketplaces, no official campaign names without enrolment.",
  },
  lang: 'zh',
  platforms: ['pinduoduo'],
  terms: [
    ...otherMarketplaceTerms(['拼多多'], '拼多多平台规则：发布站外信息 / 站外导流（原文待核对）'),
    activityLabel('百亿补贴', ['（报名通过后再使用）']),
    activityLabel('万人团', ['（报名通过后再使用）']),
  ],
};
