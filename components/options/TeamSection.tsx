import { useEffect, useState, type FormEvent } from 'react';
import { browser } from 'wxt/browser';
import type { MessageKey } from '../../lib/i18n';
import { createClient } from '../../lib/messaging/client';
import type { TeamStatus } from '../../lib/messaging/teams';
import { ROLES, type Role } from '../../lib/playbooks/scenarios-roles-checks';
import { makeTeamConfig } from '../../lib/teams/config';
import { useT } from '../common/i18n';
import { roleKey } from '../playbooks/labels';

const send = createClient((message) => browser.runtime.sendMessage(message));
/** The connection state lives in the background's socket, not in the database: asked for once a second while shown. */
const POLL_MS = 1_000;

/** Options → Team: join with the server's address and an invite code, see the connection, leave. */
export function TeamSection() {
  const t = useT();
  const [status, setStatus] = useState<TeamStatus | null>(null);
  const [server, setServer] = useState('');
  const [inviteCode, setInviteCode] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('operations');
  const [errors, setErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [left, setLeft] = useState(false);

  useEffect(() => {
    let alive = true;
    const load = () =>
      send('team/status', {}).then(
        (next) => alive && setStatus(next),
        () => undefined,
      );
    void load();
    const timer = setInterval(() => void load(), POLL_MS);
    return () => {
      alive = false;
      clearInterval(timer);
    };
  }, []);

  const join = async (event: FormEvent) => {
    event.preventDefault();
    // Checked here for a message in the seller's language; the background checks the same again.
    const made = makeTeamConfig({ server, inviteCode, name, role }, 'placeholder', Date.now());
    if (!made.ok) {
      setErrors(made.problems.map((p) => t(`team.problem.${p}` as MessageKey)));
      return;
    }
    setErrors([]);
    setBusy(true);
    try {
      setStatus(await send('team/join', { server, inviteCode, name, role }));
      setLeft(false);
    } catch (error) {
      setErrors([error instanceof Error ? error.message : String(error)]);
    } finally {
      setBusy(false);
    }
  };

  const leave = async () => {
    await send('team/leave', {});
    setStatus({ joined: false });
    setLeft(true);
  };

  return (
    <section aria-labelledby="opt-team">
      <h2 id="opt-team">{t('options.team')}</h2>
      <p className="muted">{t('team.help')}</p>
      {status?.joined ? (
        <div className="team-joined">
          <p>{t('team.joinedAs', { team: status.teamId, server: status.server, name: status.name, role: t(roleKey(status.role)) })}</p>
          <p role="status" className={status.connection === 'refused' ? 'error' : status.connection === 'connected' ? 'ok' : 'muted'} data-connection={status.connection}>
            {t(`team.connection.${status.connection}`)}
          </p>
          <button type="button" className="danger" onClick={() => void leave()}>
            {t('team.leave')}
          </button>
        </div>
      ) : null}
      {left ? <p role="status" className="ok">{t('team.left')}</p> : null}
      {status && (!status.joined || status.connection === 'refused') ? (
        <form className="team-form" onSubmit={(e) => void join(e)} noValidate>
          <label>
            <span>{t('team.server')}</span>
            <input type="text" inputMode="url" value={server} placeholder={t('team.server.placeholder')} onChange={(e) => setServer(e.target.value)} autoComplete="off" />
          </label>
          <label>
            <span>{t('team.invite')}</span>
            <input type="text" value={inviteCode} onChange={(e) => setInviteCode(e.target.value)} autoComplete="off" spellCheck={false} />
          </label>
          <label>
            <span>{t('team.name')}</span>
            <input type="text" value={name} maxLength={60} onChange={(e) => setName(e.target.value)} />
          </label>
          <label>
            <span>{t('team.role')}</span>
            <select value={role} onChange={(e) => setRole(e.target.value as Role)}>
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {t(roleKey(r))}
                </option>
              ))}
            </select>
          </label>
          <div className="row">
            <button type="submit" disabled={busy}>
              {t('team.join')}
            </button>
          </div>
          {errors.map((error) => (
            <p key={error} role="alert" className="error">
              {error}
            </p>
          ))}
        </form>
      ) : null}
    </section>
  );
}
