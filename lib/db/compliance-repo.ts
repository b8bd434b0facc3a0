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
