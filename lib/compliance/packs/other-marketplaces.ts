import type { ComplianceTerm } from '../types';
import { termGroup } from './term-group';

/** Marketplace names as sellers write them, with the everyday words that merely contain them. */
const MARKETPLACE_NAMES: { name: string; allowedContexts?: string[] }[] = [
  { name: '淘宝' },
  { name: '天猫', allowedContexts: ['天猫精灵'] },
  { name: '淘口令' },
  { name: '京东', allowedContexts: ['京东方'] },
  { name: '拼多多' },
  { name: '抖音' },
  { name: '抖店' },
  { name: '快手', allowedContexts: ['快手菜'] },
  { name: '唯品会' },
  { name: '苏宁易购' },
  { name: '闲鱼' },
  { name: '小红书' },
  // 1688 is also a price sellers like (售价1688元, ¥1688): as a price it names no marketplace.
  { name: '1688', allowedContexts: ['1688元', '1688块', '¥1688', '￥1688', '价1688', '1688.00'] },
  { name: '亚马逊', allowedContexts: ['亚马逊雨林', '亚马逊河'] },
];

/**
 * One platform's terms for naming other marketplaces in its listings (站外导流). `ownNames` are the
 * platform's own names, which are of course allowed on it.
 */
export function otherMarketplaceTerms(ownNames: readonly string[], source: string): ComplianceTerm[] {
  const mention = termGroup({
    severity: 'warn',
    category: 'platform',
    source,
    why: {
      'zh-CN': '在商品信息里提到其他平台（名称、口令、店铺），平台会按发布站外信息、导流处理。',
      en: 'Mentioning another marketplace (its name, share codes, shops) in a listing counts as advertising off-platform and diverting buyers.',
    },
  });
  return MARKETPLACE_NAMES.filter(({ name }) => !ownNames.includes(name)).map(({ name, allowedContexts }) =>
    mention(name, ['（删除）'], allowedContexts ? { allowedContexts } : {}),
  );
}
