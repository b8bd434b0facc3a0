import type { RulePack } from '../types';
import { PATTERN_LISTS } from './pattern-lists';
import { patternGroup, termGroup } from './term-group';
import { PRC_MARKETPLACES } from './scope';

const FALSE_AD = '《广告法》第二十八条；《反不正当竞争法》（虚假或引人误解的商业宣传）';
const PRICE_FRAUD = '《价格法》第十四条第四项；《明码标价和禁止价格欺诈规定》';

const guarantee = termGroup({
  severity: 'block',
  category: 'false-promise',
  source: FALSE_AD,
  why: {
    'zh-CN': '保证效果（“100%有效”“无效退款”“永不复发”）属于虚假广告的典型情形：效果因人而异，谁也保证不了。',
    en: 'Guaranteed results ("100% effective", "refund if it fails", "never comes back") are textbook false advertising: effects vary and nobody can guarantee them.',
  },
});

const priceClaim = termGroup({
  severity: 'block',
  category: 'false-promise',
  source: PRICE_FRAUD,
  why: {
    'zh-CN': '用虚假或让人误解的价格说法诱导购买属于价格欺诈；“史上最低”“随时涨价”这类说法拿不出依据。',
    en: 'Luring buyers with false or misleading price talk is price fraud; "lowest ever" or "price rises any moment" cannot be backed up.',
  },
});

const referencePrice = termGroup({
  severity: 'warn',
  category: 'false-promise',
  source: PRICE_FRAUD,
  why: {
    'zh-CN': '标“原价、出厂价、亏本”等比较价格时，这个价格必须真实、可查（原价应是本次促销前七日内的最低成交价）；编造就是价格欺诈。',
    en: 'A reference price ("original", "factory", "at a loss") must be real and checkable (the original price is the lowest price in the 7 days before the promotion); inventing one is price fraud.',
  },
});

const urgency = termGroup({
  severity: 'warn',
  category: 'false-promise',
  source: `${PRICE_FRAUD}；${FALSE_AD}`,
  why: {
    'zh-CN': '制造紧迫感的说法只有在属实时才能用（真的只剩一天、真的限量）；不属实就是虚假宣传。',
    en: 'Urgency wording is only allowed when it is true (the offer really ends today, stock really is limited); otherwise it is false advertising.',
  },
});

const fakeDemand = termGroup({
  severity: 'block',
  category: 'false-promise',
  source: `${FALSE_AD}；《电子商务法》第十七条`,
  why: {
    'zh-CN': '虚构抢购、疯抢等销售状况，属于对销售状况作虚假或引人误解的宣传。',
    en: 'Inventing a buying frenzy misrepresents how the product sells, which is false advertising.',
  },
});

const clickBait = termGroup({
  severity: 'block',
  category: 'false-promise',
  source: '《互联网广告管理办法》第九条',
  why: {
    'zh-CN': '用“点击有惊喜”“恭喜中奖”等虚假或误导内容诱骗点击，互联网广告规定明令禁止。',
    en: 'Tricking people into clicking with fake surprises or "you have won" messages is banned by the internet advertising rules.',
  },
});

const superstition = termGroup({
  severity: 'block',
  category: 'false-promise',
  source: '《广告法》第九条第八项',
  why: {
    'zh-CN': '“开光、辟邪、镇宅”等宣传含有迷信内容，广告法禁止；商品也不可能有这种效果。',
    en: 'Claims of blessings or warding off evil are superstitious content, which the Advertising Law bans; no product can deliver them.',
  },
});

const numberedPromise = patternGroup({
  severity: 'block',
  category: 'false-promise',
  source: FALSE_AD,
  why: {
    'zh-CN': '用具体天数和数字承诺效果（几天瘦几斤、几天见效、年轻几岁），是保证性承诺，效果因人而异，无法兑现即属虚假宣传。',
    en: 'Promising a result in so many days or by so much (lose so many jin in so many days, visible in 7 days) is a guarantee of effect; results vary, so it is false advertising.',
  },
});

