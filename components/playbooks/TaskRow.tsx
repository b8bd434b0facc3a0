import { useId, useState, type KeyboardEvent } from 'react';
import type { DatedTask } from '../../lib/playbooks/run';
import { AUTO_CHECK_NOTE } from '../../lib/playbooks/run-state';
import { useLang, useT } from '../common/i18n';
import { isWebLink, roleKey } from './labels';
import type { TaskChange, TeamMember } from './checklist-types';
import type { TeamMemberRow } from '../../lib/db/schema';
import type { TaskOwner, TaskParameter } from '../../lib/playbooks/model';
import { SEGMENT_CUTOFFS } from '../../lib/playbooks/segment-cutoffs';
import { ROLES } from '../../lib/playbooks/scenarios-roles-checks';

export interface TaskRowProps {
  item: DatedTask;
  pending: boolean;
  onChange(change: TaskChange): void;
  team?: TeamMember;
  members?: readonly TeamMemberRow[];
  onOwner?(owner: TaskOwner | null): void;
}

export function TaskRow({ item, pending, onChange, team, members = [], onOwner }: TaskRowProps) {
  const t = useT();
  const lang = useLang();
  const detailsId = useId();
  const [open, setOpen] = useState(false);
  const [skipping, setSkipping] = useState(false);
  const { task, status, state } = item;
  const title = task.title[lang];
  const done = status === 'done';

  const toggle = () => onChange({ status: done ? 'open' : 'done' });
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== ' ' && event.key !== 'Enter') return;
    event.preventDefault();
    toggle();
  };

  return (
    <li className="pb-task" data-task-id={task.id} data-status={status} data-overdue={item.overdue || undefined}>
      <div className="pb-task-main">
        <div role="checkbox" aria-checked={done} tabIndex={0} className="pb-check" onClick={toggle} onKeyDown={onKey}>
          <span className="pb-box" aria-hidden="true" />
          <span className="pb-title">{title}</span>
        </div>
        <button
          type="button"
          className="pb-more"
          aria-expanded={open}
          aria-controls={detailsId}
          aria-label={t('pb.task.detailsFor', { title })}
          title={t('pb.task.detailsFor', { title })}
          onClick={() => setOpen(!open)}
        >
          <span aria-hidden="true">{open ? '▴' : '▾'}</span>
        </button>
      </div>
      <p className="pb-meta">
        {item.due ? <span className={item.overdue ? 'pb-due pb-late' : 'pb-due'}>{t('pb.due', { date: item.due })}</span> : <span className="pb-due">{t('pb.due.none')}</span>}
        {task.due.source && task.due.source !== 'handbook' ? (
          <span className="pb-due-source" data-source={task.due.source} title={t(`defaults.source.${task.due.source}`)}>
            ({t(task.due.source === 'seller' ? 'defaults.source.seller' : 'defaults.label.default')})
          </span>
        ) : null}
        {item.overdue ? <span className="pb-tag pb-tag-late">{t('pb.overdue')}</span> : null}
        {status === 'skipped' ? <span className="pb-tag">{state?.reason ? t('pb.skipped.reason', { reason: state.reason }) : t('pb.skipped')}</span> : null}
        {state?.note === AUTO_CHECK_NOTE ? <span className="pb-tag pb-tag-auto">{t('pb.task.autoChecked')}</span> : null}
        {state?.note && state.note !== AUTO_CHECK_NOTE ? <span className="pb-note-preview">{state.note}</span> : null}
        {state?.link && isWebLink(state.link) ? (
          <a className="pb-link" href={state.link} target="_blank" rel="noreferrer noopener">
            {t('pb.task.link')}
          </a>
        ) : null}
        {pending ? <span className="pb-pending">{t('pb.task.pending')}</span> : null}
      </p>
      <TeamLines item={item} />
      {open ? (
        <div className="pb-details" id={detailsId}>
          <p className="pb-detail-text">{task.detail[lang]}</p>
          {task.parameters?.length ? <TaskParameters parameters={task.parameters} /> : null}
          {task.due.source ? (
            <p className="pb-hint" data-testid="due-source" data-source={task.due.source}>
              {item.due ? t('pb.due', { date: item.due }) : t('pb.due.none')} · {t(`defaults.source.${task.due.source}`)}
            </p>
          ) : null}
          <p className="pb-roles">
            <span className="pb-label">{t('pb.task.roles')}:</span> {task.roles.map((role) => t(roleKey(role))).join(t('list.separator'))}
          </p>
          {task.deliverables.length > 0 ? (
            <p className="pb-roles">
              <span className="pb-label">{t('pb.task.deliverables')}:</span> {task.deliverables.map((d) => d[lang]).join(t('list.separator'))}
            </p>
          ) : null}
          {task.autoCheck ? <p className="pb-hint">{t('pb.task.autoCheck')}</p> : null}
          {status === 'skipped' ? (
            <button type="button" className="pb-button" onClick={() => onChange({ status: 'open' })}>
              {t('pb.task.unskip')}
            </button>
          ) : skipping ? (
            <SkipForm
              onSkip={(reason) => {
                setSkipping(false);
                onChange({ status: 'skipped', reason });
              }}
              onCancel={() => setSkipping(false)}
            />
          ) : (
            <button type="button" className="pb-button" onClick={() => setSkipping(true)}>
              {t('pb.task.skip')}
            </button>
          )}
          {team && onOwner ? (
            // Keyed by the owner: a teammate's assignment arriving replaces what was picked here and not assigned.
            <OwnerPicker key={JSON.stringify(state?.owner ?? null)} owner={state?.owner} me={team} members={members} onOwner={onOwner} />
          ) : null}
          <NoteForm note={state?.note === AUTO_CHECK_NOTE ? '' : (state?.note ?? '')} link={state?.link ?? ''} onSave={onChange} />
        </div>
      ) : null}
    </li>
  );
}

