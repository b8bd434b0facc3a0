import type { SidekickDb } from '../db/schema';
import type { TeamStatus } from '../messaging/teams';
import { serialized } from '../serialized';
import { readTeamConfig, TEAM_SETTING_KEY, type TeamConfig } from './config';
import { TeamSync, type TeamConnection, type TeamSyncOptions } from './sync';

/**
 * Holds the background's one TeamSync, following the `team` setting: started when a team is configured
 * (at every worker start too), stopped when it is removed or changed. With no team, nothing is created:
 * no socket, no document, no request.
 */
export class TeamHost {
  private sync: TeamSync | null = null;
  private configKey = '';
  private readonly listeners = new Set<(state: TeamConnection) => void>();
  readonly refresh: () => Promise<void>;

  constructor(
    private readonly db: SidekickDb,
    private readonly options: Omit<TeamSyncOptions, 'onConnection'> = {},
  ) {
    this.refresh = serialized(
      () => this.follow(),
      (error) => console.warn('[Seller Sidekick] team sync', error),
    );
  }

  private async follow(): Promise<void> {
    const config = readTeamConfig((await this.db.settings.get(TEAM_SETTING_KEY))?.value);
    const key = config ? JSON.stringify([config.server, config.inviteCode, config.memberId, config.name, config.role]) : '';
    if (key === this.configKey) return;
    this.configKey = key;
    const previous = this.sync;
    this.sync = null;
    await previous?.stop();
    if (!config) return;
    const sync = new TeamSync(this.db, config, { ...this.options, onConnection: (state) => this.listeners.forEach((l) => l(state)) });
    this.sync = sync;
    await sync.start();
  }

  /** The running sync once the latest setting has been followed (null: no team). */
  async current(): Promise<TeamSync | null> {
    await this.refresh();
    return this.sync;
  }

  onConnection(listener: (state: TeamConnection) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async status(): Promise<TeamStatus> {
    const sync = await this.current();
    if (!sync) return { joined: false };
    const { server, teamId, memberId, name, role } = sync.config;
    return { joined: true, server, teamId, memberId, name, role, connection: sync.connection };
  }

  /** Resolves when the server has answered (accepted or refused) or after `timeoutMs`, whichever is first. */
  async settled(timeoutMs: number): Promise<void> {
    const sync = await this.current();
    if (!sync || sync.connection === 'connected' || sync.connection === 'refused') return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(done, timeoutMs);
      const stop = this.onConnection((state) => {
        if (state === 'connected' || state === 'refused') done();
      });
      function done() {
        clearTimeout(timer);
        stop();
        resolve();
      }
    });
  }
}

export type { TeamConfig };
