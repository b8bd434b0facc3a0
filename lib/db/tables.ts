/** Table names of the `seller-sidekick` database, importable without Dexie (content scripts have no db). */
export const TABLE_NAMES = ['playbooks', 'runs', 'taskStates', 'stores', 'products', 'snapshots', 'alerts', 'settings', 'storeDays'] as const;
export type TableName = (typeof TABLE_NAMES)[number];
/** Tables of team sync's own bookkeeping: not part of backups or of the pages' live updates. */
export const SYNC_TABLE_NAMES = ['teamUpdates'] as const;
