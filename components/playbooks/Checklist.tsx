import { useState } from 'react';
import type { TeamMemberRow } from '../../lib/db/schema';
import type { Run, TaskOwner, TaskState, Template } from '../../lib/playbooks/model';
import { ROLES, type Role } from '../../lib/playbooks/scenarios-roles-checks';
import { datedTasks, orderTasksForPage, progress, type DatedTask } from '../../lib/playbooks/run';
import { inRoleView, isMyTask } from '../../lib/teams/owners';
import type { PageType, PlatformId } from '../../lib/sites/types';
import { useLang, useT } from '../common/i18n';
import { percentOf, roleKey, settledOf } from './labels';
import { TaskRow } from './TaskRow';

import type { TaskChange, TeamMember } from './checklist-types';

export type { TaskChange, TeamMember };

export interface ChecklistProps {
  template: Template;
  run: Run;
  states: readonly TaskState[];
  pageType: PageType | null;
  /** `YYYY-MM-DD` in the store's time zone. */
  today: string;
  market: PlatformId;
  onChange(taskId: string, change: TaskChange): void;
  isPending?(taskId: string): boolean;
  /** On a shared run: this member, for "My tasks" and owners. */
  team?: TeamMember;
  /** On a shared run: everyone its document knows, offered as owners by name. */
  members?: readonly TeamMemberRow[];
  onOwner?(taskId: string, owner: TaskOwner | null): void;
}

/** A run's tasks: those done on this kind of page first, then the rest by phase, with progress and lateness. */
export function Checklist({ template, run, states, pageType, today, market, onChange, isPending, team, members = [], onOwner }: ChecklistProps) {
  const t = useT();
  const lang = useLang();
  const [roles, setRoles] = useState<Role[]>([]);
  const [mine, setMine] = useState(false);
  const runProgress = progress(template, states);
  const dated = new Map(datedTasks(template, run, states, today, market).map((d) => [d.task.id, d]));
  // A role's view holds its own tasks and those assigned to it (by role, or to one of its members).
  const ordered = orderTasksForPage(template, pageType, states)
    .filter((placed) => inRoleView(placed.task, placed.state, roles, members))
    .filter((placed) => !mine || !team || isMyTask(placed.task, placed.state, team))
    .map((placed) => dated.get(placed.task.id)!);
  const here = pageType ? ordered.filter((d) => d.task.pageHints.includes(pageType)) : [];
  const elsewhere = ordered.filter((d) => !here.includes(d));
  const overall = runProgress.overall;

  const list = (items: DatedTask[]) => (
    <ul className="pb-tasks">
      {items.map((item) => (
        <TaskRow
          key={item.task.id}
          item={item}
          pending={isPending?.(item.task.id) ?? false}
          onChange={(change) => onChange(item.task.id, change)}
          {...(team && onOwner ? { team, members, onOwner: (owner: TaskOwner | null) => onOwner(item.task.id, owner) } : {})}
        />
      ))}
    </ul>
  );

  return (
    <div className="pb-checklist">
      <div className="pb-overall">
        <span className="pb-overall-label" id="pb-overall-label">
          {t('pb.run.overall')}
        </span>
        <span className="pb-overall-value">{t('pb.progress.value', { percent: percentOf(overall), settled: settledOf(overall), total: overall.total })}</span>
        <div className="pb-bar" role="progressbar" aria-labelledby="pb-overall-label" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percentOf(overall)}>
          <span style={{ width: `${percentOf(overall)}%` }} />
        </div>
      </div>
      {team ? (
        <div className="pb-roles-filter" role="group" aria-label={t('team.view.label')}>
          <button type="button" className="pb-chip" aria-pressed={!mine} onClick={() => setMine(false)}>
            {t('team.view.all')}
          </button>
          <button type="button" className="pb-chip" aria-pressed={mine} onClick={() => setMine(true)}>
            {t('team.view.mine')}
          </button>
        </div>
      ) : null}
      <div className="pb-roles-filter" role="group" aria-label={t('pb.filter.roles')}>
        {ROLES.map((role) => (
          <button
            key={role}
            type="button"
            className="pb-chip"
            aria-pressed={roles.includes(role)}
            onClick={() => setRoles(roles.includes(role) ? roles.filter((r) => r !== role) : [...roles, role])}
          >
            {t(roleKey(role))}
          </button>
        ))}
      </div>
      {ordered.length === 0 ? <p className="pb-hint">{t('pb.noTasksForRoles')}</p> : null}
      {here.length > 0 ? (
        <section className="pb-group pb-group-here" aria-labelledby="pb-group-here">
          <h3 id="pb-group-here" className="pb-group-title" title={t('pb.group.hereHelp')}>
            {t('pb.group.here')}
          </h3>
          {list(here)}
        </section>
      ) : null}
      {template.phases.map((phase) => {
        const items = elsewhere.filter((d) => d.phase.id === phase.id);
        if (items.length === 0) return null;
        const count = runProgress.byPhase.find((p) => p.phaseId === phase.id)!;
        const headingId = `pb-phase-${phase.id}`;
        return (
          <section key={phase.id} className="pb-group" aria-labelledby={headingId} data-phase={phase.id}>
            <h3 id={headingId} className="pb-group-title">
              <span>{phase.title[lang]}</span>
              <span className="pb-phase-count">{t('pb.progress.phase', { settled: settledOf(count), total: count.total })}</span>
            </h3>
            <div className="pb-bar pb-bar-thin" aria-hidden="true">
              <span style={{ width: `${percentOf(count)}%` }} />
            </div>
            {list(items)}
          </section>
        );
      })}
    </div>
  );
}
