/**
 * The compliance engine: normalise, compile packs once, scan fields, score completeness, import user
 * lists. Content-script safe (no DOM, no exceljs); the bulk check lives in `./bulk` for the options page.
 */
export { normalise, normaliseTerm, foldCode, type NormalisedText, type FoldOptions } from './normalise';
export {
  compilePacks,
  loadCompiled,
  CompiledMatcher,
  type CompileOptions,
  type CompiledMatcherData,
  type CompiledRule,
  type Finding,
} from './matcher';
export {
  scoreListing,
  weightedLength,
  charLength,
  type CompletenessCheck,
  type CompletenessResult,
  type ListingDraft,
} from './completeness';
export { parseCustomTerms, parseAllowList, type ParseResult } from './custom-list';
export type { ComplianceTerm, RulePack, Severity, ComplianceCategory } from './types';
