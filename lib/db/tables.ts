/** Table names of the `seller-sidekick` database, importable without Dexie (content scripts have no db). */
export const TABLE_NAMES = ['playbooks', 'runs', 'taskStates', 'stores', 'products', 'snapshots', 'alerts', 'settings'] as const;
export type TableName = (typeof TABLE_NAMES)[number];
