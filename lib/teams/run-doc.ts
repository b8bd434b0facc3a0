import * as Y from 'yjs';
import { z } from 'zod';
import type { TaskPatch } from '../messaging/playbooks';
import { ROLES, TASK_STATUSES, taskOwnerSchema, type TaskOwner, type TaskState } from '../playbooks/model';

/**
 * One shared run is one Y.Doc of flat top-level maps. Every entry is keyed `<taskId>/<memberId>`, so two
 * members never write the same key: nothing one of them does can overwrite the other's entry, and each
 * member's last tick, note and link is kept in every replica. What a task shows is derived from all the
 * entries (latest tick wins; every member's note is kept), the same way on every browser.
 *
 * Top-level maps (`doc.getMap(name)`) rather than a Y.Map per task: two members creating the same nested
 * map at once would each make their own, and one of them would be dropped with its contents.
 */
const ACTS = 'acts';
const NOTES = 'notes';
const LINKS = 'links';
const OWNERS = 'owners';

/** The origin of transactions made for this browser's own seller, so observers can tell them apart. */
export const LOCAL_ORIGIN = 'seller-sidekick-local';

const memberRefSchema = z.object({ memberId: z.string().min(1).max(40), name: z.string().min(1).max(60), role: z.enum(ROLES) });
export type MemberRef = z.infer<typeof memberRefSchema>;

/** `at` orders entries (Lamport-style: above every entry the writer had seen); `clickAt` is the seller's click, for idempotent retries. */
const stamped = { at: z.number().finite(), clickAt: z.number().finite(), by: memberRefSchema };
const actSchema = z.object({ ...stamped, status: z.enum(TASK_STATUSES), reason: z.string().max(500).optional() });
const noteSchema = z.object({ ...stamped, text: z.string().max(4000) });
const linkSchema = z.object({ ...stamped, url: z.string().max(2000) });
const ownerSchema = z.object({ ...stamped, owner: taskOwnerSchema.nullable() });

type Act = z.infer<typeof actSchema>;
type Stamped = z.infer<z.ZodObject<typeof stamped>>;

const entryKey = (taskId: string, memberId: string) => `${taskId}/${memberId}`;
const taskOfKey = (key: string) => key.slice(0, key.indexOf('/'));

/** Entries of one map that parse (a member's browser is trusted no more than a page: bad entries are skipped). */
function entries<T>(doc: Y.Doc, map: string, schema: z.ZodType<T>): { key: string; value: T }[] {
  const out: { key: string; value: T }[] = [];
  doc.getMap(map).forEach((raw, key) => {
    const parsed = schema.safeParse(raw);
    if (parsed.success) out.push({ key, value: parsed.data });
  });
  return out;
}

/** Later `at` wins; equal times fall to the member id, so every replica picks the same entry. */
const later = <T extends Stamped>(a: T, b: T): T => (a.at !== b.at ? (a.at > b.at ? a : b) : a.by.memberId >= b.by.memberId ? a : b);

function latestAt(doc: Y.Doc, taskId: string): number {
  let latest = 0;
  for (const map of [ACTS, NOTES, LINKS, OWNERS]) {
    doc.getMap(map).forEach((raw, key) => {
      if (taskOfKey(key) !== taskId) return;
      const at = (raw as { at?: unknown } | null)?.at;
      if (typeof at === 'number' && at > latest) latest = at;
    });
  }
  return latest;
}

function stampFor(doc: Y.Doc, taskId: string, clickAt: number, me: MemberRef): Stamped {
  return { at: Math.max(clickAt, latestAt(doc, taskId) + 1), clickAt, by: me };
}

/** Sets this member's entry unless it already holds this click or a later one (a retried patch changes nothing). */
function setMine(doc: Y.Doc, map: string, key: string, value: Stamped): boolean {
  const mine = doc.getMap(map).get(key) as { clickAt?: unknown } | undefined;
  if (mine && typeof mine.clickAt === 'number' && mine.clickAt >= value.clickAt) return false;
  doc.getMap(map).set(key, value);
  return true;
}

/** A seller's change to one task, written as this member's entries in one transaction. */
export function applyPatchToDoc(doc: Y.Doc, patch: TaskPatch, me: MemberRef): void {
  doc.transact(() => {
    const stamp = stampFor(doc, patch.taskId, patch.updatedAt, me);
    const key = entryKey(patch.taskId, me.memberId);
    if (patch.status !== undefined) {
      const reason = patch.status === 'skipped' ? patch.reason?.trim() : undefined;
      setMine(doc, ACTS, key, { ...stamp, status: patch.status, ...(reason ? { reason } : {}) } as Act);
    }
    if (patch.note !== undefined) setMine(doc, NOTES, key, { ...stamp, text: patch.note.trim() } as Stamped);
    if (patch.link !== undefined) setMine(doc, LINKS, key, { ...stamp, url: patch.link.trim() } as Stamped);
  }, LOCAL_ORIGIN);
}

