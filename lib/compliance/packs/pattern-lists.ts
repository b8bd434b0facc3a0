/**
 * Word lists the pattern rules share as `{@name}`: conditions a non-drug may not claim to treat, germs and
 * pests a product may not claim to kill without a registration, result words of number-shaped promises.
 * Written from the sources (广告法第十七条 and the SAMR medical-claim cases; FDA's disease-claim examples
 * in 21 CFR 101.93(g); Amazon's prohibited-claims list), as general vocabulary, not from any test listing.
 */

/** Diseases, symptoms and body conditions (zh). */
export const CONDITIONS_ZH = [
  // chronic and metabolic
  '高血压', '高血脂', '高血糖', '血压', '血糖', '血脂', '三高', '糖尿病', '尿酸', '高尿酸', '痛风', '脂肪肝', '肝硬化', '肝炎',
  '胆结石', '肾结石', '结石', '尿结石', '泌尿结石', '甲亢', '甲减', '甲状腺结节', '结节', '贫血', '骨质疏松', '骨质增生',
  // heart, brain, blood
  '心脏病', '冠心病', '心梗', '心肌梗塞', '脑梗', '中风', '脑血栓', '血栓', '动脉硬化', '心脑血管疾病', '心脑血管', '静脉曲张',
  '老年痴呆', '阿尔茨海默', '帕金森', '癫痫', '头痛', '偏头痛', '眩晕', '失眠', '神经衰弱', '抑郁', '抑郁症', '焦虑症', '多动症', '自闭症',
  // cancer
  '癌症', '癌', '肿瘤', '癌细胞', '白血病', '乳腺癌', '肺癌', '胃癌', '肝癌',
  // respiratory, ENT, eyes, mouth
  '感冒', '流感', '咳嗽', '哮喘', '支气管炎', '肺炎', '鼻炎', '鼻窦炎', '咽炎', '扁桃体炎', '中耳炎', '耳鸣', '近视', '远视', '弱视', '散光',
  '白内障', '青光眼', '黄斑变性', '干眼症', '结膜炎', '口腔溃疡', '牙周炎', '牙龈炎', '牙龈出血', '牙龈萎缩', '牙痛', '蛀牙', '龋齿', '口臭',
  // digestive
  '胃炎', '胃溃疡', '胃病', '胃痛', '胃胀', '反流', '胃酸反流', '便秘', '腹泻', '肠炎', '痔疮', '消化不良', '幽门螺杆菌', '肠绞痛',
  // skin (disease, not cosmetic concern)
  '湿疹', '皮炎', '荨麻疹', '牛皮癣', '银屑病', '白癜风', '脚气', '足癣', '灰指甲', '甲癣', '疱疹', '带状疱疹', '痤疮', '狐臭', '腋臭',
  '疤痕', '瘢痕', '冻疮', '鸡眼', '疣', '皮肤过敏', '过敏', '瘙痒', '脂溢性皮炎', '黄褐斑', '老年斑', '妊娠纹', '脱发', '斑秃', '头皮屑',
  // Skin conditions the cosmetics naming rules bar a cosmetic from claiming to remove (去红血丝, 治手足皲裂).
  '红血丝', '皲裂', '手足皲裂', '手裂', '脚裂', '脚后跟干裂',
  // bones, joints, muscles
  '关节炎', '风湿', '类风湿', '颈椎病', '腰椎病', '腰椎间盘突出', '椎间盘突出', '肩周炎', '腰肌劳损', '腰痛', '关节痛', '坐骨神经痛',
  '脊柱侧弯', '驼背', '拇外翻', '扁平足', 'O型腿', 'X型腿',
  // urology, gynaecology, reproduction
  '前列腺炎', '前列腺增生', '前列腺', '尿频', '尿急', '阳痿', '早泄', '不孕', '不育', '月经不调', '痛经', '宫寒', '妇科炎症', '阴道炎',
  '乳腺增生', '乳腺结节', '子宫肌瘤', '卵巢囊肿',
  // infections and general
  '胆固醇', '血管堵塞', '激素脸', '猫瘟', '犬瘟', '细小', '泪痕', '炎症', '发炎', '感染', '病毒感染', '细菌感染', '发烧', '发热', '水肿', '肥胖症', '疼痛', '慢性疼痛', '湿气', '寒湿', '体寒',
  // Symptoms and complaints sellers name as the thing the product ends (老寒腿就好了, 手脚冰凉全好了, 再也没犯过头晕).
  '手脚冰凉', '手脚冰冷', '老寒腿', '血液粘稠', '血粘稠', '血稠', '颈椎曲度', '颈椎变直', '富贵包', '头晕', '打呼噜', '打鼾',
  '睡眠呼吸暂停', '腰腿痛', '颈肩痛', '鼻塞', '胸闷', '心慌', '经痛',
  // Pain of a named body part, in both characters sellers write (颈椎痛, 膝盖疼, 颈肩腰腿痛): a symptom, as 腰痛 is.
  '颈椎痛', '颈椎疼', '颈痛', '肩痛', '肩膀痛', '肩膀疼', '背痛', '腿痛', '腿疼', '膝痛', '膝盖痛', '膝盖疼', '膝关节痛', '足跟痛',
  '脚跟痛', '腹痛', '肚子痛', '胸痛', '头疼', '腰疼', '牙疼', '胃疼', '关节疼', '腰腿疼', '颈肩腰腿痛', '肩颈痛', '肩颈疼',
] as const;

