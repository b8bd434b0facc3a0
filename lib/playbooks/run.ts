import type { PageType, PlatformId } from '../sites/types';
import { dueDate, isOverdue } from './due';
import type { Phase, Role, Run, Step, Task, TaskState, TaskStatus, Template } from './model';

/** A task with where it sits in its template and how this run stands on it. */
export interface PlacedTask {
  task: Task;
  phase: Phase;
  step: Step;
  status: TaskStatus;
  state?: TaskState;
}

export interface ProgressCount {
  done: number;
  skipped: number;
  total: number;
  /** (done + skipped) / total: a skipped task is settled, with its reason on record. 0 for an empty count. */
  ratio: number;
}

export interface RunProgress {
  overall: ProgressCount;
  byPhase: (ProgressCount & { phaseId: string })[];
}

export function templateTasks(template: Template): { task: Task; phase: Phase; step: Step }[] {
  return template.phases.flatMap((phase) => phase.steps.flatMap((step) => step.tasks.map((task) => ({ task, phase, step }))));
}

export function statesByTask(states: readonly TaskState[]): Map<string, TaskState> {
  const byTask = new Map<string, TaskState>();
  for (const state of states) {
    const known = byTask.get(state.taskId);
    byTask.set(state.taskId, known ? mergeTaskState(known, state) : state);
  }
  return byTask;
}

/** Every task of the template in phase order, with its state in this run (open when never touched). */
export function placeTasks(template: Template, states: readonly TaskState[]): PlacedTask[] {
  const byTask = statesByTask(states);
  return templateTasks(template).map((placed) => {
    const state = byTask.get(placed.task.id);
    return { ...placed, status: state?.status ?? 'open', ...(state ? { state } : {}) };
  });
}

function count(tasks: readonly PlacedTask[]): ProgressCount {
  const done = tasks.filter((t) => t.status === 'done').length;
  const skipped = tasks.filter((t) => t.status === 'skipped').length;
  const total = tasks.length;
  return { done, skipped, total, ratio: total === 0 ? 0 : (done + skipped) / total };
}

/** Overall and per-phase progress; states of tasks the template no longer has are ignored. */
export function progress(template: Template, states: readonly TaskState[]): RunProgress {
  const placed = placeTasks(template, states);
  return {
    overall: count(placed),
    byPhase: template.phases.map((phase) => ({ phaseId: phase.id, ...count(placed.filter((t) => t.phase.id === phase.id)) })),
  };
}

/**
 * The sidebar's order: tasks whose page hints include this page type first, then the rest, each
 * group in phase order. Ticked tasks keep their place so a checkbox never jumps from under the pointer.
 */
export function orderTasksForPage(template: Template, pageType: PageType | null, states: readonly TaskState[]): PlacedTask[] {
  const placed = placeTasks(template, states);
  const here = placed.filter((t) => pageType !== null && t.task.pageHints.includes(pageType));
  const elsewhere = placed.filter((t) => !here.includes(t));
  return [...here, ...elsewhere];
}

/** Tasks any of the given roles take part in; no roles selected means no filter. */
export function filterByRole<T extends Task | PlacedTask>(items: readonly T[], roles: readonly Role[]): T[] {
  if (roles.length === 0) return [...items];
  return items.filter((item) => taskOf(item).roles.some((role) => roles.includes(role)));
}

function taskOf(item: Task | PlacedTask): Task {
  return 'step' in item ? item.task : item;
}

export interface DatedTask extends PlacedTask {
  due: string | null;
  overdue: boolean;
}

/** Every task with its due date for this run and whether it is late (only open tasks can be late). */
export function datedTasks(
  template: Template,
  run: Run,
  states: readonly TaskState[],
  today: string,
  market: PlatformId,
  holidays: readonly string[] = [],
): DatedTask[] {
  return placeTasks(template, states).map((placed) => {
    const due = dueDate(placed.task.due, run.dates, market, holidays);
    return { ...placed, due, overdue: placed.status === 'open' && isOverdue(due, today) };
  });
}

/** The open task due soonest (late ones first, being earliest); ties keep template order. Null when none has a date. */
export function nextDueTask(
  template: Template,
  run: Run,
  states: readonly TaskState[],
  today: string,
  market: PlatformId,
  holidays: readonly string[] = [],
): DatedTask | null {
  let next: DatedTask | null = null;
  for (const task of datedTasks(template, run, states, today, market, holidays)) {
    if (task.status !== 'open' || task.due === null) continue;
    if (next === null || next.due === null || task.due < next.due) next = task;
  }
  return next;
}

export interface RunUpgrade {
  run: Run;
  /** States carried over, by task id, re-pointed at the upgraded run. */
  states: TaskState[];
  /** Tasks of the old version the new one no longer has, with whatever the run had recorded on them. */
  dropped: { task: Task; state?: TaskState }[];
  /** Tasks new in this version (they start open). */
  added: Task[];
  /** Key dates the new version asks for that the run has not got yet. */
  missingDates: string[];
}

/** Moves a run to a newer version of its template, keeping every tick, skip and note by task id. */
export function upgradeRun(run: Run, states: readonly TaskState[], fromTemplate: Template, toTemplate: Template): RunUpgrade {
  if (fromTemplate.id !== run.templateId || fromTemplate.version !== run.templateVersion) {
    throw new Error(`run ${run.id} is pinned to ${run.templateId}@${run.templateVersion}, not ${fromTemplate.id}@${fromTemplate.version}`);
  }
  if (toTemplate.id !== fromTemplate.id) throw new Error(`cannot upgrade ${fromTemplate.id} to a different template (${toTemplate.id})`);

  const newIds = new Set(templateTasks(toTemplate).map(({ task }) => task.id));
  const oldIds = new Set(templateTasks(fromTemplate).map(({ task }) => task.id));
  const byTask = statesByTask(states.filter((state) => state.runId === run.id));

  return {
    run: { ...run, templateVersion: toTemplate.version },
    states: [...byTask.values()].filter((state) => newIds.has(state.taskId)),
    dropped: templateTasks(fromTemplate)
      .filter(({ task }) => !newIds.has(task.id))
      .map(({ task }) => {
        const state = byTask.get(task.id);
        return state ? { task, state } : { task };
      }),
    added: templateTasks(toTemplate)
      .filter(({ task }) => !oldIds.has(task.id))
      .map(({ task }) => task),
    missingDates: toTemplate.dateKeys.filter((d) => !d.optional && run.dates[d.key] === undefined).map((d) => d.key),
  };
}

const STATUS_RANK: Record<TaskStatus, number> = { open: 0, skipped: 1, done: 2 };

/**
 * Two writes of one task (ticks on two tabs): the later `updatedAt` wins whole. On a tie the result
 * must not depend on argument order, so the settled status wins, then the longer record.
 */
export function mergeTaskState(a: TaskState, b: TaskState): TaskState {
  if (a.runId !== b.runId || a.taskId !== b.taskId) {
    throw new Error(`cannot merge states of different tasks (${a.runId}/${a.taskId} and ${b.runId}/${b.taskId})`);
  }
  if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt ? a : b;
  if (a.status !== b.status) return STATUS_RANK[a.status] > STATUS_RANK[b.status] ? a : b;
  // A total order on the rest (absent and empty differ), so the answer never depends on argument order.
  const keyA = JSON.stringify([a.reason ?? null, a.note ?? null, a.link ?? null]);
  const keyB = JSON.stringify([b.reason ?? null, b.note ?? null, b.link ?? null]);
  return keyA >= keyB ? a : b;
}
