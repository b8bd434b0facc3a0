import type { TableName } from '../../lib/db/tables';
import { useLang, useT } from '../common/i18n';
import { useBridge, useLiveQueryVia } from '../common/live';
import { roleKey } from './labels';

const HANDOFF_TABLES: readonly TableName[] = ['taskStates', 'runs', 'settings'];

/** The cross-team hand-offs a teammate ticked for this member's role, until acknowledged. */
export function HandoffBanner({ storeId }: { storeId: string | null }) {
  const t = useT();
  const lang = useLang();
  const { send } = useBridge();
  const handoffs = useLiveQueryVia(HANDOFF_TABLES, (s) => s('team/handoffs', storeId ? { storeId } : {}), [storeId]);
  if (handoffs.status !== 'ready' || handoffs.data.length === 0) return null;
  const when = new Intl.DateTimeFormat(lang, { month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
  return (
    <section className="pb-handoffs" role="region" aria-labelledby="pb-handoffs-title">
      <h3 id="pb-handoffs-title" className="pb-group-title">
        {t('team.handoff.title')}
      </h3>
      <ul>
        {handoffs.data.map((h) => (
          <li key={`${h.runId}/${h.taskId}`}>
            <span>{t('team.handoff.item', { name: h.by.name, role: t(roleKey(h.by.role)), title: h.title[lang], run: h.runName, when: when.format(h.by.at) })}</span>{' '}
            <button
              type="button"
              className="pb-button"
              onClick={(event) => {
                if (!event.isTrusted) return;
                void send('team/handoffs/seen', { runId: h.runId, taskId: h.taskId, at: h.by.at }).catch(() => undefined);
              }}
            >
              {t('team.handoff.seen')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
