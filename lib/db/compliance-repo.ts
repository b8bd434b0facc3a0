import { parseAllowList, parseCustomTerms, type ParseResult } from '../compliance/custom-list';
import { complianceKey, readStoreCompliance, type StoreCompliance } from '../compliance/shop-choices';
import type { SidekickDb } from './schema';

/** A store's compliance choices (packs switched, own terms, allow-list); the empty choice when none. */
export async function getStoreCompliance(db: SidekickDb, storeId: string): Promise<StoreCompliance> {
  const row = await db.settings.get(complianceKey(storeId));
  return readStoreCompliance(row?.value);
}

/** Read-modify-write of one store's row in one transaction, so two tabs' edits do not undo each other. */
export async function updateStoreCompliance(db: SidekickDb, storeId: string, change: (current: StoreCompliance) => StoreCompliance): Promise<StoreCompliance> {
  return db.transaction('rw', db.settings, async () => {
    const next = change(await getStoreCompliance(db, storeId));
    await db.settings.put({ key: complianceKey(storeId), value: next });
    return next;
  });
}

/** `enabled: null` goes back to the platform's default for that pack. */
export function setPackEnabled(db: SidekickDb, storeId: string, packId: string, enabled: boolean | null) {
  return updateStoreCompliance(db, storeId, (current) => {
    const packs = { ...current.packs };
    if (enabled === null) delete packs[packId];
    else packs[packId] = enabled;
    return { ...current, packs };
  });
}

export function addAllowed(db: SidekickDb, storeId: string, text: string) {
  return updateStoreCompliance(db, storeId, (current) => (current.allow.includes(text) ? current : { ...current, allow: [...current.allow, text] }));
}

export function removeAllowed(db: SidekickDb, storeId: string, text: string) {
  return updateStoreCompliance(db, storeId, (current) => ({ ...current, allow: current.allow.filter((a) => a !== text) }));
}

export function removeCustomTerm(db: SidekickDb, storeId: string, term: string) {
  return updateStoreCompliance(db, storeId, (current) => ({ ...current, custom: current.custom.filter((t) => t.term !== term) }));
}

export type ImportOutcome = { ok: true; added: number; total: number } | Extract<ParseResult<unknown>, { ok: false }>;

/**
 * Imports a CSV/TXT word list or allow-list into a store: parsed whole first, so a bad line (named in
 * the result) leaves the store exactly as it was; a term already there is replaced by the file's.
 */
export async function importStoreList(db: SidekickDb, storeId: string, kind: 'custom' | 'allow', text: string, format: 'csv' | 'txt' | 'auto'): Promise<ImportOutcome> {
  if (kind === 'allow') {
    const parsed = parseAllowList(text, format);
    if (!parsed.ok) return parsed;
    let added = 0;
    const next = await updateStoreCompliance(db, storeId, (current) => {
      const known = new Set(current.allow);
      const fresh = parsed.value.filter((entry) => !known.has(entry));
      added = fresh.length;
      return { ...current, allow: [...current.allow, ...fresh] };
    });
    return { ok: true, added, total: next.allow.length };
  }
  const parsed = parseCustomTerms(text, format);
  if (!parsed.ok) return parsed;
  let added = 0;
  const next = await updateStoreCompliance(db, storeId, (current) => {
    const incoming = new Set(parsed.value.map((t) => t.term));
    const known = new Set(current.custom.map((c) => c.term));
    added = parsed.value.filter((t) => !known.has(t.term)).length;
    return { ...current, custom: [...current.custom.filter((c) => !incoming.has(c.term)), ...parsed.value] };
  });
  return { ok: true, added, total: next.custom.length };
}
