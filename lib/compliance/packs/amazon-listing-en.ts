import type { RulePack } from '../types';
import { PATTERN_LISTS } from './pattern-lists';
import { patternGroup, termGroup } from './term-group';

/** What follows "best-selling" when the comparison is within the seller's own range: a colour, a size, a scent. */
const OWN_RANGE = [' color', ' colour', ' colors', ' size', ' sizes', ' flavor', ' flavour', ' scent', ' style', ' shade', ' pattern', ' print'];

const TITLE_RULES = 'Amazon product title requirements (Seller Central help 201100890, YTR6SYGFA5E3EQC)';
const LISTING_RULES = 'Amazon product detail page rules (Seller Central help 200390640)';

const promotional = termGroup({
  severity: 'warn',
  category: 'promotional',
  source: `${TITLE_RULES}; ${LISTING_RULES}`,
  why: {
    'zh-CN': '亚马逊不允许在标题、五点和描述中写促销语或主观评价（如 “Best Seller”“Hot Item”）；在美国这类夸张说法算吹嘘，但会导致商品被压制搜索。',
    en: 'Amazon does not allow promotional phrases or subjective commentary ("Best Seller", "Hot Item") in titles, bullets or descriptions; under US law it is puffery, but it gets listings suppressed.',
  },
});

// Block, as the policy's promotional rule reads: Amazon removes or suppresses listings with price, deal and shipping talk.
const offerTalk = termGroup({
  severity: 'block',
  category: 'promotional',
  source: LISTING_RULES,
  why: {
    'zh-CN': '价格、促销、运费和库存情况由亚马逊的报价系统显示，不能写进商品文案（如 “free shipping”“on sale”“limited time”）。',
    en: 'Price, deals, shipping and availability come from Amazon\'s offer system and may not be written into listing text ("free shipping", "on sale", "limited time").',
  },
});

const guaranteeTalk = termGroup({
  severity: 'block',
  category: 'promotional',
  source: `${TITLE_RULES}; ${LISTING_RULES}`,
  why: {
    'zh-CN': '亚马逊标题规则点名禁止 “100% quality guaranteed” 这类保证性促销语；退换货由亚马逊政策决定，不要写进文案。',
    en: 'Amazon\'s title rules name "100% quality guaranteed" as a banned promotional phrase; returns are set by Amazon\'s policies, not listing text.',
  },
});

const contactDetail = termGroup({
  severity: 'block',
  category: 'contact',
  source: LISTING_RULES,
  why: {
    'zh-CN': '亚马逊禁止在商品页面留联系方式、网址或站外渠道；买家只能通过亚马逊的买家卖家消息联系你。',
    en: 'Amazon bans contact details, URLs and off-Amazon channels on the detail page; buyers reach you through Buyer-Seller Messaging only.',
  },
});

const reviewRequest = termGroup({
  severity: 'block',
  category: 'platform',
  source: `${LISTING_RULES}; Amazon Community Guidelines (review manipulation)`,
  why: {
    'zh-CN': '在商品文案中索要好评（尤其是五星好评）属于操纵评论，可能导致账号被封。',
    en: 'Asking for reviews, especially positive or five-star ones, in listing text is review manipulation and can get the account suspended.',
  },
});

// Quoting reviews or testimonials is the platform's review rule (policy: Amazon reviews/testimonials, block):
// the same rule whether a term or a pattern carries it.
const TESTIMONIAL = {
  severity: 'block',
  category: 'platform',
  source: LISTING_RULES,
  why: {
    'zh-CN': '亚马逊商品页面不允许放评价、引语或买家证言。',
    en: 'Amazon detail pages may not contain reviews, quotes or testimonials.',
  },
} as const;
const testimonial = termGroup(TESTIMONIAL);


