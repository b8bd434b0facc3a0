import { compilePacks, type CompiledMatcher } from './matcher';
import { BUILT_IN_PACKS } from './packs/index';
import { PatternError } from './pattern';
import { customPatterns, customTerms, packEnabled, type StoreCompliance } from './shop-choices';
import type { PlatformId } from '../sites/types';

/** The matcher for one store's choices: its enabled packs, its own terms and its allow-list. */
export function compileForStore(platform: PlatformId, choice: StoreCompliance): CompiledMatcher {
  const packs = BUILT_IN_PACKS.filter((pack) => packEnabled(pack, platform, choice));
  const options = { custom: customTerms(choice), customPatterns: customPatterns(choice), allow: choice.allow };
  try {
    return compilePacks(packs, options);
  } catch (error) {
    // A stored pattern that no longer compiles (checked on import, so only after an engine change) must not
    // cost the seller every other check: compile without the seller's patterns.
    if (!(error instanceof PatternError)) throw error;
    return compilePacks(packs, { ...options, customPatterns: [] });
  }
}
