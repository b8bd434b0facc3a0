import type { RulePack } from '../types';
import { patternGroup, termGroup } from './term-group';
import { PRC_MARKETPLACES } from './scope';

// 《广告法》第九条第三项 names 国家级、最高级、最佳 "等"; SAMR's 2023 guide reads the list as open (same or
// similar meaning) but also lists the uses that are not violations, which become allowedContexts here.
const AD_LAW_9_3 = '《广告法》第九条第三项';
const AD_LAW_9_3_WITH_GUIDE = '《广告法》第九条第三项；《广告绝对化用语执法指南》（市场监管总局，2023）';
const PRICE_SOURCES = '《广告法》第九条第三项；《价格法》第十四条；《明码标价和禁止价格欺诈规定》';

/**
 * More measured quantities a 最大/最高/最低 + noun states as a spec or a limit (policy §6: 最大承重, 最高温度): an
 * appliance's rated output (最大制冷量3500W), a care label's limit (最高熨烫温度150℃), a pump's or a tool's rating. Each
 * names a quantity the product is measured by, never a quality it could be ranked on.
 */
const MORE_SPEC_NOUNS = [
  '制冷量', '制热量', '制冷功率', '制热功率', '制冷', '制热', '熨烫', '洗涤温度', '水洗温度', '烘干温度', '加热', '水温', '油温',
  '吸力', '扭矩', '风压', '水压', '气压', '荷载', '载荷', '拉伸', '伸长', '张力', '坡度', '爬坡', '倾角',
  '开口', '口径', '行驶', '里程', '时速', '车速', '航程', '射程', '照射', '照度', '流明', '光通量', '亮度', '瓦数', '挡位', '档位',
  '刻度', '量杯', '水位', '液位', '储水', '蓄水', '进水', '出水', '排水', '容纳', '可容纳', '可放', '可装', '装载', '收纳',
  '适配', '兼容', '尺码', '码数', '胸围', '腰围', '臀围', '身高', '体重', '年龄', '月龄',
];

/**
 * A pick among the shop's own sizes or sets (SAMR guide, policy §6: 套装组合性价比最高 against the shop's own sizes):
 * 性价比最高的是套装组合, 单价最低的是家庭装. What follows names one of the listing's own options, never the market.
 */
const OWN_RANGE_PICKS = ['的是套装', '的是组合', '的是家庭装', '的是大瓶装', '的是大瓶', '的是大包装', '的是大袋', '的是量贩装', '的是囤货装', '的是整箱', '的规格', '的一档'];
/** The price per unit of one of the shop's own pack sizes (1kg装的单价最低): a comparison inside the listing's range. */
const OWN_PACK_PRICE = ['装的单价', '装单价', '装的每斤单价', '装的每克单价', '装折合单价', '规格的单价'];

const topLevel = termGroup({
  severity: 'block',
  category: 'absolute',
  source: AD_LAW_9_3,
  why: {
    'zh-CN': '把商品说成“国家级、世界级、顶级”这样的最高等级，是《广告法》点名禁止的绝对化用语，最高可罚 100 万元。',
    en: 'Calling the product "national-level", "world-class" or "top-grade" ranks it above everything; the Advertising Law bans these absolute terms (fines up to RMB 1M).',
  },
});

const superlative = termGroup({
  severity: 'block',
  category: 'absolute',
  source: AD_LAW_9_3_WITH_GUIDE,
  why: {
    'zh-CN': '“最……”是说商品比所有同类都好，无法证明，属于绝对化用语。只有客观规格或使用提示（如“最大承重”“最佳赏味期”）不算。',
    en: '"Most/best …" says the product beats every other one, which cannot be proven: an absolute term. Plain specs or usage tips (maximum load, best-before) are fine.',
  },
});

const ranking = termGroup({
  severity: 'block',
  category: 'absolute',
  source: AD_LAW_9_3_WITH_GUIDE,
  why: {
    'zh-CN': '“第一”“冠军”“之王”这类排名说法属于绝对化用语；即使真的得过某个排名，也不能这样写在广告里。“第一次”“第一步”这种序数不算。',
    en: 'Rankings such as "No. 1", "champion" or "king of …" are absolute terms, even if you once won that ranking. Ordinals like "the first time" or "step one" are fine.',
  },
});

