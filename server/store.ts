import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
// better-sqlite3@12 builds from source on `npm ci` (allowScripts in package.json) with Node 20's own headers
// (13.x needs Node 22). Why not @hocuspocus/extension-sqlite and its `sqlite3`: see startSyncServer.
import Database from 'better-sqlite3';
import * as Y from 'yjs';
import { formatInviteCode, hashSecret, newSecret, newTeamId, parseInviteCode, secretMatches } from './invite.ts';

export interface Team {
  id: string;
  name: string;
  createdAt: string;
}

export interface TeamSummary extends Team {
  activeInvites: number;
  revokedInvites: number;
}

/** Why a connection was refused; sent to the client as the permission-denied reason. */
export type RefusalReason = 'invite-malformed' | 'invite-unknown' | 'invite-revoked' | 'document-outside-team';

export type Authentication = { ok: true; teamId: string; inviteId: number } | { ok: false; reason: RefusalReason };

export class UsageError extends Error {}

const schema = [
  `CREATE TABLE teams (
     id TEXT PRIMARY KEY,
     name TEXT NOT NULL UNIQUE COLLATE NOCASE,
     created_at TEXT NOT NULL
   )`,
  `CREATE TABLE invites (
     id INTEGER PRIMARY KEY,
     team_id TEXT NOT NULL REFERENCES teams(id),
     secret_hash BLOB NOT NULL,
     created_at TEXT NOT NULL,
     revoked_at TEXT
   )`,
  'CREATE INDEX invites_by_team ON invites(team_id)',
  `CREATE TABLE documents (
     name TEXT PRIMARY KEY,
     state BLOB NOT NULL,
     updated_at TEXT NOT NULL
   )`,
];

/** The server's one SQLite file: teams, hashed invite secrets and the Yjs state of every shared document. */
export class SyncStore {
  readonly file: string;
  private readonly db: Database.Database;

  constructor(file: string) {
    this.file = file;
    mkdirSync(dirname(file), { recursive: true });
    this.db = new Database(file);
    // WAL lets the CLI add or revoke while a server (or two, with Redis) has the file open.
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('busy_timeout = 5000');
    this.db.pragma('foreign_keys = ON');
    if (this.db.pragma('user_version', { simple: true }) === 0) {
      this.db.transaction(() => {
        for (const statement of schema) this.db.exec(statement);
        this.db.pragma('user_version = 1');
      }).immediate();
    }
  }

  close(): void {
    this.db.close();
  }

  addTeam(rawName: string): { team: Team; inviteCode: string } {
    const name = rawName.trim();
    if (!name) throw new UsageError('The team needs a name, e.g. add-team "双11 运营组".');
    if (name.length > 100) throw new UsageError('A team name has at most 100 characters.');
    return this.db.transaction(() => {
      if (this.findTeam(name)) throw new UsageError(`A team named "${name}" already exists (see list-teams).`);
      const team: Team = { id: newTeamId(), name, createdAt: new Date().toISOString() };
      this.db.prepare('INSERT INTO teams (id, name, created_at) VALUES (?, ?, ?)').run(team.id, team.name, team.createdAt);
      return { team, inviteCode: this.issueInvite(team.id) };
    }).immediate();
  }

  /** A fresh invite code for an existing team (named or by id), e.g. after the old one was revoked. */
  addInvite(teamNameOrId: string): { team: Team; inviteCode: string } {
    return this.db.transaction(() => {
      const team = this.findTeam(teamNameOrId);
      if (!team) throw new UsageError(`No team named "${teamNameOrId}" (see list-teams).`);
      return { team, inviteCode: this.issueInvite(team.id) };
    }).immediate();
  }

