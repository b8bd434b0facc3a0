import { useLiveQuery } from 'dexie-react-hooks';
import { listRuns } from '../../lib/workflows/runs';
import { extensionDb } from '../../lib/db/instance';
import { useLang, useT } from '../common/i18n';
import { percentOf } from '../playbooks/labels';

const activeRuns = () => listRuns(extensionDb(), {}, Date.now());

/** Active playbook runs across stores: progress and the task due next. */
export function PlaybookRuns() {
  const t = useT();
  const lang = useLang();
  const runs = useLiveQuery(activeRuns, []);
  if (!runs) return null;
  return (
    <section className="popup-runs" aria-labelledby="popup-runs-title">
      <h2 id="popup-runs-title">{t('pb.popup.title')}</h2>
      {runs.length === 0 ? <p className="popup-muted">{t('pb.popup.none')}</p> : null}
      <ul>
        {runs.map((summary) => (
          <li key={summary.run.id} data-testid="popup-run">
            <div className="popup-run-head">
              <span className="popup-strong">{summary.run.name}</span>
              <span className="popup-muted">{percentOf(summary.progress)}%</span>
            </div>
            <div className="popup-bar" role="progressbar" aria-label={summary.run.name} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percentOf(summary.progress)}>
              <span style={{ width: `${percentOf(summary.progress)}%` }} />
            </div>
            <p className={summary.next?.overdue ? 'popup-next popup-late' : 'popup-next'}>
              {summary.next
                ? `${t('pb.popup.next', { task: summary.next.title[lang] })} · ${summary.next.overdue ? `${t('pb.overdue')} ` : ''}${t('pb.due', { date: summary.next.due ?? '' })}`
                : t('pb.popup.nothingDue')}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