/** The numbers the task's text relies on (segment cut-offs), each with where it comes from. */
function TaskParameters({ parameters }: { parameters: readonly TaskParameter[] }) {
  const t = useT();
  const lang = useLang();
  return (
    <div className="pb-parameters">
      <p className="pb-label">{t('defaults.cutoffs')}:</p>
      <ul>
        {parameters.map((parameter) => {
          const meta = SEGMENT_CUTOFFS[parameter.key];
          return (
            <li key={parameter.key} data-parameter={parameter.key} data-source={parameter.source ?? 'seller'}>
              {meta.label[lang]} <strong>{t(`defaults.unit.${meta.unit}`, { n: parameter.value })}</strong>
              <span className="pb-muted"> · {t(`defaults.source.${parameter.source ?? 'seller'}`)}</span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function SkipForm({ onSkip, onCancel }: { onSkip(reason: string): void; onCancel(): void }) {
  const t = useT();
  const [reason, setReason] = useState('');
  return (
    <form
      className="pb-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (reason.trim()) onSkip(reason.trim());
      }}
    >
      <label className="pb-field">
        <span>{t('pb.task.skipReason')}</span>
        <input type="text" value={reason} maxLength={500} required autoFocus onChange={(e) => setReason(e.target.value)} />
      </label>
      <div className="pb-actions">
        <button type="submit" className="pb-button pb-primary" disabled={!reason.trim()}>
          {t('pb.task.skipConfirm')}
        </button>
        <button type="button" className="pb-button" onClick={onCancel}>
          {t('pb.cancel')}
        </button>
      </div>
    </form>
  );
}

function NoteForm({ note, link, onSave }: { note: string; link: string; onSave(change: TaskChange): void }) {
  const t = useT();
  const [draftNote, setDraftNote] = useState(note);
  const [draftLink, setDraftLink] = useState(link);
  const linkBad = draftLink.trim() !== '' && !isWebLink(draftLink);
  const changed = draftNote !== note || draftLink !== link;
  return (
    <form
      className="pb-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (linkBad || !changed) return;
        onSave({ ...(draftNote !== note ? { note: draftNote } : {}), ...(draftLink !== link ? { link: draftLink.trim() } : {}) });
      }}
    >
      <label className="pb-field">
        <span>{t('pb.task.note')}</span>
        <textarea rows={2} maxLength={4000} value={draftNote} onChange={(e) => setDraftNote(e.target.value)} />
      </label>
      <label className="pb-field">
        <span>{t('pb.task.link')}</span>
        <input type="url" value={draftLink} placeholder="https://" aria-invalid={linkBad || undefined} onChange={(e) => setDraftLink(e.target.value)} />
      </label>
      {linkBad ? (
        <p className="pb-field-error" role="alert">
          {t('pb.task.linkInvalid')}
        </p>
      ) : null}
      <div className="pb-actions">
        <button type="submit" className="pb-button pb-primary" disabled={!changed || linkBad}>
          {t('pb.task.save')}
        </button>
      </div>
    </form>
  );
}

const timeFormat = (lang: string) => new Intl.DateTimeFormat(lang, { month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });

/** On a shared run: who ticked or skipped it and when, its owner, and the other members' notes. */
function TeamLines({ item }: { item: DatedTask }) {
  const t = useT();
  const lang = useLang();
  const { status, state } = item;
  const when = (at: number) => timeFormat(lang).format(at);
  const by = state?.by && status !== 'open' ? state.by : undefined;
  const owner = state?.owner;
  if (!by && !owner && !state?.teamNotes?.length) return null;
  return (
    <div className="pb-team">
      {by ? (
        <p className="pb-by">{t(status === 'done' ? 'team.task.doneBy' : 'team.task.skippedBy', { name: by.name, role: t(roleKey(by.role)), when: when(by.at) })}</p>
      ) : null}
      {owner ? (
        <p className="pb-owner">
          {t('team.task.ownerIs', {
            owner:
              owner.kind === 'role'
                ? t('team.task.ownerRole', { role: t(roleKey(owner.role)) })
                : owner.role
                  ? t('team.task.ownerMember', { name: owner.name, role: t(roleKey(owner.role)) })
                  : owner.name,
          })}
        </p>
      ) : null}
      {state?.teamNotes?.map((note) => (
        <p key={`${note.name}-${note.at}`} className="pb-team-note">
          <span className="pb-label">{t('team.task.noteBy', { name: note.name, role: t(roleKey(note.role)) })}:</span> {note.text}
        </p>
      ))}
    </div>
  );
}

/**
 * Nobody, me, each member the run's document knows (by name), or everyone in a role. The choice is made
 * in the list and applied by the Assign button, so only a seller's own click (never a page's made-up
 * event, nor each step of arrowing through the list) assigns anyone.
 */
function OwnerPicker({ owner, me, members, onOwner }: { owner: TaskOwner | undefined; me: TeamMember; members: readonly TeamMemberRow[]; onOwner(owner: TaskOwner | null): void }) {
  const t = useT();
  const value = !owner ? '' : owner.kind === 'member' ? `member:${owner.memberId}` : `role:${owner.role}`;
  const [draft, setDraft] = useState(value);
  const others = members.filter((m) => m.memberId !== me.memberId);
  const chosen = (): TaskOwner | null | undefined => {
    if (draft === '') return null;
    if (draft === `member:${me.memberId}`) return { kind: 'member', memberId: me.memberId, name: me.name, role: me.role };
    const member = others.find((m) => `member:${m.memberId}` === draft);
    if (member) return { kind: 'member', memberId: member.memberId, name: member.name, role: member.role };
    const role = ROLES.find((r) => `role:${r}` === draft);
    return role ? { kind: 'role', role } : undefined;
  };
  return (
    <div className="pb-owner-picker">
      <label className="pb-field">
        <span>{t('team.task.owner')}</span>
        <select value={draft} onChange={(event) => setDraft(event.target.value)}>
          <option value="">{t('team.task.ownerNone')}</option>
          <option value={`member:${me.memberId}`}>{t('team.task.ownerMe', { name: me.name })}</option>
          {others.map((m) => (
            <option key={m.memberId} value={`member:${m.memberId}`}>
              {t('team.task.ownerMember', { name: m.name, role: t(roleKey(m.role)) })}
            </option>
          ))}
          {owner?.kind === 'member' && owner.memberId !== me.memberId && !others.some((m) => m.memberId === owner.memberId) ? <option value={value}>{owner.name}</option> : null}
          {ROLES.map((role) => (
            <option key={role} value={`role:${role}`}>
              {t('team.task.ownerRole', { role: t(roleKey(role)) })}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="pb-button"
        disabled={draft === value}
        onClick={(event) => {
          const next = chosen();
          if (event.nativeEvent.isTrusted && next !== undefined) onOwner(next);
        }}
      >
        {t('team.task.assign')}
      </button>
    </div>
  );
}
