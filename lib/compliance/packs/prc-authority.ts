import type { RulePack } from '../types';
import { patternGroup, termGroup } from './term-group';
import { PRC_MARKETPLACES } from './scope';

const stateName = termGroup({
  severity: 'block',
  category: 'authority',
  source: '《广告法》第九条第二项',
  why: {
    'zh-CN': '广告不得使用或变相使用国家机关、国家机关工作人员（包括领导人）的名义或形象来推荐商品。',
    en: 'Ads may not use the name or image of state organs or state officials (including national leaders) to recommend a product.',
  },
});

const specialSupply = termGroup({
  severity: 'block',
  category: 'authority',
  source: '中共中央办公厅、国务院办公厅《关于严禁中央和国家机关使用“特供”“专供”等标识的通知》（2013）；《广告法》第九条第二项',
  why: {
    'zh-CN': '“特供”“专供”暗示供应国家机关或军队，国家明令禁止在商品和广告中使用这类标识。',
    en: '"Special supply" labels imply the goods are supplied to state organs or the army; they are banned on goods and in ads.',
  },
});

const inspectionEndorsement = termGroup({
  severity: 'block',
  category: 'authority',
  source: '《产品质量法》第二十五条',
  why: {
    'zh-CN': '市场监管部门和其他国家机关、质检机构依法不得向社会推荐任何生产者的产品，“某局推荐”必然不实。',
    en: 'By law, market regulators, other state organs and testing bodies may not recommend any producer\'s products, so "recommended by the bureau" cannot be true.',
  },
});

const exemptFromInspection = termGroup({
  severity: 'block',
  category: 'authority',
  source: '国务院 2008 年取消产品免检制度；《广告法》第二十八条',
  why: {
    'zh-CN': '产品“免检”制度已于 2008 年取消，现在宣称“免检”属于虚假宣传。',
    en: 'Inspection exemptions for products were abolished in 2008; claiming "exempt from inspection" today is false.',
  },
});

const wellKnownMark = termGroup({
  severity: 'block',
  category: 'trademark',
  source: '《商标法》第十四条第五款',
  why: {
    'zh-CN': '生产、经营者不得把“驰名商标”字样用在商品、包装、容器或广告宣传上，违者罚款 10 万元。',
    en: 'Producers and sellers may not put the words "well-known trademark" on goods, packaging or in advertising (fine RMB 100k).',
  },
});

const needsTitle = termGroup({
  severity: 'warn',
  category: 'authority',
  source: '《广告法》第十一条、第二十八条',
  why: {
    'zh-CN': '借用官方媒体或官方称号作背书，必须有真实可查的依据，并写明出处；多数此类说法无法证明。',
    en: 'Borrowing the name of state media or an official title as an endorsement needs real, checkable proof and a stated source; most such claims have none.',
  },
});