  /** Revokes one invite code, or every code of a team given by name or id. */
  revoke(codeOrTeam: string): { team: Team; revoked: number } {
    return this.db.transaction(() => {
      const now = new Date().toISOString();
      const code = parseInviteCode(codeOrTeam);
      if (code) {
        const invite = this.findInvite(code.teamId, code.secret);
        const team = this.findTeam(code.teamId);
        if (!invite || !team) throw new UsageError('That invite code was not issued by this server (check --data).');
        const changes = this.db.prepare('UPDATE invites SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL').run(now, invite.id).changes;
        return { team, revoked: changes };
      }
      const team = this.findTeam(codeOrTeam.trim());
      if (!team) throw new UsageError(`"${codeOrTeam}" is neither an invite code nor a team name (see list-teams).`);
      const changes = this.db.prepare('UPDATE invites SET revoked_at = ? WHERE team_id = ? AND revoked_at IS NULL').run(now, team.id).changes;
      return { team, revoked: changes };
    }).immediate();
  }

  listTeams(): TeamSummary[] {
    return this.db
      .prepare(
        `SELECT t.id, t.name, t.created_at AS createdAt,
                COUNT(i.id) - COUNT(i.revoked_at) AS activeInvites, COUNT(i.revoked_at) AS revokedInvites
           FROM teams t LEFT JOIN invites i ON i.team_id = t.id
          GROUP BY t.id ORDER BY t.created_at, t.name`,
      )
      .all() as TeamSummary[];
  }

  /** Checks an invite code (the provider's token) and that the document belongs to its team. */
  authenticate(token: string, documentName: string): Authentication {
    const code = parseInviteCode(token);
    if (!code) return { ok: false, reason: 'invite-malformed' };
    const invite = this.findInvite(code.teamId, code.secret);
    if (!invite) return { ok: false, reason: 'invite-unknown' };
    if (invite.revoked_at) return { ok: false, reason: 'invite-revoked' };
    const prefix = `${code.teamId}/`;
    if (!documentName.startsWith(prefix) || documentName.length === prefix.length) {
      return { ok: false, reason: 'document-outside-team' };
    }
    return { ok: true, teamId: code.teamId, inviteId: invite.id };
  }

  revokedInviteIds(): Set<number> {
    const rows = this.db.prepare('SELECT id FROM invites WHERE revoked_at IS NOT NULL').pluck().all() as number[];
    return new Set(rows);
  }

  loadDocument(name: string): Uint8Array | null {
    const state = this.db.prepare('SELECT state FROM documents WHERE name = ?').pluck().get(name) as Buffer | undefined;
    return state ? new Uint8Array(state) : null;
  }

  /**
   * Merges the document's state into what is stored instead of overwriting it: two instances sharing
   * this file through Redis may each store a copy that lacks the other's latest edit, and a merge keeps both.
   */
  storeDocument(name: string, state: Uint8Array): void {
    this.db.transaction(() => {
      const stored = this.loadDocument(name);
      const merged = stored ? Y.mergeUpdates([stored, state]) : state;
      this.db
        .prepare(
          `INSERT INTO documents (name, state, updated_at) VALUES (?, ?, ?)
           ON CONFLICT(name) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at`,
        )
        .run(name, Buffer.from(merged), new Date().toISOString());
    }).immediate();
  }

  private issueInvite(teamId: string): string {
    const secret = newSecret();
    this.db
      .prepare('INSERT INTO invites (team_id, secret_hash, created_at) VALUES (?, ?, ?)')
      .run(teamId, hashSecret(secret), new Date().toISOString());
    return formatInviteCode({ teamId, secret });
  }

  private findTeam(nameOrId: string): Team | undefined {
    return this.db
      .prepare('SELECT id, name, created_at AS createdAt FROM teams WHERE id = ? OR name = ? ORDER BY id = ? DESC LIMIT 1')
      .get(nameOrId, nameOrId, nameOrId) as Team | undefined;
  }

  private findInvite(teamId: string, secret: string): { id: number; revoked_at: string | null } | undefined {
    const invites = this.db
      .prepare('SELECT id, secret_hash, revoked_at FROM invites WHERE team_id = ?')
      .all(teamId) as { id: number; secret_hash: Buffer; revoked_at: string | null }[];
    return invites.find((invite) => secretMatches(secret, invite.secret_hash));
  }
}