/** Verbs that make a treatment, cure, prevention or relief claim (zh). */
export const TREATMENT_VERBS_ZH = [
  '治', '治疗', '专治', '根治', '主治', '医治', '治愈', '治好', '疗愈', '防治', '预防', '防止', '降', '降低', '消除', '告别', '远离',
  '摆脱', '缓解', '改善', '修复', '溶解', '矫正', '调理', '抑制', '对抗', '祛', '祛除', '去除', '清除', '根除', '除', '抗', '解决',
  '减轻', '不得', '不再', '再也不', '不怕',
  // Promises that the condition will not come (不长湿疹, 不犯鼻炎) or that the product is aimed at it (针对脂溢性皮炎).
  '不长', '不犯', '不会得', '针对',
  // Other verbs of the same claim: holding a reading down (稳控血糖, 控制血压, 调节血脂), taking on a disease (对付湿疹,
  // 专攻鼻炎), undoing it (逆转脂肪肝, 消散结节), or its not coming back (再也没犯过头晕).
  '稳控', '控制', '调节', '对付', '专攻', '逆转', '消散', '没犯过', '再没犯',
  // The one-character forms of holding a reading down (控血糖, 稳血压, 控尿酸): a condition must follow, so 控油 stays a
  // cosmetic claim and 遥控 reads nothing.
  '控', '稳',
  // Fading a named condition (淡化疤痕, 淡化黄褐斑, 淡化妊娠纹): a medical claim, where fading 色斑 or 细纹 is a cosmetic one.
  '淡化',
  // Warning of a disease before it strikes (预警心梗, 预警中风): a diagnosis only a registered medical device may claim.
  '预警',
] as const;

/** What makes a condition a promise when it follows it: 灰指甲克星, 鼻炎一扫光, 对乳腺增生有奇效. */
export const CONDITION_OUTCOMES_ZH = [
  '克星', '一扫光', '降下来', '恢复正常', '正常了', '都降了', '有奇效', '奇效', '有特效', '特效', '有疗效', '好了', '痊愈', '消失', '不复发', '断根', '没了', '退了', '全消',
  // The condition relieved or gone (皮炎不再复发, 颈椎病腰椎病都能缓解, 头痛明显减轻).
  '不再复发', '再也没复发', '缓解', '都能缓解', '能缓解', '减轻', '好转', '消退', '不见了', '好多了',
  // The product as the answer to the disease (糖尿病人的福音, 鼻炎救星, 宫寒调理), said to treat it (呼吸暂停也能治),
  // or the condition held or gone (血糖能稳住, 过敏性皮炎再也没犯过, 痛经不再疼).
  '福音', '救星', '能治', '也能治', '可治', '调理', '再也没犯过', '没犯过', '稳住', '不再疼', '不疼了', '不痛了',
  // The condition no longer a worry, or gone for good (骨质疏松不用愁, 咽炎喝它就好).
  '不用愁', '不再愁', '喝它就好', '吃它就好',
  // A reading said to be held steady (血压稳稳的, 血糖平稳了, 尿酸稳定了): the 稳控 claim told as its result.
  '稳稳的', '稳稳当当', '平稳了', '稳定了', '稳定住了',
] as const;

