import type Dexie from 'dexie';
import { openDatabase } from '../../../lib/db/schema';

/**
 * The migration pattern every schema change reuses: open the database at an older version, write rows
 * in that version's shape, close, open at the latest version, and check the rows came through.
 */
export async function upgradeFrom(version: number, seed: (db: Dexie) => Promise<void>) {
  const name = `migration-${version}-${Math.random().toString(36).slice(2)}`;
  const old = openDatabase(name, version);
  await old.open();
  await seed(old);
  old.close();
  const latest = openDatabase(name);
  await latest.open();
  return latest;
}
