import type { RulePack } from '../types';
import { PATTERN_LISTS } from './pattern-lists';
import { patternGroup, termGroup } from './term-group';
import { PRC_MARKETPLACES } from './scope';

// The four platforms' rule centres are rendered by script and could not be quoted (research notes D.17),
// so the source names the rule family; re-check wording against each rule centre before quoting it.
const DIVERSION_SOURCE = '淘宝/天猫、京东、拼多多、抖店平台规则：站外导流 / 滥发信息（原文待核对）';
const REVIEW_SOURCE = '《电子商务法》第十七条；《反不正当竞争法》；淘宝滥发信息规则（好评返现）';

const offPlatformContact = termGroup({
  severity: 'block',
  category: 'contact',
  source: DIVERSION_SOURCE,
  why: {
    'zh-CN': '在商品信息里留微信、QQ、电话等联系方式，把买家引到平台外交易，各平台都按站外导流处罚（删除商品、扣分）。',
    en: 'Leaving WeChat, QQ or phone details in the listing pulls buyers off the platform; every Chinese marketplace punishes this as diversion (listing removed, points deducted).',
  },
});

const disguisedContact = termGroup({
  severity: 'warn',
  category: 'contact',
  source: DIVERSION_SOURCE,
  why: {
    'zh-CN': '这是联系方式的谐音或暗语，平台同样按站外导流处理；如果不是在留联系方式，可以忽略。',
    en: 'This is a homophone or code word for contact details, which platforms treat as diversion too; ignore it if it is not a contact detail.',
  },
});

const reviewBait = termGroup({
  severity: 'block',
  category: 'platform',
  source: REVIEW_SOURCE,
  why: {
    'zh-CN': '用返现、礼品换好评，或刷单刷评价，属于编造用户评价的虚假宣传；平台按滥发信息或虚假交易处罚。',
    en: 'Paying cash or gifts for good reviews, or faking orders and reviews, is false advertising through invented reviews; platforms punish it as spam or fake trading.',
  },
});

const contactPattern = patternGroup({
  severity: 'block',
  category: 'contact',
  source: DIVERSION_SOURCE,
  why: {
    'zh-CN': '商品信息里出现手机号、电话或微信/QQ号，就是把买家引到平台外，各平台都按站外导流处罚。',
    en: 'A mobile number, phone number or WeChat/QQ id in the listing pulls buyers off the platform; every Chinese marketplace punishes it as diversion.',
  },
});

const cashForReview = patternGroup({
  severity: 'block',
  category: 'platform',
  source: REVIEW_SOURCE,
  why: {
    'zh-CN': '以返现、红包、礼品换取好评或晒图，属于诱导评价，平台按滥发信息处罚，也违反《电子商务法》。',
    en: 'Cash, red packets or gifts in return for good reviews or photos is review inducement; platforms punish it and it breaks the E-Commerce Law.',
  },
});

