import type { ComplianceTerm, RulePack } from '../../../lib/compliance/types';

/** A rule with placeholder reasons: tests only care about the term and its options. */
export function rule(term: string, extra: Partial<ComplianceTerm> = {}): ComplianceTerm {
  return {
    term,
    severity: 'block',
    category: 'absolute',
    why: { 'zh-CN': `${term} 违规`, en: `${term} breaks the rules` },
    source: '《广告法》第九条',
    suggestions: [],
    ...extra,
  };
}

export function pack(id: string, terms: ComplianceTerm[], lang: 'zh' | 'en' = 'zh'): RulePack {
  return { id, name: { 'zh-CN': id, en: id }, description: { 'zh-CN': '', en: '' }, lang, platforms: 'all', terms };
}

/** A small zh pack and a small en pack standing in for the real ones. */
export const zhPack = pack('test-zh', [
  rule('最'),
  rule('最好', { suggestions: ['很好'] }),
  rule('最佳', { allowedContexts: ['最佳赏味期'] }),
  rule('最低价'),
  rule('全网最低价'),
  rule('第一', { allowedContexts: ['第一次', '第一步'] }),
  rule('国家级'),
  rule('治愈', { category: 'medical' }),
  rule('祛斑', { severity: 'warn', category: 'cosmetic-efficacy' }),
  rule('唯一', { severity: 'warn', category: 'proof-needed' }),
  rule('100%纯天然'),
]);

export const enPack = pack(
  'test-en',
  [
    rule('cure', { category: 'medical' }),
    rule('treat', { category: 'medical' }),
    rule('best seller', { severity: 'warn', category: 'promotional' }),
    rule('#1', { severity: 'warn', category: 'promotional' }),
    rule('FDA approved', { category: 'medical' }),
    rule('kills 99.9% of germs', { category: 'pesticide' }),
  ],
  'en',
);
