import type { ComplianceCategory } from '../../../lib/compliance/types';
import type { PlatformId } from '../../../lib/sites/types';
import { findingsOn } from './default-packs';

// Kinds of claim and of honest context that set A's misses pointed at (the b1-* listings above all, which the
// engine never fitted), each written here in other words than any labelled listing. What is expected comes from
// the labelling policy (tests/fixtures/compliance-eval/POLICY.md §4 for claims, §6 for what is not one), never
// from the engine's output.

const marks = (platform: PlatformId, text: string) => findingsOn(platform, text).map((f) => ({ text: f.covered, category: f.category }));

/** A finding that covers `claim` (or lies inside it), of `category`. */
const expectMarked = (platform: PlatformId, text: string, claim: string, category: ComplianceCategory) =>
  expect(marks(platform, text).filter((f) => f.text.includes(claim) || claim.includes(f.text))).toContainEqual(expect.objectContaining({ category }));

describe('in a keyword title, a claim is read inside one keyword, not across the space after it', () => {
  // Policy §1: one claim = one label; a title's space-separated keywords are separate claims. A pattern that ran from
  // one keyword into the next took the second keyword's claim into the first's mark, and the second went unmarked.
  test.each<[string, string]>([
    ['玉米须茶 降血压 失眠克星', '失眠克星'],
    ['苦瓜片 调节血糖 告别便秘', '告别便秘'],
    ['艾草足贴 温经散寒 摆脱失眠', '摆脱失眠'],
    ['桑葚茶 乌发养肾 痛风克星 120g', '痛风克星'],
  ])('%s', (text, claim) => {
    expect(marks('tmall', text)).toContainEqual({ text: claim, category: 'medical' });
  });

  test('a word spelled out with spaces is still one claim (专 治 鼻 炎)', () => {
    expect(marks('taobao', '专 治 鼻 炎 喷雾')).toContainEqual({ text: '专 治 鼻 炎', category: 'medical' });
  });

  test('a number written in financial numerals and grouped by spaces is still one contact detail', () => {
    expect(marks('pinduoduo', '售后找我：壹叁玖 贰贰壹叁 伍零零零').map((f) => f.category)).toContain('contact');
  });
});

describe('holding a reading down in one character (控血糖, 稳血压) is a treatment claim; 控油 and 遥控 are not', () => {
  test.each<[string, string]>([
    ['桑叶茶 控血压', '控血压'],
    ['苦荞饭 稳血糖', '稳血糖'],
    ['菊苣茶，帮你控尿酸', '控尿酸'],
  ])('%s', (text, claim) => expectMarked('jd', text, claim, 'medical'));

  test.each(['遥控汽车 儿童玩具', '稳定性好，承重强', '控温电热毯 三档调节'])('%s has no medical mark', (text) => {
    expect(marks('jd', text).filter((f) => f.category === 'medical')).toEqual([]);
  });
  test('控油 stays a cosmetic-efficacy claim', () => {
    expect(marks('jd', '控油洗面奶')).toContainEqual({ text: '控油', category: 'cosmetic-efficacy' });
  });
});

describe('最大/最高 + a measured quantity is a spec or a limit (policy §6), a rank is still absolute', () => {
  test.each(['空调 最大制热量4200W', '洗涤说明：最高熨烫温度110℃', '吸尘器最大吸力12000Pa', '水泵最大扬程8米', '童装 适合最大身高130cm'])('%s', (text) => {
    expect(marks('tmall', text).filter((f) => f.category === 'absolute')).toEqual([]);
  });
  test.each<[string, string]>([
    ['最高品质 进口原料', '最高'],
    ['同价位里噪音最低', '最低'],
    ['吹风机 最低噪音 宿舍可用', '最低'],
  ])('%s', (text, claim) => expectMarked('tmall', text, claim, 'absolute'));
});

