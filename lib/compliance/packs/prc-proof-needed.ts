import type { RulePack } from '../types';
import { patternGroup, termGroup } from './term-group';
import { PRC_MARKETPLACES } from './scope';

const firstOrOnly = termGroup({
  severity: 'warn',
  category: 'proof-needed',
  source: '《广告法》第四条、第二十八条；《广告绝对化用语执法指南》（市场监管总局，2023）',
  why: {
    'zh-CN': '“首家、独家、唯一”只有限定范围（地域、时间、品类）并能拿出客观证据时才合法，否则按绝对化用语或虚假宣传处理。',
    en: '"First", "exclusive" and "only" are lawful only with a stated scope (place, time, category) and objective proof; otherwise they count as absolute or false claims.',
  },
});

const leadership = termGroup({
  severity: 'warn',
  category: 'proof-needed',
  source: '《广告法》第十一条、第二十八条',
  why: {
    'zh-CN': '“领先、国际品质”这类比较需要可查证的依据（检测、排名来源）并标明出处，拿不出就是引人误解的宣传。',
    en: 'Claims of leading or international quality need checkable evidence (tests, ranking source) and a stated source; without it they mislead.',
  },
});

const evidence = termGroup({
  severity: 'warn',
  category: 'proof-needed',
  source: '《广告法》第十一条',
  why: {
    'zh-CN': '引用数据、研究、检测或推荐时，内容必须真实准确并标明出处；没有可公开的来源就删掉。',
    en: 'When you cite data, studies, tests or endorsements they must be true and their source named; if you cannot name one, remove it.',
  },
});

const cleanLabel = termGroup({
  severity: 'warn',
  category: 'proof-needed',
  source: '《广告法》第二十八条；《食品安全法》第七十一条',
  why: {
    'zh-CN': '“零添加、纯天然、无副作用”需要配方和检测证明；只要有一种原料或添加剂不符就是虚假宣传。',
    en: '"Zero additives", "all natural" and "no side effects" need the formula and tests to prove them; one non-conforming ingredient makes it false.',
  },
});

const certifiedLabel = termGroup({
  severity: 'warn',
  category: 'proof-needed',
  source: '《有机产品认证管理办法》；《绿色食品标志管理办法》',
  why: {
    'zh-CN': '“有机”“绿色食品”等是认证标志，只有取得相应认证的产品才能使用，请在详情中展示证书编号。',
    en: '"Organic" and "green food" are certification marks; only certified products may use them. Show the certificate number.',
  },
});

const nutritionClaim = termGroup({
  severity: 'warn',
  category: 'proof-needed',
  source: '《预包装食品营养标签通则》（GB 28050）',
  why: {
    'zh-CN': '“无糖、零卡”是营养声称，含量必须低于国家标准规定的限值（如无糖≤0.5g/100g），否则属于虚假标注。',
    en: '"Sugar-free" or "zero calories" are nutrition claims with legal limits (sugar-free ≤0.5 g/100 g); above them the claim is false.',
  },
});

