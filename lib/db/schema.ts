import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type { TaskState } from '../playbooks/model';
import type { Role } from '../playbooks/scenarios-roles-checks';
import { pagePath } from '../page-path';
import type { AlertRow, ProductRow, SnapshotRow, StoreDayRow, StoreRow } from './types';

export const DB_NAME = 'seller-sidekick';

/** A custom playbook template, stored as the validated JSON of lib/playbooks' Template. */
export interface PlaybookRow {
  id: string;
  version: number;
  template: unknown;
  updatedAt: number;
}

export interface RunRow {
  id: string;
  templateId: string;
  templateVersion: number;
  name: string;
  storeId?: string;
  productId?: string;
  platform?: string;
  dates: Record<string, string>;
  targets: Record<string, number>;
  createdAt: number;
  archived: boolean;
  /** Set when deleted with undo: rows with this set are hidden and purged after the undo window. */
  deletedAt?: number;
  /** Shared with the seller's team: the run's ticks, notes and links sync through the team's server. */
  shared?: SharedRunMark;
}

export interface SharedRunMark {
  teamId: string;
  sharedAt: number;
  /** Display name and role of the member who shared it. */
  sharedBy: { name: string; role: Role };
  /** Everyone who has opened the run, as its shared document lists them (for owners by name). */
  members?: TeamMemberRow[];
}

export interface TeamMemberRow {
  memberId: string;
  name: string;
  role: Role;
}

export interface TaskStateRow {
  runId: string;
  taskId: string;
  status: TaskState['status'];
  reason?: string;
  note?: string;
  link?: string;
  updatedAt: number;
  by?: TaskState['by'];
  teamNotes?: TaskState['teamNotes'];
  owner?: TaskState['owner'];
}

/** One Yjs update of a shared document (a run or the team's index), kept so offline edits survive a worker stop. */
export interface TeamUpdateRow {
  id?: number;
  /** The document's name on the sync server, e.g. `<teamId>/run/<runId>`. */
  doc: string;
  update: Uint8Array;
}

export interface SettingRow {
  key: string;
  value: unknown;
}

export type SidekickDb = Dexie & {
  playbooks: EntityTable<PlaybookRow, 'id'>;
  runs: EntityTable<RunRow, 'id'>;
  taskStates: Dexie.Table<TaskStateRow, [string, string]>;
  stores: EntityTable<StoreRow, 'id'>;
  products: Dexie.Table<ProductRow, [string, string]>;
  snapshots: EntityTable<SnapshotRow, 'id'>;
  alerts: EntityTable<AlertRow, 'id'>;
  settings: EntityTable<SettingRow, 'key'>;
  teamUpdates: EntityTable<TeamUpdateRow, 'id'>;
  storeDays: Dexie.Table<StoreDayRow, [string, string, string]>;
};

/**
 * Schema versions in order. Each later version keeps every earlier one and adds an `upgrade`;
 * tests/unit/db/migrations.test.ts opens each older version with data and checks the upgrade.
 */
export const SCHEMA_VERSIONS: { version: number; stores: Record<string, string>; upgrade?: (tx: Transaction) => Promise<void> }[] = [
  {
    version: 1,
    stores: {
      playbooks: 'id',
      runs: 'id, templateId, storeId, archived, createdAt',
      taskStates: '[runId+taskId], runId, updatedAt',
      stores: 'id, platform',
      products: '[platform+productId], platform, storeId',
      snapshots: '++id, &[platform+productId+period], [platform+productId], period, storeId',
      alerts: '++id, [platform+productId+ruleId], runId, status, ruleId, storeId',
      settings: 'key',
    },
  },
  {
    // Team sync: the Yjs updates of shared documents, by document name. A new table only: no row changes.
    version: 2,
    stores: { teamUpdates: '++id, doc' },
  },
  {
    // Snapshots keep the page path only: a query or hash in the address carries session tokens and ids.
    version: 3,
    stores: {},
    upgrade: async (tx) => {
      await tx
        .table('snapshots')
        .toCollection()
        .modify((row: { source?: unknown }) => {
          if (typeof row.source === 'string') row.source = pagePath(row.source);
        });
    },
  },
  {
    // A store's own day from its overview page's KPI cards (store UV deduplicated, not summed over products).
    // A new table only: no row of an earlier version changes, so there is nothing to upgrade.
    version: 4,
    stores: { storeDays: '[platform+storeId+period], period, storeId' },
  },
];

export function openDatabase(name = DB_NAME, upTo = SCHEMA_VERSIONS.length): SidekickDb {
  const db = new Dexie(name) as SidekickDb;
  for (const v of SCHEMA_VERSIONS.slice(0, upTo)) {
    const declared = db.version(v.version).stores(v.stores);
    if (v.upgrade) declared.upgrade(v.upgrade);
  }
  return db;
}

export { SYNC_TABLE_NAMES, TABLE_NAMES, type TableName } from './tables';
