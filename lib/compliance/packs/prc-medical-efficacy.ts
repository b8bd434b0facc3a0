import type { RulePack } from '../types';
import { PATTERN_LISTS } from './pattern-lists';
import { patternGroup, termGroup } from './term-group';
import { PRC_MARKETPLACES } from './scope';

const MEDICAL_SOURCES = '《广告法》第十七条；《化妆品监督管理条例》第三十七条；《化妆品标签管理办法》';
const COSMETIC_NAMING = '《化妆品命名规定》《化妆品命名指南》禁用语；《广告法》第九条第三项';
const SPECIAL_COSMETICS = '《化妆品监督管理条例》第十六条（特殊化妆品注册）；《化妆品功效宣称评价规范》';
const EFFICACY_EVIDENCE = '《化妆品功效宣称评价规范》（国家药监局 2021 年第 50 号公告）';

const treatment = termGroup({
  severity: 'block',
  category: 'medical',
  source: MEDICAL_SOURCES,
  why: {
    'zh-CN': '药品和医疗器械以外的商品（包括化妆品、普通食品、日用品）不得宣称治疗疾病，也不得用让人误以为是药品的医疗用语。',
    en: 'Anything that is not a registered drug or medical device (cosmetics, food, household goods) may not claim to treat disease or use medical wording that makes it look like a drug.',
  },
});

const medicalEffect = termGroup({
  severity: 'block',
  category: 'medical',
  source: `${COSMETIC_NAMING}；${MEDICAL_SOURCES}`,
  why: {
    'zh-CN': '这是医疗作用用语，化妆品和普通商品一律不得使用（化妆品命名禁用语清单中点名）。',
    en: 'This is a medical-effect word; cosmetics and ordinary goods may not use it (it is on the cosmetics banned-wording list).',
  },
});

const germClaim = termGroup({
  severity: 'warn',
  category: 'medical',
  source: `${COSMETIC_NAMING}；《消毒管理办法》`,
  why: {
    'zh-CN': '化妆品不得宣称杀菌、抗菌、抑菌；日用品、消毒产品宣称这类功效需要检测报告或卫生许可，没有就删掉。',
    en: 'Cosmetics may not claim to kill or stop germs; household and disinfection products need test reports or a hygiene licence for it. Without them, remove it.',
  },
});

const specialCosmetic = termGroup({
  severity: 'warn',
  category: 'cosmetic-efficacy',
  source: SPECIAL_COSMETICS,
  why: {
    'zh-CN': '美白祛斑、防晒、防脱发属于特殊化妆品功效，必须取得特殊化妆品注册证（“国妆特字”）并有人体功效试验；普通化妆品不能宣称。',
    en: 'Whitening/spot removal, sunscreen and anti-hair-loss are special-cosmetic claims: they need a special-cosmetic registration and human efficacy tests; ordinary cosmetics may not make them.',
  },
});

const testedEfficacy = termGroup({
  severity: 'warn',
  category: 'cosmetic-efficacy',
  source: EFFICACY_EVIDENCE,
  why: {
    'zh-CN': '这类功效宣称必须有功效评价（部分需要人体试验）并在备案平台公开摘要；没有评价报告就不能写。',
    en: 'This efficacy claim needs an efficacy evaluation (some need human tests) with a published summary; without the report, do not make it.',
  },
});

const absoluteEfficacy = termGroup({
  severity: 'block',
  category: 'absolute',
  source: COSMETIC_NAMING,
  why: {
    'zh-CN': '“特效、速效、全效、强效”夸大功效，是化妆品命名指南点名的绝对化用语，其他商品也会被按绝对化用语处理。',
    en: '"Special / instant / all-round / extra-strong effect" overstates efficacy; the cosmetics naming guide bans these absolute words and regulators treat them the same elsewhere.',
  },
});

const treatmentClaim = patternGroup({
  severity: 'block',
  category: 'medical',
  source: MEDICAL_SOURCES,
  why: {
    'zh-CN': '宣称能治疗、预防、缓解或消除某种疾病或症状：只有药品和医疗器械可以这样说，普通商品、化妆品和食品一律不得宣称。',
    en: 'A claim to treat, prevent, relieve or remove a disease or symptom: only drugs and medical devices may say this; ordinary goods, cosmetics and food may not.',
  },
});