describe('a caution to buyers under a doctor\'s care names their treatment, not the product\'s', () => {
  test.each(['正在接受治疗的朋友请先咨询医生', '正在治疗中的患者请遵医嘱使用', '需要长期治疗的人群，使用前请咨询医生'])('%s', (text) => {
    expect(marks('jd', text).filter((f) => f.category === 'medical')).toEqual([]);
  });
  test.each<[string, string]>([
    ['本品可治疗颈椎病', '治疗颈椎病'],
    ['治疗效果好，一用就灵', '治疗'],
  ])('%s', (text, claim) => expectMarked('jd', text, claim, 'medical'));
});

describe('asking the buyer for a number or an id is off-platform diversion (policy §4 DIV)', () => {
  test.each<[string, string]>([
    ['有问题私信我留个电话，马上回复', '留个电话'],
    ['留下您的微信，客服加您发优惠', '留下您的微信'],
    ['想要样品的找我发个手机号', '发个手机号'],
    ['留个联系方式我们回电', '留个联系方式'],
  ])('%s', (text, claim) => expectMarked('douyin', text, claim, 'contact'));

  test('a number left in the order notes for the courier is no diversion', () => {
    expect(marks('douyin', '下单时请在备注里留个电话，方便快递员派送')).toEqual([]);
  });
});

describe('medical claims in the words buyers use (policy §4 MED, DRUG)', () => {
  test.each<[string, string]>([
    ['用了半个月，鼻炎的老毛病没了', '鼻炎的老毛病没了'],
    ['喝了两周，便秘的困扰解决了', '便秘的困扰解决了'],
    ['术后喝了伤口愈合快', '术后喝了伤口愈合快'],
    ['放疗期间吃了恢复得快', '放疗期间吃了恢复得快'],
    ['比西药副作用小', '比西药副作用小'],
    ['比激素药膏更温和', '比激素药膏更温和'],
  ])('%s', (text, claim) => expectMarked('tmall', text, claim, 'medical'));

  test.each(['产后恢复带 收腹塑形', '手术刀片 不锈钢 100片', '比普通药盒更结实'])('%s has no medical mark', (text) => {
    expect(marks('tmall', text).filter((f) => f.category === 'medical')).toEqual([]);
  });
});

describe('guaranteed outcomes: sleep at once, no side effects, a body changed within a period (policy §4 FP)', () => {
  test.each<[string, string]>([
    ['睡前吃了马上就能睡着', '睡着'],
    ['枕头很软，躺下就能入睡', '躺下就能入睡'],
    ['一觉到天亮，不再半夜醒', '一觉到天亮'],
    ['纯植物，没有任何副作用', '没有任何副作用'],
    ['毫无副作用，老人孩子都能吃', '毫无副作用'],
    ['两周小腹就平了', '两周小腹就平了'],
    ['喝了马上缓解头痛', '喝了马上缓解'],
  ])('%s', (text, claim) => expectMarked('pinduoduo', text, claim, 'false-promise'));

  test.each(['睡前半小时服用', '入睡前涂抹于手腕', '副作用：尚不明确，请遵医嘱'])('%s has no false-promise mark', (text) => {
    expect(marks('pinduoduo', text).filter((f) => f.category === 'false-promise')).toEqual([]);
  });
});

describe('food said to give a health function in other words (policy §4 FOOD)', () => {
  test.each<[string, string]>([
    ['喝一周干活不觉得累', '不觉得累'],
    ['老人吃了浑身是劲', '浑身是劲'],
    ['代餐奶昔，喝着喝着就瘦了', '喝着喝着就瘦了'],
    ['孕期吃了宝宝更聪明', '宝宝更聪明'],
    ['坐月子必备的小米', '坐月子必备'],
  ])('%s', (text, claim) => expectMarked('taobao', text, claim, 'food-health'));

  test.each(['运动鞋 穿一天脚不累', '吃货必备零食大礼包', '吃了几口就饱了'])('%s has no food-health mark', (text) => {
    expect(marks('taobao', text).filter((f) => f.category === 'food-health')).toEqual([]);
  });
});

