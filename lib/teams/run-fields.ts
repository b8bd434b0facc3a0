import * as Y from 'yjs';
import { z } from 'zod';
import type { RunRow, TeamMemberRow } from '../db/schema';
import { applyRunEdit, type RunEdit as PlanEdit } from '../playbooks/run-edit';
import { ROLES } from '../playbooks/scenarios-roles-checks';
import { LOCAL_ORIGIN, type MemberRef } from './run-doc';

/**
 * The run itself in its shared document: its name, each key date, each target, archived and deleted.
 * Every one is a field of its own, and each member's last change of a field is their own entry
 * (`<field>/<memberId>` in `runFields`), so two members changing different fields both keep theirs, and
 * for one field the latest entry wins on every replica (the same Lamport order as task entries).
 * Key dates carry the due dates: a key date moved by one member moves everyone's due dates.
 *
 * `members` lists who has opened the run (member id → display name and role), for the owner picker.
 */
const FIELDS = 'runFields';
const MEMBERS = 'members';

const KEY = /^[a-zA-Z][a-zA-Z0-9]*$/;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** What a seller changed about a run: its plan (a date or target set to null is cleared), archived, deleted. */
export interface RunEdit extends PlanEdit {
  archived?: boolean;
  deleted?: boolean;
}

const memberRefSchema = z.object({ memberId: z.string().min(1).max(40), name: z.string().min(1).max(60), role: z.enum(ROLES) });
const entrySchema = z.object({ at: z.number().finite(), clickAt: z.number().finite(), by: memberRefSchema, value: z.unknown() });
type Entry = z.infer<typeof entrySchema>;

/** The value a field may hold; anything else a member's browser wrote is skipped like a malformed entry. */
function fieldValue(field: string, value: unknown): { ok: true; value: string | number | boolean | null } | { ok: false } {
  const [kind, key] = field.split('.', 2);
  if (field === 'name') return typeof value === 'string' && value.trim() && value.length <= 120 ? { ok: true, value: value.trim() } : { ok: false };
  if (field === 'archived' || field === 'deleted') return typeof value === 'boolean' ? { ok: true, value } : { ok: false };
  if (!key || !KEY.test(key) || key.length > 40) return { ok: false };
  if (kind === 'date') return value === null || (typeof value === 'string' && ISO_DAY.test(value)) ? { ok: true, value } : { ok: false };
  if (kind === 'target') return value === null || (typeof value === 'number' && Number.isFinite(value)) ? { ok: true, value } : { ok: false };
  return { ok: false };
}

const fieldOfKey = (key: string) => key.slice(0, key.lastIndexOf('/'));

/** Later `at` wins; equal times fall to the member id, so every replica picks the same entry. */
const later = (a: Entry, b: Entry): Entry => (a.at !== b.at ? (a.at > b.at ? a : b) : a.by.memberId >= b.by.memberId ? a : b);

/** The winning entry of every field that has one. */
function winners(doc: Y.Doc): Map<string, Entry & { value: string | number | boolean | null }> {
  const out = new Map<string, Entry & { value: string | number | boolean | null }>();
  doc.getMap(FIELDS).forEach((raw, key) => {
    const parsed = entrySchema.safeParse(raw);
    if (!parsed.success || !key.endsWith(`/${parsed.data.by.memberId}`)) return;
    const field = fieldOfKey(key);
    const value = fieldValue(field, parsed.data.value);
    if (!value.ok) return;
    const entry = { ...parsed.data, value: value.value };
    const held = out.get(field);
    out.set(field, held ? (later(held, entry) as typeof entry) : entry);
  });
  return out;
}

function latestAt(doc: Y.Doc, field: string): number {
  let latest = 0;
  doc.getMap(FIELDS).forEach((raw, key) => {
    const at = (raw as { at?: unknown } | null)?.at;
    if (fieldOfKey(key) === field && typeof at === 'number' && at > latest) latest = at;
  });
  return latest;
}

function changedFields(edit: RunEdit): [string, string | number | boolean | null][] {
  return [
    ...(edit.name !== undefined ? [['name', edit.name.trim()] as [string, string]] : []),
    ...Object.entries(edit.dates ?? {}).map(([key, day]) => [`date.${key}`, day] as [string, string | null]),
    ...Object.entries(edit.targets ?? {}).map(([key, value]) => [`target.${key}`, value] as [string, number | null]),
    ...(edit.archived !== undefined ? [['archived', edit.archived] as [string, boolean]] : []),
    ...(edit.deleted !== undefined ? [['deleted', edit.deleted] as [string, boolean]] : []),
  ];
}