const killClaim = patternGroup({
  severity: 'warn',
  category: 'pesticide',
  source: '《消毒管理办法》；《消毒产品标签说明书管理规范》；《农药管理条例》（卫生杀虫剂需农药登记）',
  why: {
    'zh-CN': '杀灭细菌病毒、除螨、驱蚊灭虫这类宣称，需要消毒产品卫生安全评价或农药登记，并按检测报告写明数据；没有就不能写。',
    en: 'Claims to kill germs, mites or insects need a disinfection-product safety assessment or a pesticide registration, with the tested figures; without them, do not make the claim.',
  },
});

const cosmeticPattern = patternGroup({
  severity: 'warn',
  category: 'cosmetic-efficacy',
  source: EFFICACY_EVIDENCE,
  why: {
    'zh-CN': '淡化细纹、色斑、痘印这类功效宣称，化妆品必须有功效评价（部分需人体试验）并公开摘要；美白祛斑还需特殊化妆品注册。',
    en: 'Fading lines, spots or acne marks is an efficacy claim: a cosmetic needs an efficacy evaluation (some need human tests) with a published summary; whitening and spot removal also need a special-cosmetic registration.',
  },
});

export const prcMedicalEfficacyPack: RulePack = {
  id: 'prc-medical-efficacy',
  name: { 'zh-CN': '医疗用语与化妆品功效', en: 'PRC: medical claims and cosmetic efficacy' },
  description: {
    'zh-CN': '普通商品和化妆品不得宣称治疗疾病或使用医疗用语；美白、祛斑、防脱等特殊功效需要注册，其他功效需要评价报告。',
    en: 'Ordinary goods and cosmetics may not claim to treat disease or use medical wording; whitening, spot removal and anti-hair-loss need registration, other efficacy claims need evaluation reports.',
  },
  lang: 'zh',
  // PRC law: the Chinese marketplaces, and a site the seller added (we cannot tell which law governs it).
  platforms: [...PRC_MARKETPLACES],
  law: 'prc',
  lists: PATTERN_LISTS,
  patterns: [
    cosmeticPattern('zh-fade-lines-spots', '<淡化|消除|去除|告别|改善|减少|抚平|收缩|祛除|不留>{~2}{细纹|皱纹|干纹|法令纹|鱼尾纹|抬头纹|颈纹|色斑|色素|黑色素|黑眼圈|眼袋|痘印|痘坑|痘痘|黑头|粉刺|闭口|毛孔|暗沉|斑点|晒斑}', ['（删除，或附功效评价）']),
    treatmentClaim('zh-doctor-endorsement', '<医生|老中医|专家|医师|药师|医院|名医>{~3}{推荐|都在吃|都在用|都在喝|认可|指定|力荐}', ['（删除）'], { category: 'medical' }),
    treatmentClaim('zh-better-than-drugs', '比{~4}<药|药膏|药物|吃药|西药|中药|打针|输液|医院|二甲双胍|胰岛素>{~6}{还|更}{~2}{有效|管用|好|强|灵|快}', ['（删除）']),
    // Safer or milder than a drug (比安眠药安全, 比激素药膏温和, 比西药副作用小): a safety comparison with drugs (Art. 16/18).
    treatmentClaim('zh-safer-than-drugs', '比{~4}<药|药物|西药|中药|安眠药|激素|抗生素|降压药|降糖药|止痛药|药膏>{还|更|}{安全|温和|副作用小|副作用更小|没副作用|无副作用}', ['（删除）']),
    treatmentClaim('zh-treat-condition', '<@treatment-verbs-zh>{~4}{@conditions-zh}', ['改善使用感受（删除疾病名）']),
    // Up to three characters between the condition and its outcome: 血压自己就降下来了, 痛风的克星, 皮炎再也没犯过.
    treatmentClaim('zh-condition-outcome', '{@conditions-zh}{~3}<@condition-outcomes-zh>', ['（删除）']),
    // Art. 16/18: telling buyers they can stop their medicine (不用天天吃药, 可以停掉降压药) puts the product in the drug's place.
    // Further apart, only outcomes no reading can soften: 痛经的姐妹喝了不再疼, 血糖高的喝了能稳住.
    treatmentClaim('zh-condition-outcome-far', '{@conditions-zh}{~6}<不再疼|不疼了|不痛了|再也不疼|能稳住|稳住了|痊愈|断根|再也没犯过|全好了>', ['（删除）']),
    // The condition named as the buyer's complaint, then gone (失眠多梦的毛病都好了, 鼻炎的老毛病没了, 便秘的困扰解决了): the
    // complaint word carries the claim across a longer gap than a bare outcome may.
    treatmentClaim('zh-complaint-gone', '{@conditions-zh}{~4}{的老毛病|老毛病|的毛病|毛病|的问题|的困扰|困扰}{~3}<好了|没了|消失了|解决了|不见了|改善了|缓解了|根除了|全好了>', ['（删除）']),
    // Recovery from surgery, chemotherapy or a grave illness promised or aimed at (化疗后吃了恢复快, 手术后伤口好得快, 放化疗
    // 人群必备): only a drug may claim a part in treatment (Art. 17). Not 产后: postpartum wear and care are their own goods.
    treatmentClaim('zh-recovery-claim', '<化疗|放疗|放化疗|手术|术后|大病|病后>{~8}{恢复快|恢复得快|好得快|愈合快|康复快|更快恢复|快速恢复|加速恢复|加快恢复|加速愈合|人群必备|必备|必吃}', ['（删除）']),
    treatmentClaim('zh-stop-medicine', '{不用|不用再|不必|不需要|再也不用|可以停|停掉|停了}{~3}<吃药|服药|打针|降压药|降糖药|胰岛素|安眠药>', ['（删除）']),
    // Using it and then not falling ill (穿了以后不感冒, 喝了不生病): a prevention claim. Not 不感冒 alone: 对…不感冒 is
    // an idiom (not interested in).
    treatmentClaim('zh-use-then-not-ill', '{穿了|吃了|喝了|用了|穿上|戴上|泡了}{以后|之后|后|}<不感冒|不生病|不发烧|不咳嗽>', ['（删除）']),
    treatmentClaim('zh-vessel-cleaning', '血管{~2}<垃圾|斑块|清理|清洗|净化>', ['（删除）']),
    treatmentClaim('zh-clean-vessels', '<清理|清洗|净化|冲刷>{~2}血管', ['（删除）']),
    treatmentClaim('zh-restore-sight', '<恢复|提高|提升|改善>{~2}{视力}', ['（删除）']),
    cosmeticPattern('zh-spots-gone', '斑{~2}<淡了|没了|不见了|消失了|都淡了>', ['（删除，或附功效评价）']),
    // A product said to suit people with a disease (关节炎的老人也能穿, 湿疹宝宝专用, 适合失眠人群) implies it helps with
    // it: Art. 17 bars wording that lets goods be taken for a treatment. Cautions (高血压患者慎用) are no such claim.
    treatmentClaim('zh-for-condition', '{@conditions-zh}{~4}<也能穿|也能用|也能吃|也可以穿|也可以用|也可以吃|也适用|都适用|专用|适用>', ['（删除疾病名）']),
    treatmentClaim('zh-suits-condition', '<适合|适用于|专为>{~2}{@conditions-zh}', ['（删除疾病名）']),
    treatmentClaim('zh-effective-for-condition', '对{~2}{@conditions-zh}{~2}<有效|有奇效|有特效|有疗效|有帮助|管用|见效>', ['（删除）']),
    killClaim('zh-kill-germs', '<杀灭|杀死|杀|灭|灭杀|消灭|驱|驱除|驱赶|赶走|除|去除|清除|抑制|祛除>{~2}{@germs-pests-zh}', ['（删除，或附消毒/农药登记号）'], {
      allowedContexts: ['除螨仪', '除螨机', '除螨吸尘器', '灭蚊灯', '驱蚊液', '驱蚊水', '驱蚊器', '灭蚊器', '杀虫剂', '杀虫灯', '灭虫灯', '诱虫灯', '驱虫药', '驱虫片', '驱虫项圈', '驱虫滴剂', '体内驱虫', '体外驱虫', '除虫菊'],
    }),
    killClaim('zh-kill-figure', '<杀灭|杀死|消灭|灭杀|去除|清除|除去|抑制|祛除>{~2}{#}%{~4}{@germs-pests-zh}', ['（删除，或按检测报告写明条件）']),
    // 防虫防蛀 on camphor wood or a wardrobe sachet: an insect-repellent claim (卫生杀虫剂 need a 农药 registration).
    killClaim('zh-moth-proof', '<防虫>{防蛀|蛀}', ['（删除，或附农药登记号）']),
    killClaim('zh-kill-rate', '<杀菌率|抑菌率|除菌率|除螨率|灭菌率|杀螨率|驱蚊率|抗菌率|灭活率|杀灭率>{~3}{#}%', ['（删除，或按检测报告写明条件）']),
  ],
  terms: [
    // Disclaimers and advice to see a doctor (不能代替药物治疗, 请遵医嘱治疗, 及时就医治疗) say what the product is not.
    // A caution for buyers who are under a doctor's care (正在接受治疗请先咨询医生, 正在治疗中的朋友请遵医嘱, 需要长期治疗的
    // 人群慎用) names their treatment, not the product's.
    treatment('治疗', ['护理', '舒缓'], { allowedBefore: ['不能', '不可', '无法', '不得', '不能代替', '不可代替', '不能替代', '不能取代', '不能代替药物', '不可代替药物', '遵医嘱', '就医', '到医院', '不具有', '不具备', '没有', '并无', '无', '正在', '正在接受', '在接受', '接受过', '正接受', '需要长期', '需长期', '住院'] }),
    // Art. 16/18: claiming to replace medicine compares the product with drugs (policy §4 DRUG: 替代药物). The
    // disclaimer Art. 18 requires says the opposite (本品不能代替药物, policy §6) and stays clear.
    ...['替代药物', '代替药物', '取代药物', '替代药品', '代替药品', '代替吃药', '替代吃药'].map((term) =>
      treatment(term, ['（删除）'], { allowedBefore: ['不能', '不可', '不可以', '不得', '无法', '并不能', '不能够', '不宜', '并非', '不是'] }),
    ),
    // Art. 16/18 again: putting the product level with a drug is a drug comparison as much as "better than" is
    // (research notes A.4, "compare with drugs"; policy §4 DRUG), and 堪比/媲美/胜过 have no 比…还 for zh-better-than-drugs.
    ...['堪比药物', '媲美药物', '胜过吃药'].map((term) => treatment(term, ['（删除）'])),
    // Taking a named drug's place (能代替降压药, 可以替代安眠药): the same Art. 16/18 claim with the drug named. The disclaimer
    // the law asks for says the opposite (本品不能代替降压药) and stays clear.
    ...['代替', '替代', '取代'].flatMap((verb) =>
      ['降压药', '降糖药', '降脂药', '安眠药', '胰岛素', '抗生素', '激素药', '西药', '止痛药', '消炎药', '感冒药'].map((drug) =>
        treatment(`${verb}${drug}`, ['（删除）'], { allowedBefore: ['不能', '不可', '不可以', '不得', '无法', '并不能', '不能够', '不宜', '并非', '不是'] }),
      ),
    ),
    treatment('磁疗', ['（删除）']),
    treatment('药包', ['香包']),
    treatment('纯中药', ['（删除）']),
    treatment('医美级', ['专业级']),
    treatment('医院同款', ['（删除）']),
    treatment('祛寒除湿', ['（删除）']),
    // 治愈系 is a style (healing-style plush, illustrations), not a cure.
    treatment('治愈', ['改善', '舒缓'], { allowedAfter: ['系'] }),
    // A drug's name given to a food or a bath (天然抗生素, 药浴包) lets it be taken for medicine (Art. 17).
    treatment('天然抗生素', ['（删除）']),
    treatment('药浴', ['泡浴']),
    treatment('止咳', ['（删除）']),
    treatment('化痰', ['（删除）']),
    treatment('根治', ['改善']),
    treatment('治好', ['改善']),
    treatment('医治', ['护理']),
    treatment('疗效', ['效果', '使用感受']),
    treatment('疗程', ['使用周期']),
    treatment('药用', ['（删除）']),
    treatment('药效', ['效果']),
    // 处方镜片/处方眼镜: lenses ground to an optician's prescription, a product type.
    treatment('处方', ['配方'], { allowedAfter: ['镜片', '眼镜', '太阳镜', '泳镜'] }),
    treatment('药妆', ['护肤品']),
    treatment('药到病除', ['（删除）']),
    treatment('包治', ['（删除）']),
    treatment('止痛', ['舒缓']),
    treatment('镇痛', ['舒缓']),
    treatment('止血', ['（删除）']),
    treatment('抗病毒', ['（删除）']),
    treatment('抗感染', ['（删除）']),
    treatment('杀毒', ['清洁'], { allowedContexts: ['杀毒软件'] }),
    treatment('医学级', ['专业级']),
    treatment('医用', ['专业'], {
      // The names of device and supply categories that are registered or filed as such (医用外科口罩, 医用酒精):
      // the product type, not a claim (policy §6).
      allowedAfter: ['外科口罩', '口罩', '防护口罩', '酒精', '棉签', '棉球', '纱布', '绷带', '胶带', '手套', '防护服', '隔离衣', '护目镜', '冷敷贴', '退热贴', '输液贴', '敷料', '棉'],
      severity: 'warn',
      why: {
        'zh-CN': '“医用”只有取得医疗器械注册或备案的产品才能写，其他商品写了会被当作冒充医疗器械。',
        en: '"Medical use" is only for products registered or filed as medical devices; on anything else it passes the product off as one.',
      },
    }),
    treatment('医疗级', ['专业级'], { severity: 'warn' }),
    treatment('械字号', ['（删除）'], {
      severity: 'warn',
      why: {
        'zh-CN': '“械字号”只能用于真正注册为医疗器械的产品；面膜、护肤品宣称“械字号”是监管重点打击的冒充行为。',
        en: '"Medical-device number" only belongs to products really registered as medical devices; skincare claiming it is a known crackdown target.',
      },
    }),

    // 消炎药 named as what a first-aid box holds is no claim (比消炎药还管用 is zh-better-than-drugs).
    medicalEffect('消炎', ['舒缓', '镇静'], { allowedAfter: ['药'] }),
    medicalEffect('抗炎', ['舒缓']),
    medicalEffect('活血', ['（删除）']),
    medicalEffect('化瘀', ['（删除）']),
    medicalEffect('解毒', ['（删除）']),
    // A food's detox claim first of all (the policy's food-health rule); on a cosmetic it is as banned.
    medicalEffect('排毒', ['清洁', '焕新'], { category: 'food-health' }),
    medicalEffect('抗过敏', ['温和', '低敏配方（需检测）']),
    medicalEffect('抗敏', ['温和']),
    medicalEffect('脱敏', ['温和']),
    medicalEffect('生发', ['强韧发根', '养护头皮']),
    medicalEffect('止脱', ['强韧发根']),
    medicalEffect('祛疤', ['（删除）']),
    medicalEffect('去疤', ['（删除）']),
    medicalEffect('丰胸', ['（删除）']),
    medicalEffect('丰乳', ['（删除）']),
    medicalEffect('溶脂', ['（删除）']),
    medicalEffect('吸脂', ['（删除）']),
    medicalEffect('瘦脸', ['紧致轮廓'], {
      allowedContexts: ['瘦脸滚轮'],
    }),
    medicalEffect('细胞再生', ['焕活']),
    medicalEffect('激活细胞', ['焕活']),
    medicalEffect('干细胞', ['（删除）']),
    medicalEffect('基因修复', ['修护']),
    medicalEffect('换肤', ['焕肤'], {
      severity: 'warn',
      why: {
        'zh-CN': '“换肤”暗示剥脱皮肤的医疗美容效果，化妆品不能这样宣称。',
        en: '"Skin replacement" implies a medical peel; cosmetics may not claim it.',
      },
    }),
    medicalEffect('止痒', ['舒缓', '清爽'], {
      severity: 'warn',
      why: {
        'zh-CN': '“止痒”带有医疗作用含义；化妆品（包括洗发水）宣称需谨慎，建议改为舒缓、清爽等描述。',
        en: '"Stops itching" has a medical meaning; on cosmetics (shampoo included) prefer "soothing" or "refreshing".',
      },
    }),
    medicalEffect('燃脂', ['塑形', '运动辅助'], { severity: 'warn' }),
    medicalEffect('瘦身', ['塑形', '显瘦'], { severity: 'warn' }),
    medicalEffect('瘦腿', ['塑形', '显瘦'], { severity: 'warn' }),

    // 杀菌灯, 杀菌消毒柜, 杀菌锅: names of appliance types, registered or filed as such (policy §6, product type names).
    germClaim('杀菌', ['清洁', '去污'], { allowedBefore: ["巴氏", "低温", "高温", "超高温", "uht"], allowedAfter: ["乳", "奶", "工艺", "灯", "消毒柜", "柜", "锅", "器", "机", "剂", "液", "喷雾", "湿巾", "片"] }),
    germClaim('抗菌', ['清洁']),
    germClaim('抑菌', ['清洁']),
    // 除菌液, 除菌喷雾, 除菌湿巾 name a registered disinfectant's type (policy §6: 消毒液 as the type); 除菌洗衣液 claims it.
    germClaim('除菌', ['清洁', '去污'], { allowedAfter: ['液', '剂', '喷雾', '湿巾', '片'] }),
    germClaim('灭菌', ['清洁'], { allowedBefore: ["超高温", "高温"], allowedAfter: ["乳", "奶", "工艺", "级"] }),
    // 可高温煮沸消毒, 使用前请消毒: a care instruction (the item can be sterilised), not a claim that it kills germs.
    germClaim('消毒', ['清洁'], { allowedBefore: ['已', '均已', '表面', '物体表面', '煮沸', '蒸汽', '高温', '可', '需', '请', '定期', '使用前', '用前'], allowedAfter: ["液", "剂", "柜", "碗柜", "湿巾", "片", "水", "凝胶", "方式", "等级", "器", "产品", "后再", "后使用", "处理"], allowedContexts: ['消毒柜', '消毒碗柜', '消毒器', '消毒产品'] }),

    // 北美 / 南美 + 白…: 北美白橡木, 南美白对虾 name a place and a colour, not whitening.
    specialCosmetic('美白', ['提亮', '透亮'], { allowedBefore: ['北', '南'] }),
    specialCosmetic('祛斑', ['提亮肤色']),
    specialCosmetic('淡斑', ['提亮肤色']),
    specialCosmetic('增白', ['提亮']),
    specialCosmetic('防脱', ['强韧发根', '养护头皮'], { allowedAfter: ["落", "扣", "线", "钩", "设计", "绳"] }),
    specialCosmetic('育发', ['养护头皮']),

    testedEfficacy('祛痘', ['清爽控油']),
    // Cosmetic words in other goods' copy: a screen or a system is repaired, a fabric is close-knit, a pan drains oil,
    // a suitcase has a pull rod. These are not cosmetics claims (the claims rules cover cosmetics).
    testedEfficacy('修护', ['滋润', '保湿'], { allowedAfter: ['屏幕', '漏洞', '系统', '程序', '划痕', '路面', '木器', '家具'] }),
    testedEfficacy('修复', ['滋润', '保湿'], { allowedAfter: ['剂', '液', '膏', '工具', '套装'], allowedBefore: ['划痕', '漆面', '墙面', '地板', '皮革', '数据', '系统', '轮毂', '补漆', '屏幕', '手机', '电脑', '家具', '木器', '鞋面'] }),
    testedEfficacy('控油', ['清爽'], { allowedAfter: ['锅', '网', '勺', '盘', '架', '篮', '漏勺', '壶', '瓶'] }),
    testedEfficacy('紧致', ['细腻'], { allowedAfter: ['面料', '编织', '针织', '布料', '织法', '走线', '包装'] }),
    testedEfficacy('提拉', ['（删除）'], { allowedAfter: ['杆', '门', '式', '链', '把手', '手柄', '米苏'] }),
    testedEfficacy('淡纹', ['细腻']),
    testedEfficacy('舒缓', ['温和'], { allowedAfter: ['音乐', '旋律', '节奏', '的音乐', '的旋律', '的节奏', '的雨声', '的声音', '的白噪音'] }),
    testedEfficacy('去屑', ['清爽']),
    testedEfficacy('去斑', ['提亮肤色']),
    testedEfficacy('去黑头', ['清洁毛孔']),
    testedEfficacy('去痘', ['清爽控油']),
    // 免烫抗皱 is a fabric finish (policy §6): a shirt that does not crease.
    testedEfficacy('抗皱', ['细致肌肤'], { allowedBefore: ['免烫'], allowedAfter: ['衬衫', '衬衣', '面料', '西裤', '西装', '布料', '免烫', '整理'] }),
    testedEfficacy('去皱', ['细致肌肤']),
    testedEfficacy('除皱', ['细致肌肤']),
    testedEfficacy('抗衰老', ['焕活', '紧致']),
    testedEfficacy('零刺激', ['温和']),
    testedEfficacy('无激素', ['成分透明'], {
      why: {
        'zh-CN': '化妆品本就禁止添加激素，“无激素”暗示同类产品含激素，属于引人误解的宣称。',
        en: 'Hormones are banned in cosmetics anyway; "hormone-free" implies others contain them, which misleads.',
      },
    }),

    absoluteEfficacy('特效', ['有效', '专业护理'], { allowedContexts: ['特效滤镜', '特效道具', '特效化妆'] }),
    absoluteEfficacy('速效', ['见效快（需验证）']),
    absoluteEfficacy('全效', ['多效']),
    absoluteEfficacy('强效', ['有效']),

  ],
};