const offerPattern = patternGroup({
  severity: 'block',
  category: 'promotional',
  source: LISTING_RULES,
  why: {
    'zh-CN': '价格、折扣、买赠和运费由亚马逊的报价系统显示，不能写进标题、五点或描述。',
    en: 'Prices, discounts, bundles and shipping offers come from Amazon\'s offer system and may not be written into the title, bullets or description.',
  },
});

const contactPattern = patternGroup({
  severity: 'block',
  category: 'contact',
  source: LISTING_RULES,
  why: {
    'zh-CN': '亚马逊禁止在商品页面写电话、邮箱、网址或社交账号；买家只能通过亚马逊的买家卖家消息联系你。',
    en: 'Amazon bans phone numbers, e-mail addresses, URLs and social handles on the detail page; buyers reach you through Buyer-Seller Messaging only.',
  },
});

const decoration = patternGroup({
  severity: 'block',
  category: 'title-format',
  source: TITLE_RULES,
  why: {
    'zh-CN': '亚马逊不允许用装饰性符号（连串的 ! * $ ~、星星、表情符号）；删掉即可。',
    en: 'Amazon does not allow decorative characters (runs of ! * $ ~, stars, emoji); remove them.',
  },
});

const testimonialPattern = patternGroup(TESTIMONIAL);

const reviewAsk = patternGroup({
  severity: 'block',
  category: 'platform',
  source: 'Amazon Seller Central: Customer product reviews policies; Amazon listing style guide',
  why: {
    'zh-CN': '商品文案里不能索要评价或反馈，只能通过亚马逊的“请求评论”功能。',
    en: 'Listing text may not ask for reviews or feedback; use Amazon\'s Request a Review instead.',
  },
});

const ratingClaim = patternGroup({
  severity: 'block',
  category: 'platform',
  source: `${LISTING_RULES}; Amazon Community Guidelines (reviews)`,
  why: {
    'zh-CN': '商品文案里不能引用评分、评论或客户评价；评分由亚马逊根据真实评论显示。',
    en: 'Listing text may not quote ratings, reviews or customer testimonials; Amazon shows ratings from real reviews.',
  },
});

