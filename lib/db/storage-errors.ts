/**
 * The browser refused a write for lack of space. Dexie wraps IndexedDB's DOMException in its own
 * error (same name, the original as `inner`), so both are looked at.
 */
export function isStorageFull(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    const name = (current as { name?: unknown }).name;
    if (name === 'QuotaExceededError' || (current as { code?: unknown }).code === 22) return true;
    current = (current as { inner?: unknown }).inner;
  }
  return false;
}

export type Persistence = 'granted' | 'denied' | 'unsupported';

/**
 * Asks the browser to keep our IndexedDB under disk pressure (it may clear "best-effort" storage
 * without asking). Only a window may ask (`StorageManager.persist` isn't exposed to workers), so the
 * options page and popup do, each time they open; the answer is remembered by the browser.
 */
export async function requestPersistentStorage(storage: Pick<StorageManager, 'persist' | 'persisted'> | undefined = globalThis.navigator?.storage): Promise<Persistence> {
  if (!storage?.persist) return 'unsupported';
  try {
    return (await storage.persisted()) || (await storage.persist()) ? 'granted' : 'denied';
  } catch {
    return 'unsupported';
  }
}
