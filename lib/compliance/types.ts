import type { LocalizedText, PlatformId } from '../sites/types';

export type Severity = 'block' | 'warn' | 'info';

export type ComplianceCategory =
  | 'absolute' // 极限词 / superlatives
  | 'medical' // 医疗、功效宣称
  | 'cosmetic-efficacy' // 特殊用途化妆品功效 needing registration
  | 'food-health' // 食品/保健食品宣称
  | 'false-promise' // 虚假承诺、诱导、紧迫
  | 'authority' // 国家级、领导人、机关名义
  | 'trademark' // 驰名商标
  | 'proof-needed' // 首家、独家、唯一: needs proof
  | 'platform' // marketplace's own restrictions
  | 'contact' // contact details, URLs, off-platform
  | 'promotional' // promotional phrases in listing text (Amazon)
  | 'pesticide' // antimicrobial / pesticide claims (EPA/FIFRA)
  | 'title-format' // title rules (banned characters, repeats)
  | 'custom'; // user's own list

/**
 * One rule of a pack. `term` is written as the seller would see it; the engine normalises it the
 * same way it normalises field text, so `全网最低价` also catches `全 网 最*低价`.
 */
export interface ComplianceTerm {
  term: string;
  severity: Severity;
  category: ComplianceCategory;
  why: LocalizedText;
  /** Law article or platform rule, e.g. 《广告法》第九条第三项. */
  source: string;
  suggestions: string[];
  /**
   * Texts around the term that make it allowed: each must contain the term itself, e.g. 第一次 for 第一,
   * 最佳赏味期 for 最佳. Matched on the normalised text covering the finding.
   */
  allowedContexts?: string[];
  /**
   * Words right before / right after the term that make it allowed (第一 + 次/批/个工作日, 最 + 小起订量):
   * shorthand for the allowed contexts `before + term` and `term + after`.
   */
  allowedBefore?: string[];
  allowedAfter?: string[];
  /** English: match whole words only (default true for ASCII-letter terms). */
  wholeWord?: boolean;
}

/**
 * A claim that is a shape rather than a word (治疗 + a disease, 3天瘦8斤, kills 99% of germs, a phone
 * number): a template (see pattern.ts) with the same reporting fields as a term. Its finding covers the
 * whole claim, so the words inside it (鼻炎) get no mark of their own.
 */
export interface CompliancePattern extends Omit<ComplianceTerm, 'term' | 'wholeWord' | 'allowedBefore' | 'allowedAfter'> {
  /** Stable id, reported with the finding, e.g. `zh-treatment-claim`. */
  id: string;
  pattern: string;
}

export interface RulePack {
  id: string;
  name: LocalizedText;
  description: LocalizedText;
  /** Main language of the terms. */
  lang: 'zh' | 'en';
  /** Platforms on which the pack turns on by itself; 'all' = every platform. */
  platforms: PlatformId[] | 'all';
  /**
   * The country's law the pack writes down, when it is law rather than a marketplace's own rules. Such a pack
   * also turns on by itself on a site the seller added (`custom:`), where we cannot tell which law governs.
   */
  law?: 'prc' | 'us';
  terms: ComplianceTerm[];
  patterns?: CompliancePattern[];
  /** Named word lists the pack's patterns use as `{@name}`. */
  lists?: Record<string, string[]>;
}
