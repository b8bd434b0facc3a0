/**
 * Runs `task` one call at a time, in call order: a slow early run (e.g. the worker's start-up read,
 * waiting on the database opening) can't finish after, and overwrite, a later one. Errors are
 * reported through `onError` and never stop the next run.
 */
export function serialized(task: () => Promise<unknown>, onError: (error: unknown) => void = () => undefined): () => Promise<void> {
  let last: Promise<void> = Promise.resolve();
  return () => {
    last = last.then(task).then(
      () => undefined,
      (error: unknown) => onError(error),
    );
    return last;
  };
}
