import type { SidekickDb } from '../../db/schema';

/** Background handlers of the compliance feature's messages. */
export function complianceHandlers(_db: SidekickDb) {
  return {};
}
