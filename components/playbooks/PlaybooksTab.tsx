import { useEffect, useState } from 'react';
import type { TableName } from '../../lib/db/tables';
import type { RunDetail } from '../../lib/messaging/playbooks';
import { runMarket, runToday } from '../../lib/playbooks/run-state';
import { dayInTimeZone } from '../../lib/playbooks/due';
import { useLang, useT } from '../common/i18n';
import { useBridge, useLiveQueryVia } from '../common/live';
import { EmptyState } from '../sidebar/EmptyState';
import { pageStoreId, type PageContext } from '../sidebar/types';
import { Checklist } from './Checklist';
import { percentOf } from './labels';
import playbooksCss from './playbooks.css?inline';
import { ReviewLink } from './ReviewLink';
import { StartRunForm } from './StartRunForm';
import { useTaskWriter } from './useTaskWriter';
import { HandoffBanner } from './HandoffBanner';
import type { TeamStatus } from '../../lib/messaging/teams';
import type { RunRow } from '../../lib/db/schema';
import type { TaskOwner } from '../../lib/playbooks/model';
import { roleKey } from './labels';

// `settings`: the seller's due offsets and cut-offs (Options → Playbook defaults) change what a run shows.
const RUN_TABLES: readonly TableName[] = ['runs', 'taskStates', 'playbooks', 'settings'];
const TEMPLATE_TABLES: readonly TableName[] = ['playbooks', 'settings'];
const TEAM_TABLES: readonly TableName[] = ['settings'];