/** A seller's change to the run, one entry of theirs per field, in one transaction. A retried click changes nothing. */
export function editRunInDoc(doc: Y.Doc, edit: RunEdit, clickAt: number, me: MemberRef): void {
  const changes = changedFields(edit);
  const bad = changes.find(([field, value]) => !fieldValue(field, value).ok);
  if (bad) throw new Error(`${bad[0]}: not a value this field can hold`);
  doc.transact(() => {
    for (const [field, value] of changes) {
      const key = `${field}/${me.memberId}`;
      const mine = doc.getMap(FIELDS).get(key) as { clickAt?: unknown } | undefined;
      if (mine && typeof mine.clickAt === 'number' && mine.clickAt >= clickAt) continue;
      doc.getMap(FIELDS).set(key, { at: Math.max(clickAt, latestAt(doc, field) + 1), clickAt, by: me, value });
    }
  }, LOCAL_ORIGIN);
}

/**
 * When a run is shared, its name, dates, targets and archived flag go in as the sharer's entries. Fields
 * that already have an entry keep it, so sharing again (or a second member sharing) overwrites nothing.
 */
export function seedRunFields(doc: Y.Doc, run: Pick<RunRow, 'name' | 'dates' | 'targets' | 'archived'>, at: number, me: MemberRef): void {
  const present = new Set<string>();
  doc.getMap(FIELDS).forEach((_, key) => present.add(fieldOfKey(key)));
  doc.transact(() => {
    for (const [field, value] of changedFields({ name: run.name, dates: run.dates, targets: run.targets, archived: run.archived })) {
      // clickAt 0: not a click of the seller's, so their next real change of the field is never taken for a retry of this one.
      if (!present.has(field)) doc.getMap(FIELDS).set(`${field}/${me.memberId}`, { at, clickAt: 0, by: me, value });
    }
  }, LOCAL_ORIGIN);
}

/** What the document says about the run, as the fields of its Dexie row (only fields that have an entry). */
export interface RunFieldsView {
  name?: string;
  dates: Record<string, string | null>;
  targets: Record<string, number | null>;
  archived?: boolean;
  /** The click that deleted it (its undo window runs from there), or false when the latest word is "restored". */
  deletedAt?: number | false;
}

export function projectRunFields(doc: Y.Doc): RunFieldsView {
  const view: RunFieldsView = { dates: {}, targets: {} };
  for (const [field, entry] of winners(doc)) {
    const [kind, key] = field.split('.', 2) as [string, string];
    if (field === 'name') view.name = entry.value as string;
    else if (field === 'archived') view.archived = entry.value as boolean;
    else if (field === 'deleted') view.deletedAt = entry.value === true ? entry.clickAt : false;
    else if (kind === 'date') view.dates[key] = entry.value as string | null;
    else if (kind === 'target') view.targets[key] = entry.value as number | null;
  }
  return view;
}

/** The run row with the document's fields laid over it; fields the document has no word on stay as they are. */
export function applyRunFields(run: RunRow, view: RunFieldsView): RunRow {
  const { deletedAt: _deletedAt, ...rest } = applyRunEdit(run, { ...(view.name !== undefined ? { name: view.name } : {}), dates: view.dates, targets: view.targets });
  const deletedAt = view.deletedAt === undefined ? run.deletedAt : view.deletedAt === false ? undefined : view.deletedAt;
  return { ...rest, archived: view.archived ?? run.archived, ...(deletedAt !== undefined ? { deletedAt } : {}) };
}

const memberSchema = z.object({ name: z.string().min(1).max(60), role: z.enum(ROLES), at: z.number().finite() });

/** Puts this member in the run's list (or updates their name and role); nothing is written when it already says so. */
export function registerMember(doc: Y.Doc, me: MemberRef, at: number): void {
  const held = memberSchema.safeParse(doc.getMap(MEMBERS).get(me.memberId));
  if (held.success && held.data.name === me.name && held.data.role === me.role) return;
  doc.transact(() => doc.getMap(MEMBERS).set(me.memberId, { name: me.name, role: me.role, at }), LOCAL_ORIGIN);
}

/** Everyone the run's document knows, by name (then id), the same list on every replica. */
export function projectMembers(doc: Y.Doc): TeamMemberRow[] {
  const out: TeamMemberRow[] = [];
  doc.getMap(MEMBERS).forEach((raw, memberId) => {
    const parsed = memberSchema.safeParse(raw);
    if (parsed.success && /^[a-z0-9]{1,40}$/.test(memberId)) out.push({ memberId, name: parsed.data.name, role: parsed.data.role });
  });
  // Code-unit order, not a locale's: every replica sorts the same way.
  return out.sort((a, b) => (a.name !== b.name ? (a.name < b.name ? -1 : 1) : a.memberId < b.memberId ? -1 : 1));
}