export const amazonListingEnPack: RulePack = {
  id: 'amazon-listing-en',
  name: { 'zh-CN': '亚马逊商品文案', en: 'Amazon listing text' },
  description: {
    'zh-CN': '亚马逊标题、五点和描述中不允许的内容：促销语和主观评价、价格运费、联系方式和网址、索要评价、杀菌驱虫等农药宣称。',
    en: 'What Amazon does not allow in titles, bullets and descriptions: promotional and subjective phrases, price and shipping talk, contact details and URLs, review requests, and pesticide claims.',
  },
  lang: 'en',
  platforms: ['amazon'],
  lists: PATTERN_LISTS,
  patterns: [
    // A bill or coin's face value is no price (counts $1 to $100 bills, tubes for $1 coins).
    offerPattern('en-price', '<$|us$|usd|£|€> {#}', ['(remove the price)'], {
      allowedContexts: ['1', '2', '5', '10', '20', '50', '100'].flatMap((d) => [`$${d} bill`, `$${d} bills`, `$${d} coin`, `$${d} coins`, `$${d} note`, `$${d} notes`, `$${d} presidential`, `$${d} to $100 bills`]),
    }),
    offerPattern('en-price-words', '{#} <dollars|bucks|usd>', ['(remove the price)']),
    // Not '% less': "uses 30% less energy", "40% less sugar" are product facts, not a price.
    offerPattern('en-percent-off', '{#}% <off|discount|savings|cheaper>', ['(remove)']),
    offerPattern('en-save-percent', '<save|saving|discount of|extra|take> {up to|} {#}%', ['(remove)']),
    // Free 2-day shipping, free next-day delivery; a free case with purchase (gift with purchase).
    // Only shipping-speed words between (free 2-day shipping, free next-day delivery): BPA-free thermal shipping labels are a product.
    offerPattern('en-free-shipping-any', 'free {2 day |two day |next day |same day |1 day |one day |standard |expedited |express |ground |prime |fast |overnight |priority |home |local |us |domestic |international |worldwide |}<shipping|delivery>', ['(remove)']),
    offerPattern('en-gift-with-purchase', 'free {~20}<with purchase|with every purchase|with every order|with your order|with each order>', ['(remove)']),
    // Shipping time written into the listing (ships within 24 hours, dispatched in 2 days): shipping comes from the offer.
    offerPattern('en-ships-within', '<ships|ship|shipped|dispatched|dispatches|delivered|arrives> {within|in} {#} {hours|hrs|hour|days|day|business days}', ['(remove)']),
    offerPattern('en-only-left', 'only {#} <left|remaining|in stock>', ['(remove)']),
    offerPattern('en-bundle-offer', '<buy> {#} {~4}get {#} {~8}{free|off|half price}', ['(remove)']),
    // The same in words (buy two, get the third half off).
    // Numbers and words mixed (buy 2 and get a third one free, buy one get 2 free): the same bundle offer.
    offerPattern('en-bundle-offer-mixed', '<buy> {#}{,|} {~6}get {one|two|three|a|an|the|another|your|one more|a second|a third|a fourth} {~10}{free|off|half price|half off}', ['(remove)']),
    offerPattern('en-bundle-offer-mixed-words', '<buy> {one|two|three|four|five|six|any|a}{,|} {~6}get {#} {~8}{free|off|half price|half off}', ['(remove)']),
    // Free shipping with its threshold (free shipping on every order over $25, free delivery on orders of £30+): one offer,
    // one mark, the sum included. Anchored on "free", the first word: a match never starts before its anchor then.
    offerPattern('en-free-shipping-threshold', '<free> {shipping|delivery} {on|for|with} {~16}{over|above|of|from|at least|starting at} {$|£|€|}{#}', ['(remove)']),
    offerPattern('en-bundle-offer-words', '<buy> {one|two|three|four|five|six|any|a}{,|} {~6}get {one|two|three|a|an|the|another|your|one more} {~10}{free|off|half price|half off}', ['(remove)']),
    // Event deals (Black Friday deal, Cyber Monday sale, Prime Day special): time-sensitive offers.
    offerPattern('en-event-deal', '<black friday|cyber monday|prime day|prime big deal days|boxing day|labor day|memorial day|flash|holiday|christmas|4th of july> {deal|deals|sale|sales|special|specials|discount|discounts|price|pricing|offer}', ['(remove)']),
    // Subscribe & save, subscribers save 15%: a discount offer.
    offerPattern('en-subscribe-save', '<subscribe|subscribers|subscription> {and|&|} {~4}{save|saves}', ['(remove)']),
    contactPattern('en-phone', '{call us at|call us on|call us|call|text us at|text|phone|tel|contact us at|toll free|toll-free|}{:| |}{+1 |1 |}{(|}<#3>{)|.|} {#3}{.|} {#4}', ['message us through Amazon']),
    // A phone number spelled out in words (eight eight eight, five five five, zero one nine nine): seven digit words in
    // a row, each maybe followed by a comma or hyphen, and up to three more. Nothing else in listing copy is that.
    contactPattern('en-phone-words', `<@digit-words-en>${'{,|-|} {@digit-words-en}'.repeat(6)}${'{,|-|} {zero|oh|one|two|three|four|five|six|seven|eight|nine|}'.repeat(3)}`, ['message us through Amazon']),
    contactPattern('en-email', '{email us at|email|e-mail|contact|write to|}{:| |}{&}<@>{&}', ['message us through Amazon']),
    contactPattern('en-social-handle', '{follow us on|find us on|follow us|dm us on|}{~12}<@>{&}', ['(remove)']),
    contactPattern('en-url', '<http://|https://|www.>{&}', ['(remove the URL)']),
    contactPattern('en-domain', '{&}<.com|.net|.org|.shop|.store|.io|.co|.us|.ly|.me|.info|.biz|.app|.site|.online|.link|.ee|.gg|.tv|.uk|.co.uk|.ca|.com.au|.de>', ['(remove the URL)'], { allowedContexts: ['amazon.com', 'asp.net', 'vb.net', 'ado.net'] }),
    // A web address spaced or spelled out (w w w . shopname . com, www dot shopname dot com).
    contactPattern('en-www-spaced', '<www> {.|dot} {&}', ['(remove the URL)']),
    contactPattern('en-domain-spaced', '{&} {.|dot} <com|net|org|shop|store>', ['(remove the URL)'], { allowedContexts: ['amazon . com', 'amazon dot com'] }),
    // A link page or short link with its path (linktr.ee/shopname, bit.ly/abc): a URL however it is spelled.
    contactPattern('en-link-path', '{&}<.ee/|.ly/|.me/|.gl/|.to/|.co/|.com/|.link/|.page/|.bio/>{&}', ['(remove the URL)']),
    // A social account named by its network (IG: velvetnest.home, TikTok @shop, FB: shopname).
    contactPattern('en-social-named', '<ig|insta|instagram|tiktok|tik tok|facebook|fb|youtube|pinterest|snapchat|twitter|threads|telegram|whatsapp> : {~2}{&}', ['(remove)']),
    // An international number (+44 20 7946 0321): a plus, a country code and two or three groups of digits.
    contactPattern('en-phone-intl', '+{#1-3} <#2-4> {#3-4} {#3-4}', ['message us through Amazon']),
    // A toll-free vanity number (1-877-GO-BIKES, 1-800-FLOWERS).
    // A local number after a call verb (Call 555-0147).
    contactPattern('en-phone-local', '<call|text|phone|tel|dial|ring> {us|me|} {at|on|:|} {#3} {#4}', ['message us through Amazon']),
    contactPattern('en-phone-vanity', '<1 800|1 888|1 877|1 866|1 855|1 844|1 833> {&}', ['message us through Amazon']),
    decoration('en-decorative-run', '<!!|**|~~|$$|★★|☆☆>{!|*|~|$|★|☆}+', ['(remove)']),
    decoration('en-decorative-pair', '<!!|**|~~|$$|★★|☆☆>', ['(remove)']),
    // Mixed runs (*~*, !*!, ~$~): two or more of the decorative characters together, in any order.
    decoration('en-decorative-mixed', '<*|~|!|$>{*|~|!|$|★|☆}+', ['(remove)']),
    decoration('en-emoji', '<✅|✔|✓|☑|👉|🔥|⭐|✨|❤|♥|💯|⚡|🎁|👍|★|☆>', ['(remove)']),
    // Asking for a review or feedback in any words (please leave honest feedback, write us a quick review): AZREV.
    reviewAsk('en-ask-review', '<leave|write|post|drop|give> {~12}{review|reviews|feedback|rating|stars}', ['(remove)']),
    // Asking in other words (please take a moment to review it, kindly rate us).
    reviewAsk('en-please-review', '<please|kindly|don\'t forget to|remember to> {~20}{review|rate} {it|us|this product|this item|our product|our store|your purchase}', ['(remove)']),
    ratingClaim('en-rated-stars', '<rated|rating of|rating:|ratings of> {#}{~14}{stars|star|out of 5}', ['(remove)']),
    ratingClaim('en-star-rated', '{#} {star|stars} <rated|rating|ratings|reviewed>', ['(remove)']),
    ratingClaim('en-star-reviews', '{#}{+|} {~4}{five star |5 star |positive |glowing |verified |}<reviews|ratings|happy customers|satisfied customers>', ['(remove)']),
    // A star score however it is written (4.8 out of 5 stars, 4.9/5 stars).
    ratingClaim('en-rated-score', '<rated|rating|scored|scores> {#} {/|out of} {5|five|10|ten}', ['(remove)']),
    ratingClaim('en-out-of-five', '{#} {out of|/} {5|five} <stars|star>', ['(remove)']),
    // A customer's words in the first person (“Best blender I've ever owned”): a quoted review.
    testimonialPattern('en-first-person-review', "<i've ever|i’ve ever|i have ever|i ever|we've ever|we have ever> {owned|used|bought|tried|had|purchased|ordered}", ['(remove)']),
    // The quote with its attribution ("… I've ever owned!" – Sarah K., verified buyer) is one testimonial, one mark.
    testimonialPattern('en-first-person-review-signed', "<i've ever|i’ve ever|i have ever|i ever|we've ever|we have ever> {owned|used|bought|tried|had|purchased|ordered}{!\"|.\"|!”|.”|\"|”|!|.|} {~14}{.|}{,|} {verified buyer|verified purchase|verified customer|verified review|verified owner}", ['(remove)']),
  ],
  terms: [
    // The seller's own range compared with itself (our best-selling color) is no rank (policy §6); a newspaper's list is a fact.
    promotional('best seller', ['(remove)'], { allowedAfter: OWN_RANGE }),
    promotional('bestseller', ['(remove)'], { allowedBefore: ['times ', 'new york times ', 'usa today ', 'international '], allowedAfter: OWN_RANGE }),
    promotional('best selling', ['(remove)'], { allowedAfter: OWN_RANGE }),
    // A size or a grade numbered 1 (Phillips #1, hook size #1, Prague Powder #1) or the print on a gift (#1 Dad) is no rank.
    promotional('#1', ['(remove)'], {
      allowedBefore: ['phillips ', 'pozidriv ', 'size ', 'hook ', 'powder ', 'grade ', 'style ', 'model ', 'part ', 'item ', 'no. ', 'pencil '],
      // A list's rank stated as the fact it is (#1 New York Times bestseller) is no sales-rank claim on Amazon (policy §6 true facts).
      // Nor is the order of a recipe's ingredients (real salmon is the #1 ingredient: listed first, a fact of the label).
      allowedAfter: [' new york times', ' nyt', ' usa today', ' wall street journal', ' and #2', ' & #2', ' dad', ' mom', ' grandpa', ' grandma', ' papa', ' nana', ' fan', ' teacher', ' nurse', ' coach', ' phillips', ' bit', ' bits', ' screw', ' screws', ' hook', ' hooks', ' curing', ' ingredient'],
    }),
    promotional('number one', ['(remove)']),
    promotional('no.1', ['(remove)']),
    promotional('no. 1', ['(remove)']),
    promotional('top rated', ['(remove)']),
    promotional('top seller', ['(remove)']),
    promotional('hot item', ['(remove)'], { severity: 'info' }),
    promotional('hot sale', ['(remove)'], { severity: 'info' }),
    promotional('bestselling', ['(remove)'], { allowedBefore: ['times ', 'usa today ', 'international '], allowedAfter: OWN_RANGE }),
    promotional('top selling', ['(remove)']),
    promotional("amazon's choice", ['(remove)']),
    promotional('amazon choice', ['(remove)']),

    offerTalk('free shipping', ['(remove)']),
    offerTalk('ships free', ['(remove)']),
    contactDetail('dot com', ['(remove the URL)']),
    contactDetail('(at)', ['(remove the address)']),
    contactDetail('[at]', ['(remove the address)']),
    // A pump's drip-free delivery of soap is how it dispenses, not a shipping offer.
    offerTalk('free delivery', ['(remove)'], { allowedBefore: ['drip ', 'touch ', 'mess ', 'spill ', 'leak '] }),
    offerTalk('free returns', ['(remove)']),
    offerTalk('fast shipping', ['(remove)']),
    offerTalk('same day shipping', ['(remove)']),
    offerTalk('ships today', ['(remove)']),
    offerTalk('free gift', ['includes (item)']),
    // A sign, a form or an event named for a sale is the product (For Sale sign kit, yard sale signs, bill of sale).
    offerTalk('sale', ['(remove)'], { allowedBefore: ['every ', 'each ', 'for ', 'yard ', 'garage ', 'bake ', 'estate ', 'rummage ', 'bill of ', 'deed of ', 'point of '], allowedAfter: [' sign', ' signs', ' sticker', ' stickers', ' tag', ' tags', ' price tag', ' price tags', ' price stickers', ' price labels'] }),
    offerTalk('on sale', ['(remove)']),
    offerTalk('clearance', ['(remove)'], {
      // Room around a thing (needs 2 inches of clearance, minimum clearance) is a spec, not a clearance sale.
      allowedContexts: ['ground clearance', 'clearance light', 'clearance lights', 'clearance lamp', 'of clearance', 'clearance above', 'clearance below',
        'clearance between', 'clearance from', 'clearance around', 'minimum clearance', 'clearance required', 'height clearance', 'clearance height',
        'low clearance', 'side clearance', 'rear clearance', 'wall clearance', 'door clearance', 'blade clearance', 'under door clearance'],
    }),
    offerTalk('discount', ['(remove)']),
    offerTalk('discounted', ['(remove)']),
    offerTalk('coupon', ['(remove)'], { allowedAfter: [' organizer', ' organiser', ' holder', ' binder', ' wallet', ' book', ' books', ' clipper', ' box', ' file'] }),
    offerTalk('coupon code', ['(remove)']),
    offerTalk('promo code', ['(remove)']),
    offerTalk('discount code', ['(remove)']),
    offerTalk('best deal', ['(remove)']),
    offerTalk('great deal', ['(remove)']),
    offerTalk('best price', ['(remove)']),
    offerTalk('lowest price', ['(remove)']),
    offerTalk('cheapest', ['(remove)', 'affordable']),
    offerTalk('half price', ['(remove)']),
    offerTalk('price drop', ['(remove)']),
    offerTalk('wholesale price', ['(remove)']),
    offerTalk('limited time', ['(remove)']),
    ...['buy more save more', 'buy more, save more', 'bundle and save', 'bundle & save', 'reduced price', 'special price', 'new low price', 'price cut',
      'price ends', 'offer ends', 'sale ends', 'deal ends', 'ends soon', "don't miss out", 'restock sale'].map((term) => offerTalk(term, ['(remove)'])),
    offerTalk('bogo', ['(remove)']),
    offerTalk('deal of the day', ['(remove)']),
    offerTalk('lightning deal', ['(remove)']),
    offerTalk('save big', ['(remove)']),
    offerTalk('limited stock', ['(remove)']),
    offerTalk('while stocks last', ['(remove)']),
    offerTalk('last chance', ['(remove)']),
    offerTalk('limited time offer', ['(remove)']),
    offerTalk('today only', ['(remove)']),
    offerTalk('while supplies last', ['(remove)']),
    offerTalk('special offer', ['(remove)']),
    offerTalk('buy now', ['(remove)']),
    offerTalk('order now', ['(remove)']),
    offerTalk('act now', ['(remove)']),
    offerTalk('shop now', ['(remove)']),
    offerTalk('add to cart', ['(remove)']),
    offerTalk('hurry', ['(remove)']),
    offerTalk('bonus', ['includes (item)'], { allowedAfter: [' room', ' tip', ' tips', ' track', ' tracks', ' level', ' levels'] }),
    // 'in stock', 'brand new' and 'hottest' went: facts of condition and availability (and a heater's hottest setting),
    // not the hype words policy §4 AZHYPE names; 'only 3 left in stock' is still an offer (en-only-left).
    offerTalk('new arrival', ['(remove)'], { severity: 'info' }),

    // "Guaranteed Analysis" is the nutrient table pet food must carry (AAFCO model regulations), not a promise.
    guaranteeTalk('guaranteed', ['(remove)', 'backed by a (n)-year manufacturer warranty'], { allowedAfter: [' analysis'] }),
    guaranteeTalk('100% guaranteed', ['(remove)']),
    guaranteeTalk('100% quality guaranteed', ['(remove)']),
    guaranteeTalk('100% satisfaction', ['(remove)']),
    guaranteeTalk('100% satisfaction guaranteed', ['(remove)']),
    guaranteeTalk('satisfaction guaranteed', ['(remove)']),
    guaranteeTalk('money-back guarantee', ['(remove)']),
    guaranteeTalk('your money back', ['(remove)']),
    // The guarantee and its refund written as one offer are one claim (100% Satisfaction Guaranteed or your money back).
    guaranteeTalk('satisfaction guaranteed or your money back', ['(remove)']),
    guaranteeTalk('guaranteed or your money back', ['(remove)']),
    guaranteeTalk('love it or your money back', ['(remove)']),
    guaranteeTalk('price match', ['(remove)']),
    guaranteeTalk('lowest price guaranteed', ['(remove)']),

    // 'contact us', 'call us', 'email us' and 'text us' without a number or address went: the policy's finding is the
    // contact detail (§4 AZCONTACT: phone, e-mail, URL, website, handle), which the patterns above mark with its
    // lead-in, and "please contact us with any questions" names none (as 联系在线客服 without an id, policy §6).
    contactDetail('dm us', ['message us through Amazon']),
    contactDetail('follow us', ['(remove)']),
    contactDetail('find us on', ['(remove)']),
    contactDetail('visit our website', ['(remove)']),
    contactDetail('our website', ['(remove)']),
    // The seller's pages elsewhere (our Facebook page, our Etsy shop): off-Amazon channels named without a link.
    ...['our facebook', 'our instagram', 'our tiktok', 'our youtube', 'our pinterest', 'our etsy', 'our ebay', 'our shopify', 'our online store',
      'our site', 'our web site', 'our newsletter', 'our blog', 'facebook page', 'facebook group', 'instagram page', 'etsy shop', 'ebay store'].map((term) =>
      contactDetail(term, ['(remove)']),
    ),
    contactDetail('whatsapp', ['message us through Amazon']),
    contactDetail('wechat', ['message us through Amazon']),
    contactDetail('telegram', ['message us through Amazon']),
    contactDetail('www.', ['(remove the URL)']),
    contactDetail('.com', ['(remove the URL)'], { allowedContexts: ['amazon.com'] }),
    contactDetail('.net', ['(remove the URL)'], { allowedContexts: ['asp.net', 'vb.net', 'ado.net'] }),
    // Bare 'http' and 'https' went: a router or camera lists HTTP/HTTPS among its protocols; an address is en-url.
    contactDetail('@gmail', ['(remove the address)']),

    reviewRequest('leave a review', ['(remove)']),
    reviewRequest('leave us a review', ['(remove)']),
    reviewRequest('write a review', ['(remove)']),
    reviewRequest('leave a positive review', ['(remove)']),
    reviewRequest('5-star review', ['(remove)']),
    reviewRequest('five star review', ['(remove)']),
    reviewRequest('positive review', ['(remove)']),
    reviewRequest('positive feedback', ['(remove)']),
    reviewRequest('leave feedback', ['(remove)']),
    reviewRequest('review us', ['(remove)']),

    testimonial('testimonial', ['(remove)']),
    testimonial('verified buyer', ['(remove)']),
    testimonial('verified purchase', ['(remove)']),
    testimonial('verified customer', ['(remove)']),
    testimonial('customers say', ['(remove)']),
    testimonial('customer review', ['(remove)']),
    testimonial('customer reviews', ['(remove)']),
    testimonial('testimonials', ['(remove)']),
    testimonial('customers love', ['(remove)']),
    ...['a happy customer', 'a satisfied customer', 'one happy customer', 'one customer', 'a verified customer', 'happy customer', 'satisfied customer'].map((term) => testimonial(term, ['(remove)'])),
    testimonial('as seen on tv', ['(remove)']),
    testimonial('as seen on', ['(remove)']),
  ],
};
