import type { RunRow } from '../db/schema';

/** What a seller changed about a run's plan; a key date or target set to null is cleared. */
export interface RunEdit {
  name?: string;
  dates?: Record<string, string | null>;
  targets?: Record<string, number | null>;
}

function overlay<T>(base: Record<string, T>, changes: Record<string, T | null> | undefined): Record<string, T> {
  const out = { ...base };
  for (const [key, value] of Object.entries(changes ?? {})) {
    if (value === null) delete out[key];
    else out[key] = value;
  }
  return out;
}

/** The run with the edit applied; fields the edit does not name stay as they are. */
export function applyRunEdit(run: RunRow, edit: RunEdit): RunRow {
  return { ...run, name: edit.name?.trim() || run.name, dates: overlay(run.dates, edit.dates), targets: overlay(run.targets, edit.targets) };
}
