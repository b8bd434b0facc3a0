import { compileForStore } from '../../compliance/for-store';
import { BUILT_IN_PACKS } from '../../compliance/packs/index';
import { packEnabled, packOnByDefault } from '../../compliance/shop-choices';
import { encodeMatcher, type MatcherWire } from '../../compliance/wire';
import { addAllowed, getStoreCompliance, removeAllowed, removeCustomTerm, setPackEnabled } from '../../db/compliance-repo';
import { importStoreList } from '../../workflows/word-lists';
import type { SidekickDb } from '../../db/schema';
import { getSetting } from '../../db/settings-repo';
import type { complianceMessages } from '../compliance';
import type { Handlers } from '../router';

type ComplianceHandlers = Pick<Handlers, keyof typeof complianceMessages>;

/**
 * Background handlers of the compliance feature's messages. The compiled matchers are kept in memory
 * as a cache only: keyed by what they were compiled from, rebuilt on a miss (e.g. after a worker stop).
 */
export function complianceHandlers(db: SidekickDb): ComplianceHandlers {
  const compiled = new Map<string, MatcherWire>();
  const MAX_CACHED = 8;

  return {
    'compliance/matcher': async ({ platform, storeId, browserLang }) => {
      const [choice, uiLanguage] = await Promise.all([getStoreCompliance(db, storeId), getSetting(db, 'uiLanguage')]);
      const signature = JSON.stringify([platform, choice]);
      let matcher = compiled.get(signature);
      if (!matcher) {
        matcher = encodeMatcher(compileForStore(platform, choice).serialize());
        if (compiled.size >= MAX_CACHED) compiled.delete(compiled.keys().next().value!);
        compiled.set(signature, matcher);
      }
      return { matcher, lang: uiLanguage === 'auto' ? browserLang : uiLanguage, signature };
    },
    'compliance/store': async ({ platform, storeId }) => {
      const choice = await getStoreCompliance(db, storeId);
      return {
        ...choice,
        packList: BUILT_IN_PACKS.map((pack) => ({
          id: pack.id,
          name: pack.name,
          description: pack.description,
          lang: pack.lang,
          terms: pack.terms.length,
          enabled: packEnabled(pack, platform, choice),
          byDefault: packOnByDefault(pack, platform),
        })),
      };
    },
    'compliance/pack/set': ({ storeId, packId, enabled }) => setPackEnabled(db, storeId, packId, enabled),
    'compliance/allow/add': ({ storeId, text }) => addAllowed(db, storeId, text.trim()),
    'compliance/allow/remove': ({ storeId, text }) => removeAllowed(db, storeId, text),
    'compliance/custom/remove': ({ storeId, term }) => removeCustomTerm(db, storeId, term),
    'compliance/import': ({ storeId, kind, text, format }) => importStoreList(db, storeId, kind, text, format),
  };
}