describe('English: curing as hardening, bundle offers and shipping thresholds', () => {
  test.each(['Let the paint cure before the next coat.', 'Allow each coat to cure completely between coats.', 'Let the epoxy layer fully cure before sanding.'])(
    '%s has no medical mark',
    (text) => {
      expect(marks('amazon', text).filter((f) => f.category === 'medical')).toEqual([]);
    },
  );
  test.each<[string, string]>([
    ['A tea that will fully cure your arthritis', 'cure your arthritis'],
    ['Cures acne overnight', 'Cures acne'],
  ])('%s', (text, claim) => expectMarked('shopify', text, claim, 'medical'));

  test.each<[string, string]>([
    ['Buy 3, get a fourth one free', 'Buy 3, get a fourth one free'],
    ['Buy 1 and get the second half off', 'Buy 1 and get the second half off'],
    ['Buy two, get 3 free this week', 'Buy two, get 3 free'],
  ])('%s is one promotional mark on Amazon', (text, claim) => {
    expect(marks('amazon', text)).toContainEqual({ text: claim, category: 'promotional' });
  });

  test('free shipping with its threshold is one offer, one mark, on Amazon only', () => {
    const text = 'Free shipping on all orders over $49';
    expect(marks('amazon', text)).toEqual([{ text, category: 'promotional' }]);
    expect(marks('shopify', text)).toEqual([]);
  });
});

describe('evasions inside figures: letters for digits in a phone number, a space before the per cent sign (policy §5)', () => {
  test.each<[string, string]>([
    ['Questions? Call (312) 4O7-1l86 any day', '(312) 4O7-1l86'],
    ['Text 415.55I.0198 for bulk orders', '415.55I.0198'],
    ['Wholesale line 646-2O1-8833', '646-2O1-8833'],
  ])('%s', (text, claim) => {
    expect(marks('amazon', text)).toContainEqual({ text: claim, category: 'contact' });
  });
  test.each(['Model lO1-2O3-4OO5 replacement filter', 'Ill fitting lids are a thing of the past', 'Pack of 1OO cotton pads'])('%s has no contact mark', (text) => {
    expect(marks('amazon', text).filter((f) => f.category === 'contact')).toEqual([]);
  });

  test.each<[PlatformId, string, string]>([
    ['shopify', 'Works for 100 % of users, or your money back', 'Works for 100 % of users'],
    ['amazon', 'It is 100 % effective against wrinkles', '100 % effective'],
    ['tmall', '祛痘精华 100 %有效', '100 %有效'],
  ])('%s: %s', (platform, text, claim) => expectMarked(platform, text, claim, 'false-promise'));
  test('a plain content figure with a spaced per cent sign stays clear', () => {
    expect(marks('tmall', '棉 95 % 氨纶 5 %')).toEqual([]);
  });
});

describe('insects at large, a reading held steady, and natural in figures', () => {
  test.each<[string, string, ComplianceCategory]>([
    ['薰衣草香包 衣橱驱虫', '驱虫', 'pesticide'],
    ['天然精油 有效杀灭害虫', '杀灭害虫', 'pesticide'],
    ['米箱 防潮除虫', '除虫', 'pesticide'],
    ['喝了半年，血糖平稳了', '血糖平稳了', 'medical'],
    ['老人吃了尿酸稳定了', '尿酸稳定了', 'medical'],
    ['洗发水 100%天然成分', '100%天然', 'proof-needed'],
    ['百分百植物萃取 温和不刺激', '百分百植物', 'proof-needed'],
  ])('%s', (text, claim, category) => expectMarked('taobao', text, claim, category));

  test.each(['太阳能杀虫灯 果园用', '宠物驱虫项圈 可调节', '狗狗体内驱虫药 处方请遵医嘱', '冬虫夏草 虫草花 煲汤料', '纯棉T恤 100%纯棉'])('%s has no pesticide or proof mark', (text) => {
    expect(marks('taobao', text).filter((f) => f.category === 'pesticide' || f.category === 'proof-needed')).toEqual([]);
  });
});

