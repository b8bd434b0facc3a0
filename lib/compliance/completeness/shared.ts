import type { LocalizedText } from '../../sites/types';
import type { Severity } from '../types';
import type { CompletenessCheck, ListingDraft } from './types';

const NO_FIX: LocalizedText = { 'zh-CN': '', en: '' };

/** A check result; `fix` is only shown when it fails. */
export function check(
  id: string,
  pass: boolean,
  severity: Severity,
  message: LocalizedText,
  fix: LocalizedText,
): CompletenessCheck {
  return { id, pass, severity, message, fix: pass ? NO_FIX : fix };
}

/** Han and other wide (CJK, full-width) characters, which GBK-style counters weigh as 2. */
function isWide(code: number): boolean {
  return (
    (code >= 0x2e80 && code <= 0x9fff) ||
    (code >= 0xac00 && code <= 0xd7af) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xffef)
  );
}

/** Length as Taobao's publish form and Douyin count it: a CJK / full-width character is 2, anything else 1 (code points). */
export function weightedLength(text: string): number {
  let length = 0;
  for (const ch of text) length += isWide(ch.codePointAt(0)!) ? 2 : 1;
  return length;
}

/** Length in characters (code points), as Amazon and Shopify count. */
export function charLength(text: string): number {
  let length = 0;
  for (const _ of text) length++;
  return length;
}

/** Title filled in. */
export function titlePresentCheck(title: string | undefined): CompletenessCheck[] {
  if (title === undefined) return [];
  const filled = title.trim().length > 0;
  return [
    check(
      'title-present',
      filled,
      'block',
      { 'zh-CN': filled ? '已填写标题' : '标题为空', en: filled ? 'Title filled in' : 'Title is empty' },
      { 'zh-CN': '填写商品标题：品牌 + 品类 + 核心卖点。', en: 'Write a title: brand + product type + key feature.' },
    ),
  ];
}

/** Title present and no longer than `max` as counted by `count`; `min` when the platform has one. */
export function titleLengthChecks(
  title: string | undefined,
  opts: { max: number; min?: number; count: (t: string) => number; unit: LocalizedText; platform: LocalizedText },
): CompletenessCheck[] {
  const checks = titlePresentCheck(title);
  if (title === undefined || !title.trim()) return checks;
  const trimmed = title.trim();
  const length = opts.count(trimmed);
  const { unit, platform } = opts;
  checks.push(
    check(
      'title-max-length',
      length <= opts.max,
      'block',
      {
        'zh-CN': `标题长度 ${length}/${opts.max} ${unit['zh-CN']}（按${platform['zh-CN']}计数）`,
        en: `Title length ${length}/${opts.max} ${unit.en} (counted as ${platform.en} counts)`,
      },
      {
        'zh-CN': `删去 ${length - opts.max} ${unit['zh-CN']}：去掉重复词和修饰词，保留品牌、品类和核心属性。`,
        en: `Cut ${length - opts.max} ${unit.en}: drop repeated and filler words, keep brand, product type and key attributes.`,
      },
    ),
  );
  if (opts.min !== undefined) {
    checks.push(
      check(
        'title-min-length',
        length >= opts.min,
        'warn',
        {
          'zh-CN': `标题长度 ${length}，${platform['zh-CN']}要求至少 ${opts.min} ${unit['zh-CN']}`,
          en: `Title length ${length}; ${platform.en} requires at least ${opts.min} ${unit.en}`,
        },
        {
          'zh-CN': '补充品类、规格、材质或适用人群等搜索词。',
          en: 'Add product type, size, material or who it is for.',
        },
      ),
    );
  }
  return checks;
}

/** Image count within [min, max] (no upper limit where the platform's is unknown). */
export function imageCountCheck(
  imageCount: number | undefined,
  min: number,
  max: number,
  label: LocalizedText,
): CompletenessCheck[] {
  if (imageCount === undefined) return [];
  const tooFew = imageCount < min;
  const allowed = Number.isFinite(max) ? `${min}–${max}` : `≥ ${min}`;
  return [
    check(
      'images',
      !tooFew && imageCount <= max,
      tooFew ? 'block' : 'warn',
      {
        'zh-CN': `${label['zh-CN']} ${imageCount} 张（要求 ${allowed} 张）`,
        en: `${imageCount} ${label.en} (${allowed} allowed)`,
      },
      tooFew
        ? {
            'zh-CN': `至少上传 ${min} 张${label['zh-CN']}，第一张用白底正面图。`,
            en: `Upload at least ${min} ${label.en}; make the first a front view on white.`,
          }
        : {
            'zh-CN': `只保留 ${max} 张${label['zh-CN']}，其余放进详情页。`,
            en: `Keep ${max} ${label.en}; move the rest into the description.`,
          },
    ),
  ];
}

