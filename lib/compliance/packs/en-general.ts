import type { RulePack } from '../types';
import { PATTERN_LISTS } from './pattern-lists';
import { patternGroup, termGroup } from './term-group';
import { US_STOREFRONTS } from './scope';

const PESTICIDE_RULES = 'FIFRA (7 U.S.C. 136 et seq.), 40 CFR 152.15; Amazon pesticide and pesticide-device policy';

const DRUG_CLAIM = 'FD&C Act §201(g)(1) (21 U.S.C. 321(g)(1)): disease claims make a product a drug; FTC Act §5';
const FTC_SUBSTANTIATION = 'FTC Act §5; FTC Health Products Compliance Guidance (2022)';

const diseaseClaim = termGroup({
  severity: 'block',
  category: 'medical',
  source: DRUG_CLAIM,
  why: {
    'zh-CN': '在美国，宣称能治愈、治疗或预防疾病，就等于把商品当作药品卖，没有 FDA 批准是违法的，亚马逊也会下架。',
    en: 'In the US, claiming to cure, treat or prevent a disease makes the product a drug; without FDA approval that is illegal, and Amazon removes such listings.',
  },
});

const fdaClaim = termGroup({
  severity: 'block',
  category: 'medical',
  source: 'FTC Act §5; FDA policy on the FDA name and logo (FDA does not approve cosmetics or supplements)',
  why: {
    'zh-CN': 'FDA 不“批准”也不“认证”化妆品、保健品或普通商品；这样写是虚假宣称，而且不得冒用 FDA 的名义或标志。',
    en: 'The FDA does not approve or certify cosmetics, supplements or ordinary goods; saying so is false, and the FDA name and logo may not be misused.',
  },
});

const fdaStatus = termGroup({
  severity: 'warn',
  category: 'medical',
  source: '21 CFR 807.39 (registration does not denote approval); FTC Act §5',
  why: {
    'zh-CN': '“FDA 注册 / 510(k) 许可”只在属实时才能写，而且不能暗示被 FDA 批准；请准备好注册号或许可号。',
    en: '"FDA registered / cleared" is only allowed when true and must not imply FDA approval; have the registration or clearance number ready.',
  },
});

const substantiation = termGroup({
  severity: 'warn',
  category: 'proof-needed',
  source: FTC_SUBSTANTIATION,
  why: {
    'zh-CN': '“临床证明、医生推荐”这类说法需要可靠的科学证据（健康类通常要随机对照试验）；没有就是 FTC 所说的欺骗性宣称。',
    en: '"Clinically proven" or "doctor recommended" needs competent and reliable scientific evidence (for health claims, usually controlled trials); without it the FTC calls it deceptive.',
  },
});

const guarantee = termGroup({
  severity: 'block',
  category: 'false-promise',
  source: FTC_SUBSTANTIATION,
  why: {
    'zh-CN': '保证效果、“没有副作用”、“奇迹”这类说法无法证明，属于 FTC 禁止的欺骗性宣称。',
    en: 'Guaranteed results, "no side effects" and "miracle" claims cannot be substantiated; the FTC treats them as deceptive.',
  },
});

const healthSuggestion = termGroup({
  severity: 'warn',
  category: 'medical',
  source: `${FTC_SUBSTANTIATION}; DSHEA (21 U.S.C. 343(r)(6)) structure/function claims`,
  why: {
    'zh-CN': '减重、排毒、增强免疫这类健康功效需要科学证据；膳食补充剂还必须附 FDA 免责声明，而且不能提到疾病。',
    en: 'Weight-loss, detox and immunity claims need scientific evidence; supplements must also carry the FDA disclaimer and may not mention a disease.',
  },
});

const greenClaim = termGroup({
  severity: 'warn',
  category: 'proof-needed',
  source: 'FTC Green Guides, 16 CFR Part 260',
  why: {
    'zh-CN': '笼统的环保宣称（“环保”“无毒”“可降解”）必须有具体依据并加以限定，FTC 的《绿色指南》明确要求。',
    en: 'Broad environmental claims ("eco-friendly", "non-toxic", "biodegradable") must be specific and backed up, as the FTC Green Guides require.',
  },
});

const pesticideClaim = termGroup({
  // Warn, as the policy's pesticide rule reads: lawful with an EPA registration the text cannot show.
  severity: 'warn',
  category: 'pesticide',
  source: PESTICIDE_RULES,
  why: {
    'zh-CN': '宣称能杀灭或抑制细菌、病毒、霉菌或驱虫，在美国属于农药宣称，需要 EPA 注册；亚马逊会下架。只说“经处理以保护产品本身”的除外。',
    en: 'Claiming to kill or stop germs, viruses or mould, or to repel pests, is a pesticide claim in the US and needs EPA registration; Amazon removes such listings. Saying only that the item is treated to protect itself is the exception.',
  },
});