/** Germs and pests whose killing needs a 消毒产品 or 农药 registration (zh). */
export const GERMS_PESTS_ZH = [
  '细菌', '病菌', '病毒', '病毒细菌', '真菌', '霉菌', '大肠杆菌', '金黄色葡萄球菌', '白色念珠菌', '幽门螺杆菌', '致病菌', '有害菌',
  '螨虫', '尘螨', '螨', '跳蚤', '虱子', '蟑螂', '蟑', '蚊子', '蚊虫', '蚊', '苍蝇', '蝇', '蚂蚁', '臭虫', '白蚁', '老鼠', '鼠', '蜱虫',
  // Insects at large (驱虫, 杀害虫, 除蛀虫): a 卫生杀虫剂 claim whatever the insect; the lamps, collars and vet drugs that
  // name the job in their type (杀虫灯, 驱虫项圈, 驱虫药) are cleared by the rule's allowed contexts.
  '害虫', '虫子', '蛀虫', '衣蛾', '书虱', '虫',
] as const;

/** Results a number-shaped promise names (3天瘦10斤, 28天淡斑, 年轻10岁). */
export const PROMISED_RESULTS_ZH = [
  '见效', '起效', '显效', '有效', '瘦', '减', '掉', '长高', '增高', '长长', '变白', '美白', '白', '淡斑', '祛斑', '淡化', '消痘', '祛痘',
  '祛皱', '去皱', '消失', '痊愈', '治愈', '根除', '断根', '退了', '好了', '年轻', '告别', '变瘦', '瘦身', '减肥', '降',
  // The result as sellers word it after a period: 三个月见分晓, 三天除净甲醛, 宿便一次排净, 21天不见, 三十天长出新头发,
  // 七天腰围小一圈.
  '见分晓', '除净', '排净', '清空', '不见', '长出', '没了', '入睡', '小一圈', '小了', '细了',
  // The body part or the complexion changed after the period (小肚子一周就平了, 气色一周就红润, 一晚就消肿, 三天就好转).
  '平了', '红润', '消肿', '消了', '瘪了', '好转', '睡着', '紧致',
] as const;

/** Units of a promised amount. */
export const RESULT_UNITS_ZH = ['斤', '公斤', '千克', 'kg', '磅', '厘米', '公分', 'cm', '毫米', 'mm', '岁', '度', '个度', '个色号', '码', '圈'] as const;

/** Periods of a promised result. */
export const PERIODS_ZH = ['天', '日', '周', '星期', '个月', '月', '晚', '夜', '次', '小时', '分钟', '疗程', '盒', '瓶', '暑假', '寒假'] as const;

