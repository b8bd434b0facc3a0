import fc from 'fast-check';
import { compilePacks } from '../../../lib/compliance/matcher';
import { foldCode, normalise } from '../../../lib/compliance/normalise';
import { BUILT_IN_PACKS } from '../../../lib/compliance/packs/index';
import { pack, rule } from './helpers';

const matcher = compilePacks([
  pack('zh', [rule('最好'), rule('第一'), rule('最佳'), rule('根治', { category: 'medical' }), rule('微信', { category: 'contact' })]),
  pack('en', [rule('cure', { category: 'medical' }), rule('best seller', { category: 'promotional' }), rule('fda approved')], 'en'),
]);
const marked = (text: string) => matcher.scan(text).map((f) => text.slice(f.start, f.end));

describe('evasion classes the engine reads through', () => {
  test.each<[string, string, string[]]>([
    ['Kangxi radical ⼀ (U+2F00) in 第一', '销量第⼀', ['第⼀']],
    ['CJK compatibility ideograph', '\uF9BD', []],
    ['financial numeral 壹 in 第一', '销量第壹', ['第壹']],
    ['circled digit ① in 第一', '销量第①', ['第①']],
    ['homophone 醉 for 最 before an adjective', '醉好的礼物', ['醉好']],
    ['醉 alone stays clean (醉蟹)', '醉蟹 醉鸡', []],
    ['弟一 and 笫一 for 第一', '弟一 笫一', ['弟一', '笫一']],
    ['朂 and 蕞 fold to 最', '朂佳 蕞好', ['朂佳', '蕞好']],
    ['最嘉 for 最佳', '最嘉选择', ['最嘉']],
    ['pinyin half zui好 and 根zhi', 'zui好用 根zhi', ['zui好', '根zhi']],
    ['薇信 / V信 for 微信', '加薇信 加V信', ['薇信', 'V信']],
    ['full-width/half-width mix', 'ｃｕｒｅ and Ｂest ｓeller', ['ｃｕｒｅ', 'Ｂest ｓeller']],
    ['letters split by dots', 'C.U.R.E.', ['C.U.R.E']],
    ['letters split by hyphens', 'B-E-S-T S-E-L-L-E-R', ['B-E-S-T S-E-L-L-E-R']],
    ['digit-for-letter swaps', 'cur3, b3st s3ll3r, FDA appr0ved', ['cur3', 'b3st s3ll3r', 'FDA appr0ved']],
    ['a real word that contains the letters stays clean', 'secure, curate, bestseller lists', []],
    // Greek and Cyrillic letters drawn like Latin ones (Unicode confusables): а е о р с у х і ѕ, Α Β Ε Ο Τ.
    ['Cyrillic е and с inside English words', 'сurе for acne', ['сurе']],
    ['Greek and Cyrillic capitals mixed in', '\u0392\u0395\u0405\u03a4 \u0405\u0415LLER', ['\u0392\u0395\u0405\u03a4 \u0405\u0415LLER']],
    ['a look-alike letter beside a word still makes it part of that word', 's\u0435cure and \u0430cure', []],
    ['a Greek letter in an ingredient name stays clean', 'α-熊果苷 β-胡萝卜素 γ-氨基丁酸', []],
    // Outside the BMP (surrogate pairs): folded by their NFKC form, offsets still in the seller's text.
    ['supplementary compatibility ideograph U+2F8D4 for 最', '\u{2F8D4}好的长绒棉', ['\u{2F8D4}好']],
    ['mathematical bold letters', '\u{1D402}\u{1D414}\u{1D411}\u{1D404} now', ['\u{1D402}\u{1D414}\u{1D411}\u{1D404}']],
    ['emoji and Extension B characters stay as they are', '最好👍 \u{20000}第一', ['最好', '第一']],
  ])('%s', (_name, text, expected) => {
    expect(marked(text)).toEqual(expected);
  });

  test('property: with the new folds, every normalised character still maps back to its original', () => {
    const unit = fc.constantFrom('最', '好', '⼀', '壹', '①', '\uF9BD', 'Ａ', 'b', ' ', '*', '\u200b', '國', '-', '1', '.', '朂', '．', 'е', 'Ο');
    fc.assert(
      fc.property(fc.string({ unit }), (input) => {
        const { text, offsets } = normalise(input);
        expect(offsets.length).toBe(text.length + 1);
        for (let j = 0; j < text.length; j++) {
          if (j > 0) expect(offsets[j]!).toBeGreaterThan(offsets[j - 1]!);
          expect(foldCode(input.charCodeAt(offsets[j]!))).toBe(text.charCodeAt(j));
        }
      }),
    );
  });
});

describe('built-in evasion patterns', () => {
  const zh = compilePacks(BUILT_IN_PACKS.filter((p) => p.id === 'prc-marketplace-common'));
  test.each<[string, string, string[]]>([
    ['a mobile number in 大写 digits', '批发咨询 壹叁捌壹贰叁肆伍陆柒捌 量大从优', ['壹叁捌壹贰叁肆伍陆柒捌']],
    ['a mobile number read out in Chinese digits', '电话一三九零零一二三四五六', ['一三九零零一二三四五六']],
    ['ten Chinese digits are no mobile number', '一三九零零一二三四五', []],
    ['a V: tag for WeChat', '宝宝们+V：mm2023xx，每周抽奖', ['V：mm2023xx']],
  ])('%s', (_name, text, expected) => {
    expect(zh.scan(text).map((f) => text.slice(f.start, f.end))).toEqual(expected);
  });
});

describe('pattern literals outside the BMP', () => {
  test('an emoji anchor (two UTF-16 units) finds its claim', () => {
    const en = compilePacks(BUILT_IN_PACKS.filter((p) => p.id === 'amazon-listing-en'));
    const text = 'HOT 🔥 deal, 💯 quality';
    expect(en.scan(text).map((f) => text.slice(f.start, f.end))).toEqual(['🔥', '💯']);
  });
});
