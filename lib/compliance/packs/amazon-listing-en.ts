import type { RulePack } from '../types';
import { termGroup } from './term-group';

const TITLE_RULES = 'Amazon product title requirements (Seller Central help 201100890, YTR6SYGFA5E3EQC)';
const LISTING_RULES = 'Amazon product detail page rules (Seller Central help 200390640)';
const PESTICIDE_RULES = 'FIFRA (7 U.S.C. 136 et seq.), 40 CFR 152.15; Amazon pesticide and pesticide-device policy';

const promotional = termGroup({
  severity: 'warn',
  category: 'promotional',
  source: `${TITLE_RULES}; ${LISTING_RULES}`,
  why: {
    'zh-CN': '亚马逊不允许在标题、五点和描述中写促销语或主观评价（如 “Best Seller”“Hot Item”）；在美国这类夸张说法算吹嘘，但会导致商品被压制搜索。',
    en: 'Amazon does not allow promotional phrases or subjective commentary ("Best Seller", "Hot Item") in titles, bullets or descriptions; under US law it is puffery, but it gets listings suppressed.',
  },
});

const offerTalk = termGroup({
  severity: 'warn',
  category: 'promotional',
  source: LISTING_RULES,
  why: {
    'zh-CN': '价格、促销、运费和库存情况由亚马逊的报价系统显示，不能写进商品文案（如 “free shipping”“on sale”“limited time”）。',
    en: 'Price, deals, shipping and availability come from Amazon\'s offer system and may not be written into listing text ("free shipping", "on sale", "limited time").',
  },
});

