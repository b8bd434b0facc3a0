import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { DELETED_RUN_RETENTION_MS, pinnedTemplate } from '../db/playbooks-repo';
import type { SidekickDb } from '../db/schema';
import type { TaskPatch } from '../messaging/playbooks';
import type { TaskOwner, TaskState } from '../playbooks/model';
import { findBuiltInTemplate } from '../playbooks/templates';
import { serialized } from '../serialized';
import { indexDocName, runDocName, type TeamConfig } from './config';
import { PersistedDoc } from './doc-store';
import { publishRun, sharedRuns, summaryOfRun } from './index-doc';
import { adoptSharedRun, writeProjection, writeRunProjection } from './local-runs';
import { applyPatchToDoc, projectTaskStates, seedFromLocal, setTaskOwner, type MemberRef } from './run-doc';
import { editRunInDoc, projectMembers, projectRunFields, registerMember, seedRunFields, type RunEdit } from './run-fields';

/** `connecting` until the server accepted the invite code; `offline` while it can't be reached (retrying); `refused`: the code was rejected, no retry. */
export type TeamConnection = 'connecting' | 'connected' | 'offline' | 'refused';

export interface TeamSyncOptions {
  /** A WebSocket class where the runtime has none (Node in tests). */
  WebSocketPolyfill?: unknown;
  now?: () => number;
  onConnection?: (state: TeamConnection) => void;
}

interface SyncedDoc {
  persisted: PersistedDoc;
  provider: HocuspocusProvider;
}

/**
 * One team's sync in the background: a single WebSocket to the team's server carrying the team's index
 * document and one document per shared run. Each document is loaded from IndexedDB before it goes on
 * the wire, so edits made offline (or before a worker stop) are in the first sync step and merge.
 * Every change of a run document, ours or the team's, is written into Dexie for the UI: the tasks into
 * `taskStates`, the run's name, key dates, targets, archived and deleted flags and its members into `runs`.
 */
export class TeamSync {
  private socket: HocuspocusProviderWebsocket | null = null;
  private index: Promise<SyncedDoc> | null = null;
  private readonly runs = new Map<string, Promise<SyncedDoc>>();
  private readonly projectors = new Map<string, () => Promise<void>>();
  private adoptIndex: (() => Promise<void>) | null = null;
  private stopped = false;
  connection: TeamConnection = 'connecting';
  readonly me: MemberRef;

