import { z } from 'zod';
import { defineMessage } from './define';

/** The campaign review: the sidebar asks the background to open Options → Campaign review on a run. */
export const reviewMessages = {
  'review/open': defineMessage<{ opened: true }>()(z.object({ runId: z.string().min(1).max(100) })),
};

/** The options page's address of a run's review draft (its section reads `run` from the hash). */
export function reviewPagePath(runId: string): string {
  return `/options.html#campaign-review?run=${encodeURIComponent(runId)}`;
}
