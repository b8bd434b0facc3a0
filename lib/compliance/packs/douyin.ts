import type { RulePack } from '../types';
import { otherMarketplaceTerms } from './other-marketplaces';
import { termGroup } from './term-group';

const vagueTitleWord = termGroup({
  severity: 'info',
  category: 'platform',
  source: '抖店《商品信息发布规范》（2023-02 更新）：标题不得用模糊词描述商品',
  why: {
    'zh-CN': '抖店要求标题写清商品是什么，不能用“百货、孤品、好物、链接”这类模糊词代替商品名；详情里的一般用法不受影响。',
    en: 'Douyin wants titles to say what the item is, not vague words like "general goods", "one-off", "good stuff" or "link"; ordinary use in the description is fine.',
  },
});

const officialName = termGroup({
  severity: 'warn',
  category: 'platform',
  source: '抖店《商品信息发布规范》：不得冒用平台名义（原文待核对）',
  why: {
    'zh-CN': '商家不能以抖音官方的名义推荐商品，也不能未报名就使用官方活动名称。',
    en: 'Sellers may not present items as recommended by Douyin itself or use official campaign names without enrolment.',
  },
});

export const douyinPack: RulePack = {
  id: 'douyin',
  name: { 'zh-CN': '抖店', en: 'Douyin Shop' },
  description: {
    'zh-CN': '抖店自己的限制：标题不用模糊词，不提其他平台，不冒用抖音官方名义。',
    en: "Douyin Shop's own limits: no vague words for the item in titles, no other marketplaces, no posing as Douyin itself.",
  },
  lang: 'zh',
  platforms: ['douyin'],
  terms: [
    ...otherMarketplaceTerms(['抖音', '抖店'], '抖店《商品信息发布规范》：站外导流（原文待核对）'),
    vagueTitleWord('百货', ['（写明具体商品名）']),
    vagueTitleWord('孤品', ['（写明具体商品名）']),
    vagueTitleWord('好物', ['（写明具体商品名）']),
    vagueTitleWord('链接', ['（写明具体商品名）']),
    officialName('抖音官方', ['（删除）']),
    officialName('官方推荐', ['（删除）']),
    officialName('百亿补贴', ['（报名通过后再使用）']),
  ],
};