export const prcMarketplaceCommonPack: RulePack = {
  id: 'prc-marketplace-common',
  name: { 'zh-CN': '国内平台通用：导流与好评返现', en: 'Chinese marketplaces: off-platform contact and paid reviews' },
  description: {
    'zh-CN': '国内电商平台（淘宝、天猫、京东、拼多多、抖店等）都禁止的内容：在商品信息中留站外联系方式、私下交易、好评返现和刷单。',
    en: 'What the Chinese marketplaces (Taobao, Tmall, JD, Pinduoduo, Douyin and others) all forbid in listings: off-platform contact details, private deals, cash for reviews and fake orders.',
  },
  lang: 'zh',
  platforms: [...PRC_MARKETPLACES],
  lists: PATTERN_LISTS,
  patterns: [
    contactPattern('zh-mobile-number', '<#11>', ['联系在线客服']),
    // A mainland mobile number written in Chinese digits or 大写 (壹叁捌…): 1, then 3–9, then nine more digits.
    contactPattern('zh-mobile-number-hanzi', `<一|幺>{三|四|五|六|七|八|九|伍|陆}${'{@digits-zh}'.repeat(9)}`, ['联系在线客服']),
    contactPattern('zh-phone-number', '<电话|手机|手机号|热线|座机|客服电话|联系电话|tel|致电|拨打>{:|} {#3-4} {#7-8}', ['联系在线客服']),
    // A space in a template is "a space or none" only as literal text: inside {…} a blank alternative just makes the slot
    // optional, so the space before the id is written outside the slot (QQ 123456789, vx: abc123).
    // Two rules, Latin and Chinese anchors apart: a claim opening with a Latin word (vx, qq) must start at a word's
    // edge, which a Chinese one (抠抠 after "abc ") need not.
    contactPattern('zh-account-id', '<vx|wx|v信|qq|qq号|加v|加q|+v|+q|v:|q:>{:|号|} {&}', ['联系在线客服']),
    // Asking the buyer for a number or an id to reach them off the platform (私信我留个电话, 留下您的微信我们加您, 发个手机号
    // 给客服回电): diversion as much as giving one's own (policy §4 DIV). A number left in the order notes for the courier
    // has no one asking for it and no call-back, so it reads nothing.
    contactPattern('zh-ask-for-contact', '{私信|私聊|联系|找|给|加}{我|我们|客服|小编|主播|}{~3}<留个|留下|留一下|发个|发一下|报个|报一下>{你的|您的|}{电话|手机号码|手机号|手机|联系方式|微信号|微信|vx|wx|qq号|qq}', ['联系在线客服']),
    // A WeChat or QQ id is off the platform whoever gives it: asking the buyer for theirs (留下您的微信, 发个QQ号) is enough.
    contactPattern('zh-ask-for-account', '<留个|留下|留一下|发个|发一下|报个|报一下>{你的|您的|}{微信号|微信|vx|wx|qq号|qq}', ['联系在线客服']),
    contactPattern('zh-leave-contact-callback', '<留个|留下|留一下|发个|发一下|报个>{你的|您的|}{电话|手机号码|手机号|手机|联系方式|微信号|微信|vx|wx|qq号|qq}{~4}{回电|回拨|打给你|打给您|联系你|联系您|加你|加您|回访|电话联系}', ['联系在线客服']),
    contactPattern('zh-account-id-han', '<微信|微信号|扣扣|抠抠|薇信|威信|徽信|抖音号|快手号|小红书号|微博|公众号|加薇|+薇|加威|+威>{:|号|} {&}', ['联系在线客服']),
    cashForReview('zh-review-cash', '<好评|五星|5星|晒图|追评|追加评论|评价|截图|带图>{~8}{返|返现|返还|红包|奖励|现金|元}', ['（删除）']),
    // The request and the reward in two clauses (给五星好评，联系客服返3元; 晒图追评后，截图找客服领红包): a comma between them
    // does not make it two things. A request verb opens it, so praise of the shop (好评如潮，新人领红包) is no request.
    cashForReview('zh-review-then-cash', '{给|打|写|留|给个|给我们|给店铺|晒}{~2}{好评|五星|5星|追评|图}{~6},{~10}<返现|红包|现金>', ['（删除）']),
    cashForReview('zh-review-then-sum', '{给|打|写|留|给个|给我们|给店铺|晒}{~2}{好评|五星|5星|追评|图}{~6},{~10}<返|送|领>{#}{元|块}', ['（删除）']),
    cashForReview('zh-review-gift', '<好评|五星好评|5星好评|五星|5星|晒图|晒单|追评|带图评价|带图>{~2}{送|有礼|得}', ['（删除）']),
    // A 400/800 service number (400-800-1234) is a phone number like any other in listing text.
    contactPattern('zh-hotline-number', '<400|800>{~1}{#3}{~1}{#4}', ['联系在线客服']),
    contactPattern('zh-hotline-number-run', '<400|800>{#7}', ['联系在线客服']),
  ],
  terms: [
    offPlatformContact('加微信', ['联系在线客服']),
    offPlatformContact('加我微信', ['联系在线客服']),
    offPlatformContact('微信号', ['联系在线客服']),
    offPlatformContact('微信同号', ['联系在线客服']),
    offPlatformContact('加VX', ['联系在线客服'], { wholeWord: false }),
    // A model number (VX-200, VX200) is no WeChat id.
    offPlatformContact('VX', ['联系在线客服'], { wholeWord: false, allowedAfter: [...'0123456789'].flatMap((d) => [d, ` ${d}`]) }),
    offPlatformContact('加V', ['联系在线客服'], { wholeWord: true }),
    offPlatformContact('V信', ['联系在线客服'], { wholeWord: false }),
    offPlatformContact('加QQ', ['联系在线客服'], { wholeWord: false }),
    offPlatformContact('QQ号', ['联系在线客服'], { wholeWord: false }),
    offPlatformContact('QQ群', ['联系在线客服'], { wholeWord: false }),
    offPlatformContact('加群', ['关注店铺']),
    // Adding the seller as a friend or scanning a code to (扫码加好友, 扫码进群) is a way off the platform; the shop's own
    // follow button (关注店铺) is the platform's.
    offPlatformContact('加好友', ['关注店铺'], { allowedBefore: ['店铺', '旺旺', '淘宝'] }),
    offPlatformContact('扫码加', ['关注店铺']),
    offPlatformContact('扫码进群', ['关注店铺']),
    offPlatformContact('进群', ['关注店铺']),
    offPlatformContact('手机号', ['联系在线客服'], { allowedContexts: ['手机号码归属地', '手机号码牌'] }),
    // 挪车电话号码牌: a car's parking-number plate, a product, not a number.
    offPlatformContact('电话号码', ['联系在线客服'], { allowedAfter: ['牌'] }),
    // A WeChat official account is off the platform, with or without its name.
    offPlatformContact('公众号', ['关注店铺']),
    offPlatformContact('拿我V', ['联系在线客服'], { wholeWord: false }),
    offPlatformContact('要我V', ['联系在线客服'], { wholeWord: false }),
    offPlatformContact('联系电话', ['联系在线客服']),
    offPlatformContact('私下交易', ['平台下单']),
    offPlatformContact('线下交易', ['平台下单']),
    offPlatformContact('私下转账', ['平台下单']),
    offPlatformContact('站外', ['本店']),
    // Policy §4 DIV names 加我 and 私聊: an invitation to take the talk somewhere the platform cannot see. Chatting with
    // the shop's own service desk (私聊客服, 加我为好友 on the platform's own chat is rare in listings) stays clear.
    offPlatformContact('加我', ['联系在线客服'], { allowedAfter: ['购物车', '收藏', '关注'] }),
    offPlatformContact('私聊', ['联系在线客服'], { allowedAfter: ['客服', '在线客服', '旺旺', '店铺客服'] }),

    disguisedContact('薇信', ['联系在线客服']),
    disguisedContact('威信', ['联系在线客服']),
    disguisedContact('徽信', ['联系在线客服']),
    disguisedContact('绿泡泡', ['联系在线客服']),
    disguisedContact('扣扣', ['联系在线客服']),
    disguisedContact('企鹅号', ['联系在线客服']),
    disguisedContact('复制链接', ['（删除）']),
    disguisedContact('客服电话', ['在线客服'], {
      why: {
        'zh-CN': '在商品信息里写电话容易被判导流；品牌售后热线建议放在平台允许的售后说明位置。',
        en: 'A phone number in listing text easily counts as diversion; put a brand service hotline only where the platform allows after-sales details.',
      },
    }),

    reviewBait('好评返现', ['感谢支持']),
    reviewBait('五星好评返现', ['感谢支持']),
    reviewBait('晒图返现', ['欢迎晒单分享']),
    reviewBait('追评返现', ['欢迎分享使用感受']),
    reviewBait('好评有礼', ['感谢支持']),
    reviewBait('晒单有礼', ['欢迎晒单分享']),
    reviewBait('好评送', ['感谢支持']),
    reviewBait('带字好评', ['欢迎分享使用感受']),
    reviewBait('刷单', ['（删除）']),
    // 牙刷 销量: a toothbrush, then sales (spaces between Chinese fold away, so the words meet).
    reviewBait('刷销量', ['（删除）'], { allowedBefore: ['牙', '鞋', '毛', '眉', '锅', '马桶', '油漆', '地板'] }),
    reviewBait('刷好评', ['（删除）']),
    reviewBait('返现', ['店铺优惠（平台活动）'], {
      severity: 'warn',
      why: {
        'zh-CN': '“返现”常与好评挂钩；如果是平台官方的返现活动可以保留，和评价挂钩就必须删除。',
        en: 'Cash back is often tied to reviews; keep it only for an official platform promotion, never tied to a review.',
      },
    }),
  ],
};
