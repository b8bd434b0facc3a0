import type { RulePack } from '../types';
import { patternGroup, termGroup } from './term-group';
import { PRC_MARKETPLACES } from './scope';

const FOOD_LABEL = '《食品安全法》第七十一条；《广告法》第十七条';
const HEALTH_FOOD = '《广告法》第十八条；《保健食品注册与备案管理办法》';

const diseaseClaim = termGroup({
  severity: 'block',
  category: 'food-health',
  source: FOOD_LABEL,
  why: {
    'zh-CN': '任何食品（包括保健食品）都不得宣称预防或治疗疾病；这是药品才能说的话。',
    en: 'No food, health food included, may claim to prevent or treat disease; only drugs may say that.',
  },
});

// Block: on ordinary food it is a banned health claim (the policy's food-health rule); a registered health food
// stating its approved function as its label does (保健功能：…) is let through by the allowed context below.
const registeredFunction = termGroup({
  severity: 'block',
  category: 'food-health',
  source: HEALTH_FOOD,
  why: {
    'zh-CN': '这是保健食品的注册功能，只有取得“蓝帽子”批准且批准功能相符的产品才能写，而且要注明“本品不能代替药物”；普通食品不能写。',
    en: 'This is a registered health-food function: only products approved for exactly that function (the "blue hat" mark) may state it, with "this product cannot replace medicine"; ordinary food may not.',
  },
});

/**
 * A registered health food states its approved function on its label as 保健功能：辅助降血脂 (policy §6: the
 * approved function in the approved wording is lawful with the registration shown). That label line is allowed;
 * the same words anywhere else are the claim.
 */
const APPROVED_FUNCTION_LABEL = ['保健功能:', '保健功能为', '保健功能是', '批准功能:', '功能声称:'];
/**
 * The 2023 保健食品功能目录 names every approved function in the form 有助于… (有助于改善睡眠, 有助于抗氧化,
 * 有助于调节肠道菌群): a function word right after 有助于 is the catalogue's wording, which a registered health
 * food states with its 蓝帽子 (policy §6). What goes beyond it (一周见效, 零副作用, 治…) is caught by its own rule.
 */
const CATALOGUE_WORDING = ['有助于'];
const healthFoodFunction = (term: string, suggestions: string[], details: Parameters<typeof registeredFunction>[2] = {}) =>
  registeredFunction(term, suggestions, { ...details, allowedBefore: [...(details.allowedBefore ?? []), ...APPROVED_FUNCTION_LABEL, ...CATALOGUE_WORDING] });

const miracle = termGroup({
  severity: 'block',
  category: 'food-health',
  source: `${FOOD_LABEL}；《广告法》第二十八条`,
  why: {
    'zh-CN': '长寿、返老还童、壮阳这类神奇功效是典型的虚假食品宣传，监管部门消费提示中多次点名。',
    en: 'Longevity, rejuvenation or virility miracles are textbook false food claims that regulators keep warning about.',
  },
});

const slimming = termGroup({
  severity: 'block',
  category: 'food-health',
  source: `${FOOD_LABEL}；${HEALTH_FOOD}`,
  why: {
    'zh-CN': '普通食品不得宣称减肥、降脂；保健食品也只能使用批准的功能名称（如“有助于调节体脂”）。',
    en: 'Ordinary food may not claim weight or fat loss; health food may only use its approved function name (e.g. "helps regulate body fat").',
  },
});

/**
 * Health functions as a shape: a verb of raising or guarding plus the body function or organ (提高孩子免疫力,
 * 促进大脑发育, 保护肝脏, 呵护肠胃), a must-eat for a life stage (孕期不可缺少, 月子必吃), growth that depends on it.
 * Ordinary food may claim none of these (食品安全法; 广告法第十七条); a registered health food only its approved
 * function in the approved wording, which the allowed contexts keep clear (有助于增强免疫力, policy §6).
 */
const foodFunction = patternGroup({
  severity: 'block',
  category: 'food-health',
  source: `${FOOD_LABEL}；${HEALTH_FOOD}`,
  why: {
    'zh-CN': '普通食品不得宣称保健功能（提高免疫力、促进发育、保护肝脏等）；保健食品只能按批准的功能名称表述。',
    en: 'Ordinary food may not claim a health function (immunity, development, protecting the liver…); a health food only in its approved wording.',
  },
});
const APPROVED_WORDING = [
  ...['有助于', ...APPROVED_FUNCTION_LABEL].flatMap((label) => ['增强免疫力', '提高免疫力', '增加骨密度', '改善记忆力', '增强记忆力'].map((fn) => `${label}${fn}`)),
];

