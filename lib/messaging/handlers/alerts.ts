import type { SidekickDb } from '../../db/schema';

/** Background handlers of the alerts feature's messages. */
export function alertHandlers(_db: SidekickDb) {
  return {};
}
