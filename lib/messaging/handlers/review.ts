import type { SidekickDb } from '../../db/schema';
import type { Handlers } from '../router';
import { reviewPagePath, type reviewMessages } from '../review';

type ReviewHandlers = Pick<Handlers, keyof typeof reviewMessages>;

/**
 * Opens the review draft in an extension tab. A content script can't open an extension page itself
 * (that would need the page made web-accessible, which any site could then probe for), so the
 * background does; `openTab` is the browser's tab API, passed in to keep this testable.
 */
export function reviewHandlers(db: SidekickDb, openTab: (path: string) => Promise<unknown>): ReviewHandlers {
  return {
    'review/open': async ({ runId }) => {
      const run = await db.runs.get(runId);
      if (!run || run.deletedAt !== undefined || run.templateId !== 'campaign') throw new Error(`No campaign run ${runId}.`);
      await openTab(reviewPagePath(runId));
      return { opened: true };
    },
  };
}
