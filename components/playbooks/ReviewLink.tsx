import { useState } from 'react';
import { reviewDue } from '../../lib/alerts/campaign-review';
import type { RunRow } from '../../lib/db/schema';
import { runMarket } from '../../lib/playbooks/run-state';
import { useT } from '../common/i18n';
import { useBridge } from '../common/live';

/** On a campaign run: when its review (复盘) is due, and a button that opens the draft in Options → Campaign review. */
export function ReviewLink({ run }: { run: RunRow }) {
  const t = useT();
  const { send } = useBridge();
  const [error, setError] = useState<string | null>(null);
  const due = run.templateId === 'campaign' ? reviewDue(run, runMarket(run)) : null;
  if (!due) return null;
  return (
    <div className="pb-review" data-review-due={due}>
      <p className="pb-hint">{t('review.linkDue', { due })}</p>
      <button
        type="button"
        className="pb-button"
        onClick={(event) => {
          if (!event.isTrusted) return;
          send('review/open', { runId: run.id }).then(
            () => setError(null),
            (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
          );
        }}
      >
        {t('review.link')}
      </button>
      {error ? <p className="ss-error" role="alert">{t('review.openFailed', { message: error })}</p> : null}
    </div>
  );
}
