import { compilePacks, type CompiledMatcher } from './matcher';
import { BUILT_IN_PACKS } from './packs/index';
import { customTerms, packEnabled, type StoreCompliance } from './store-settings';
import type { PlatformId } from '../sites/types';

/** The matcher for one store's choices: its enabled packs, its own terms and its allow-list. */
export function compileForStore(platform: PlatformId, choice: StoreCompliance): CompiledMatcher {
  const packs = BUILT_IN_PACKS.filter((pack) => packEnabled(pack, platform, choice));
  return compilePacks(packs, { custom: customTerms(choice), allow: choice.allow });
}
