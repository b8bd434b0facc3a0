import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { deleteRun, getRunDetail, listRuns, restoreRun, setRunArchived, upgradeRunToLatest } from '../../../lib/db/playbooks-repo';
import { extensionDb } from '../../../lib/db/instance';
import type { RunSummary } from '../../../lib/messaging/playbooks';
import { buildRunReport, reportToCsv, reportToMarkdown } from '../../../lib/playbooks/report';
import { runMarket, runToday } from '../../../lib/playbooks/run-state';
import { useLang, useT } from '../../common/i18n';
import { percentOf, settledOf } from '../../playbooks/labels';
import { downloadText } from '../download';
import './playbooks-options.css';

/** A file name a seller recognises, without characters file systems refuse. */
const reportFileName = (name: string, ext: string) => `${name.replace(/[\\/:*?"<>|\s]+/g, '-')}-report.${ext}`;

/** The day a report speaks for: today in the run's store time zone. */
const reportDay = (run: { platform?: string }) => runToday(run, Date.now());

export function RunHistory() {
  const t = useT();
  const lang = useLang();
  const db = extensionDb();
  const runs = useLiveQuery(async () => {
    // Read at query time: the live query re-runs on every write, which keeps "today" current enough.
    const now = Date.now();
    return { active: await listRuns(db, { includeArchived: true }, now), deleted: await listRuns(db, { deleted: true }, now) };
  }, []);
  const [message, setMessage] = useState<{ text: string; undoRunId?: string } | null>(null);

  const download = async (summary: RunSummary, format: 'md' | 'csv') => {
    const detail = await getRunDetail(db, summary.run.id);
    if (!detail) return;
    const report = buildRunReport(detail.template, detail.run, detail.states, reportDay(detail.run), runMarket(detail.run));
    if (format === 'md') downloadText(reportFileName(summary.run.name, 'md'), reportToMarkdown(report, lang), 'text/markdown;charset=utf-8');
    // A byte-order mark so Excel opens the Chinese text as UTF-8.
    else downloadText(reportFileName(summary.run.name, 'csv'), `\uFEFF${reportToCsv(report, lang)}`, 'text/csv;charset=utf-8');
  };

  const remove = async (summary: RunSummary) => {
    await deleteRun(db, summary.run.id, Date.now());
    setMessage({ text: t('pb.hist.deletedOne', { name: summary.run.name }), undoRunId: summary.run.id });
  };

  const upgrade = async (summary: RunSummary) => {
    const result = await upgradeRunToLatest(db, summary.run.id);
    setMessage({ text: t('pb.upgrade.done', { kept: result.kept, added: result.added, dropped: result.dropped }) });
  };

  if (!runs) return null;
  return (
    <section aria-labelledby="opt-pb-runs">
      <h2 id="opt-pb-runs">{t('options.runs')}</h2>
      <p className="muted">{t('pb.hist.help')}</p>
      {message ? (
        <p role="status" className="ok pb-opt-message">
          {message.text}{' '}
          {message.undoRunId ? (
            <button
              type="button"
              className="secondary"
              onClick={async () => {
                await restoreRun(db, message.undoRunId!);
                setMessage(null);
              }}
            >
              {t('pb.hist.undo')}
            </button>
          ) : null}
        </p>
      ) : null}
      {runs.active.length === 0 ? <p className="muted">{t('pb.hist.none')}</p> : null}
      {runs.active.length > 0 ? (
        <table className="data pb-runs">
          <thead>
            <tr>
              <th scope="col">{t('pb.hist.name')}</th>
              <th scope="col">{t('pb.hist.template')}</th>
              <th scope="col">{t('pb.hist.progress')}</th>
              <th scope="col">{t('pb.hist.started')}</th>
              <th scope="col">{t('pb.hist.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {runs.active.map((summary) => (
              <tr key={summary.run.id} data-run-id={summary.run.id} className={summary.run.archived ? 'pb-archived' : undefined}>
                <th scope="row">
                  {summary.run.name}
                  {summary.run.archived ? <span className="pb-badge">{t('pb.hist.archivedTag')}</span> : null}
                </th>
                <td>{summary.templateName[lang]}</td>
                <td>
                  {t('pb.progress.value', { percent: percentOf(summary.progress), settled: settledOf(summary.progress), total: summary.progress.total })}
                  {summary.lateCount > 0 ? <span className="pb-badge pb-badge-late">{t('pb.late', { count: summary.lateCount })}</span> : null}
                </td>
                <td>{new Date(summary.run.createdAt).toLocaleDateString(lang)}</td>
                <td>
                  <div className="row pb-row-actions">
                    <button type="button" className="secondary" aria-label={`${t('pb.hist.markdown')}: ${summary.run.name}`} onClick={() => void download(summary, 'md')}>
                      {t('pb.hist.markdown')}
                    </button>
                    <button type="button" className="secondary" aria-label={`${t('pb.hist.csv')}: ${summary.run.name}`} onClick={() => void download(summary, 'csv')}>
                      {t('pb.hist.csv')}
                    </button>
                    {summary.upgradeTo ? (
                      <button type="button" className="secondary" onClick={() => void upgrade(summary)}>
                        {t('pb.hist.upgrade', { version: summary.upgradeTo })}
                      </button>
                    ) : null}
                    <button
                      type="button"
                      className="secondary"
                      aria-label={`${summary.run.archived ? t('pb.hist.unarchive') : t('pb.hist.archive')}: ${summary.run.name}`}
                      onClick={() => void setRunArchived(db, summary.run.id, !summary.run.archived)}
                    >
                      {summary.run.archived ? t('pb.hist.unarchive') : t('pb.hist.archive')}
                    </button>
                    <button type="button" className="danger" aria-label={`${t('pb.hist.delete')}: ${summary.run.name}`} onClick={() => void remove(summary)}>
                      {t('pb.hist.delete')}
                    </button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {runs.deleted.length > 0 ? (
        <>
          <h3>{t('pb.hist.recentlyDeleted')}</h3>
          <ul className="plain">
            {runs.deleted.map((summary) => (
              <li key={summary.run.id}>
                {summary.run.name} <span className="muted">({summary.templateName[lang]})</span>{' '}
                <button type="button" className="secondary" aria-label={`${t('pb.hist.restore')}: ${summary.run.name}`} onClick={() => void restoreRun(db, summary.run.id)}>
                  {t('pb.hist.restore')}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
