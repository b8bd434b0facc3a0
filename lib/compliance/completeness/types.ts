import type { LocalizedText } from '../../sites/types';
import type { Severity } from '../types';

/** What a listing editor shows, as far as the page lets us read it; anything absent is not scored. */
export interface ListingDraft {
  title?: string;
  sellingPoints?: string;
  bullets?: string[];
  description?: string;
  /** null = the price field is there but empty or unreadable. */
  price?: number | null;
  /** A price to compare against (the product's usual price, the category's median). */
  referencePrice?: number | null;
  imageCount?: number;
  attributes?: { filled: number; required: number };
}

export interface CompletenessCheck {
  id: string;
  pass: boolean;
  severity: Severity;
  /** What was found, in the seller's words. */
  message: LocalizedText;
  /** What to do about it (empty strings when the check passes). */
  fix: LocalizedText;
}

export interface CompletenessResult {
  /** 0..100: the share of applicable checks passed, block checks weighing most. */
  score: number;
  checks: CompletenessCheck[];
}

/** One platform's rules: the checks that apply to this draft (a missing field is skipped, not failed). */
export type PlatformRules = (listing: ListingDraft) => CompletenessCheck[];