/** Conditions (en): FDA's examples of disease claims and Amazon's named ones, with common symptoms. */
export const CONDITIONS_EN = [
  'arthritis', 'acne', 'eczema', 'psoriasis', 'rosacea', 'dermatitis', 'cancer', 'tumors', 'tumours', 'diabetes', 'high blood pressure',
  'hypertension', 'high cholesterol', 'cholesterol', 'blood sugar', 'blood pressure', 'heart disease', 'alzheimer\'s', 'alzheimers',
  'dementia', 'parkinson\'s', 'depression', 'anxiety', 'insomnia', 'adhd', 'autism', 'asthma', 'allergies', 'allergy', 'skin allergies',
  'colds', 'the common cold', 'flu', 'influenza', 'covid', 'covid-19', 'coronavirus', 'viruses', 'infections', 'infection', 'yeast infections',
  'fungal infections', 'athlete\'s foot', 'nail fungus', 'toenail fungus', 'warts', 'cold sores', 'herpes', 'shingles', 'gout', 'migraines',
  'migraine', 'headaches', 'a headache', 'tension headache', 'chronic pain', 'pain', 'joint pain', 'back pain', 'nerve pain', 'neuropathy', 'sciatica', 'fibromyalgia',
  'inflammation', 'swelling', 'fever', 'constipation', 'diarrhea', 'ibs', 'acid reflux', 'heartburn', 'ulcers', 'gerd', 'hemorrhoids',
  'osteoporosis', 'obesity', 'hair loss', 'baldness', 'alopecia', 'macular degeneration', 'cataracts', 'glaucoma', 'myopia', 'tinnitus',
  'sleep apnea', 'snoring', 'erectile dysfunction', 'impotence', 'infertility', 'uti', 'utis', 'urinary tract infections', 'kidney stones',
  'gum disease', 'gingivitis', 'cavities', 'tooth decay', 'scars', 'stretch marks', 'varicose veins', 'cellulite', 'hot spots', 'mange', 'heartworm', 'malaria', 'diaper rash', 'hip dysplasia', 'lyme disease', 'parvo', 'kennel cough',
  'cervical spondylosis', 'scoliosis', 'bunions', 'plantar fasciitis', 'teething pain', 'colic', 'edema', 'anemia', 'thyroid', 'ptsd',
  // Any named disease, disorder or syndrome (autoimmune disease, kidney disease, bipolar disorder): the gap before
  // the word carries its name, so the claim's shape is caught without listing every disease.
  'disease', 'diseases', 'disorder', 'disorders', 'syndrome', 'seizures', 'epilepsy', 'fibroids', 'cysts', 'polyps', 'cancer cells',
  'a cold', 'the flu', 'coughs', 'sore throat', 'hearing loss', 'vision loss', 'memory loss', 'strokes', 'a stroke', 'heart attacks',
  'a1c', 'hba1c', 'a1c levels', 'diabetic neuropathy', 'herniated discs', 'herniated disc', 'lupus', 'multiple sclerosis', 'bronchitis', 'pneumonia', 'sinusitis', 'sinus infections', 'vertigo', 'nausea', 'leaky gut',
  'candida', 'ringworm', 'jock itch', 'carpal tunnel', 'tendonitis', 'bursitis', 'gallstones', 'cold sores',
] as const;

/** Verbs of a disease claim (en), every form a listing uses. */
export const TREATMENT_VERBS_EN = [
  'cure', 'cures', 'cured', 'curing', 'treat', 'treats', 'treated', 'treating', 'heal', 'heals', 'healed', 'prevent', 'prevents', 'preventing',
  'relieve', 'relieves', 'relieving', 'relief from', 'relief of', 'reverse', 'reverses', 'reversing', 'eliminate', 'eliminates', 'fight',
  'fights', 'fighting', 'lower', 'lowers', 'lowering', 'reduce', 'reduces', 'reducing', 'stop', 'stops', 'alleviate', 'alleviates', 'ease',
  'eases', 'get rid of', 'gets rid of', 'say goodbye to', 'no more', 'repair', 'repairs', 'regrow', 'regrows', 'remedy for', 'remedy', 'shrink', 'shrinks', 'shrinking', 'dissolve', 'dissolves',
  // The same claim in other verbs (soothes plantar fasciitis, combats insomnia, banishes migraines, knocks out a cold,
  // brings down blood pressure, beat type 2 diabetes, restores hearing loss, ends neuropathy pain, calms seizures):
  // FDA reads mitigating or ending a disease as a drug claim whatever the verb.
  'soothe', 'soothes', 'combat', 'combats', 'combating', 'banish', 'banishes', 'knock out', 'knocks out', 'bring down', 'brings down',
  'beat', 'beats', 'overcome', 'overcomes', 'conquer', 'conquers', 'defeat', 'defeats', 'restore', 'restores', 'end', 'ends',
  'put an end to', 'calm', 'calms', 'fight off', 'fights off', 'clears', 'clear up', 'clears up', 'improve', 'improves', 'improving',
  'say bye to', 'kiss goodbye to', 'bid farewell to', 'goodbye', 'bye bye', 'block', 'blocks', 'blocking', 'melt away', 'melts away',
  'treatment for', 'treatment of', 'therapy for', 'relief for', 'a cure for', 'cure for',
  'ward off', 'wards off', 'protect against', 'protects against', 'free from', 'free of', 'help with', 'helps with', 'manage', 'manages',
] as const;

