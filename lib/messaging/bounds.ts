import { z } from 'zod';

/** How far ahead of this browser's clock a timestamp may be (another tab, a synced device's drift). */
export const MAX_CLOCK_SKEW_MS = 5 * 60_000;

/**
 * A moment that has happened. A far-future `updatedAt` would win every later last-writer-wins merge,
 * freezing the task for good, so it is refused at the boundary (messages and backups).
 */
export const pastTimestamp = () =>
  z
    .number()
    .int()
    .positive()
    .refine((t) => t <= Date.now() + MAX_CLOCK_SKEW_MS, 'lies in the future (check the computer’s clock)');

/** A record keyed by short names, with at most `max` keys. */
export const boundedRecord = <K extends z.ZodString, V extends z.ZodType>(key: K, value: V, max: number) =>
  z.record(key, value).refine((record) => Object.keys(record).length <= max, `at most ${max} entries`);