/** Description length within [min, max] characters (max optional). */
export function descriptionCheck(description: string | undefined, min: number, max?: number): CompletenessCheck[] {
  if (description === undefined) return [];
  const length = charLength(description.trim());
  const tooShort = length < min;
  const limits = max === undefined ? `≥ ${min}` : `${min}–${max}`;
  return [
    check(
      'description-length',
      !tooShort && (max === undefined || length <= max),
      tooShort && length === 0 ? 'block' : 'warn',
      { 'zh-CN': `描述 ${length} 字（要求 ${limits}）`, en: `Description ${length} characters (${limits} expected)` },
      tooShort
        ? {
            'zh-CN': '补充材质、尺寸、使用方法和售后说明。',
            en: 'Add material, size, how to use it and after-sales terms.',
          }
        : { 'zh-CN': `精简到 ${max} 字以内。`, en: `Trim it to ${max} characters or fewer.` },
    ),
  ];
}

/** Required attributes all filled. */
export function attributesCheck(attributes: ListingDraft['attributes']): CompletenessCheck[] {
  if (!attributes || attributes.required <= 0) return [];
  const missing = Math.max(0, attributes.required - attributes.filled);
  return [
    check(
      'attributes',
      missing === 0,
      'warn',
      {
        'zh-CN': `必填属性已填 ${attributes.filled}/${attributes.required}`,
        en: `Required attributes filled: ${attributes.filled}/${attributes.required}`,
      },
      {
        'zh-CN': `补全剩下的 ${missing} 项属性：属性越完整，越容易被搜索到。`,
        en: `Fill in the ${missing} missing attributes: complete attributes help search.`,
      },
    ),
  ];
}

/** Selling points / bullets: at least `min` non-empty entries. */
export function sellingPointsCheck(points: string[] | undefined, min: number, label: LocalizedText): CompletenessCheck[] {
  if (points === undefined) return [];
  const filled = points.filter((p) => p.trim().length > 0).length;
  return [
    check(
      'selling-points',
      filled >= min,
      'info',
      { 'zh-CN': `${label['zh-CN']} ${filled} 条（建议至少 ${min} 条）`, en: `${filled} ${label.en} (at least ${min} suggested)` },
      {
        'zh-CN': `再写 ${min - filled} 条${label['zh-CN']}：每条一个具体好处，带数字更好。`,
        en: `Write ${min - filled} more ${label.en}: one concrete benefit each, with numbers where you can.`,
      },
    ),
  ];
}

/** Differences beyond this factor from the reference price look like a typo (9.9 vs 99) or a bait price. */
const PRICE_RATIO_LIMIT = 5;

/** Price present, positive and within a factor of the reference price. */
export function priceChecks(price: number | null | undefined, referencePrice?: number | null): CompletenessCheck[] {
  if (price === undefined) return [];
  const present = price !== null && Number.isFinite(price);
  const checks = [
    check(
      'price-present',
      present && price > 0,
      'block',
      present
        ? { 'zh-CN': `价格 ${price}`, en: `Price ${price}` }
        : { 'zh-CN': '价格未填写或无法读取', en: 'Price is empty or unreadable' },
      { 'zh-CN': '填写大于 0 的售价。', en: 'Enter a selling price above 0.' },
    ),
  ];
  if (present && price > 0 && referencePrice && referencePrice > 0) {
    const ratio = price / referencePrice;
    const sane = ratio <= PRICE_RATIO_LIMIT && ratio >= 1 / PRICE_RATIO_LIMIT;
    checks.push(
      check(
        'price-sane',
        sane,
        'warn',
        {
          'zh-CN': `价格 ${price} 与参考价 ${referencePrice} 相差 ${ratio >= 1 ? ratio.toFixed(1) : (1 / ratio).toFixed(1)} 倍`,
          en: `Price ${price} is ${ratio >= 1 ? ratio.toFixed(1) : (1 / ratio).toFixed(1)}× off the reference ${referencePrice}`,
        },
        {
          'zh-CN': '核对小数点和单位（元/分），确认不是误填的引流价。',
          en: 'Check the decimal point and currency unit; make sure it is not a typo or a bait price.',
        },
      ),
    );
  }
  return checks;
}