  constructor(
    private readonly db: SidekickDb,
    readonly config: TeamConfig,
    private readonly options: TeamSyncOptions = {},
  ) {
    this.me = { memberId: config.memberId, name: config.name, role: config.role };
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  private setConnection(state: TeamConnection): void {
    if (this.connection === 'refused' || this.connection === state) return;
    this.connection = state;
    this.options.onConnection?.(state);
  }

  /** Opens the socket and the index, then every shared run this browser knows of (also offline). */
  async start(): Promise<void> {
    this.socket = new HocuspocusProviderWebsocket({
      url: this.config.server,
      ...(this.options.WebSocketPolyfill ? { WebSocketPolyfill: this.options.WebSocketPolyfill } : {}),
      // Back on line within seconds of the server or the network coming back, without hammering it.
      delay: 250,
      factor: 2,
      maxDelay: 3_000,
      minDelay: 250,
      maxAttempts: 0,
    });
    this.socket.on('status', ({ status }: { status: string }) => {
      if (status === 'disconnected') this.setConnection('offline');
    });
    this.adoptIndex = serialized(
      () => this.adoptRuns(),
      (error) => console.warn('[Seller Sidekick] team index', error),
    );
    this.index = this.open(indexDocName(this.config.teamId), true);
    const index = await this.index;
    index.persisted.doc.on('update', () => void this.adoptIndex?.());
    await this.adoptIndex();
    const known = await this.db.runs.filter((run) => run.shared?.teamId === this.config.teamId).primaryKeys();
    await Promise.all(known.map((runId) => this.runDoc(runId)));
  }

  private async open(name: string, withAwareness: boolean): Promise<SyncedDoc> {
    const doc = new Y.Doc();
    const persisted = new PersistedDoc(this.db, name, doc);
    await persisted.loaded;
    const provider = new HocuspocusProvider({
      websocketProvider: this.socket!,
      name,
      document: doc,
      token: this.config.inviteCode,
      // Awareness on the index only: its 15-second renewal is the traffic that keeps the socket (and, in
      // Chrome 116+, the MV3 service worker holding it) alive; run documents don't need presence.
      ...(withAwareness ? {} : { awareness: null }),
      onAuthenticated: () => this.setConnection('connected'),
      onAuthenticationFailed: () => {
        this.setConnection('refused');
        this.connection = 'refused';
        this.socket?.disconnect();
        this.socket?.destroy();
      },
    });
    provider.attach();
    if (withAwareness) provider.setAwarenessField('member', { name: this.me.name, role: this.me.role });
    return { persisted, provider };
  }

  /**
   * Every run in the team's index becomes a local run, once its own document (as stored here) has been
   * read: a run deleted longer ago than the undo window is not brought back after this browser purged it.
   */
  private async adoptRuns(): Promise<void> {
    const index = await this.index!;
    for (const summary of sharedRuns(index.persisted.doc)) {
      const synced = await this.runDoc(summary.id);
      const { deletedAt } = projectRunFields(synced.persisted.doc);
      if (typeof deletedAt === 'number' && this.now() - deletedAt >= DELETED_RUN_RETENTION_MS && !(await this.db.runs.get(summary.id))) continue;
      if ((await adoptSharedRun(this.db, this.config.teamId, summary)) === 'added') await this.projectors.get(summary.id)?.();
    }
  }

  /** The run's document, opened (and loaded, and projected into Dexie on every change) on first use. */
  private runDoc(runId: string): Promise<SyncedDoc> {
    let opened = this.runs.get(runId);
    if (!opened) {
      opened = this.open(runDocName(this.config.teamId, runId), false).then((synced) => {
        const doc = synced.persisted.doc;
        registerMember(doc, this.me, this.now());
        const project = serialized(
          async () => {
            await writeRunProjection(this.db, runId, this.config.teamId, projectRunFields(doc), projectMembers(doc));
            await writeProjection(this.db, runId, projectTaskStates(doc, runId, this.me.memberId));
          },
          (error) => console.warn('[Seller Sidekick] shared run not written locally', error),
        );
        this.projectors.set(runId, project);
        synced.persisted.doc.on('update', () => void project());
        void project();
        return synced;
      });
      this.runs.set(runId, opened);
    }
    return opened;
  }

  private async projected(runId: string): Promise<void> {
    await this.runDoc(runId);
    await this.projectors.get(runId)?.();
  }

  /** A seller's tick, skip, note or link on a shared run: into the document, stored, then into Dexie. */
  async applyPatch(patch: TaskPatch): Promise<TaskState> {
    const synced = await this.runDoc(patch.runId);
    applyPatchToDoc(synced.persisted.doc, patch, this.me);
    await synced.persisted.flushed();
    await this.projected(patch.runId);
    const state = projectTaskStates(synced.persisted.doc, patch.runId, this.me.memberId).find((s) => s.taskId === patch.taskId);
    if (!state) throw new Error(`task "${patch.taskId}" has no state after the change`);
    return state;
  }

  /** A seller renamed the run, moved or cleared a key date, changed a target, archived, deleted or restored it. */
  async editRun(runId: string, edit: RunEdit, clickAt: number): Promise<void> {
    const synced = await this.runDoc(runId);
    editRunInDoc(synced.persisted.doc, edit, clickAt, this.me);
    await synced.persisted.flushed();
    await this.projected(runId);
  }

  async setOwner(runId: string, taskId: string, owner: TaskOwner | null, clickAt: number): Promise<void> {
    const synced = await this.runDoc(runId);
    setTaskOwner(synced.persisted.doc, taskId, owner, clickAt, this.me);
    await synced.persisted.flushed();
    await this.projected(runId);
  }

  /** Shares a local run: what was done so far goes in as this member's entries, then the team's index lists it. */
  async shareRun(runId: string): Promise<void> {
    const run = await this.db.runs.get(runId);
    if (!run || run.deletedAt !== undefined) throw new Error(`no run "${runId}"`);
    if (run.shared?.teamId === this.config.teamId) return;
    const custom = findBuiltInTemplate(run.templateId) ? undefined : await pinnedTemplate(this.db, run.templateId, run.templateVersion);
    if (!findBuiltInTemplate(run.templateId) && !custom) throw new Error(`template ${run.templateId}@${run.templateVersion} of run "${run.name}" is missing`);
    const sharedAt = this.now();
    const sharedBy = { name: this.me.name, role: this.me.role };
    const states = await this.db.taskStates.where('runId').equals(runId).toArray();
    const synced = await this.runDoc(runId);
    seedFromLocal(synced.persisted.doc, states, this.me);
    seedRunFields(synced.persisted.doc, run, sharedAt, this.me);
    await synced.persisted.flushed();
    await this.db.runs.update(runId, { shared: { teamId: this.config.teamId, sharedAt, sharedBy } });
    const index = await this.index!;
    publishRun(index.persisted.doc, summaryOfRun(run, sharedAt, sharedBy, custom));
    await index.persisted.flushed();
    await this.projected(runId);
  }

  /** Ticks the page checked by itself on shared runs go to the team as this member's. */
  async autoTicked(ticks: readonly { runId: string; taskId: string }[]): Promise<void> {
    for (const { runId, taskId } of ticks) {
      const run = await this.db.runs.get(runId);
      if (run?.shared?.teamId !== this.config.teamId) continue;
      await this.applyPatch({ runId, taskId, status: 'done', updatedAt: this.now() });
    }
  }

  isShared(run: { shared?: { teamId: string } } | undefined): boolean {
    return run?.shared?.teamId === this.config.teamId;
  }

  /** Every document stored and handed to the socket: used before a deliberate stop. */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    const docs = await Promise.all([...(this.index ? [this.index] : []), ...this.runs.values()].map((p) => p.catch(() => null)));
    for (const synced of docs) {
      if (!synced) continue;
      await synced.persisted.flushed();
      synced.persisted.destroy();
      synced.provider.destroy();
    }
    this.socket?.destroy();
  }
}