export const prcAuthorityPack: RulePack = {
  id: 'prc-authority',
  name: { 'zh-CN': '国家机关名义与驰名商标', en: 'PRC: state endorsement and "well-known trademark"' },
  description: {
    'zh-CN': '借国家机关、领导人、“特供专供”、质检部门推荐、“免检”和“驰名商标”字样作宣传的说法。',
    en: 'Claims that borrow the name of state organs or leaders, "special supply" labels, inspection-bureau endorsements, "inspection-exempt" and the words "well-known trademark".',
  },
  lang: 'zh',
  // PRC law: the Chinese marketplaces, and a site the seller added (we cannot tell which law governs it).
  platforms: [...PRC_MARKETPLACES],
  law: 'prc',
  patterns: [
    // A state organ or the army as the product's user or endorser (机关食堂专用, 外交部招待用酒, 部委指定): the same
    // borrowing of the state's name as 特供/专供, whichever organ is named. Not 政府采购: a real procurement channel.
    patternGroup({ severity: 'block', category: 'authority', source: '《广告法》第九条第二项；中办、国办《关于严禁中央和国家机关使用“特供”“专供”等标识的通知》（2013）', why: {
      'zh-CN': '用国家机关、军队的名义（专用、招待、指定、推荐）宣传商品，广告法禁止。',
      en: 'Presenting goods as used, served or endorsed by state organs or the army is banned by the Advertising Law.',
    } })('zh-state-organ-use', '<机关|部委|外交部|国务院|军委|部队|军队|武警|钓鱼台|政府>{~4}{专用|专供|特供|指定|招待|用酒|用茶|推荐|定点}', ['（删除）']),
  ],
  terms: [
    stateName('国家领导人', ['（删除）']),
    stateName('领导人推荐', ['（删除）', '用户推荐']),
    stateName('领导人同款', ['（删除）']),
    stateName('主席推荐', ['（删除）']),
    stateName('总理推荐', ['（删除）']),
    stateName('国家机关推荐', ['（删除）']),
    stateName('机关推荐', ['（删除）']),
    stateName('政府推荐', ['（删除）']),
    stateName('政府指定', ['（删除）']),
    stateName('政府机关指定', ['（删除）']),
    stateName('机关指定', ['（删除）']),
    stateName('国家指定', ['（删除）']),
    stateName('部委推荐', ['（删除）']),
    stateName('人民大会堂指定', ['（删除）']),
    stateName('国宴专用', ['宴席用']),
    stateName('国宴', ['宴席'], {
      severity: 'warn',
      why: {
        'zh-CN': '“国宴”借用国家接待活动的名义，除非有可查证的真实供应记录，否则按变相使用国家机关名义处理。',
        en: '"State banquet" borrows the name of state receptions; unless you can prove a real supply record, it counts as using a state organ\'s name.',
      },
    }),

    specialSupply('特供', ['精选', '定制']),
    specialSupply('专供', ['专属款', '定制款'], {
      severity: 'warn',
      allowedContexts: ['电商专供', '线上专供', '网络专供', '渠道专供'],
      why: {
        'zh-CN': '“专供”容易被理解为供应国家机关；写“电商专供”这类说明销售渠道的用法可以。',
        en: '"Exclusive supply" reads as supply to state organs; naming a sales channel ("online-only model", 电商专供) is fine.',
      },
    }),
    specialSupply('部队专供', ['军旅风格']),
    specialSupply('军队特供', ['军旅风格']),
    specialSupply('军需', ['户外款'], {
      severity: 'warn',
      why: {
        'zh-CN': '“军需”“军用”暗示供应军队，除非能证明，否则属于借用国家名义。',
        en: '"Military supply" implies the army buys it; unless you can prove it, it borrows the state\'s name.',
      },
    }),
    specialSupply('军工品质', ['高强度', '耐用'], {
      severity: 'warn',
      why: {
        'zh-CN': '“军工品质”暗示达到军工标准，需要有真实依据，否则属于引人误解的宣传。',
        en: '"Military-grade quality" implies a military standard; without proof it misleads buyers.',
      },
    }),

    inspectionEndorsement('质监局推荐', ['（删除）', '检测合格']),
    inspectionEndorsement('工商局推荐', ['（删除）']),
    inspectionEndorsement('市场监管局推荐', ['（删除）']),
    inspectionEndorsement('卫健委推荐', ['（删除）']),
    inspectionEndorsement('卫生部推荐', ['（删除）']),
    inspectionEndorsement('质检推荐', ['检测合格']),
    inspectionEndorsement('消协推荐', ['（删除）'], {
      source: '《消费者权益保护法》第三十八条',
      why: {
        'zh-CN': '消费者协会依法不得以牟利为目的向消费者推荐商品，“消协推荐”基本无法成立。',
        en: 'Consumer associations may not recommend products for gain, so "recommended by the consumer association" is almost never true.',
      },
    }),

    exemptFromInspection('免检产品', ['检测合格']),
    exemptFromInspection('国家免检', ['检测合格']),
    exemptFromInspection('免检', ['检测合格']),

    wellKnownMark('驰名商标', ['注册商标', '（删除）']),
    wellKnownMark('中国驰名商标', ['注册商标', '（删除）']),
    wellKnownMark('著名商标', ['注册商标'], {
      severity: 'warn',
      source: '各地“著名商标”评定已清理废止；《广告法》第二十八条',
      why: {
        'zh-CN': '各地“著名商标”评定已经取消，继续宣称可能引人误解。',
        en: 'Local "famous trademark" titles have been abolished; still claiming one can mislead buyers.',
      },
    }),

    needsTitle('央视推荐', ['（删除）']),
    needsTitle('央视上榜品牌', ['（删除）']),
  ],
};