describe('a pick among the shop\'s own sizes is no rank (policy §6); a warning of a disease is a device claim', () => {
  test.each(['三种规格里，性价比最高的是家庭装', '单价最低的是囤货装，常喝的建议直接拍', '本店几个规格中，2kg装的单价最低'])('%s', (text) => {
    expect(marks('jd', text).filter((f) => f.category === 'absolute')).toEqual([]);
  });
  test.each<[string, string]>([
    ['全网价格最低', '全网价格最低'],
    ['性价比最高的国产手机', '最高'],
  ])('%s', (text, claim) => expectMarked('jd', text, claim, 'absolute'));
  test.each<[string, string]>([
    ['智能手环 24小时预警中风', '预警中风'],
    ['手表能预警心脏病', '预警心脏病'],
  ])('%s', (text, claim) => expectMarked('tmall', text, claim, 'medical'));
  test('a weather warning is no claim', () => {
    expect(marks('tmall', '户外气象站 暴雨预警 大风预警')).toEqual([]);
  });
});

describe('pain of a named body part, and a named drug\'s place taken (policy §4 MED, DRUG)', () => {
  test.each<[string, string]>([
    ['乳胶枕 专治颈椎痛', '专治颈椎痛'],
    ['护膝 缓解膝盖疼', '缓解膝盖疼'],
    ['足跟垫 告别足跟痛', '告别足跟痛'],
    ['苦瓜茶能代替降糖药', '代替降糖药'],
    ['助眠香薰 可以取代安眠药', '取代安眠药'],
  ])('%s', (text, claim) => expectMarked('tmall', text, claim, 'medical'));
  test.each(['本品不能代替降压药，请遵医嘱', '保健食品不可替代降糖药', '魔术贴老人鞋 轻便透气'])('%s has no medical mark', (text) => {
    expect(marks('tmall', text).filter((f) => f.category === 'medical')).toEqual([]);
  });
});

describe('skin conditions a cosmetic may not claim to remove, fading a condition, food functions in other words', () => {
  test.each<[string, string, ComplianceCategory]>([
    ['修护精华 消除红血丝', '消除红血丝', 'medical'],
    ['马油膏 专治手足皲裂', '专治手足皲裂', 'medical'],
    ['孕妇精油 淡化妊娠纹', '淡化妊娠纹', 'medical'],
    ['祛疤凝胶 淡化疤痕 三个月见效', '淡化疤痕', 'medical'],
    ['艾草足贴 排寒气', '排寒气', 'food-health'],
    ['红豆薏米茶 排湿毒', '排湿毒', 'food-health'],
    ['黄芪茶 强身健体', '强身健体', 'food-health'],
    ['冬瓜荷叶茶 利尿', '利尿', 'food-health'],
  ])('%s', (text, claim, category) => expectMarked('douyin', text, claim, category));
  test('fading 色斑 stays a cosmetic-efficacy claim, not a medical one', () => {
    expect(marks('douyin', '烟酰胺精华 淡化色斑').map((f) => f.category)).toEqual(['cosmetic-efficacy']);
  });
});

describe('English: a product in place of a class of drugs (policy §4 USMED "replaces your medication")', () => {
  test.each<[string, string]>([
    ['Replaces your blood pressure medication', 'Replaces your blood pressure medication'],
    ['Use it instead of your daily allergy pills', 'instead of your daily allergy pills'],
    ['I no longer need my acid reflux meds', 'no longer need my acid reflux meds'],
  ])('%s', (text, claim) => expectMarked('shopify', text, claim, 'medical'));
  test('a replacement part is no medicine', () => {
    expect(marks('shopify', 'Replaces your old vacuum filter, fits most models')).toEqual([]);
  });
});