const wholeMarket = termGroup({
  severity: 'block',
  category: 'absolute',
  source: AD_LAW_9_3,
  why: {
    'zh-CN': '“全网、全国、全球”加上“最、第一”，既是绝对化用语，又是拿不出证据的比较。',
    en: '"Across the whole web / country / world" plus a superlative is both an absolute term and a comparison you cannot prove.',
  },
});

const peerless = termGroup({
  severity: 'block',
  category: 'absolute',
  source: AD_LAW_9_3_WITH_GUIDE,
  why: {
    'zh-CN': '“无与伦比”“独一无二”等与“最”意思相同，执法指南把这类同义说法一并视为绝对化用语。',
    en: '"Unrivalled", "one of a kind" and similar phrases mean the same as "best"; the enforcement guide treats them as absolute terms too.',
  },
});

const lowestPrice = termGroup({
  severity: 'block',
  category: 'absolute',
  source: PRICE_SOURCES,
  why: {
    'zh-CN': '“最低价”既是绝对化用语，又是无法证明的价格比较；拿不出真实的比较价格时还可能被认定为价格欺诈。',
    en: '"Lowest price" is an absolute term and an unprovable price comparison; without a real reference price it can count as price fraud.',
  },
});

const slang = termGroup({
  severity: 'block',
  category: 'absolute',
  source: AD_LAW_9_3_WITH_GUIDE,
  why: {
    'zh-CN': '“天花板”“销冠”等网络说法表达的就是“最好、第一”，监管按同义的绝对化用语处理。',
    en: 'Internet slang such as "ceiling of the industry" or "sales champ" just means "the best / No. 1" and is treated as an absolute term.',
  },
});

/**
 * Absolute claims that are a shape, not a word: a scope (全行业, 同价位, 市面上) and then 最 or 第一 (寿命全行业最长,
 * 同价位音质最好), beating everything (完胜所有同价位产品), or nothing better to be found (找不到比这更好的). The
 * lone 最 of a spec (最长续航) stays clear; with the whole market named in front it is a rank (SAMR guide).
 */
// Art. 9(3)'s own three examples as the law lists them: a listing quoting the law (本店不使用“国家级”“最高级”“最佳”等
//用语) names the words, it does not use them.
const QUOTED_LAW = ['“国家级”“最高级”“最佳”', '国家级、最高级、最佳', '"国家级""最高级""最佳"'];

const absoluteShape = patternGroup({
  severity: 'block',
  category: 'absolute',
  source: AD_LAW_9_3_WITH_GUIDE,
  why: {
    'zh-CN': '把商品和整个行业、全网或同类产品比较并说自己最好、第一、无人能比，是绝对化用语。',
    en: 'Ranking the product first or best against the whole market, all peers or everything else is an absolute claim.',
  },
});

