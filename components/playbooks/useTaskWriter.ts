import { useCallback, useEffect, useRef, useState } from 'react';
import type { TaskPatch } from '../../lib/messaging/playbooks';
import type { TaskState } from '../../lib/playbooks/model';
import { applyTaskPatch } from '../../lib/playbooks/run-state';
import { useBridge } from '../common/live';

type Change = Omit<TaskPatch, 'runId' | 'taskId' | 'updatedAt'>;

const MAX_RETRY_DELAY_MS = 5_000;
/** About three minutes of retries: long enough for any worker restart, short of retrying a refusal forever. */
const MAX_ATTEMPTS = 40;
const FINAL_CODES = new Set(['invalid', 'forbidden', 'unknown-type']);

let lastStamp = 0;
/** The seller's click time, strictly increasing within this page so two quick clicks never tie. */
function nextStamp(): number {
  lastStamp = Math.max(Date.now(), lastStamp + 1);
  return lastStamp;
}

/**
 * Writes task changes with the seller's click time, showing them at once and retrying until the
 * background confirms (a stopped worker wakes on the next try). A retry repeats the same updatedAt,
 * so it can never undo a later change.
 */
export function useTaskWriter(runId: string, stored: readonly TaskState[]) {
  const { send } = useBridge();
  const [pending, setPending] = useState<ReadonlyMap<string, TaskState>>(new Map());
  const [failure, setFailure] = useState<{ message: string; storageFull: boolean } | null>(null);
  const storedRef = useRef(stored);
  useEffect(() => {
    storedRef.current = stored;
  }, [stored]);
  const alive = useRef(true);
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  const storedByTask = new Map(stored.map((state) => [state.taskId, state]));
  const effective = new Map(storedByTask);
  for (const [taskId, state] of pending) {
    const known = storedByTask.get(taskId);
    if (!known || known.updatedAt < state.updatedAt) effective.set(taskId, state);
  }

  const write = useCallback(
    (taskId: string, change: Change) => {
      const patch: TaskPatch = { runId, taskId, ...change, updatedAt: nextStamp() };
      setPending((map) => {
        const known = storedRef.current.find((state) => state.taskId === taskId);
        const mine = map.get(taskId);
        const base = mine && (!known || known.updatedAt < mine.updatedAt) ? mine : known;
        return new Map(map).set(taskId, applyTaskPatch(base, patch));
      });
      const attempt = (delay: number, tries: number) => {
        send('playbooks/task/set', patch).then(
          () => alive.current && setFailure(null),
          (error: unknown) => {
            if (!alive.current) return;
            setFailure({ message: error instanceof Error ? error.message : String(error), storageFull: (error as { code?: string }).code === 'storage-full' });
            // A refused patch (bad field) will not pass on retry; a worker being stopped will.
            if (FINAL_CODES.has((error as { code?: string }).code ?? '') || tries >= MAX_ATTEMPTS) return;
            setTimeout(() => attempt(Math.min(delay * 2, MAX_RETRY_DELAY_MS), tries + 1), delay);
          },
        );
      };
      attempt(250, 1);
    },
    [runId, send],
  );

  const isPending = (taskId: string) => {
    const mine = pending.get(taskId);
    const known = storedByTask.get(taskId);
    return mine !== undefined && (!known || known.updatedAt < mine.updatedAt);
  };

  return { states: [...effective.values()], write, isPending, failure };
}