export const prcProofNeededPack: RulePack = {
  id: 'prc-proof-needed',
  name: { 'zh-CN': '需要证明的宣称', en: 'PRC: claims that need proof' },
  description: {
    'zh-CN': '首家、独家、唯一、领先、专利、检测、零添加、有机等说法：属实并能证明时可以用，提醒你准备好依据。',
    en: 'First, exclusive, only, leading, patented, tested, zero-additive, organic: lawful when true and provable, so you are reminded to have the proof ready.',
  },
  lang: 'zh',
  // PRC law: the Chinese marketplaces, and a site the seller added (we cannot tell which law governs it).
  platforms: [...PRC_MARKETPLACES],
  law: 'prc',
  patterns: [
    // 领先整个行业, 领先所有同行: the same leadership claim as 行业领先, turned round.
    patternGroup({ severity: 'warn', category: 'proof-needed', source: '《广告法》第四条、第二十八条（引人误解的比较须有依据）', why: {
      'zh-CN': '“领先整个行业”这类比较需要可查证的依据（检测、排名来源）并标明出处，拿不出就是引人误解的宣传。',
      en: 'A claim to lead the whole industry needs verifiable evidence (tests, a ranking source), cited; without it, it misleads.',
    } })('zh-leads-industry', '<领先>{整个|全|所有|}{行业|同行|业界|同类}', ['（删除，或附依据）']),
  ],
  terms: [
    firstOrOnly('首家', ['（写明范围和依据）']),
    firstOrOnly('首个', ['（写明范围和依据）']),
    firstOrOnly('首款', ['新款', '（写明范围和依据）']),
    firstOrOnly('首创', ['创新', '（写明依据）']),
    // A plain 首发 (首发新品, 首发价) only says the item is newly released, a release note like 2024最新款 (policy §6);
    // 全球首发 / 全网首发 claim a first and need proof.
    firstOrOnly('全网首发', ['新品上市']),
    firstOrOnly('全国首发', ['新品上市']),
    firstOrOnly('全球首发', ['新品上市']),
    firstOrOnly('全国首家', ['（写明范围和依据）']),
    firstOrOnly('独家', ['特色', '（写明依据）']),
    firstOrOnly('全网独家', ['本店特色']),
    firstOrOnly('独创', ['自主设计', '（写明依据）']),
    firstOrOnly('独有', ['特色']),
    firstOrOnly('唯一', ['少有', '（写明范围和依据）'], { allowedAfter: ["的缺点", "缺点", "的不足", "不足", "防伪", "溯源", "编码", "码", "序列号", "识别码", "标识", "视觉", "id", "编号"] }),

    leadership('国际品质', ['高品质']),
    leadership('国际标准', ['符合 XX 标准（写明编号）']),
    leadership('国际领先', ['先进']),
    leadership('全球领先', ['先进']),
    leadership('销量领先', ['热销']),
    leadership('仅此一款', ['（删除）']),
    leadership('国内领先', ['先进']),
    leadership('世界领先', ['先进']),
    leadership('行业领先', ['专业']),
    leadership('领先水平', ['较高水平']),
    leadership('国际大牌', ['品牌']),

    evidence('临床验证', ['（写明试验机构和报告）']),
    evidence('临床证明', ['（写明试验机构和报告）']),
    evidence('实验证明', ['（写明报告出处）']),
    evidence('科学证明', ['（写明研究出处）']),
    evidence('研究表明', ['（写明研究出处）']),
    evidence('权威认证', ['（写明认证名称和编号）']),
    evidence('权威检测', ['（写明检测机构和报告编号）']),
    evidence('专家推荐', ['（删除）']),
    evidence('医生推荐', ['（删除）'], {
      why: {
        'zh-CN': '药品、医疗器械、保健食品广告不得利用医生形象推荐；其他商品用“医生推荐”也容易被当作医疗宣称，需要真实依据。',
        en: 'Drug, device and health-food ads may not use doctors as endorsers; on other goods "doctor recommended" reads as a medical claim and needs real proof.',
      },
    }),
    evidence('明星推荐', ['（删除）']),
    evidence('金奖', ['（写明奖项、颁发机构和年份）']),

    cleanLabel('零添加', ['配料简单（按配料表）']),
    cleanLabel('无添加', ['配料简单（按配料表）']),
    // 不添加蔗糖, 不添加谷物: one named ingredient left out is a checkable recipe fact, not a product-wide clean claim (policy §4 PROOF).
    cleanLabel('不添加', ['配料简单（按配料表）'], { allowedAfter: ['蔗糖', '白砂糖', '谷物', '淀粉', '面粉', '食盐', '盐'] }),
    cleanLabel('无副作用', ['温和']),
    cleanLabel('纯天然', ['天然原料（按实际比例）']),
    cleanLabel('100%纯天然', ['天然原料（按实际比例）']),
    // The same product-wide natural claim as a percentage (100%植物配方, 百分百天然): 纯天然 in figures. A fibre content
    // (100%纯棉) names one material, not the whole product as natural.
    ...['100%天然', '100%植物', '百分百天然', '百分之百天然', '百分百植物', '100%源自天然', '100%来自天然'].map((term) => cleanLabel(term, ['天然原料（按实际比例）'])),
    cleanLabel('不含防腐剂', ['（按配料表写明）']),

    certifiedLabel('绿色食品', ['（展示绿色食品证书编号）']),
    certifiedLabel('无公害', ['（展示认证）']),

    nutritionClaim('无糖', ['低糖（按标准）']),
    nutritionClaim('零糖', ['低糖（按标准）']),
    nutritionClaim('零卡', ['低能量（按标准）']),
    nutritionClaim('零脂肪', ['低脂（按标准）']),
  ],
};