const percentPromise = patternGroup({
  severity: 'block',
  category: 'false-promise',
  source: FALSE_AD,
  why: {
    'zh-CN': '“100%有效”“有效率98%”“去除100%”这类百分比保证没有依据，属于虚假或引人误解的宣传。',
    en: '"100% effective", "98% success rate" or "removes 100%" are unfounded guarantees: false or misleading advertising.',
  },
});

export const prcFalsePromisePack: RulePack = {
  id: 'prc-false-promise',
  name: { 'zh-CN': '虚假承诺、价格与诱导', en: 'PRC: false promises, price tricks and pressure' },
  description: {
    'zh-CN': '保证效果、虚构价格和抢购、制造紧迫感、诱骗点击以及迷信宣传。',
    en: 'Guaranteed results, invented prices and buying frenzies, false urgency, click bait and superstitious claims.',
  },
  lang: 'zh',
  // PRC law: the Chinese marketplaces, and a site the seller added (we cannot tell which law governs it).
  platforms: [...PRC_MARKETPLACES],
  law: 'prc',
  lists: PATTERN_LISTS,
  patterns: [
    numberedPromise('zh-period-result', '{#}{个|}{@periods-zh}{~2}<@promised-results-zh>', ['（删除时间和效果承诺）']),
    numberedPromise('zh-amount-result', '<瘦|减|减掉|掉|瘦了|长高|增高|长长|长了|细了|腿细|腰细|年轻|白|亮|降了|小了|少了>{了|}{#}{个|}{@result-units-zh}', ['（删除数字承诺）']),
    numberedPromise('zh-instant-result', '<一抹|一擦|一涂|一喷|一贴|一用|一洗|一吃|一喝|一穿|一泡|吃了|用了|喝了|涂了|贴上|穿上|戴上>{就|即|立刻|马上|立马|立即}{~2}{见效|好|白|淡|亮|瘦|消失|没了|退|根除|去除|消|祛|缓解|不疼|不痛|止痛|止痒|消肿|退烧|睡着|入睡}', ['（删除）']),
    // Falling asleep at once promised (沾枕就睡着, 躺下马上入睡, 秒入睡): a guaranteed outcome no food or pillow can give.
    // A body part named between the period and its change (两周小腹就平了, 一个月脸色就红润): only changes of the body, so
    // a period of wear (6个月就穿小了) reads nothing.
    numberedPromise('zh-period-body-result', '{#}{个|}{@periods-zh}{~4}<平了|瘪了|红润|消肿了>', ['（删除时间和效果承诺）']),
    numberedPromise('zh-instant-sleep', '{立马|马上|立刻|立即|秒|倒头|沾枕|沾枕头|一沾枕头|躺下|一躺}{就|即|便|}{能|可以|}<睡着|入睡>', ['（删除）']),
    percentPromise('zh-percent-guarantee', '100%{~2}<有效|见效|治愈|根除|满意|安全|放心|无效退款|无副作用|好评>', ['（删除）']),
    // 100%防侧撞, 100%不会过敏: a percentage that guarantees something never happens.
    percentPromise('zh-percent-never', '<100%>{防|不会|不再|杜绝|不过敏|不复发|不反弹}', ['（删除）']),
    // 零下40度不冷, 零下三十度穿一件就够: a guaranteed outcome at a named temperature.
    numberedPromise('zh-cold-promise', '<零下>{#}{度|℃|°c}{~6}{不冷|不怕冷|也不冷|照样暖|就够|都不冷|一件就够}', ['（删除，或写明测试条件）']),
    // 比同行好十倍: a multiple over unnamed competitors cannot be shown.
    numberedPromise('zh-times-competitors', '<比同行|比同类|比别家|比其他品牌|比普通|比市面上>{~8}{#}倍', ['（删除）']),
    // 腰不疼了, 睡了腰不疼: relief of a body part's pain promised as a result.
    numberedPromise('zh-no-more-pain', '{腰|腿|膝盖|关节|颈椎|肩膀|肩颈|脖子|头|胃|背}{~2}<不疼|不痛|不酸|不麻|不再疼|不再痛|不疼了|不痛了>', ['（删除）'], { category: 'medical' }),
    // 三个月骨密度提高30%: a measured improvement promised within a period (policy §4 FP, numbered results). A spec
    // against the previous model (续航提升30%) names no period of use and is left alone.
    numberedPromise('zh-period-percent', '{#}{个|}{@periods-zh}{~8}<提高|提升|增加|增长|降低|减少|改善|下降>{了|}{#}%', ['（删除数字承诺）']),
    percentPromise('zh-success-rate', '<有效率|治愈率|好转率|显效率|总有效率|成功率|见效率|除臭率|去除率|祛除率|净化率>{~3}{#}%', ['（删除）']),
    numberedPromise('zh-never', '<永不|永远不|永久不|永远不会|绝不会|终身不>{再|}{坏|滋生|衰减|分叉|复发|反弹|褪色|掉色|变形|生锈|磨损|起球|开裂|失效|变质|发霉|长胖|毛躁|长|犯}', ['（删除）']),
    numberedPromise('zh-refund-if-useless', '无效{~3}<退款|退钱|包退|退全款|全额退款|退货>', ['（删除）']),
    // The same refund-on-failure promise in other words (用了没效果也退, 不见效退全款). Not 没用: 没用完可退 is a return rule.
    numberedPromise('zh-refund-no-effect', '{没效果|没有效果|不见效|不管用|无效果|效果不好}{~3}<退|退款|退钱|包退|退全款|全额退款|全退>', ['七天无理由退货']),
    // One application and the result (一贴见效, 一夜瘪痘): an instant outcome nobody can promise.
    numberedPromise('zh-one-use-result', '<一贴|一抹|一喷|一穿|一片|一粒|一夜|一晚>{见效|起效|显效|就见效|根除|断根|除根|瘪痘|消痘|消肿}', ['（删除）']),
    // A guarantee of the outcome itself (保证一粒入睡, 保证十年不坏, 血脂指标保证下降). 保证 alone (质量保证, 正品保证) stays clear.
    numberedPromise('zh-guaranteed-result', '<保证|确保|包您|包你|担保>{~4}{见效|下降|降下来|入睡|睡着|不坏|不掉色|不褪色|不复发|不反弹|瘦|长高|治好|痊愈|断根|除根}', ['（删除）']),
    // A period and then a reading that falls (服用一周血糖明显下降): a numbered health outcome.
    numberedPromise('zh-period-reading-falls', '{#}{个|}{@periods-zh}{~6}{血糖|血压|血脂|尿酸|胆固醇|体重|体脂}{~3}<下降|降低|降了|恢复正常|正常了>', ['（删除数字承诺）']),
    // A figure in Chinese numerals (一百%有效, written 壹百 and folded).
    percentPromise('zh-percent-guarantee-hanzi', '一百%{~2}<有效|见效|治愈|根除|安全>', ['（删除）']),
    // Pests that will never come near (蚊子绝不靠近, 蟑螂再也不来): a guarantee no repellent can give.
    numberedPromise('zh-pests-never', '{蚊子|蚊虫|虫子|蟑螂|老鼠|螨虫|苍蝇}{~2}<绝不|再也不|永远不>{~1}{靠近|来|叮|咬|出现}', ['（删除）']),
    percentPromise('zh-percent-removal', '<去除|清除|屏蔽|祛除|消除|阻断|排出|排除|吸附|分解>{~2}{#}%', ['（删除，或按检测报告写明条件）']),
  ],
  terms: [
    guarantee('100%有效', ['实测有效（附报告）']),
    guarantee('零风险', ['（删除）']),
    // Complete removal promised in one go (一次驱净, 螨虫全部消失): nobody can guarantee it.
    guarantee('一次驱净', ['（删除）']),
    guarantee('一次除净', ['（删除）']),
    guarantee('全部消失', ['（删除）']),
    guarantee('全部消除', ['（删除）']),
    guarantee('全部清除', ['（删除）']),
    guarantee('全消除', ['（删除）']),
    guarantee('彻底消除', ['（删除）']),
    guarantee('彻底消失', ['（删除）']),
    guarantee('不会感染', ['（删除）']),
    // Breast-milk substitutes may not be advertised as equal or better than breast milk (《广告法》第二十条;
    // 婴幼儿配方乳粉产品配方注册管理办法 bans 母乳化/人乳化 and similar wording).
    guarantee('比母乳', ['（删除）'], { source: '《广告法》第二十条；《婴幼儿配方乳粉产品配方注册管理办法》' }),
    guarantee('媲美母乳', ['（删除）'], { source: '《广告法》第二十条；《婴幼儿配方乳粉产品配方注册管理办法》' }),
    guarantee('接近母乳', ['（删除）'], { source: '《广告法》第二十条；《婴幼儿配方乳粉产品配方注册管理办法》' }),
    guarantee('母乳化', ['（删除）'], { source: '《广告法》第二十条；《婴幼儿配方乳粉产品配方注册管理办法》' }),
    guarantee('人乳化', ['（删除）'], { source: '《广告法》第二十条；《婴幼儿配方乳粉产品配方注册管理办法》' }),
    guarantee('替代母乳', ['（删除）'], { source: '《广告法》第二十条；《婴幼儿配方乳粉产品配方注册管理办法》' }),
    guarantee('不反弹', ['（删除）']),
    guarantee('千杯不醉', ['（删除）']),
    guarantee('不长肉', ['（删除）']),
    guarantee('不长胖', ['（删除）']),
    guarantee('不发胖', ['（删除）']),
    guarantee('彻底摆脱', ['（删除）']),
    guarantee('无毒无害', ['通过安全检测（附报告）']),
    guarantee('无任何副作用', ['（删除）']),
    // The same promise that nothing can go wrong, in the other words sellers use (policy §4 FP: 无任何副作用).
    ...['零副作用', '没有任何副作用', '没有副作用', '毫无副作用', '绝无副作用', '不会有副作用', '无任何不良反应', '零不良反应'].map((term) => guarantee(term, ['（删除）'])),
    // Sleep promised whatever the cause (一觉睡到天亮, 沾枕即睡, 秒睡): an outcome no food, pillow or drink can guarantee.
    ...['一觉睡到天亮', '一觉到天亮', '一觉睡到大天亮', '沾枕即睡', '沾枕就睡', '秒睡', '倒头就睡', '秒入睡'].map((term) => guarantee(term, ['有助于放松（删除保证）'])),
    guarantee('神效', ['（删除）']),
    guarantee('不节食不运动', ['（删除）']),
    guarantee('躺着就能瘦', ['（删除）']),
    guarantee('吃了不长胖', ['（删除）']),
    guarantee('100%安全', ['通过安全检测']),
    guarantee('100%无害', ['通过安全检测']),
    guarantee('百分百有效', ['实测有效（附报告）']),
    guarantee('百分之百有效', ['实测有效（附报告）']),
    guarantee('无效退款', ['七天无理由退货']),
    guarantee('保证有效', ['（删除）']),
    guarantee('保证见效', ['（删除）']),
    guarantee('永不复发', ['（删除）']),
    guarantee('立竿见影', ['（删除）']),
    guarantee('一次见效', ['（删除）']),
    guarantee('立即见效', ['（删除）']),
    guarantee('马上见效', ['（删除）']),
    guarantee('当天见效', ['（删除）']),
    guarantee('一抹见效', ['（删除）']),
    guarantee('保险公司承保', ['（删除）'], {
      why: {
        'zh-CN': '“保险公司承保”把保险说成功效保证，是市场监管部门消费提示点名的保健品虚假宣传手法。',
        en: '"Underwritten by an insurer" dresses insurance up as a guarantee of effect, a health-product trick the regulator warns about.',
      },
    }),
    guarantee('永不褪色', ['不易褪色'], { severity: 'warn' }),
    guarantee('永不变形', ['不易变形'], { severity: 'warn' }),
    guarantee('永不磨损', ['耐磨'], { severity: 'warn' }),

    priceClaim('史上最低价', ['活动价', '到手价']),
    priceClaim('史上最低', ['活动价']),
    priceClaim('秒杀全网', ['限时活动']),
    priceClaim('随时涨价', ['活动期间价格']),
    priceClaim('马上涨价', ['活动期间价格']),
    priceClaim('价格屠夫', ['实惠']),

    referencePrice('出厂价', ['活动价']),
    referencePrice('工厂价', ['活动价']),
    // 配件的成本价: what a repair charges for parts, not a price comparison.
    referencePrice('成本价', ['活动价'], { allowedBefore: ['配件的', '零件的', '材料的'] }),
    referencePrice('专柜价', ['参考价（附依据）']),
    referencePrice('市场价', ['参考价（附依据）']),
    referencePrice('跳楼价', ['清仓价']),
    referencePrice('亏本甩卖', ['清仓']),
    referencePrice('赔本甩卖', ['清仓']),
    referencePrice('赔钱卖', ['清仓']),

    urgency('仅此一天', ['活动截至 X 月 X 日']),
    urgency('仅此一次', ['本次活动']),
    urgency('仅限今天', ['活动截至今日 24 点']),
    urgency('最后一天', ['活动截至 X 月 X 日']),
    urgency('最后一波', ['本轮活动']),
    urgency('最后机会', ['本次活动']),
    urgency('即将涨价', ['活动期间价格']),
    urgency('明天涨价', ['活动截至今日']),
    urgency('错过再等一年', ['活动截至 X 月 X 日']),
    urgency('错过不再', ['本次活动']),
    urgency('再不抢就没了', ['库存有限（属实时）']),
    urgency('手慢无', ['库存有限（属实时）']),
    urgency('即将售罄', ['库存有限（属实时）']),
    urgency('库存告急', ['库存有限（属实时）']),

    fakeDemand('万人疯抢', ['热销中']),
    fakeDemand('全民疯抢', ['热销中']),
    fakeDemand('疯抢', ['热销'], { severity: 'warn' }),
    fakeDemand('抢疯了', ['热销'], { severity: 'warn' }),
    fakeDemand('抢购一空', ['热销'], { severity: 'warn' }),

    clickBait('点击有惊喜', ['查看详情']),
    clickBait('点击领取', ['查看活动']),
    clickBait('恭喜中奖', ['（删除）']),
    clickBait('恭喜获奖', ['（删除）']),
    clickBait('免费领取', ['活动赠品（写明条件）'], {
      severity: 'warn',
      why: {
        'zh-CN': '“免费领取”必须真实免费并写清条件；附带隐藏条件就是诱导。',
        en: '"Free to claim" must really be free with the conditions stated; hidden conditions make it a lure.',
      },
    }),

    superstition('开光', ['（删除）']),
    superstition('辟邪', ['（删除）']),
    superstition('避邪', ['（删除）']),
    superstition('驱邪', ['（删除）']),
    superstition('镇宅', ['家居摆件']),
    superstition('化煞', ['（删除）']),
    superstition('挡煞', ['（删除）']),
    superstition('消灾', ['（删除）']),
    superstition('化太岁', ['（删除）']),
    superstition('犯太岁', ['（删除）']),
    superstition('挡小人', ['（删除）']),
    superstition('防小人', ['（删除）']),
    superstition('旺桃花', ['（删除）']),
    superstition('招桃花', ['（删除）']),
    superstition('招财', ['寓意吉祥'], { severity: 'warn', allowedContexts: ['招财猫'] }),
    // 转运 as an effect (转运珠 that turns your luck); a 转运 centre or warehouse forwards parcels.
    superstition('转运', ['寓意吉祥'], {
      allowedBefore: ['海外', '国际', '集运', '物流', '快递', '中'],
      allowedAfter: ['中心', '仓', '站', '公司', '物流', '单号', '服务', '费', '时间', '途中', '中'],
    }),
    superstition('旺运', ['寓意吉祥'], { severity: 'warn' }),
    superstition('转运珠', ['串珠'], { severity: 'warn' }),
    superstition('保平安', ['寓意平安'], { severity: 'warn' }),
  ],
};