describe('review cash-back over two clauses, and other ways off the platform (policy §4 CASH, DIV)', () => {
  test.each<[string, string, ComplianceCategory]>([
    ['收到后给个五星好评，联系客服返5元', '返5元', 'platform'],
    ['晒图追评后，截图发客服领红包', '领红包', 'platform'],
    ['写好评，找客服送2元', '送2元', 'platform'],
    ['+薇 shop2024 领试用装', '薇 shop2024', 'contact'],
    ['扫码加好友领福利', '扫码加', 'contact'],
    ['扫码进群抢优惠', '扫码进群', 'contact'],
  ])('%s', (text, claim, category) => expectMarked('pinduoduo', text, claim, category));
  test.each(['好评如潮，新人领红包', '五星好评率98%，下单送5元券', '店铺好评率高，欢迎收藏'])('%s is no review reward', (text) => {
    expect(marks('pinduoduo', text)).toEqual([]);
  });
});

describe('emoji built of other characters decorate as any emoji does (policy §4 AZCHAR): flags and keycaps', () => {
  test.each<[string, string]>([
    ['🇺🇸 Stainless Steel Tumbler 20 oz', '🇺🇸'],
    ['Kids Backpack 🇬🇧 Union Jack print', '🇬🇧'],
    ['1️⃣ Fill with water', '1️⃣'],
    ['#️⃣ Gift Set', '#️⃣'],
  ])('%s is marked on Amazon', (text, emoji) => {
    expect(marks('amazon', text).filter((f) => f.category === 'title-format' && emoji.includes(f.text))).not.toEqual([]);
  });
  test.each(['🇺🇸 Stainless Steel Tumbler 20 oz', '1️⃣ Fill with water'])('%s is no finding on Shopify', (text) => {
    expect(marks('shopify', text)).toEqual([]);
  });
  test('plain digits, a rank sign and sizes stay as they are', () => {
    expect(marks('amazon', 'Set of 10, size 3 x 4 in, #8 screws').filter((f) => f.category === 'title-format')).toEqual([]);
  });
});

describe('honest copy around claim words: disclaimers, keeping tips, physical pest devices (policy §6)', () => {
  test.each(['本品不能替代药物治疗', '保质期内最佳风味，开封后请冷藏', '开封后最佳饮用时间为三天', '灭蚊拍 充电式 大网面', '电蚊拍替换网', '厨房灭蝇灯 挂墙'])('%s', (text) => {
    expect(marks('tmall', text)).toEqual([]);
  });
  test.each<[string, string, ComplianceCategory]>([
    ['本品可治疗胃病', '治疗胃病', 'medical'],
    ['最佳风味的咖啡豆', '最佳', 'absolute'],
    ['高效灭蚊 一晚无蚊', '灭蚊', 'pesticide'],
  ])('%s', (text, claim, category) => expectMarked('tmall', text, claim, category));
});

describe('a rank sign that states an ingredient order is a fact of the label, not a sales rank (policy §6 true facts)', () => {
  test.each(['REAL SALMON FIRST: made with wild-caught salmon as the #1 ingredient', 'Real chicken is the #1 ingredient, no corn or soy'])('%s is no finding on Amazon', (text) => {
    expect(marks('amazon', text).filter((f) => f.text.includes('#1'))).toEqual([]);
  });
  test('the same sign as a rank is still marked', () => {
    expectMarked('amazon', 'The #1 dog treat on Amazon, loved by vets', '#1', 'promotional');
  });
});

describe('an official title or a company name that holds a claim word is no claim (policy §6)', () => {
  test.each<[PlatformId, string]>([
    ['taobao', '依据最高人民法院司法解释，本店承诺七天无理由退货'],
    ['jd', '最高人民检察院公布的典型案例提醒：认准正品'],
    ['tmall', '一汽大众原厂配件，中国第一汽车集团授权经销'],
  ])('%s: %s', (platform, text) => {
    expect(marks(platform, text).filter((f) => f.category === 'absolute')).toEqual([]);
  });

  test.each<[PlatformId, string, string]>([
    ['taobao', '本品品质达到全国最高水平', '最高'],
    ['tmall', '中国第一品质 汽车脚垫', '中国第一'],
  ])('the same words as a claim are still marked: %s', (platform, text, claim) => expectMarked(platform, text, claim, 'absolute'));
});