const diseasePattern = patternGroup({
  severity: 'block',
  category: 'medical',
  source: DRUG_CLAIM,
  why: {
    'zh-CN': '宣称能治疗、预防或缓解疾病或症状，会让商品在美国法律上成为未经批准的药品（FDA/FTC），在任何店铺都不行。',
    en: 'A claim to cure, treat, prevent or relieve a disease or symptom makes the product an unapproved drug under US law (FDA/FTC), in any store.',
  },
});

const outcomePattern = patternGroup({
  severity: 'block',
  category: 'false-promise',
  source: FTC_SUBSTANTIATION,
  why: {
    'zh-CN': '承诺具体的减重或身体效果（几天瘦几磅、永久去皱）属于 FTC 认定的欺骗性保证。',
    en: 'Promising a specific weight-loss or body result (lose so many pounds in so many days, removes wrinkles permanently) is a deceptive guarantee under the FTC Act.',
  },
});

const originPattern = patternGroup({
  severity: 'block',
  category: 'false-promise',
  source: 'FTC Made in USA Labeling Rule, 16 CFR Part 323; FTC Act §5',
  why: {
    'zh-CN': '同一句里既写“Made in USA”又写进口或中国制造，原产地宣称自相矛盾，属于 FTC 认定的虚假宣称。',
    en: '"Made in USA" next to "imported" or "made in China" contradicts itself: a false origin claim under the FTC rule.',
  },
});

const killPattern = patternGroup({
  severity: 'warn',
  category: 'pesticide',
  source: PESTICIDE_RULES,
  why: {
    'zh-CN': '宣称杀灭或驱除细菌、病毒、螨虫、蚊虫，在美国属于农药宣称，商品需要 EPA 登记（在亚马逊还需审批）。',
    en: 'Claims to kill or repel germs, viruses, mites or insects are pesticide claims in the US: the product needs EPA registration (and Amazon approval).',
  },
});

const reviewReward = patternGroup({
  severity: 'warn',
  category: 'platform',
  source: 'FTC Rule on the Use of Consumer Reviews and Testimonials, 16 CFR 465',
  why: {
    'zh-CN': '以赠品、返款或折扣换取（好）评价，违反 FTC 的消费者评价规则，在任何店铺都不行。',
    en: 'Offering a gift, refund or discount in return for a (positive) review breaks the FTC consumer-review rule, in any store.',
  },
});

/** What follows a cleaning verb when it tells the buyer what to do (sterilize before first use, sanitize the parts weekly). */
const INSTRUCTION_OBJECTS = [' before', ' in boiling', ' the', ' all', ' it', ' them', ' with', ' by', ' regularly', ' weekly', ' daily', ' after', ' each', ' every', ' bottles', ' parts'];

/** A disclaimer says what the product does not do (does not treat any condition, policy §6): no claim. */
const DENIALS = ['not ', 'does not ', "doesn't ", 'cannot ', "can't ", 'will not ', "won't ", 'never ', 'not intended to '];

/** Verbs of the treatment pattern that also open idioms of inconvenience ("say goodbye to the pain of …"). */
const IDIOM_VERBS = ['say goodbye to', 'no more', 'eliminates', 'eliminate', 'ends', 'end', 'takes', 'take', 'stop', 'stops', 'reduces', 'reduce', 'eases', 'ease', 'relieves', 'relieve', 'gets rid of', 'get rid of', 'put an end to'];

/** FTC Made in USA rule: the unqualified claim, and the qualified forms that are allowed after it. */
const MADE_IN_USA_WHY = {
  source: 'FTC Made in USA Labeling Rule, 16 CFR Part 323',
  why: {
    'zh-CN': '“Made in USA”要求“全部或几乎全部”在美国制造，否则要改成“Assembled in USA”等限定说法。',
    en: '"Made in USA" requires all or virtually all of the product to be made in the US; otherwise use a qualified claim like "Assembled in USA".',
  },
};
/** FTC Made in USA rule: the unqualified claim; the qualified forms after it ("… from imported parts") are allowed. */
const MADE_IN_USA = {
  ...MADE_IN_USA_WHY,
  allowedAfter: [' from imported', ' with imported', ' of imported', ' of us and imported', ' with global', ' with domestic and imported', ' from domestic and imported'],
};

