import * as Y from 'yjs';
import type { SidekickDb } from '../db/schema';

/** Past this many stored updates a document's log is merged into one on load. */
const COMPACT_AFTER = 64;

/** Local copy of a shared document: every update (ours and the team's) is appended to `teamUpdates`. */
export async function loadDocUpdates(db: SidekickDb, docName: string): Promise<Uint8Array | null> {
  return db.transaction('rw', db.teamUpdates, async () => {
    const rows = await db.teamUpdates.where('doc').equals(docName).toArray();
    if (rows.length === 0) return null;
    const merged = Y.mergeUpdates(rows.map((row) => row.update));
    if (rows.length > COMPACT_AFTER) {
      await db.teamUpdates.bulkDelete(rows.map((row) => row.id!));
      await db.teamUpdates.add({ doc: docName, update: merged });
    }
    return merged;
  });
}

export async function appendDocUpdate(db: SidekickDb, docName: string, update: Uint8Array): Promise<void> {
  await db.teamUpdates.add({ doc: docName, update });
}

export async function dropDocUpdates(db: SidekickDb, docNamePrefix: string): Promise<void> {
  await db.teamUpdates.where('doc').startsWith(docNamePrefix).delete();
}

/**
 * Keeps a Y.Doc in IndexedDB: loads what was stored, then appends every later update, one write at a
 * time and in order. `flushed()` resolves once everything so far is stored, so a seller's tick can be
 * acknowledged only when a worker stop can no longer lose it.
 */
export class PersistedDoc {
  private queue: Promise<void> = Promise.resolve();
  private readonly onUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin === this) return;
    this.queue = this.queue.then(() => appendDocUpdate(this.db, this.name, update)).catch((error: unknown) => console.warn('[Seller Sidekick] team update not stored', error));
  };
  readonly loaded: Promise<void>;

  constructor(
    private readonly db: SidekickDb,
    readonly name: string,
    readonly doc: Y.Doc,
  ) {
    this.loaded = loadDocUpdates(db, name).then((stored) => {
      if (stored) Y.applyUpdate(doc, stored, this);
    });
    doc.on('update', this.onUpdate);
  }

  flushed(): Promise<void> {
    return this.queue;
  }

  destroy(): void {
    this.doc.off('update', this.onUpdate);
  }
}