export const prcFoodHealthPack: RulePack = {
  id: 'prc-food-health',
  name: { 'zh-CN': '食品与保健食品宣称', en: 'PRC: food and health-food claims' },
  description: {
    'zh-CN': '食品不得宣称防病治病；保健食品功能只能在取得批准后按批准的名称使用；长寿、壮阳等神奇功效一律不行。',
    en: 'Food may not claim to prevent or treat disease; health-food functions only with approval and in the approved wording; miracle effects never.',
  },
  lang: 'zh',
  // PRC law: the Chinese marketplaces, and a site the seller added (we cannot tell which law governs it).
  platforms: [...PRC_MARKETPLACES],
  law: 'prc',
  patterns: [
    foodFunction('zh-boost-function', '<提高|增强|提升|增加|改善|促进|强化>{~3}{免疫力|抵抗力|记忆力|体力|精力|体质|大脑发育|智力|骨骼发育|骨密度|造血功能|新陈代谢}', ['（删除）'], { allowedContexts: [...APPROVED_WORDING, '增加体力消耗', '提高体力消耗'] }),
    // 辅助保护胃黏膜 is itself an approved function name of the catalogue (policy §6), as a registered health food states it.
    foodFunction('zh-organ-care', '<保护|养护|呵护|滋养|强健|调养>{~2}{肝脏|肾脏|肺部|胃部|胃黏膜|脾胃|肠胃|肠道|嗓子|咽喉|心脏|心血管|血管}', ['（删除）'], { allowedContexts: ['辅助保护胃黏膜'] }),
    // Emptying the bowel or the body of "toxins" (排出宿便, 清理肠道毒素, 排净体内毒素) is the 排毒 claim in other words.
    foodFunction('zh-flush-toxins', '<排出|排净|排走|清理|清除|清空|排>{~3}{宿便|毒素|肠毒|体内垃圾|肠道垃圾|湿毒|寒毒|湿气|寒气|湿寒}', ['（删除）']),
    // Immunity in a short form (提升免疫, 增强免疫) and resistance said to be strong (抵抗力杠杠的, 抵抗力变强).
    foodFunction('zh-short-immunity', '<提高|增强|提升|强化>免疫', ['（删除）'], { allowedContexts: [...APPROVED_WORDING] }),
    foodFunction('zh-strong-resistance', '<抵抗力|免疫力>{~2}{杠杠的|变强|更强|强了|好了|棒棒的}', ['（删除）']),
    // A child made cleverer by what it eats or drinks (喝了更聪明, 宝宝更聪明).
    foodFunction('zh-cleverer', '{宝宝|孩子|儿童|喝了|吃了}{~2}<更聪明|变聪明|聪明>', ['（删除）']),
    foodFunction('zh-essential-for', '<孕期|孕妇|坐月子|月子|哺乳期|产后|备孕>{~2}{必吃|必喝|必备|不可缺少|不能少|离不开|必需}', ['孕期营养补充']),
    // Eating or drinking it and then never tired (吃一个月浑身有劲, 喝了干活不觉得累): the 缓解体力疲劳 function in other words.
    foodFunction('zh-no-fatigue', '{吃|喝|服用|吃了|喝了}{~6}<不疲劳|不觉得累|不觉得疲劳|浑身有劲|浑身是劲|不犯困|精力充沛|不累了>', ['补充能量']),
    // Losing weight by eating it (吃着吃着就瘦了, 喝着喝着就瘦下来): a slimming function claimed for a food.
    foodFunction('zh-eat-and-slim', '{吃着吃着|喝着喝着|吃着|喝着|吃了|喝了}{就|也|都|}<瘦了|瘦下来|变瘦|掉秤>', ['（删除）']),
    // What the mother eats said to change the baby (孕妇吃宝宝皮肤白, 孕期喝了宝宝更聪明).
    foodFunction('zh-eat-for-baby', '{孕妇|孕期|怀孕|孕妈|孕妈妈}{~3}<宝宝|胎儿|孩子>{~2}{皮肤白|白嫩|白|聪明|健康|长得好}', ['孕期营养补充']),
    foodFunction('zh-cannot-do-without', '{发育|骨骼|长高|长个}{~2}<离不开>', ['（删除）']),
    foodFunction('zh-grey-to-black', '白发{~2}<变黑|转黑>', ['（删除）']),
  ],
  terms: [
    diseaseClaim('预防疾病', ['日常营养补充']),
    diseaseClaim('清肺', ['（删除）']),
    diseaseClaim('润肺', ['（删除）']),
    diseaseClaim('补气血', ['（删除）']),
    diseaseClaim('补血', ['（删除）']),
    diseaseClaim('调理肠胃', ['（删除）']),
    diseaseClaim('调理肠道', ['（删除）']),
    diseaseClaim('养胃', ['（删除）']),
    diseaseClaim('护胃', ['（删除）']),
    diseaseClaim('降火', ['（删除）']),
    diseaseClaim('去火', ['（删除）']),
    diseaseClaim('不上火', ['（删除）']),
    diseaseClaim('增强抵抗力', ['（删除）']),
    diseaseClaim('提高抵抗力', ['（删除）']),
    diseaseClaim('提高智力', ['（删除）']),
    diseaseClaim('不生病', ['（删除）']),
    diseaseClaim('少生病', ['（删除）']),
    // The child growing is a fact a clothing or shoe listing plans for (孩子长高了也能穿), not the product's effect.
    diseaseClaim('长个子', ['（删除）'], { allowedAfter: ['了也能', '了也可以', '了还能', '了还可以', '了可以', '了要换', '了不用换', '后也能', '后还能'] }),
    diseaseClaim('孕妇必备', ['孕期营养补充']),
    diseaseClaim('孕期必吃', ['孕期营养补充']),
    diseaseClaim('必不可少', ['（删除）']),
    diseaseClaim('防病', ['日常营养补充']),
    diseaseClaim('防癌', ['（删除）']),
    diseaseClaim('抗癌', ['（删除）']),
    diseaseClaim('治癌', ['（删除）']),
    diseaseClaim('抗肿瘤', ['（删除）']),
    diseaseClaim('降血压', ['（删除）']),
    // Naming the drug (降压药盒, a pill box) is no claim; replacing it is caught by zh-stop-medicine.
    diseaseClaim('降压', ['（删除）'], {
      allowedAfter: ['药'],
      allowedContexts: ['降压模块', '降压变压器', '降压板', '降压转换', '降压器', '降压电源'],
    }),
    diseaseClaim('降血糖', ['（删除）']),
    diseaseClaim('降糖', ['低糖配方（需符合标准）']),
    diseaseClaim('降血脂', ['（删除）']),
    diseaseClaim('降三高', ['（删除）']),
    diseaseClaim('降尿酸', ['（删除）']),
    diseaseClaim('通血管', ['（删除）']),
    diseaseClaim('软化血管', ['（删除）']),
    diseaseClaim('清血管', ['（删除）']),
    diseaseClaim('溶血栓', ['（删除）']),
    diseaseClaim('包治百病', ['（删除）']),
    diseaseClaim('治百病', ['（删除）']),
    diseaseClaim('排宿便', ['（删除）']),
    diseaseClaim('补肾', ['（删除）']),
    diseaseClaim('无毒副作用', ['（删除）'], {
      source: `${HEALTH_FOOD}；市场监管总局保健食品消费提示`,
      why: {
        'zh-CN': '保健食品广告不得保证安全性；“无毒副作用”是市场监管总局消费提示点名的典型虚假宣称。',
        en: 'Health-food ads may not guarantee safety; "no toxic side effects" is a false claim the regulator names in its consumer warnings.',
      },
    }),
    healthFoodFunction('增强免疫力', ['营养补充'], { allowedBefore: ["有助于"] }),
    // Policy §4 FOOD names 延缓衰老 among the health functions ordinary food may not claim.
    healthFoodFunction('延缓衰老', ['营养补充']),
    healthFoodFunction('提高免疫力', ['营养补充']),
    healthFoodFunction('提升免疫力', ['营养补充']),
    // 改善睡眠环境: blackout curtains change the room, not the sleeper.
    healthFoodFunction('改善睡眠', ['睡前饮品'], { allowedAfter: ['环境'] }),
    // 助眠仪, 助眠灯, 助眠耳机: an electronic device's type, not a food's function.
    healthFoodFunction('助眠', ['睡前饮品'], { allowedContexts: ['助眠仪', '助眠灯', '助眠器', '助眠耳机', '助眠音乐', '助眠小夜灯', '助眠眼罩', '助眠耳塞'] }),
    healthFoodFunction('缓解疲劳', ['补充能量']),
    // A body made strong or water driven out (强身健体, 利尿消肿): functions a food may not claim.
    healthFoodFunction('强身健体', ['（删除）']),
    healthFoodFunction('利尿', ['（删除）']),
    // 抗疲劳地垫/鞋垫: a standing mat's type.
    healthFoodFunction('抗疲劳', ['补充能量'], { allowedAfter: ['地垫', '垫', '鞋垫'] }),
    // 抗氧化涂层: a pan's coating, not a food claim.
    healthFoodFunction('抗氧化', ['富含维生素（按配料表）'], { allowedAfter: ['涂层', '层', '处理'] }),
    healthFoodFunction('缓解视疲劳', ['（删除）']),
    healthFoodFunction('清除自由基', ['（删除）']),
    healthFoodFunction('明目', ['（删除）'], { allowedContexts: ['明目张胆'] }),
    healthFoodFunction('乌发', ['（删除）']),
    healthFoodFunction('补元气', ['（删除）']),
    healthFoodFunction('健脾', ['（删除）']),
    healthFoodFunction('补脾', ['（删除）']),
    healthFoodFunction('去湿气', ['（删除）']),
    healthFoodFunction('除湿气', ['（删除）']),
    healthFoodFunction('消食', ['（删除）']),
    healthFoodFunction('美容养颜', ['（删除）']),
    healthFoodFunction('养颜', ['（删除）']),
    healthFoodFunction('体内毒素', ['（删除）']),
    diseaseClaim('少感冒', ['（删除）']),
    // Not 不感冒 alone: 对…不感冒 is an idiom (not interested).
    diseaseClaim('四季不感冒', ['（删除）']),
    diseaseClaim('不易感冒', ['（删除）']),
    diseaseClaim('不再感冒', ['（删除）']),
    healthFoodFunction('辅助降血压', ['（删除）']),
    healthFoodFunction('辅助降血糖', ['（删除）']),
    healthFoodFunction('辅助降血脂', ['（删除）']),
    healthFoodFunction('润肠通便', ['富含膳食纤维']),
    healthFoodFunction('通便', ['富含膳食纤维']),
    healthFoodFunction('改善记忆', ['（删除）']),
    healthFoodFunction('补脑', ['营养补充'], { allowedAfter: ['游戏'] }),
    healthFoodFunction('益智', ['营养补充'], {
      allowedContexts: ['益智玩具', '益智游戏', '益智积木', '益智拼图', '益智类'],
    }),
    healthFoodFunction('长高', ['成长营养'], { allowedAfter: ['了也能', '了也可以', '了还能', '了还可以', '了可以', '了要换', '了不用换', '后也能', '后还能'] }),
    healthFoodFunction('护肝', ['（删除）']),
    // 解酒 (sobering up, sparing the liver) is a health-food function; 解酒器 would be a gadget's type.
    healthFoodFunction('解酒', ['（删除）'], { allowedAfter: ['器'] }),
    healthFoodFunction('养血', ['（删除）']),
    healthFoodFunction('驱寒', ['（删除）']),
    healthFoodFunction('暖宫', ['（删除）']),
    healthFoodFunction('养肝', ['（删除）']),
    healthFoodFunction('清咽', ['润喉']),
    healthFoodFunction('祛湿', ['（删除）']),
    healthFoodFunction('清肠', ['富含膳食纤维']),
    healthFoodFunction('药食同源', ['传统食材'], {
      why: {
        'zh-CN': '“药食同源”暗示食品有药效；即使原料在目录内，也不能借此宣称保健或治疗作用。',
        en: '"Food and medicine share a source" implies a drug effect; even listed ingredients may not be used to claim health or healing effects.',
      },
    }),

    miracle('延年益寿', ['（删除）']),
    miracle('长生不老', ['（删除）']),
    miracle('返老还童', ['（删除）']),
    miracle('青春永驻', ['（删除）']),
    miracle('壮阳', ['（删除）']),
    miracle('滋阴壮阳', ['（删除）']),
    miracle('排毒养颜', ['（删除）']),
    miracle('祖传秘方', ['传统配方']),
    miracle('宫廷秘方', ['传统配方']),
    // 增高鞋垫 and 内增高 lift the wearer by their own thickness: a fact about the insole, not growth.
    miracle('增高', ['成长营养'], { allowedContexts: ['增高鞋垫', '增高垫', '内增高', '增高鞋', '增高座'] }),

    slimming('减肥', ['轻食', '代餐（按标准标注）']),
    // 减脂餐: a meal type (a lunch box's compartments), not the box's effect.
    slimming('减脂', ['轻食'], { allowedAfter: ['餐'] }),
    slimming('降脂', ['（删除）']),
    // 刮油去污, 刮油刀: scraping grease off a stove.
    slimming('刮油', ['（删除）'], { allowedAfter: ['去污', '刀', '板', '铲'] }),
    // 排油烟机, 排油管: a range hood's parts.
    slimming('排油', ['（删除）'], { allowedAfter: ['烟', '管', '孔', '阀'] }),
    slimming('瘦肚子', ['（删除）']),
  ],
};