export const enGeneralPack: RulePack = {
  id: 'en-general',
  name: { 'zh-CN': '英文通用（FTC / FDA）', en: 'English: FTC and FDA claims' },
  description: {
    'zh-CN': '美国法律对所有店铺都适用的宣称：治疗疾病、FDA 批准、保证效果、需要科学证据的健康和环保宣称。',
    en: 'Claims US law restricts in any store: disease cures, "FDA approved", guaranteed results, and health or green claims that need evidence.',
  },
  lang: 'en',
  // US law applies on Amazon and on the seller's own Shopify store alike (policy §3), and on a site the seller added.
  platforms: [...US_STOREFRONTS],
  law: 'us',
  lists: PATTERN_LISTS,
  patterns: [
    diseasePattern('en-treat-condition', '<@treatment-verbs-en> {~12}{@conditions-en}', ['support (a normal function), without naming a disease'], {
      // Idioms of inconvenience, not of a condition: "say goodbye to the pain of scraping ice", "ends the headache of tangled cords".
      allowedContexts: [
        ...IDIOM_VERBS.flatMap((verb) => ['the pain of', 'the headache of', 'the headaches of'].map((idiom) => `${verb} ${idiom}`)),
        // Cold weather, not the common cold (blocks a cold draft, keeps out a cold wind).
        ...['blocks', 'block', 'stops', 'stop', 'ends', 'end', 'beat', 'beats', 'fight off', 'fights off', 'ward off', 'wards off'].flatMap((verb) =>
          ['a cold draft', 'a cold drink', 'a cold day', 'a cold night', 'a cold morning', 'a cold room', 'a cold floor', 'a cold winter', 'a cold wind', 'a cold start'].map((what) => `${verb} ${what}`),
        ),
      ],
    }),
    diseasePattern('en-regrow-hair', '<regrow|regrows|regrowing|regrowth of> {~12}{hair|skin|cells|tissue|cartilage|nerves|teeth|gums}', ['(remove)']),
    // Changing the structure of the skin is a drug claim for a cosmetic (FDA warning letters: stimulates collagen, regenerates cells).
    diseasePattern('en-collagen-structure', '<stimulates|stimulate|stimulating|triggers|boosts|increases> {new |}collagen {production|synthesis|formation}', ['(remove)']),
    diseasePattern('en-regenerate-cells', '<regenerates|regenerate|regenerating> {~8}{cells|skin cells|tissue|cartilage|nerves}', ['(remove)']),
    diseasePattern('en-repair-cells', '<repair|repairs|repairing|reverses|reverse> {~8}{dna|cells|cartilage|nerve damage|nerves}', ['(remove)']),
    // Room for the drug's class between (replaces your blood pressure medication, instead of your daily allergy pills).
    diseasePattern('en-replaces-medicine', '<replace|replaces|instead of|alternative to|better than|stopped taking|stop taking|quit taking|no longer take|no longer need|off their|off your|ditch your|ditched their|throw away|throw out|threw away|toss|tossed|wean off|get off|come off|came off> {~20}{medication|medications|medicine|meds|drugs|prescriptions|antibiotics|insulin|antidepressants|statins|inhaler|blood pressure pills|pills|ibuprofen|acetaminophen|aspirin|tylenol|advil|painkillers|pain killers|steroids|antihistamines}', ['(remove)']),
    // The same by the drug's name (natural alternative to Adderall, stopped taking my Xanax).
    diseasePattern('en-replaces-named-drug', '<replace|replaces|instead of|alternative to|better than|stopped taking|stop taking|quit taking|no longer take|no longer need|off their|off your|ditch your|ditched their|throw away|throw out|threw away|toss|tossed|wean off|get off|come off|came off|like> {~16}{@drug-names-en}', ['(remove)']),
    // Killing cancer or tumour cells is a cure claim, not a pesticide one (black seed oil kills cancer cells).
    diseasePattern('en-kills-cancer', '<kill|kills|killing|destroy|destroys|destroying|starve|starves|shrink|shrinks> {~8}{cancer cells|cancer|tumor cells|tumour cells|tumors|tumours|cancerous cells}', ['(remove)']),
    outcomePattern('en-lose-amount', '<lose|lost|drop|shed|burn|melt|losing|dropping> {up to|} {#} {lbs|lb|pounds|kg|kilos|inches|sizes|dress sizes|jean sizes|pant sizes}', ['(remove the promised amount)']),
    outcomePattern('en-lose-amount-words', '<lose|lost|drop|shed|burn|melt|losing|dropping> {up to|} {@number-words-en} {lbs|lb|pounds|kg|kilos|inches|sizes|dress sizes|jean sizes|pant sizes}', ['(remove the promised amount)']),
    // Height and age promises with a figure (grow 3 inches taller, look 10 years younger): numbered body outcomes (policy §4 USFP).
    outcomePattern('en-grow-taller', '<grow|grows|gain|gains|add|adds|increase> {up to|} {#} {inches|inch|cm|centimeters|centimetres} {taller|in height|of height}', ['(remove the promised amount)']),
    outcomePattern('en-years-younger', '<look|looks|appear|appears|feel|feels|get|turn back|take off> {up to|} {#} {years|yrs|year} {younger|off}', ['(remove the promised amount)']),
    outcomePattern('en-years-younger-words', '<look|looks|appear|appears|feel|feels|get|turn back|take off> {up to|} {@number-words-en} {years|yrs|year} {younger|off}', ['(remove the promised amount)']),
    // Works for every user (works for 100% of users, effective in 100% of cases): a guaranteed outcome.
    outcomePattern('en-works-for-all', '<works for|worked for|effective for|effective in|works on|results for|success rate of|success rate for> {up to|} 100% {of|} {~12}{users|customers|people|patients|cases|women|men|adults|kids|dogs|cats|pets|buyers}', ['(remove the figure)']),
    outcomePattern('en-melt-fat', '<melt|melts|melting|burn|burns|burning|blast|blasts|torch|torches|dissolve|dissolves> {~6}{belly fat|body fat|stomach fat|fat}', ['(remove)']),
    outcomePattern('en-permanent-result', '{remove|removes|eliminate|eliminates|erase|erases|gone|cure|cures|fix|fixes} {~16}<permanently|forever|for good>', ['(remove)']),
    // A health figure with a deadline (lowers cortisol by 60% in two weeks) is a promised outcome.
    // A slot is a number or words, not both: `{#|a|one}` read '#' as a character, so "by 200% in 2 weeks" went unread.
    outcomePattern('en-percent-in-time', 'by {#}<%> {in|within|after} {#} {day|days|week|weeks|month|months}', ['(remove the promised figure)']),
    outcomePattern('en-percent-in-time-words', 'by {#}<%> {in|within|after} {a|one|two|three|four|five|six|seven|eight|ten|twelve} {day|days|week|weeks|month|months}', ['(remove the promised figure)']),
    // The promise turned round (permanently removes cellulite) and a guarantee of an outcome (guaranteed hair regrowth).
    outcomePattern('en-permanent-first', '<permanently|forever> {remove|removes|eliminate|eliminates|erase|erases|cure|cures|fix|fixes|get rid of|gets rid of|reverse|reverses}', ['(remove)']),
    outcomePattern('en-guaranteed-outcome', '<guaranteed|guarantee> {~16}{regrowth|results|weight loss|fat loss|relief|recovery|hair growth|clear skin|improvement}', ['(remove)']),
    // A health figure said to fall (your blood pressure will drop within a week): a disease claim in the result's words.
    diseasePattern('en-marker-drops', '<blood pressure|blood sugar|cholesterol|a1c|glucose> {levels|} {will|} {drop|drops|go down|goes down|come down|comes down|normalize|normalizes|return to normal}', ['(remove)']),
    // A drug named as what the product is (a natural antidepressant, nature's Xanax).
    diseasePattern('en-natural-drug', '<natural|nature\'s|herbal|plant based> {antidepressant|antibiotic|antihistamine|antiviral|painkiller|pain killer|blood thinner|statin|diuretic|sedative|viagra|xanax|ozempic|valium|prozac|tylenol|ibuprofen|advil}', ['(remove)']),
    outcomePattern('en-removes-all', '<removes|remove|eliminates|eliminate|gets rid of|get rid of> 100% {of|}', ['(remove the figure)']),
    outcomePattern('en-in-days', '{see|visible|noticeable|guaranteed} {results|difference} {~6}<in {#} {days|hours|weeks}>', ['(remove)']),
    // "Made in USA" contradicted in the same sentence (— imported from China; from imported Chinese ingredients) is
    // a false origin claim, not one merely missing its qualification (policy §4 MUSAF; 16 CFR Part 323).
    originPattern('en-made-in-usa-contradicted', '<100% made in usa|100% made in the usa|100% american made|made in usa|made in the usa|made in america|american made|usa made> {~12}{imported from|from imported|imported|made in china|from china|made in vietnam|made in india|made in mexico}', ['assembled in USA from imported parts (if true)']),
    // Keeping a disease away (keeps dementia away, keeps colds at bay) is a prevention claim.
    diseasePattern('en-keeps-condition-away', '<keeps|keep|keeping> {~8}{@conditions-en} {away|at bay}', ['supports (a normal function), without naming a disease']),
    // Burning a figure of calories with no effort (burns 500 calories while you sleep): a numbered outcome the FTC calls deceptive.
    outcomePattern('en-burn-calories', '<burn|burns|burning> {up to|} {#} {calories|kcal|cal} {while you sleep|a day|per day|daily|without exercise|without dieting|overnight|at rest|sitting down}', ['(remove the promised amount)']),
    // Protection from a disease is a prevention claim (protects against COVID, immune system against cancer).
    diseasePattern('en-against-condition', '<against|wards off|ward off> {~4}{@conditions-en}', ['supports (a normal function), without naming a disease']),
    // Repelling pests in other words (deters fleas, keeps ticks away): EPA/FIFRA as for "repels". "Mosquito repellent"
    // on its own names the product type, like 电热蚊香液 (policy §6); the claim is what it is said to do.
    killPattern('en-deters-pests', '<deters|deter|deterring> {~8}{@germs-pests-en}', ['(or show the EPA registration)']),
    // Keeps ticks away (a repellent claim); a net that keeps bugs out is a physical barrier (policy §6).
    killPattern('en-keeps-pests-away', '<keeps|keep|keeping> {~8}{@germs-pests-en} {~16}{away|off|at bay}', ['(or show the EPA registration)']),
    // A reward for a review in money off or store credit (leave a 5-star review and get 20% off; review us for a $10 credit).
    reviewReward('en-review-for-discount', '<review|reviews|rating> {~20}{get|receive|earn|for|and get|and receive} {a |}{up to |}{$|}{#}{%| dollars| credit| off|}', ['(remove)']),
    // Antivirus software removes computer viruses, spyware and malware: no pesticide (allowed as the phrase the software names).
    killPattern('en-kill-pests', '<kill|kills|killing|eliminate|eliminates|destroy|destroys|repel|repels|repelling|wipe out|wipes out|get rid of|gets rid of|sanitizes|sanitize|sterilizes|sterilize|disinfects|disinfect|ward off|wards off|protects against|protect against|fights|fight|effective against|works against|protection against> {~20}{~4}{@germs-pests-en}', ['cleans', '(or show the EPA registration)'], {
      allowedContexts: ['kills', 'kill', 'eliminates', 'eliminate', 'destroys', 'removes', 'and eliminates', 'and removes', 'and kills'].flatMap((verb) =>
        ['viruses, spyware', 'viruses, malware', 'viruses and malware', 'viruses and spyware', 'viruses, ransomware', 'computer viruses'].map((what) => `${verb} ${what}`),
      ),
    }),
    // Bugs as insects: only right after a kill or repel verb (kills bugs, repels bugs and mosquitoes); software has bugs too.
    killPattern('en-kill-bugs', '<kill|kills|killing|repel|repels|repelling|zap|zaps> {all|the|} {~8}{bugs|flying bugs|crawling bugs}', ['(or show the EPA registration)']),
    reviewReward('en-reward-for-review', '{free|gift card|gift|refund|rebate|coupon|reward|bonus|cash back|discount|giveaway|sweepstakes|raffle|chance to win} {~20}{~20}<review|reviews|rating|5 star|five star>', ['(remove)']),
    // Leave a 5-star review and we will send you a free bottle / get $10 store credit.
    reviewReward('en-review-then-reward', '<review|reviews> {~20}{~17}{free|gift card|store credit|refund|rebate|coupon|reward|bonus|cash back|giveaway|sweepstakes|raffle|chance to win}', ['(remove)']),
    // Money for a review with the sum first ($10 Amazon gift card for your honest review): one offer, one mark.
    reviewReward('en-money-for-review', '<$|€|£>{#} {~20}{~14}{review|reviews|rating|ratings}', ['(remove)']),
    reviewReward('en-review-for-reward', '<review|reviews|5 star|five star> {~20}{get|receive|for|and} {a |} {free|gift card|gift|refund|rebate|coupon|reward|bonus|cash back}', ['(remove)']),
  ],
  terms: [
    // What hardens: a layer, a coat, the paint or sealant, left to cure fully before sanding or between coats (policy §6,
    // cure time and UV curing of resin). A disease after "cure" is the pattern rule's, whatever comes before.
    diseaseClaim('cure', ['support', 'help with'], { allowedBefore: ["faster ", "quick ", "quicker ", "uv ", "led ", "full ", "air ", "heat ", "moisture ", "resin ", "to ", "will not ", "won't ", "not ", "the ", "fully ", "completely ", "partially ", "properly ", "layer ", "layers ", "coat ", "coats ", "it ", "paint ", "sealant ", "mortar ", "grout ", "caulk ", "concrete ", "glue ", "epoxy ", "adhesive ", "polish ", "clay ", "silicone ", "finish ", "ink ", "soap "], allowedAfter: [" before sanding", " before use", " before handling", " before painting", " before demolding", " before removing", " before the next", " between coats", " between layers", " concrete", " resin", " epoxy", " adhesive", " glue", " coating", " gel", " polish", " ink", " fully", " completely", " overnight", " hard", " faster", " properly", " correctly", " evenly", " slowly", " quickly", " at room", " salt", " salts"],
      allowedContexts: [
        'uv cure',
        'led cure',
        'cure time',
        'cure lamp',
        'cure light',
        'cure under',
        'cure in',
        'fast cure',
        'air cure',
        'full cure',
      ],
    }),
    diseaseClaim('cures', ['supports'], {
      // A UV or LED lamp cures gel polish, resin and adhesives: curing as in hardening (policy §6).
      allowedAfter: [' gel', ' polish', ' nail polish', ' resin', ' epoxy', ' adhesive', ' glue', ' coating', ' ink', ' concrete', ' bubble', ' crystal', ' glossy', ' to a', ' overnight', ' without'],
      // What cures as in hardens or matures: a soap bar, a sealant, paint (soap cures for six weeks).
      allowedBefore: ['soap ', 'bar ', 'bars ', 'resin ', 'epoxy ', 'glue ', 'adhesive ', 'concrete ', 'mortar ', 'grout ', 'sealant ', 'caulk ', 'paint ', 'coating ', 'polish ', 'clay ', 'silicone ', 'finish '],
      allowedContexts: ['cures in', 'cures under', 'cures fast', 'cures clear', 'cures hard'],
    }),
    // The noun after an adjective (a vet recommended treat, a healthy treat): "treat" names the snack, not a therapy.
    diseaseClaim('treat', ['care for', 'soothe'], {
      allowedBefore: [...DENIALS, 'recommended ', 'healthy ', 'perfect ', 'favorite ', 'favourite ', 'daily ', 'dental ', 'crunchy ', 'chewy ', 'soft ', 'little ', 'delicious ', 'frozen ', 'holiday ', 'birthday ', 'high value ', 'low calorie ', 'natural ', 'grain free ', 'single ingredient ', 'cat ', 'dog ', 'pet ', 'puppy ', 'kitten ', 'bird ', 'horse ', 'rabbit ', 'our ', 'this ', 'the '],
      allowedContexts: [
        'treat yourself',
        'treat myself',
        'a treat',
        'dog treat',
        'cat treat',
        'pet treat',
        'treat bag',
        'treat pouch',
        'treat jar',
        'treat dispenser',
        'treat toy',
        'trick or treat',
        'special treat',
        'sweet treat',
        'tasty treat',
        'heat treat',
        // Treating a pet or a guest to something: the noun's verb, not therapy (treat your cat to wild-caught tuna).
        'treat your dog', 'treat your cat', 'treat your pet', 'treat your pup', 'treat your puppy', 'treat your kitty', 'treat your guests',
        'treat your family', 'treat your kids', 'treat your friends', 'per treat', 'each treat', 'every treat', 'one treat', 'training treat',
      ],
    }),
    // Heal-all (Prunella vulgaris) is a plant's common name, like 山药 and 芍药 (policy §6).
    diseaseClaim('heal', ['soothe', 'comfort'], { allowedAfter: [' all'], allowedBefore: DENIALS }),
    // A film or a wax that heals scratches is a material property, like self-healing film.
    diseaseClaim('heals', ['soothes'], { allowedContexts: ['self-heals'], allowedAfter: [' scratches', ' minor scratches', ' light scratches', ' swirl marks', ' itself'] }),
    diseaseClaim('healing', ['soothing'], {
      severity: 'warn',
      allowedContexts: ['self-healing'],
      // Healing crystals, healing music: a product kind, not a claim about a condition.
      allowedAfter: [' crystal', ' crystals', ' stone', ' stones', ' music', ' sound', ' sounds', ' bowl'],
      why: {
        'zh-CN': '“healing” 用在人体或疾病上就是治疗宣称；“self-healing”（自修复膜）这类材料特性不算。',
        en: '"Healing" about the body or a condition is a treatment claim; material properties such as self-healing film are fine.',
      },
    }),
    diseaseClaim('diagnose', ['check', 'monitor'], {
      // The disclaimer DSHEA requires on supplement claims (21 CFR 101.93(c)) says what the product is not: it clears
      // every word inside it (policy §6, disclaimers).
      allowedContexts: [
        'intended to diagnose, treat, cure, or prevent any disease',
        'intended to diagnose, treat, cure or prevent any disease',
        'intended to diagnose, treat, cure, or prevent disease',
        'intended to diagnose, treat, cure or prevent disease',
        'diagnose engine', 'diagnose car', 'diagnose vehicle', 'diagnose fault', 'diagnose problems'],
    }),
    diseaseClaim('anti-inflammatory', ['soothing']),
    diseaseClaim('prevent disease', ['support wellness']),
    diseaseClaim('prevents disease', ['supports wellness']),
    diseaseClaim('prevent infection', ['keep clean']),
    diseaseClaim('prevents infection', ['keeps clean']),
    diseaseClaim('prevent cancer', ['(remove)']),
    diseaseClaim('prevents cancer', ['(remove)']),
    diseaseClaim('reduces inflammation', ['soothing']),
    diseaseClaim('fights infection', ['(remove)']),
    diseaseClaim('prescription strength', ['professional strength']),
    diseaseClaim('miracle cure', ['(remove)']),

    fdaClaim('fda approved', ['(remove)', 'made in an FDA-registered facility (if true)']),
    fdaClaim('approved by the fda', ['(remove)']),
    fdaClaim('fda certified', ['(remove)']),
    // The same claim turned round or as a noun (certified by the FDA, FDA approval).
    ...['certified by the fda', 'certified by fda', 'approved by fda', 'endorsed by the fda', 'fda endorsed', 'fda approval', 'fda certification'].map((term) => fdaClaim(term, ['(remove)'])),
    // 'fda cleared' went: a 510(k) clearance is how FDA lets a device be sold (a TENS unit, FDA cleared K182836), a
    // checkable fact the policy does not count as a finding (§4 FDA names "approved" and "certified" only).
    // "Made in an FDA-registered, cGMP facility": what stands in an FDA-registered place is a facility, whatever follows.
    fdaStatus('fda registered', ['made in an FDA-registered facility (if true)'], { allowedAfter: [" facility", " facilities", " manufacturer", " factory"], allowedBefore: ['in an ', 'in a ', 'at an ', 'at a ', 'by an ', 'by a '] }),

    substantiation('clinically proven', ['tested (name the study)']),
    substantiation('clinically tested', ['tested (name the study)']),
    substantiation('clinically shown', ['tested (name the study)']),
    substantiation('doctor approved', ['(remove)']),
    substantiation('dermatologist approved', ['dermatologist tested (if true)']),
    substantiation('scientifically proven', ['tested (name the study)']),
    substantiation('doctor recommended', ['(remove)']),
    // The endorsement turned round (recommended by doctors and chiropractors).
    ...['recommended by doctors', 'recommended by dermatologists', 'recommended by vets', 'recommended by veterinarians', 'recommended by pediatricians',
      'recommended by dentists', 'recommended by physicians', 'approved by doctors', 'approved by dermatologists'].map((term) => substantiation(term, ['(remove)'])),
    ...['lab proven', 'laboratory proven', 'medically proven', 'proven by science', 'science proven', 'proven by doctors'].map((term) => substantiation(term, ['tested (name the study)'])),
    // "#1 doctor recommended" is one endorsement claim (policy §4 USPROOF), not a rank plus a claim.
    ...['#1 doctor recommended', '#1 dermatologist recommended', '#1 pediatrician recommended', '#1 vet recommended', '#1 dentist recommended'].map((term) =>
      substantiation(term, ['(remove)']),
    ),
    substantiation('vet approved', ['(remove)']),
    substantiation('vet recommended', ['(remove)']),
    substantiation('veterinarian approved', ['(remove)']),
    substantiation('veterinarian recommended', ['(remove)']),
    substantiation('dentist recommended', ['(remove)']),
    substantiation('pediatrician recommended', ['(remove)']),
    substantiation('dermatologist recommended', ['dermatologist tested (if true)']),
    // A material grade (medical-grade stainless steel or silicone) describes what it is made of, not an effect.
    substantiation('medical grade', ['professional grade'], { allowedAfter: [' stainless', ' steel', ' silicone', ' titanium', ' plastic', ' polymer', ' resin', ' rubber'] }),

    guarantee('results guaranteed', ['(remove)']),
    // A fitment guarantee (guaranteed to fit 2015-2020 F-150) promises no result: a fact the buyer can check.
    guarantee('guaranteed to', ['(remove)'], { allowedAfter: [' fit'] }),
    guarantee('risk-free', ['(remove)']),
    guarantee('100% safe', ['(remove)']),
    guarantee('draws out toxins', ['(remove)']),
    guarantee('flushes toxins', ['(remove)']),
    guarantee('removes toxins', ['(remove)']),
    diseaseClaim('natural antibiotic', ['(remove)']),
    guarantee('guaranteed results', ['(remove)']),
    guarantee('guaranteed to work', ['(remove)']),
    guarantee('100% effective', ['(remove)']),
    guarantee('no side effects', ['gentle']),
    // "Chemical-free" cannot be true of any product (water is a chemical): a deceptive absolute, as the policy labels it.
    guarantee('chemical-free', ['free of (name the substance)']),
    guarantee('100% chemical-free', ['free of (name the substance)']),
    guarantee('zero side effects', ['gentle']),
    guarantee('100 percent effective', ['(remove)']),
    guarantee('100% success rate', ['(remove)']),
    guarantee('100% success', ['(remove)']),
    guarantee('miracle', ['remarkable'], {
      severity: 'warn',
      allowedContexts: ['miracle-gro'],
      why: {
        'zh-CN': '“miracle”暗示神奇效果，用在健康或美容功效上是欺骗性宣称；品牌名（如 Miracle-Gro）不算。',
        en: '"Miracle" implies an impossible effect and is deceptive for health or beauty results; brand names such as Miracle-Gro are fine.',
      },
    }),
    guarantee('permanent results', ['long-lasting']),
    guarantee('instant results', ['quick to apply']),
    guarantee('lose weight fast', ['(remove)']),
    guarantee('reverses aging', ['(remove)']),

    // Bare 'weight loss', 'fat burner' and 'boosts immunity' went: a weight-loss journal or an immune-support
    // supplement names its purpose, and the policy (§4) marks weight and immunity claims only when they promise a
    // figure or a guaranteed result, or name a disease (rules above).
    healthSuggestion('pain relief', ['comfort'], {
      why: {
        'zh-CN': '“止痛”是药品或医疗器械的宣称，只有获得 FDA 批准或许可的产品才能写。',
        en: '"Pain relief" is a drug or device claim, only for products FDA has approved or cleared.',
      },
    }),
    healthSuggestion('relieves pain', ['comfort']),

    // Broad green words (eco-friendly, all natural, chemical-free) went: POLICY.md §4 lists every finding and has no
    // green-claim rule, so they were marks on honest text. "Non-toxic" stays: on a pesticide or cleaner it is a safety
    // claim EPA forbids (40 CFR 156.10(a)(5)(ix)); on art supplies it is the ASTM D-4236 / AP certification, a fact.
    greenClaim('non-toxic', ['free of (name the substance)'], { allowedAfter: [' washable', ' crayons', ' crayon', ' markers', ' paint', ' paints', ' ink', ' clay', ' play dough', ' glue', ' chalk', ' colored pencils'] }),
    greenClaim('made in usa', ['assembled in USA (if true)'], MADE_IN_USA),
    // The same unqualified origin claim in its other spellings.
    ...['made in the usa', 'made in america', 'american made', 'usa made'].map((spelling) => greenClaim(spelling, ['assembled in USA (if true)'], MADE_IN_USA)),
    // "100%" leaves no room for a qualification: "100% made in USA from imported parts" contradicts itself.
    ...['100% made in usa', '100% made in the usa', '100% american made'].map((spelling) => greenClaim(spelling, ['assembled in USA (if true)'], MADE_IN_USA_WHY)),
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
    // An instruction to the buyer (sterilize before first use, disinfect the tub weekly) says nothing the product
    // does; the claim is the third person (disinfects, kills) or a figure, which stay marked.
    pesticideClaim('disinfect', ['clean'], { allowedAfter: INSTRUCTION_OBJECTS }),
    pesticideClaim('disinfects', ['cleans']),
    pesticideClaim('disinfecting', ['cleaning']),
    pesticideClaim('sanitize', ['clean'], { allowedAfter: INSTRUCTION_OBJECTS }),
    pesticideClaim('sanitizes', ['cleans']),
    pesticideClaim('sanitizing', ['cleaning']),
    pesticideClaim('mold resistant', ['moisture-wicking', 'quick-drying']),
    pesticideClaim('mildew resistant', ['quick-drying']),
    pesticideClaim('mold proof', ['quick-drying']),
    pesticideClaim('repels insects', ['(remove)']),
    pesticideClaim('repels mosquitoes', ['(remove)']),
    pesticideClaim('repels bugs', ['(remove)']),
    pesticideClaim('repels bed bugs', ['(remove)']),
    pesticideClaim('repels fleas', ['(remove)']),
    pesticideClaim('repels ticks', ['(remove)']),
    pesticideClaim('repels mites', ['(remove)']),
    pesticideClaim('kills dust mites', ['(remove)']),
    pesticideClaim('sterilize', ['steam-clean'], { severity: 'warn', allowedAfter: INSTRUCTION_OBJECTS }),
    pesticideClaim('sterilizes', ['steam-cleans'], { severity: 'warn' }),
    pesticideClaim('sterilizing', ['steam-cleaning'], { severity: 'warn' }),
  ],
};
