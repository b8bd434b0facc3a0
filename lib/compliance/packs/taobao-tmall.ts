import type { RulePack } from '../types';
import { otherMarketplaceTerms } from './other-marketplaces';
import { termGroup } from './term-group';

const activityLabel = termGroup({
  severity: 'warn',
  category: 'platform',
  source: '淘宝网市场管理与违规处理规范：滥发信息 / 不当使用平台活动名义（原文待核对）',
  why: {
    'zh-CN': '平台活动名称只有报名并通过的商品才能使用；没参加活动却写进标题，会被当作滥发信息。',
    en: 'Platform campaign names are only for items enrolled in that campaign; using one otherwise counts as spam.',
  },
});

export const taobaoTmallPack: RulePack = {
  id: 'taobao-tmall',
  name: { 'zh-CN': '淘宝 / 天猫', en: 'Taobao / Tmall' },
  description: {
    'zh-CN': '淘宝、天猫自己的限制：不得在商品信息里提其他平台，未报名不得使用平台活动名称。',
    en: "Taobao and Tmall's own limits: no mention of other marketplaces in listings, no campaign names without enrolment.",
  },
  lang: 'zh',
  platforms: ['taobao', 'tmall'],
  terms: [
    ...otherMarketplaceTerms(['淘宝', '天猫', '淘口令'], '淘宝网市场管理与违规处理规范 / 天猫市场管理规范：发布站外信息（原文待核对）'),
    activityLabel('聚划算', ['（报名通过后再使用）']),
    activityLabel('百亿补贴', ['（报名通过后再使用）']),
  ],
};