/** Who owns a task (a member or a role), or nobody: each member's assignment is their entry, the latest one counts. */
export function setTaskOwner(doc: Y.Doc, taskId: string, owner: TaskOwner | null, clickAt: number, me: MemberRef): void {
  doc.transact(() => {
    setMine(doc, OWNERS, entryKey(taskId, me.memberId), { ...stampFor(doc, taskId, clickAt, me), owner } as Stamped);
  }, LOCAL_ORIGIN);
}

/**
 * When a seller shares a run, what they already did goes in as their own entries (dated when they did
 * it). Idempotent: a task that already has an entry of theirs keeps it.
 */
export function seedFromLocal(doc: Y.Doc, states: readonly TaskState[], me: MemberRef): void {
  doc.transact(() => {
    for (const state of states) {
      const key = entryKey(state.taskId, me.memberId);
      const stamp: Stamped = { at: state.updatedAt, clickAt: state.updatedAt, by: me };
      if (state.status !== 'open' && !doc.getMap(ACTS).has(key)) {
        doc.getMap(ACTS).set(key, { ...stamp, status: state.status, ...(state.status === 'skipped' && state.reason ? { reason: state.reason } : {}) });
      }
      if (state.note && !doc.getMap(NOTES).has(key)) doc.getMap(NOTES).set(key, { ...stamp, text: state.note });
      if (state.link && !doc.getMap(LINKS).has(key)) doc.getMap(LINKS).set(key, { ...stamp, url: state.link });
    }
  }, LOCAL_ORIGIN);
}

/**
 * The run's task states as this member's browser stores them (Dexie `taskStates`): the latest tick
 * (with who and when), this member's own note as `note` (the one their note field edits), every other
 * member's note in `teamNotes`, the latest link, the owner. A pure function of the document: every
 * replica with the same updates shows the same thing.
 */
export function projectTaskStates(doc: Y.Doc, runId: string, myMemberId: string): TaskState[] {
  interface Acc {
    act?: Act;
    myNote?: string;
    notes: { name: string; role: MemberRef['role']; text: string; at: number; memberId: string }[];
    link?: z.infer<typeof linkSchema>;
    owner?: z.infer<typeof ownerSchema>;
    updatedAt: number;
  }
  const tasks = new Map<string, Acc>();
  const acc = (taskId: string): Acc => {
    let found = tasks.get(taskId);
    if (!found) tasks.set(taskId, (found = { notes: [], updatedAt: 0 }));
    return found;
  };
  for (const { key, value } of entries(doc, ACTS, actSchema)) {
    const a = acc(taskOfKey(key));
    a.act = a.act ? later(a.act, value) : value;
    a.updatedAt = Math.max(a.updatedAt, value.at);
  }
  for (const { key, value } of entries(doc, NOTES, noteSchema)) {
    const a = acc(taskOfKey(key));
    a.updatedAt = Math.max(a.updatedAt, value.at);
    if (value.by.memberId === myMemberId) a.myNote = value.text;
    else if (value.text) a.notes.push({ name: value.by.name, role: value.by.role, text: value.text, at: value.at, memberId: value.by.memberId });
  }
  for (const { key, value } of entries(doc, LINKS, linkSchema)) {
    const a = acc(taskOfKey(key));
    a.link = a.link ? later(a.link, value) : value;
    a.updatedAt = Math.max(a.updatedAt, value.at);
  }
  for (const { key, value } of entries(doc, OWNERS, ownerSchema)) {
    const a = acc(taskOfKey(key));
    a.owner = a.owner ? later(a.owner, value) : value;
    a.updatedAt = Math.max(a.updatedAt, value.at);
  }
  const states: TaskState[] = [];
  for (const [taskId, a] of [...tasks].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))) {
    const status = a.act?.status ?? 'open';
    const state: TaskState = { runId, taskId, status, updatedAt: a.updatedAt };
    if (status === 'skipped' && a.act?.reason) state.reason = a.act.reason;
    if (a.myNote) state.note = a.myNote;
    if (a.link?.url) state.link = a.link.url;
    if (a.act) state.by = { name: a.act.by.name, role: a.act.by.role, at: a.act.at };
    const notes = a.notes.sort((x, y) => x.at - y.at || (x.memberId < y.memberId ? -1 : 1)).map(({ name, role, text, at }) => ({ name, role, text, at }));
    if (notes.length > 0) state.teamNotes = notes;
    if (a.owner?.owner) state.owner = a.owner.owner;
    states.push(state);
  }
  return states;
}
