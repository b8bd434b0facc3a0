import type { PlatformRules } from './types';
import type { CompletenessCheck } from './types';
import { charLength, check, descriptionCheck, imageCountCheck, priceChecks, sellingPointsCheck, titleLengthChecks } from './shared';

/**
 * Amazon product title policy, effective January 2025 (research/platforms.md §1 Amazon, Seller Central
 * help 201100890 / YTR6SYGFA5E3EQC): at most 200 characters including spaces; none of ! $ ? _ { } ^ ¬ ¦;
 * no word more than twice, articles, prepositions and conjunctions excepted. Up to 9 images, at least one.
 */
const BANNED_TITLE_CHARACTERS = ['!', '$', '?', '_', '{', '}', '^', '¬', '¦'];

/** Words the repeat rule leaves out: articles, prepositions, conjunctions. */
const REPEATABLE_WORDS = new Set(
  'a an the and or but nor for so yet of in on at to by with from into onto over under up per via as than'.split(' '),
);

function bannedCharacterCheck(title: string): CompletenessCheck {
  const found = BANNED_TITLE_CHARACTERS.filter((ch) => title.includes(ch));
  const list = found.join(' ');
  return check(
    'title-banned-characters',
    found.length === 0,
    'block',
    found.length
      ? { 'zh-CN': `标题含有亚马逊禁用字符：${list}`, en: `Title contains characters Amazon bans: ${list}` }
      : { 'zh-CN': '标题没有禁用字符', en: 'No banned characters in the title' },
    { 'zh-CN': `删除这些字符：${list}`, en: `Remove these characters: ${list}` },
  );
}

function repeatedWordCheck(title: string): CompletenessCheck {
  const counts = new Map<string, number>();
  for (const word of title.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? []) {
    if (!REPEATABLE_WORDS.has(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  const repeated = [...counts].filter(([, n]) => n > 2).map(([word, n]) => `${word} ×${n}`);
  const list = repeated.join(', ');
  return check(
    'title-repeated-words',
    repeated.length === 0,
    'block',
    repeated.length
      ? { 'zh-CN': `标题中有词出现超过两次：${list}`, en: `Words used more than twice in the title: ${list}` }
      : { 'zh-CN': '标题没有重复超过两次的词', en: 'No word is used more than twice' },
    {
      'zh-CN': '同一个词最多用两次（冠词、介词、连词除外），把重复的词改成属性或删掉。',
      en: 'Use each word at most twice (articles, prepositions and conjunctions excepted); drop the repeats or move them to attributes.',
    },
  );
}

export const amazon: PlatformRules = (listing) => {
  const title = listing.title?.trim();
  return [
    ...titleLengthChecks(listing.title, {
      max: 200,
      count: charLength,
      unit: { 'zh-CN': '字符', en: 'characters' },
      platform: { 'zh-CN': '亚马逊', en: 'Amazon' },
    }),
    ...(title ? [bannedCharacterCheck(title), repeatedWordCheck(title)] : []),
    ...imageCountCheck(listing.imageCount, 1, 9, { 'zh-CN': '图片', en: 'images' }),
    ...sellingPointsCheck(listing.bullets, 3, { 'zh-CN': '五点描述', en: 'bullet points' }),
    ...descriptionCheck(listing.description, 1),
    ...priceChecks(listing.price, listing.referencePrice),
  ];
};
