import { scoreListing, weightedLength, type ListingDraft } from '../../../lib/compliance/completeness';
import type { PlatformId } from '../../../lib/sites/types';

const han = (n: number) => '好'.repeat(n);
const failed = (platform: PlatformId, listing: ListingDraft) =>
  scoreListing(platform, listing)
    .checks.filter((c) => !c.pass)
    .map((c) => c.id);

describe('title length counted as each platform counts', () => {
  test.each<[string, PlatformId, string, string[]]>([
    ['Taobao: 30 汉字 (60 bytes) fits', 'taobao', han(30), []],
    ['Taobao: 31 汉字 is over 60 bytes', 'taobao', han(31), ['title-max-length']],
    ['Taobao: 29 汉字 + 2 letters fits exactly', 'taobao', `${han(29)}ab`, []],
    ['Tmall counts like Taobao', 'tmall', han(31), ['title-max-length']],
    ['Douyin: 7 汉字 (14 weighted) is too short', 'douyin', han(7), ['title-min-length']],
    ['Douyin: 8 汉字 is enough', 'douyin', han(8), []],
    ['Douyin: 31 汉字 is too long', 'douyin', han(31), ['title-max-length']],
    ['Pinduoduo: 31 汉字 is over 60', 'pinduoduo', han(31), ['title-max-length']],
    ['Amazon: 200 characters fit', 'amazon', 'a'.repeat(200), []],
    ['Amazon: 201 characters are too many', 'amazon', 'a'.repeat(201), ['title-max-length']],
    ['Shopify SEO title: 71 characters are too many', 'shopify', 'b'.repeat(71), ['title-max-length']],
    ['JD has no hard-coded limit', 'jd', han(100), []],
    ['an empty title is flagged everywhere', 'jd', '  ', ['title-present']],
    ['a user-added site gets the generic rules', 'custom:https://shop.example', '', ['title-present']],
  ])('%s', (_name, platform, title, expected) => {
    expect(failed(platform, { title })).toEqual(expected);
  });

  test('a Han character weighs 2, a letter 1, an emoji 1', () => {
    expect(weightedLength('抖音ab😀')).toBe(7);
  });
});

describe('Amazon title rules', () => {
  test.each<[string, string, string[]]>([
    ['banned characters ! $ ? _ { } ^ ¬ ¦ are flagged', 'Great Mug! Only $5?', ['title-banned-characters']],
    ['a word used three times is flagged', 'Mug Coffee Mug Travel Mug', ['title-repeated-words']],
    ['articles and prepositions may repeat', 'Mug for the Car, for the Desk, for the Office', []],
    ['a clean title passes', 'Contoso Ceramic Coffee Mug, 12 oz, White', []],
  ])('%s', (_name, title, expected) => {
    expect(failed('amazon', { title })).toEqual(expected);
  });

  test('a failing check says what to do in both languages', () => {
    const check = scoreListing('amazon', { title: 'Wow!' }).checks.find((c) => c.id === 'title-banned-characters')!;
    expect(check.fix['zh-CN']).toContain('!');
    expect(check.fix.en).toMatch(/Remove/);
  });
});

describe('images, description, selling points, attributes, price', () => {
  test.each<[string, PlatformId, ListingDraft, string[]]>([
    ['Taobao without a main image', 'taobao', { imageCount: 0 }, ['images']],
    ['Taobao with 6 main images', 'taobao', { imageCount: 6 }, ['images']],
    ['Taobao with 5 main images', 'taobao', { imageCount: 5 }, []],
    ['Amazon with 9 images', 'amazon', { imageCount: 9 }, []],
    ['Amazon with 10 images', 'amazon', { imageCount: 10 }, ['images']],
    ['Pinduoduo description of 19 characters', 'pinduoduo', { description: han(19) }, ['description-length']],
    ['Pinduoduo description of 20 characters', 'pinduoduo', { description: han(20) }, []],
    ['Pinduoduo description of 501 characters', 'pinduoduo', { description: han(501) }, ['description-length']],
    ['Amazon with 2 bullet points', 'amazon', { bullets: ['a', 'b', ' '] }, ['selling-points']],
    ['Taobao with an empty selling point', 'taobao', { sellingPoints: '' }, ['selling-points']],
    ['attributes half filled', 'jd', { attributes: { filled: 3, required: 6 } }, ['attributes']],
    ['price missing', 'jd', { price: null }, ['price-present']],
    ['price zero', 'jd', { price: 0 }, ['price-present']],
    ['price ten times the reference', 'taobao', { price: 990, referencePrice: 99 }, ['price-sane']],
    ['price near the reference', 'taobao', { price: 89, referencePrice: 99 }, []],
  ])('%s', (_name, platform, listing, expected) => {
    expect(failed(platform, listing)).toEqual(expected);
  });
});

describe('the score', () => {
  test('a complete Taobao listing scores 100', () => {
    const listing: ListingDraft = {
      title: '纯棉短袖T恤男夏季宽松圆领',
      sellingPoints: '新疆长绒棉',
      description: '面料：100%棉。',
      price: 59,
      referencePrice: 69,
      imageCount: 5,
      attributes: { filled: 8, required: 8 },
    };
    expect(scoreListing('taobao', listing)).toMatchObject({ score: 100 });
  });

  test('a block failure costs more than an info one', () => {
    const blocked = scoreListing('amazon', { title: 'Mug', imageCount: 0, bullets: ['a', 'b', 'c'] }).score;
    const informed = scoreListing('amazon', { title: 'Mug', imageCount: 1, bullets: [] }).score;
    expect(blocked).toBeLessThan(informed);
    expect(informed).toBeLessThan(100);
  });

  test('nothing readable scores 100 with no checks', () => {
    expect(scoreListing('jd', {})).toEqual({ score: 100, checks: [] });
  });

  test('every failing check names a fix in zh-CN and en', () => {
    const { checks } = scoreListing('douyin', { title: '短', imageCount: 0, description: '', price: null, attributes: { filled: 0, required: 2 } });
    for (const check of checks.filter((c) => !c.pass)) {
      expect(check.fix['zh-CN'].length).toBeGreaterThan(0);
      expect(check.fix.en.length).toBeGreaterThan(0);
    }
  });
});
