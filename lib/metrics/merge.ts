import type { Metrics } from './keys';

/** Merges a re-visit into the stored metrics: a number read now wins, an unreadable cell never erases one. */
export function mergeMetrics(stored: Metrics | undefined, fresh: Metrics): Metrics {
  const merged: Metrics = { ...stored };
  for (const [key, value] of Object.entries(fresh) as [keyof Metrics, number | null][]) {
    if (value !== null || merged[key] === undefined) merged[key] = value;
  }
  return merged;
}

export function sameMetrics(a: Metrics | undefined, b: Metrics | undefined): boolean {
  const left = a ?? {};
  const right = b ?? {};
  const keys = Object.keys(left) as (keyof Metrics)[];
  return keys.length === Object.keys(right).length && keys.every((key) => left[key] === right[key]);
}
