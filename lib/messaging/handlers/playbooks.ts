import type { SidekickDb } from '../../db/schema';

/** Background handlers of the playbooks feature's messages. */
export function playbookHandlers(_db: SidekickDb) {
  return {};
}