const guaranteeTalk = termGroup({
  severity: 'warn',
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

const testimonial = termGroup({
  severity: 'warn',
  category: 'promotional',
  source: LISTING_RULES,
  why: {
    'zh-CN': '亚马逊商品页面不允许放评价、引语或买家证言。',
    en: 'Amazon detail pages may not contain reviews, quotes or testimonials.',
  },
});

const pesticideClaim = termGroup({
  severity: 'block',
  category: 'pesticide',
  source: PESTICIDE_RULES,
  why: {
    'zh-CN': '宣称能杀灭或抑制细菌、病毒、霉菌或驱虫，在美国属于农药宣称，需要 EPA 注册；亚马逊会下架。只说“经处理以保护产品本身”的除外。',
    en: 'Claiming to kill or stop germs, viruses or mould, or to repel pests, is a pesticide claim in the US and needs EPA registration; Amazon removes such listings. Saying only that the item is treated to protect itself is the exception.',
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
  terms: [
    promotional('best', ['premium', 'well made'], {
      allowedContexts: ['best before', 'best by', 'best if used by'],
    }),
    promotional('best seller', ['(remove)']),
    promotional('bestseller', ['(remove)']),
    promotional('best selling', ['(remove)']),
    promotional('#1', ['(remove)']),
    promotional('number one', ['(remove)']),
    promotional('no.1', ['(remove)']),
    promotional('top rated', ['(remove)']),
    promotional('top seller', ['(remove)']),
    promotional('hot item', ['(remove)']),
    promotional('hot sale', ['(remove)']),
    promotional('hottest', ['(remove)']),
    promotional('award-winning', ['(remove)', 'name the award in the description']),
    promotional("amazon's choice", ['(remove)']),
    promotional('amazon choice', ['(remove)']),
    promotional('best choice', ['(remove)']),
    promotional('best value', ['(remove)']),
    promotional('perfect gift', ['gift for (occasion)'], { severity: 'info' }),

    offerTalk('free shipping', ['(remove)']),
    offerTalk('free delivery', ['(remove)']),
    offerTalk('free returns', ['(remove)']),
    offerTalk('fast shipping', ['(remove)']),
    offerTalk('same day shipping', ['(remove)']),
    offerTalk('ships today', ['(remove)']),
    offerTalk('free gift', ['includes (item)']),
    offerTalk('sale', ['(remove)']),
    offerTalk('on sale', ['(remove)']),
    offerTalk('clearance', ['(remove)'], {
      allowedContexts: ['ground clearance', 'clearance light', 'clearance lights', 'clearance lamp'],
    }),
    offerTalk('discount', ['(remove)']),
    offerTalk('discounted', ['(remove)']),
    offerTalk('coupon', ['(remove)']),
    offerTalk('best deal', ['(remove)']),
    offerTalk('great deal', ['(remove)']),
    offerTalk('best price', ['(remove)']),
    offerTalk('lowest price', ['(remove)']),
    offerTalk('cheapest', ['(remove)', 'affordable']),
    offerTalk('half price', ['(remove)']),
    offerTalk('price drop', ['(remove)']),
    offerTalk('wholesale price', ['(remove)']),
    offerTalk('limited time', ['(remove)']),
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
    offerTalk('bonus', ['includes (item)']),
    offerTalk('in stock', ['(remove)'], { severity: 'info' }),
    offerTalk('brand new', ['new'], { severity: 'info' }),
    offerTalk('new arrival', ['(remove)'], { severity: 'info' }),

    guaranteeTalk('guaranteed', ['(remove)', 'backed by a (n)-year manufacturer warranty']),
    guaranteeTalk('100% guaranteed', ['(remove)']),
    guaranteeTalk('100% quality guaranteed', ['(remove)']),
    guaranteeTalk('100% satisfaction', ['(remove)']),
    guaranteeTalk('100% satisfaction guaranteed', ['(remove)']),
    guaranteeTalk('satisfaction guaranteed', ['(remove)']),
    guaranteeTalk('money-back guarantee', ['(remove)']),
    guaranteeTalk('risk-free', ['(remove)']),

    contactDetail('contact us', ['message us through Amazon']),
    contactDetail('call us', ['message us through Amazon']),
    contactDetail('email us', ['message us through Amazon']),
    contactDetail('e-mail us', ['message us through Amazon']),
    contactDetail('text us', ['message us through Amazon']),
    contactDetail('dm us', ['message us through Amazon']),
    contactDetail('follow us', ['(remove)']),
    contactDetail('find us on', ['(remove)']),
    contactDetail('visit our website', ['(remove)']),
    contactDetail('our website', ['(remove)']),
    contactDetail('whatsapp', ['message us through Amazon']),
    contactDetail('wechat', ['message us through Amazon']),
    contactDetail('telegram', ['message us through Amazon']),
    contactDetail('www.', ['(remove the URL)']),
    contactDetail('.com', ['(remove the URL)'], { allowedContexts: ['amazon.com'] }),
    contactDetail('.net', ['(remove the URL)']),
    contactDetail('http', ['(remove the URL)']),
    contactDetail('https', ['(remove the URL)']),
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
    testimonial('testimonials', ['(remove)']),
    testimonial('customers love', ['(remove)']),
    testimonial('as seen on tv', ['(remove)']),
    testimonial('as seen on', ['(remove)']),

    pesticideClaim('antibacterial', ['easy to clean']),
    pesticideClaim('anti-bacterial', ['easy to clean']),
    pesticideClaim('antimicrobial', ['easy to clean']),
    pesticideClaim('anti-microbial', ['easy to clean']),
    pesticideClaim('antiviral', ['(remove)']),
    pesticideClaim('anti-viral', ['(remove)']),
    pesticideClaim('antifungal', ['(remove)']),
    pesticideClaim('anti-fungal', ['(remove)']),
    pesticideClaim('germicidal', ['(remove)']),
    pesticideClaim('virucidal', ['(remove)']),
    pesticideClaim('bactericidal', ['(remove)']),
    pesticideClaim('kills 99.9% of germs', ['cleans surfaces']),
    pesticideClaim('kills 99.9% of bacteria', ['cleans surfaces']),
    pesticideClaim('kills 99.9%', ['cleans surfaces']),
    pesticideClaim('kills germs', ['cleans surfaces']),
    pesticideClaim('kills bacteria', ['cleans surfaces']),
    pesticideClaim('kills viruses', ['(remove)']),
    pesticideClaim('kills mold', ['removes mould stains']),
    pesticideClaim('kills bed bugs', ['(remove)']),
    pesticideClaim('kills fleas', ['(remove)']),
    pesticideClaim('eliminates germs', ['cleans surfaces']),
    pesticideClaim('eliminates bacteria', ['cleans surfaces']),
    pesticideClaim('germ-free', ['clean']),
    pesticideClaim('disinfect', ['clean']),
    pesticideClaim('disinfects', ['cleans']),
    pesticideClaim('disinfectant', ['cleaner']),
    pesticideClaim('disinfecting', ['cleaning']),
    pesticideClaim('sanitize', ['clean']),
    pesticideClaim('sanitizes', ['cleans']),
    pesticideClaim('sanitizing', ['cleaning']),
    pesticideClaim('mold resistant', ['moisture-wicking', 'quick-drying']),
    pesticideClaim('mildew resistant', ['quick-drying']),
    pesticideClaim('mold proof', ['quick-drying']),
    pesticideClaim('insect repellent', ['(remove)']),
    pesticideClaim('bug repellent', ['(remove)']),
    pesticideClaim('mosquito repellent', ['(remove)']),
    pesticideClaim('repels insects', ['(remove)']),
    pesticideClaim('repels mosquitoes', ['(remove)']),
    pesticideClaim('repels bugs', ['(remove)']),
    pesticideClaim('sterilize', ['steam-clean'], { severity: 'warn' }),
    pesticideClaim('sterilizes', ['steam-cleans'], { severity: 'warn' }),
    pesticideClaim('sterilizing', ['steam-cleaning'], { severity: 'warn' }),
  ],
};
