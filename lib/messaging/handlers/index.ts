import type { SidekickDb } from '../../db/schema';
import type { TeamHost } from '../../teams/host';
import type { Handlers } from '../router';
import { alertHandlers } from './alerts';
import { withCapturedTodayCheck } from './captured-today';
import { complianceHandlers } from './compliance';
import { coreHandlers } from './core';
import { playbookHandlers } from './playbooks';
import { reviewHandlers } from './review';
import { teamHandlers } from './teams';

/**
 * Every message the background answers, composed once: the background worker serves these, and the
 * component tests drive the same composition over fake-indexeddb (tests/support/background-bridge.ts),
 * so what the sidebar is tested against cannot drift from what it talks to.
 */
export function backgroundHandlers(
  db: SidekickDb,
  teams: TeamHost,
  /** Opens one of our own pages in a new tab (the campaign review draft). */
  openTab: (path: string) => Promise<unknown>,
  now: () => number = Date.now,
): Handlers {
  return withCapturedTodayCheck(
    { ...coreHandlers(db, now), ...playbookHandlers(db, now), ...complianceHandlers(db), ...alertHandlers(db, now), ...teamHandlers(db, teams, now), ...reviewHandlers(db, openTab) },
    db,
    now,
  );
}