/** Germs and pests (en) whose killing or repelling is a pesticide claim (EPA/FIFRA). */
export const GERMS_PESTS_EN = [
  'germs', 'bacteria', 'viruses', 'virus', 'microbes', 'pathogens', 'mold', 'mould', 'mildew', 'fungus', 'fungi', 'e. coli', 'e.coli',
  'salmonella', 'staph', 'mrsa', 'covid', 'flu virus', 'dust mites', 'mites', 'bed bugs', 'bedbugs', 'fleas', 'ticks', 'lice',
  'mosquitoes', 'mosquitos', 'flies', 'ants', 'roaches', 'cockroaches', 'spiders', 'rodents', 'mice', 'rats', 'insects', 'pests',
  // Garden and household pests a pesticide claims to kill or repel (EPA: any pest, not only germs and biting insects).
  // Bare 'bugs' is left to its own rule with kill and repel verbs only: software has bugs too (firmware fixes pairing bugs).
  'aphids', 'whiteflies', 'spider mites', 'gnats', 'fungus gnats', 'fruit flies', 'moths', 'clothes moths', 'wasps', 'hornets',
  'yellow jackets', 'termites', 'silverfish', 'scorpions', 'slugs', 'snails', 'earwigs', 'beetles', 'japanese beetles', 'weevils',
  'mealybugs', 'scale insects', 'chiggers', 'no-see-ums', 'stink bugs', 'household germs', 'odor causing bacteria', 'staph bacteria',
  // Animal repellents are pesticides too (FIFRA covers any pest, vertebrates included).
  'deer', 'rabbits', 'squirrels', 'moles', 'voles', 'gophers', 'raccoons', 'skunks', 'snakes', 'head lice', 'nits',
] as const;

/** Chinese digits as a number is read out or written in 大写 (financial numerals fold to 一/二/三… in normalise.ts). */
export const DIGITS_ZH = ['零', '〇', '一', '二', '两', '三', '四', '五', '六', '七', '八', '九', '陆', '伍', '幺'] as const;

/** Digits as words (en), as a phone number is read out. */
export const DIGIT_WORDS_EN = ['zero', 'oh', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'] as const;

/** Small numbers as words (en), as promises write them: drop two dress sizes, buy two get one free. */
export const NUMBER_WORDS_EN = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twelve', 'fifteen', 'twenty', 'thirty', 'a few', 'a couple of'] as const;

/** Brand and generic names of common drugs a listing may claim to replace (natural alternative to Adderall). */
export const DRUG_NAMES_EN = [
  'adderall', 'ritalin', 'xanax', 'valium', 'prozac', 'zoloft', 'lexapro', 'wellbutrin', 'ambien', 'metformin', 'lipitor', 'crestor',
  'viagra', 'cialis', 'ozempic', 'wegovy', 'mounjaro', 'synthroid', 'levothyroxine', 'prednisone', 'benadryl', 'claritin', 'zyrtec',
  'allegra', 'nexium', 'prilosec', 'omeprazole', 'motrin', 'aleve', 'naproxen', 'gabapentin', 'lyrica', 'melatonin pills', 'opioids',
] as const;

/** Every list, by the name patterns use. */
export const PATTERN_LISTS: Record<string, string[]> = {
  'conditions-zh': [...CONDITIONS_ZH],
  'treatment-verbs-zh': [...TREATMENT_VERBS_ZH],
  'condition-outcomes-zh': [...CONDITION_OUTCOMES_ZH],
  'germs-pests-zh': [...GERMS_PESTS_ZH],
  'promised-results-zh': [...PROMISED_RESULTS_ZH],
  'result-units-zh': [...RESULT_UNITS_ZH],
  'periods-zh': [...PERIODS_ZH],
  'digits-zh': [...DIGITS_ZH],
  'digit-words-en': [...DIGIT_WORDS_EN],
  'conditions-en': [...CONDITIONS_EN],
  'treatment-verbs-en': [...TREATMENT_VERBS_EN],
  'germs-pests-en': [...GERMS_PESTS_EN],
  'number-words-en': [...NUMBER_WORDS_EN],
  'drug-names-en': [...DRUG_NAMES_EN],
};
