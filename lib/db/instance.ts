import { openDatabase, type SidekickDb } from './schema';

let instance: SidekickDb | null = null;

/** The extension pages' (popup, options) handle on the database: same origin as the background. */
export function extensionDb(): SidekickDb {
  instance ??= openDatabase();
  return instance;
}
