// zod/mini: this module runs in the content script (see lib/settings-schemas.ts).
import * as z from 'zod/mini';
import type { PlatformId } from '../sites/types';
import { looksLikePattern } from './pattern';
import type { CompliancePattern, ComplianceTerm, RulePack } from './types';

/**
 * A store's compliance choices, one `settings` row per store under `compliance:<storeId>`: packs the
 * seller switched on or off (the rest follow the platform's default), their own terms, their allow-list.
 */
const localized = z.object({ 'zh-CN': z.string(), en: z.string() });
export const customTermSchema = z.object({
  term: z.string().check(z.minLength(1), z.maxLength(50)),
  severity: z.enum(['block', 'warn', 'info']),
  category: z.string().check(z.minLength(1), z.maxLength(40)),
  why: localized,
  source: z.string().check(z.maxLength(300)),
  suggestions: z.array(z.string().check(z.maxLength(50))).check(z.maxLength(10)),
});

export const storeComplianceSchema = z.object({
  packs: z.record(z.string(), z.boolean()),
  custom: z.array(customTermSchema),
  allow: z.array(z.string().check(z.minLength(1), z.maxLength(50))),
});
export type StoreCompliance = z.infer<typeof storeComplianceSchema>;

export const EMPTY_STORE_COMPLIANCE: StoreCompliance = { packs: {}, custom: [], allow: [] };

export const complianceKey = (storeId: string): string => `compliance:${storeId}`;

/** A stored row, or the empty choice when there is none or it was written by an older shape. */
export function readStoreCompliance(value: unknown): StoreCompliance {
  const parsed = storeComplianceSchema.safeParse(value);
  return parsed.success ? parsed.data : EMPTY_STORE_COMPLIANCE;
}

/**
 * A pack is on by itself on the platforms it names (PRC law on the Chinese marketplaces, US law on Amazon and
 * Shopify, a marketplace's own rules on that marketplace: policy §3). On a site the seller added, whose
 * governing law we cannot know, the packs of law are on and no marketplace's own rules.
 */
export function packOnByDefault(pack: Pick<RulePack, 'platforms' | 'law'>, platform: PlatformId): boolean {
  if (pack.platforms === 'all' || pack.platforms.includes(platform)) return true;
  return platform.startsWith('custom:') && pack.law !== undefined;
}

export function packEnabled(pack: Pick<RulePack, 'id' | 'platforms' | 'law'>, platform: PlatformId, choice: StoreCompliance): boolean {
  return choice.packs[pack.id] ?? packOnByDefault(pack, platform);
}

/** The user's custom terms as pack terms (their category checked against the engine's list on import); patterns apart. */
export function customTerms(choice: StoreCompliance): ComplianceTerm[] {
  return choice.custom.filter((t) => !looksLikePattern(t.term)).map((t) => ({ ...t, category: t.category as ComplianceTerm['category'] }));
}

/** The user's custom patterns (checked on import), each with the template as its id. */
export function customPatterns(choice: StoreCompliance): CompliancePattern[] {
  return choice.custom
    .filter((t) => looksLikePattern(t.term))
    .map(({ term, ...rest }) => ({ ...rest, id: `custom:${term}`, pattern: term, category: rest.category as ComplianceTerm['category'] }));
}
