import { useLiveQuery } from 'dexie-react-hooks';
import { Fragment, useState } from 'react';
import { browser } from 'wxt/browser';
import { getRunDetail, listRuns, upgradeRunToLatest } from '../../../lib/workflows/runs';
import { extensionDb } from '../../../lib/db/instance';
import { createClient } from '../../../lib/messaging/client';
import type { RunDetail, RunSummary } from '../../../lib/messaging/playbooks';
import { buildRunReport, reportToCsv, reportToMarkdown } from '../../../lib/playbooks/report';
import { runMarket, runToday } from '../../../lib/playbooks/run-state';
import { useLang, useT } from '../../common/i18n';
import { percentOf, settledOf } from '../../playbooks/labels';
import { downloadText } from '../download';
import { RunEditForm } from './RunEditForm';
import './playbooks-options.css';

/**
 * Changes to a run go through the background, the one writer that knows whether the run is shared: a
 * shared run's rename, key dates, targets, archive and delete reach the whole team from there.
 */
const send = createClient((message) => browser.runtime.sendMessage(message));

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
  const [failure, setFailure] = useState<string | null>(null);
  const [editing, setEditing] = useState<RunDetail | null>(null);
  /** Runs an action, showing its error (in place of a silent failure) until the next one. */
  const act = async (action: () => Promise<unknown>) => {
    try {
      setFailure(null);
      await action();
    } catch (e) {
      setFailure(e instanceof Error ? e.message : String(e));
    }
  };

  const download = async (summary: RunSummary, format: 'md' | 'csv') => {
    const detail = await getRunDetail(db, summary.run.id);
    if (!detail) return;
    const report = buildRunReport(detail.template, detail.run, detail.states, reportDay(detail.run), runMarket(detail.run));
    if (format === 'md') downloadText(reportFileName(summary.run.name, 'md'), reportToMarkdown(report, lang), 'text/markdown;charset=utf-8');
    // A byte-order mark so Excel opens the Chinese text as UTF-8.
    else downloadText(reportFileName(summary.run.name, 'csv'), `\uFEFF${reportToCsv(report, lang)}`, 'text/csv;charset=utf-8');
  };

  const remove = async (summary: RunSummary) => {
    await send('playbooks/delete', { runId: summary.run.id });
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
              onClick={() =>
                void act(async () => {
                  await send('playbooks/restore', { runId: message.undoRunId! });
                  setMessage(null);
                })
              }
            >
              {t('pb.hist.undo')}
            </button>
          ) : null}
        </p>
      ) : null}
      {failure ? (
        <p role="alert" className="error">
          {failure}
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
              <Fragment key={summary.run.id}>
              <tr data-run-id={summary.run.id} className={summary.run.archived ? 'pb-archived' : undefined}>
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
                      aria-label={`${t('run.edit.button')}: ${summary.run.name}`}
                      aria-expanded={editing?.run.id === summary.run.id}
                      onClick={() => void act(async () => setEditing(editing?.run.id === summary.run.id ? null : await getRunDetail(db, summary.run.id)))}
                    >
                      {t('run.edit.button')}
                    </button>
                    <button
                      type="button"
                      className="secondary"
                      aria-label={`${summary.run.archived ? t('pb.hist.unarchive') : t('pb.hist.archive')}: ${summary.run.name}`}
                      onClick={() => void act(() => send('playbooks/archive', { runId: summary.run.id, archived: !summary.run.archived }))}
                    >
                      {summary.run.archived ? t('pb.hist.unarchive') : t('pb.hist.archive')}
                    </button>
                    <button type="button" className="danger" aria-label={`${t('pb.hist.delete')}: ${summary.run.name}`} onClick={() => void act(() => remove(summary))}>
                      {t('pb.hist.delete')}
                    </button>
                  </div>
                </td>
              </tr>
              {editing?.run.id === summary.run.id ? (
                <tr className="pb-edit-row">
                  <td colSpan={5}>
                    <RunEditForm
                      run={summary.run}
                      template={editing.template}
                      onCancel={() => setEditing(null)}
                      onSave={async (change) => {
                        await send('playbooks/edit', { runId: summary.run.id, ...change, updatedAt: Date.now() });
                        setEditing(null);
                        setMessage({ text: t('run.edit.saved', { name: change.name ?? summary.run.name }) });
                      }}
                    />
                  </td>
                </tr>
              ) : null}
              </Fragment>
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
                <button type="button" className="secondary" aria-label={`${t('pb.hist.restore')}: ${summary.run.name}`} onClick={() => void act(() => send('playbooks/restore', { runId: summary.run.id }))}>
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