export const prcAdLawAbsolutePack: RulePack = {
  id: 'prc-ad-law-absolute',
  name: { 'zh-CN': '广告法极限词', en: 'PRC Advertising Law: absolute terms' },
  description: {
    'zh-CN': '《广告法》第九条第三项禁止的“国家级、最高级、最佳”及同义说法，按市场监管总局执法指南排除客观描述和使用提示。',
    en: 'Absolute terms banned by Art. 9(3) of the PRC Advertising Law ("national-level", "highest", "best" and their kin), with the regulator\'s exemptions for specs and usage tips.',
  },
  lang: 'zh',
  // PRC law: the Chinese marketplaces, and a site the seller added (we cannot tell which law governs it).
  platforms: [...PRC_MARKETPLACES],
  law: 'prc',
  patterns: [
    absoluteShape('zh-scope-superlative', '{全行业|行业内|业内|业界|全网|全国|全球|全世界|市面上|同行|同类|同价位|同级别|同类产品}{中|里|内|上|}{~3}<最>{好|强|佳|优|低|便宜|高|长|久|全|受欢迎|畅销|火|值得|划算|耐用|安全|先进}', ['（删除）']),
    absoluteShape('zh-scope-first', '{全行业|行业内|业内|业界|全网|全国|全球|全世界|市面上|同行|同类|同价位|同级别|同类产品}{中|里|内|上|}{~3}<第一>', ['（删除）'], {
      // Sequence after a scope (全网第一时间发货, 全国第一批): when, not a rank (policy §6).
      allowedContexts: ['全行业', '业内', '全网', '全国', '全球', '全世界', '同行', '同类'].flatMap((scope) => ['时间', '批', '个', '次', '届', '座', '步', '天'].map((seq) => `${scope}第一${seq}`)),
    }),
    absoluteShape('zh-beats-all', '<完胜|碾压|吊打>{~2}{所有|一切|全部|同类|同行|同价位|任何}', ['（删除）']),
    absoluteShape('zh-nothing-better', '<找不到|没有|再也找不到>{~4}比{~4}{更好|更强|更便宜|更低|更优|更全}', ['（删除）']),
  ],
  terms: [
    peerless('无人能比', ['出色']),
    peerless('无可匹敌', ['出色']),
    peerless('无出其右', ['出色']),
    peerless('独一份', ['有特色']),
    topLevel('国家级', ['行业标准', '高品质'], { allowedAfter: ["非物质文化遗产", "非遗", "自然保护区", "高新技术企业", "重点", "示范", "地理标志", "专精特新", "风景名胜区", "森林公园", "湿地", "保护区", "文物保护单位", "历史文化名城", "技能大师", "运动员", "裁判", "教练员", "贫困县", "保护动物", "保护植物", "保护野生"], allowedContexts: QUOTED_LAW }),
    topLevel('世界级', ['高水准', '国际水准']),
    topLevel('全球级', ['高水准']),
    topLevel('宇宙级', ['出色']),
    topLevel('国际级', ['国际水准']),
    topLevel('最高级', ['高级', '高品质'], { allowedContexts: QUOTED_LAW }),
    topLevel('顶级', ['高端', '精选'], {
      why: {
        'zh-CN': '“顶级”就是“最高级”，属于绝对化用语。',
        en: '"Top-grade" means "highest grade", an absolute term.',
      },
    }),
    topLevel('极品', ['精品', '上品'], {
      why: {
        'zh-CN': '原国家工商总局答复（工商广字〔1997〕207号）认定“极品”与“最高级、最佳”同义，属于绝对化用语。',
        en: 'The regulator ruled in 1997 that 极品 ("supreme quality") means the same as "highest/best": an absolute term.',
      },
    }),
    topLevel('极致', ['精致', '用心'], {
      allowedContexts: ['追求极致'],
      why: {
        'zh-CN': '“极致”形容商品时是绝对化用语；只表达经营理念（如“追求极致”）时不算。',
        en: '"Ultimate" about the product is an absolute term; stating your aim ("we strive for perfection") is not.',
      },
    }),
    // Internet slang for "the very best of its kind" (口红天花板, 国货天花板, 天花板级别): the same meaning as 顶级, so an
    // absolute term under the guide's open list. The ceiling itself (lamps, 吊顶, fitting) is left alone.
    topLevel('天花板', ['高人气', '口碑好'], {
      allowedBefore: ['装在', '装于', '安装在', '安装于', '固定在', '贴在', '挂在', '吊在', '投影到', '投射到', '投到', '照到', '照在', '射到', '吸顶', '吊顶', '集成', '扣板', '石膏板', '房间', '客厅', '卧室', '厨房', '卫生间', '浴室'],
      allowedAfter: ['上', '灯', '吊顶', '装修', '高度', '安装', '漏水', '板', '材料', '扣板', '吊扇', '风扇', '角落', '墙面', '墙角', '投影'],
      why: {
        'zh-CN': '“XX天花板”“天花板级别”是网络用语里的“最高水平”，与“顶级”同义，属于绝对化用语；说真正的天花板（安装、吊顶）不算。',
        en: '"The ceiling of …" is slang for the very best of its kind, the same as "top-grade": an absolute term. The actual ceiling (fitting a lamp, a suspended ceiling) is fine.',
      },
    }),
    topLevel('极佳', ['很好', '出色']),
    topLevel('绝佳', ['很好', '出色']),
    topLevel('至尊', ['尊享', '高端']),
    topLevel('至臻', ['精心', '高品质']),
    topLevel('至高无上', ['高品质']),
    topLevel('终极', ['进阶', '升级']),
    topLevel('顶尖', ['专业', '高水准']),
    topLevel('巅峰', ['高水准', '出色']),
    topLevel('王牌', ['主打', '招牌']),
    topLevel('一流', ['优质', '专业']),
    topLevel('首选', ['推荐', '优选']),
    topLevel('万能', ['多用途', '多功能'], {
      allowedContexts: ['万能胶', '万能表', '万能充', '万能扳手', '万能遥控器', '万能转换', '万能插', '万能钥匙'],
      why: {
        'zh-CN': '“万能”说商品什么都能做，是绝对化的夸大；“万能胶”“万能表”这类通用品名不算。',
        en: '"Can do anything" is an absolute overstatement; established product names such as all-purpose glue or multimeter (万能胶, 万能表) are fine.',
      },
    }),
    topLevel('绝对', ['非常', '确实'], {
      severity: 'warn',
      why: {
        'zh-CN': '“绝对”常组成“绝对正品、绝对安全”这类绝对化保证，请确认这里不是在作保证。',
        en: '"Absolutely" usually builds an absolute promise ("absolutely safe"); check it is not one here.',
      },
    }),
    // A grade stated on its own as one item of the specs (等级：特级，…) is the standard's grade (policy §6).
    topLevel('特级', ['优选', '精选'], { allowedAfter: ["果", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", ",", "。", ";", "龙井", "碧螺春", "毛尖", "铁观音", "大红袍", "红茶", "绿茶", "白茶", "茶", "初榨", "小麦粉", "面粉", "大米", "香米", "枸杞", "外形"], allowedBefore: ["等级", "级别", "明前", "雨前", "等级为", "等级：", "枸杞"],
      severity: 'warn',
      allowedContexts: ['特级初榨'],
      why: {
        'zh-CN': '“特级”只有在国家或行业标准规定了这一等级时才能用（如“特级初榨橄榄油”），否则按绝对化用语处理。',
        en: '"Special grade" is only fine where a national or industry standard defines that grade (extra-virgin olive oil, 特级初榨); otherwise it reads as an absolute term.',
      },
    }),

    // 最适合, 最爱, 最喜欢, 最受欢迎 rank the product above all others (best suited, most loved) and are absolute
    // terms (广告法第九条第三项 as the SAMR guide reads it: 最X of the same meaning as 最佳; compliance-facts A.1, B.7;
    // labelling policy §4 ABS "最…"). They are not among the guide's exemptions (a usage tip such as 最适宜温度, a
    // comparison inside the shop's own range, the seller's aim), so they are no longer allowed after a lone 最.
    superlative('最', ['很', '更', '非常'], { allowedAfter: ["迟", "前面", "前端", "上面", "上层", "下面", "下层", "底部", "底层", "里面", "里层", "内层", "中层", "表层", "外层", "外面", "顶部", "左边", "右边", "快", "适宜", "基础", "基本", "费", "为", "初", "终", "早", "晚", "多", "少", "长", "短", "常见", "常用", "简单", "容易", "怕", "关键", "重要", "主要", "大限度", "大程度", "好在", "好先", "好不要", "好提前", "好别"],
      severity: 'warn',
      allowedContexts: [
        '最近',
        '最后',
        '最终',
        '最初',
        '最早',
        '最少',
        '最多',
        '最小',
        '最长',
        '最短',
        '最新款',
        '最新版',
        '最新一代',
      ],
      why: {
        'zh-CN': '单独的“最”常组成绝对化用语，请确认这里不是说商品最好、最强。客观描述（最近、最多可装、最新款）没有问题。',
        en: 'A lone 最 ("most") usually starts an absolute claim; check it does not say the product is the best. Plain facts (recently, holds at most, newest model) are fine.',
      },
    }),
    // A consumer tip (SAMR guide; policy §6): the best time, way or temperature to eat, drink, use or keep it.
    // Framed by the keeping or opening of the pack (保质期内最佳风味, 开封后最佳饮用), it is the same consumer tip.
    superlative('最佳', ['优质', '出色', '理想'], {
      allowedBefore: ['保质期内', '开封后', '开封后请', '冷藏后', '常温下', '储存期内'],
      allowedAfter: ['食用', '饮用', '使用', '赏味', '观赏', '保存', '储存', '冲泡', '时间', '时机', '方法', '温度', '采摘', '播种'],
      allowedContexts: [
        '最佳赏味期',
        '最佳食用期',
        '最佳饮用期',
        '最佳使用期',
        '最佳观赏期',
        '最佳饮用温度',
        '最佳使用温度',
        '最佳保存',
        '最佳时间',
        ...QUOTED_LAW,
      ],
    }),
    superlative('最好', ['很好', '优质'], { allowedContexts: ['最好在', '最好不要', '最好别'] }),
    superlative('最优', ['优质', '优选']),
    superlative('最强', ['强劲', '出色']),
    superlative('最强大', ['强大']),
    // 最大3XL: the largest size on offer is a spec (policy §6, specs and limits).
    // 最大的特点/亮点 points at the product's own feature rather than ranking it (SAMR guide: 最 that describes).
    superlative('最大', ['大容量', '大尺寸'], { allowedAfter: ["拉力", "的淡水湖", "的咸水湖", "的沙漠", "的岛屿", "的盆地", "的高原", "的平原", "的特点", "特点", "的亮点", "亮点", "的区别", "的不同", "的优点", "s", "m", "l", "xl", "xxl", "xxxl", "2xl", "3xl", "4xl", "5xl", "6xl", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "容量", "续航", "展开", "尺寸", "适用", "承重", "可调", "工作", "功率", "温度", "转速", "速度", "电流", "电压", "压力", "负载", "输出", "输入", "支持", "档", "码", "号", "直径", "长度", "宽度", "高度", "重量", "面积", "深度", "行程", "角度", "亮度", "风速", "风量", "扬程", "流量", "充电", "耐温", "耐压", "量程", "精度", "分辨率", "倍率", "变焦", "存储", "内存", "频率", "人数", "可达", "可至", "能", "耐", "载重", "起订", "订购", "购买", "限购", "承受", ...MORE_SPEC_NOUNS],
      allowedContexts: [
        '最大承重',
        '最大载重',
        '最大负载',
        '最大功率',
        '最大容量',
        '最大电流',
        '最大输出',
        '最大扭矩',
        '最大尺寸',
        '最大开口',
        '最大支持',
        '最大可',
        '最大转速',
      ],
    }),
    // 满300最高减50, 最高立减30: the cap of a discount is a limit on the offer, not a rank (policy §6, specs and limits).
    // 最高人民法院 / 最高人民检察院 name a state institution (policy §6: official titles), never the product.
    superlative('最高', ['高', '领先水平'], { allowedAfter: ["人民法院", "人民检察院", "法院", "检察院", "减", "立减", "返", "抵", "优惠", "省", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "容量", "续航", "展开", "尺寸", "适用", "承重", "可调", "工作", "功率", "温度", "转速", "速度", "电流", "电压", "压力", "负载", "输出", "输入", "支持", "档", "码", "号", "直径", "长度", "宽度", "高度", "重量", "面积", "深度", "行程", "角度", "亮度", "风速", "风量", "扬程", "流量", "充电", "耐温", "耐压", "量程", "精度", "分辨率", "倍率", "变焦", "存储", "内存", "频率", "人数", "可达", "可至", "能", "耐", "载重", "起订", "订购", "购买", "限购", "承受", ...MORE_SPEC_NOUNS, ...OWN_RANGE_PICKS],
      allowedContexts: [
        // Comparing within the shop's own sizes (SAMR guide; policy §6).
        '组合性价比最高',
        '套装性价比最高',
        '最高温度',
        '最高耐温',
        '最高转速',
        '最高时速',
        '最高功率',
        '最高支持',
        '最高可',
        '最高承重',
      ],
    }),
    superlative('最低', ['低'], { allowedBefore: OWN_PACK_PRICE, allowedAfter: ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "容量", "续航", "展开", "尺寸", "适用", "承重", "可调", "工作", "功率", "温度", "转速", "速度", "电流", "电压", "压力", "负载", "输出", "输入", "支持", "档", "码", "号", "直径", "长度", "宽度", "高度", "重量", "面积", "深度", "行程", "角度", "亮度", "风速", "风量", "扬程", "流量", "充电", "耐温", "耐压", "量程", "精度", "分辨率", "倍率", "变焦", "存储", "内存", "频率", "人数", "可达", "可至", "能", "耐", "载重", "起订", "订购", "购买", "限购", "承受", ...MORE_SPEC_NOUNS, ...OWN_RANGE_PICKS],
      allowedContexts: ['最低温度', '最低耐温', '最低气温', '最低档', '最低功率', '最低转速'],
    }),
    superlative('最先进', ['先进', '新一代']),
    superlative('最新技术', ['新技术', '升级技术']),
    superlative('最新科技', ['新科技']),
    superlative('最高端', ['高端']),
    superlative('最奢侈', ['奢华']),
    superlative('最受欢迎', ['人气', '热销']),
    superlative('最畅销', ['热销', '人气款']),
    superlative('最热销', ['热销']),
    superlative('最火', ['热门', '人气']),
    superlative('最流行', ['流行', '时下流行']),
    superlative('最时尚', ['时尚', '潮流']),
    superlative('最安全', ['安全可靠', '通过安全检测']),
    superlative('最舒适', ['舒适', '柔软舒适']),
    superlative('最有效', ['有效', '实测有效']),
    superlative('最专业', ['专业']),
    superlative('最权威', ['权威机构检测']),
    superlative('最正宗', ['正宗', '地道']),
    superlative('最纯', ['纯正']),
    superlative('最全', ['丰富', '齐全']),
    superlative('最齐全', ['齐全', '丰富']),
    superlative('最牛', ['厉害', '出色']),
    superlative('最好用', ['好用', '顺手']),
    superlative('最耐用', ['耐用', '经久耐用']),
    superlative('最健康', ['健康']),
    superlative('最环保', ['环保', '符合环保标准']),
    superlative('最具', ['颇具', '富有']),
    superlative('最赞', ['很赞', '好评']),
    superlative('最美', ['很美', '精美']),
    superlative('最适合', ['适合', '很适合']),
    superlative('最值得', ['值得']),
    superlative('最顶级', ['高端']),
    superlative('最尖端', ['前沿']),
    superlative('最实惠', ['实惠', '划算']),
    superlative('最划算', ['划算', '优惠']),
    superlative('最优惠', ['优惠', '活动价']),
    // Block like every other 最X (policy §4 ABS; compliance-facts A.1): "XX 最爱" says most loved of all.
    superlative('最爱', ['喜爱', '心头好'], {
      why: {
        'zh-CN': '“XX 最爱”说的是同类中最受喜爱，与“最佳”同义，属于绝对化用语。',
        en: '"Everyone\'s favourite" says the most loved of all, the same as "best": an absolute term.',
      },
    }),
    superlative('最喜欢', ['喜欢', '喜爱']),
    superlative('最喜爱', ['喜爱']),

    lowestPrice('最低价', ['优惠价', '到手价', '活动价']),
    lowestPrice('最便宜', ['实惠', '价格亲民']),
    lowestPrice('最底价', ['优惠价']),
    lowestPrice('全网最低价', ['活动价', '到手价'], {
      why: {
        'zh-CN': '“全网最低价”既是绝对化用语，又是拿不出证据的全网比价，可能被认定为价格欺诈。',
        en: '"Lowest price on the whole web" is an absolute term and a price comparison you cannot prove; it can count as price fraud.',
      },
    }),
    lowestPrice('全网最低', ['活动价']),
    lowestPrice('全网底价', ['活动价', '优惠价']),
    lowestPrice('全网最便宜', ['实惠']),
    lowestPrice('全国最低价', ['活动价']),

    ranking('NO1', ['（删除）']),
    ranking('TOP1', ['（删除）']),
    ranking('TOP 1', ['（删除）']),
    // Written with a dot (NO.1, ＮＯ．１ once folded, TOP.1): the dot is kept between Latin letters and digits.
    // NO.1 号色 / NO.1色号: a lipstick's shade number, not a rank.
    ranking('NO.1', ['（删除）'], { allowedAfter: ['号色', '色号', '色'] }),
    ranking('NO. 1', ['（删除）']),
    ranking('TOP.1', ['（删除）']),
    ranking('第一', ['领先', '热销', '口碑好'], { allowedAfter: ["高峰", "个", "人称", "代", "件", "关", "列", "剂", "包", "单", "印象", "口", "号", "周", "周期", "回", "场", "天", "套", "季", "季度", "封", "层", "届", "幕", "年", "张", "手", "批", "批次", "把", "排", "时间", "月", "期", "期间", "条", "杯", "格", "档", "次", "款", "步", "段", "泡", "波", "片", "瓶", "盒", "眼", "站", "章", "箱", "篇", "粒", "组", "罐", "节", "茬", "行", "袋", "视角", "课", "轮", "遍", "道", "部", "针", "锅", "阶段", "集", "页", "顺位", "颗"], allowedBefore: ["配料表", "配料表中", "成分表", "质量", "安全", "客户", "顾客", "健康", "服务", "信誉", "用户", "生命", "孩子", "友谊", "比赛", "兄弟", "徒弟", "表弟", "堂弟", "小弟", "子弟", "弟弟"],
      allowedContexts: [
        // 弟 stands in for 第 (弟一) only outside the words it belongs to: 兄弟一起, 徒弟一个.
        '兄弟一', '弟弟一', '徒弟一', '师弟一', '表弟一', '堂弟一', '小弟一', '子弟一',
        '第一次',
        '第一步',
        '第一天',
        '第一层',
        '第一代',
        '第一季',
        '第一期',
        '第一批',
        '第一眼',
        '第一时间',
        '第一章',
        '第一集',
        '第一口',
        '第一件',
        '第一周',
        '第一年',
        '第一胎',
        '第一套',
        '放在第一位',
      ],
    }),
    ranking('第一品牌', ['知名品牌', '专业品牌'], {
      why: {
        'zh-CN': '原国家工商总局答复（工商广字〔1997〕225号）：“第一品牌”不论如何得来，都属于绝对化用语。',
        en: 'The regulator ruled in 1997 that "No. 1 brand" is an absolute term however the title was obtained.',
      },
    }),
    ranking('第一名', ['名列前茅', '热销']),
    ranking('天下第一', ['出色']),
    // 中国第一汽车集团 (FAW, 一汽) is a registered company name, stated on genuine parts (policy §6: brand and company names).
    ranking('中国第一', ['国内知名'], { allowedAfter: ['汽车'] }),
    ranking('行业第一', ['行业知名', '专业']),
    ranking('销量第一', ['热销', '销量领先']),
    ranking('排名第一', ['名列前茅']),
    ranking('冠军', ['热销', '人气']),
    ranking('销量冠军', ['热销']),
    ranking('之王', ['之选', '代表']),
    ranking('断货王', ['热销款', '回购多']),
    ranking('领袖品牌', ['知名品牌']),
    ranking('领导品牌', ['知名品牌']),
    ranking('行业领袖', ['行业知名']),
    ranking('遥遥领先', ['领先', '表现出色']),
    ranking('无敌', ['强劲', '出色']),

    wholeMarket('全网第一', ['热销']),
    wholeMarket('全国第一', ['国内知名']),
    wholeMarket('全球第一', ['国际知名']),
    // 世界第一高峰 (Everest) is a fact about the world (policy §6), not a rank the seller claims.
    wholeMarket('世界第一', ['国际知名'], { allowedContexts: ['世界第一高峰'] }),
    wholeMarket('全网最好', ['口碑好']),
    wholeMarket('全网最火', ['热门']),
    wholeMarket('全网最全', ['品类丰富']),
    wholeMarket('全国最大', ['规模较大']),
    wholeMarket('全球最大', ['规模较大']),

    peerless('独一无二', ['独特', '有特色']),
    peerless('无与伦比', ['出色', '优秀']),
    peerless('无可比拟', ['出色']),
    peerless('无人能及', ['出色']),
    peerless('无可替代', ['值得信赖']),
    peerless('绝无仅有', ['少见', '特别']),
    peerless('史无前例', ['全新']),
    peerless('前无古人', ['全新']),
    peerless('空前绝后', ['难得']),
    peerless('举世无双', ['独特']),
    peerless('史上', ['全新', '升级'], {
      allowedContexts: ['历史上'],
      why: {
        'zh-CN': '“史上……”把商品说成有史以来之最，属于绝对化用语；讲真实历史（“历史上”）不算。',
        en: '"… in history" claims the product is the most ever, an absolute term; talking about actual history (历史上) is fine.',
      },
    }),

    slang('行业天花板', ['行业标杆', '口碑好']),
    slang('颜值天花板', ['颜值高', '好看']),
    slang('性价比天花板', ['性价比高']),
    slang('天花板级', ['高水准']),
    slang('销冠', ['热销']),
    slang('顶流', ['人气', '热门']),
  ],
};
