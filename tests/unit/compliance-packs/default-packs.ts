import { compileForStore } from '../../../lib/compliance/for-store';
import { EMPTY_STORE_COMPLIANCE } from '../../../lib/compliance/shop-choices';
import type { PlatformId } from '../../../lib/sites/types';

// The packs a store gets by default on a platform, compiled once per platform per test file (compiling is the
// slow part), as the sidebar keeps one matcher per store.
const compiled = new Map<PlatformId, ReturnType<typeof compileForStore>>();

export function defaultMatcher(platform: PlatformId): ReturnType<typeof compileForStore> {
  let matcher = compiled.get(platform);
  if (!matcher) compiled.set(platform, (matcher = compileForStore(platform, EMPTY_STORE_COMPLIANCE)));
  return matcher;
}

/** The default packs' findings on `text`, each with the text it covers. */
export const findingsOn = (platform: PlatformId, text: string) =>
  defaultMatcher(platform)
    .scan(text)
    .map((finding) => ({ ...finding, covered: text.slice(finding.start, finding.end) }));
