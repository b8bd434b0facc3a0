import { parseAllowList, parseCustomTerms, type ParseResult } from '../compliance/custom-list';
import { updateStoreCompliance } from '../db/compliance-repo';
import type { SidekickDb } from '../db/schema';

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