export function PlaybooksTab({ page }: { page: PageContext }) {
  const t = useT();
  const { send } = useBridge();
  const storeId = pageStoreId(page);
  const runs = useLiveQueryVia(RUN_TABLES, (s) => s('playbooks/runs', { storeId }), [storeId]);
  const templates = useLiveQueryVia(TEMPLATE_TABLES, (s) => s('playbooks/templates', storeId ? { storeId } : {}), [storeId]);
  const team = useLiveQueryVia(TEAM_TABLES, (s) => s('team/status', {}), []);
  const [chosen, setChosen] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);

  const summaries = runs.status === 'ready' ? runs.data : [];
  const current = summaries.find((s) => s.run.id === chosen)?.run.id ?? summaries[0]?.run.id ?? null;

  if (runs.status === 'error') return <p className="ss-error" role="alert">{t('error.background', { message: runs.message })}</p>;
  if (runs.status === 'loading') return null;

  const startForm =
    templates.status === 'ready' ? (
      <StartRunForm
        templates={templates.data}
        market={page.platform}
        storeId={storeId ?? undefined}
        storeName={page.storeName}
        initialTemplateId={page.pageType === 'campaign' ? 'campaign' : undefined}
        canShare={team.status === 'ready' && team.data.joined}
        onStarted={(run) => {
          setStarting(false);
          setChosen(run.id);
          if (page.storeName) void send('store/seen', { platform: page.platform, shopId: page.storeName, name: page.storeName }).catch(() => undefined);
        }}
        onCancel={() => setStarting(false)}
      />
    ) : null;

  return (
    <div className="pb-tab">
      <style>{playbooksCss}</style>
      {team.status === 'ready' && team.data.joined ? <HandoffBanner storeId={storeId} /> : null}
      <div className="pb-toolbar">
        {summaries.length > 0 ? (
          <label className="pb-field pb-run-picker">
            <span>{t('pb.run.label')}</span>
            <select aria-label={t('pb.run.label')} value={current ?? ''} onChange={(e) => setChosen(e.target.value)}>
              {summaries.map((s) => (
                <option key={s.run.id} value={s.run.id}>
                  {`${s.run.name} · ${percentOf(s.progress)}%`}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        {!starting ? (
          <button type="button" className="pb-button pb-primary" onClick={() => setStarting(true)}>
            {t('pb.run.start')}
          </button>
        ) : null}
      </div>
      {starting ? startForm : null}
      {!starting && summaries.length === 0 ? <EmptyState title={t('empty.playbooks.title')} body={t('empty.playbooks.body')} /> : null}
      {!starting && current ? <RunView key={current} runId={current} page={page} /> : null}
    </div>
  );
}

/** The clock, ticking once a minute so "overdue" turns over at midnight without a reload. */
function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

function RunView({ runId, page }: { runId: string; page: PageContext }) {
  const detail = useLiveQueryVia(RUN_TABLES, (s) => s('playbooks/run', { runId }), [runId]);
  const team = useLiveQueryVia(TEAM_TABLES, (s) => s('team/status', {}), []);
  if (detail.status !== 'ready' || !detail.data) return null;
  return <RunChecklist detail={detail.data} page={page} team={team.status === 'ready' ? team.data : null} />;
}

function RunChecklist({ detail, page, team }: { detail: RunDetail; page: PageContext; team: TeamStatus | null }) {
  const t = useT();
  const lang = useLang();
  const { send } = useBridge();
  const { run, template } = detail;
  const writer = useTaskWriter(run.id, detail.states);
  const [upgradeMessage, setUpgradeMessage] = useState<string | null>(null);
  const market = runMarket(run);
  const now = useNow();
  const today = page.timeZone && run.platform === page.platform ? dayInTimeZone(now, page.timeZone) : runToday(run, now);

  const setOwner = (taskId: string, owner: TaskOwner | null) => {
    void send('team/owner', { runId: run.id, taskId, owner, updatedAt: Date.now() }).catch((e: unknown) => setUpgradeMessage(e instanceof Error ? e.message : String(e)));
  };

  const upgrade = async () => {
    try {
      const result = await send('playbooks/upgrade', { runId: run.id });
      setUpgradeMessage(t('pb.upgrade.done', { kept: result.kept, added: result.added, dropped: result.dropped }));
    } catch (e) {
      setUpgradeMessage(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <div className="pb-run" data-run-id={run.id}>
      <p className="pb-run-meta">
        {template.name[lang]} · v{template.version}
      </p>
      {detail.upgradeTo ? (
        <div className="pb-upgrade" role="note">
          <p>{t('pb.upgrade.offer', { version: detail.upgradeTo })}</p>
          <button type="button" className="pb-button" onClick={() => void upgrade()}>
            {t('pb.upgrade.button', { version: detail.upgradeTo })}
          </button>
        </div>
      ) : null}
      {upgradeMessage ? <p role="status" className="pb-hint">{upgradeMessage}</p> : null}
      <ShareBar run={run} team={team} />
      <ReviewLink run={run} />
      {writer.failure ? (
        <p className="ss-error" role="alert">
          {writer.failure.storageFull ? t('storage.full') : t('pb.retrying', { message: writer.failure.message })}
        </p>
      ) : null}
      <Checklist
        template={template}
        run={run}
        states={writer.states}
        pageType={page.pageType}
        today={today}
        market={market}
        onChange={writer.write}
        isPending={writer.isPending}
        {...(run.shared && team?.joined ? { team: { memberId: team.memberId, name: team.name, role: team.role }, members: run.shared.members ?? [], onOwner: setOwner } : {})}
      />
    </div>
  );
}

/** "Share with team" on a run of this browser, or who shared it. Only a seller's own click shares (never a page's synthetic one). */
function ShareBar({ run, team }: { run: RunRow; team: TeamStatus | null }) {
  const t = useT();
  const { send } = useBridge();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (run.shared) {
    return (
      <p className="pb-shared" role="note">
        <span className="pb-tag pb-tag-team">{t('team.shared')}</span> {t('team.sharedBy', { name: run.shared.sharedBy.name, role: t(roleKey(run.shared.sharedBy.role)) })}
      </p>
    );
  }
  if (!team?.joined) return null;
  return (
    <div className="pb-share">
      <button
        type="button"
        className="pb-button"
        disabled={busy}
        onClick={(event) => {
          if (!event.isTrusted) return;
          setBusy(true);
          send('team/share', { runId: run.id }).then(
            () => setError(null),
            (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
          ).finally(() => setBusy(false));
        }}
      >
        {t('team.share')}
      </button>
      {error ? <p className="ss-error" role="alert">{t('team.shareFailed', { message: error })}</p> : null}
    </div>
  );
}
