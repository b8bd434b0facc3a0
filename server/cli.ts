import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { SyncStore, UsageError } from './store.ts';
import { startSyncServer } from './sync-server.ts';

const defaultDataFile = join(dirname(fileURLToPath(import.meta.url)), 'data', 'sync.sqlite');

const usage = `Seller Sidekick team sync server (Hocuspocus)

Usage: npm run sync-server -- [command] [options]

Commands:
  (none), serve              serve the teams' shared runs over WebSocket
  add-team "<name>"          create a team; prints its invite code as the last line
  invite "<team>"            issue another invite code for a team (e.g. after revoking one)
  revoke <code or team>      invalidate one invite code, or every code of a team
  list-teams                 list teams and how many of their codes are active

Options:
  --data FILE                SQLite file with teams and documents (default: server/data/sync.sqlite)
  --port N                   port to serve on (default 1234; 0 picks a free one)
  --host ADDRESS             address to listen on (default 127.0.0.1; put a TLS proxy in front)
  --redis URL                join other instances through Redis (default: $REDIS_URL)
  -h, --help                 show this help`;

interface Flags {
  data?: string;
  port?: string;
  host?: string;
  redis?: string;
  help?: boolean;
}

function parseCommandLine(argv: string[]): { command: string; argument?: string; flags: Flags } {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        data: { type: 'string' },
        port: { type: 'string' },
        host: { type: 'string' },
        redis: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const [command = 'serve', argument, ...extra] = parsed.positionals;
  if (extra.length > 0) throw new UsageError(`Unexpected argument "${extra[0]}" (quote names that contain spaces).`);
  return { command, argument, flags: parsed.values };
}

function parsePort(text: string | undefined): number {
  if (text === undefined) return 1234;
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65535) throw new UsageError(`--port must be a number from 0 to 65535, not "${text}".`);
  return port;
}

function required(argument: string | undefined, what: string): string {
  if (!argument) throw new UsageError(`Missing ${what}. Run with --help for usage.`);
  return argument;
}

function withStore<T>(flags: Flags, action: (store: SyncStore) => T): T {
  const store = new SyncStore(resolve(flags.data ?? defaultDataFile));
  try {
    return action(store);
  } finally {
    store.close();
  }
}

async function serve(flags: Flags): Promise<void> {
  const host = flags.host ?? '127.0.0.1';
  const port = parsePort(flags.port);
  const dataFile = resolve(flags.data ?? defaultDataFile);
  const redisUrl = flags.redis ?? (process.env.REDIS_URL || undefined);
  const running = await startSyncServer({ dataFile, port, host, redisUrl });
  console.log(`Team sync server listening on ws://${host}:${running.port}`);
  console.log(`Data: ${dataFile}${redisUrl ? `; joined through Redis at ${redisUrl}` : ''}`);
  const shutdown = async (signal: string) => {
    console.log(`${signal}: storing ${running.server.hocuspocus.getDocumentsCount()} open documents and stopping…`);
    await running.stop();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

async function main(argv: string[]): Promise<void> {
  const { command, argument, flags } = parseCommandLine(argv);
  if (flags.help) {
    console.log(usage);
    return;
  }
  if (command !== 'serve' && (flags.port || flags.host || flags.redis)) {
    throw new UsageError(`--port, --host and --redis only apply when serving, not to ${command}.`);
  }
  switch (command) {
    case 'serve':
      if (argument) throw new UsageError(`serve takes no argument, got "${argument}".`);
      return serve(flags);
    case 'add-team': {
      const { team, inviteCode } = withStore(flags, (store) => store.addTeam(required(argument, 'team name')));
      console.log(`Team "${team.name}" created (id ${team.id}).`);
      console.log('Members paste this invite code in Options → Team; anyone holding it can read and edit the team\'s shared runs:');
      console.log(inviteCode);
      return;
    }
    case 'invite': {
      const { team, inviteCode } = withStore(flags, (store) => store.addInvite(required(argument, 'team name')));
      console.log(`New invite code for "${team.name}" (id ${team.id}):`);
      console.log(inviteCode);
      return;
    }
    case 'revoke': {
      const { team, revoked } = withStore(flags, (store) => store.revoke(required(argument, 'invite code or team name')));
      console.log(
        revoked === 0
          ? `Nothing to revoke: "${team.name}" has no active invite code matching that.`
          : `Revoked ${revoked} invite code${revoked === 1 ? '' : 's'} of "${team.name}"; open connections using it are closed within seconds.`,
      );
      return;
    }
    case 'list-teams': {
      const teams = withStore(flags, (store) => store.listTeams());
      if (teams.length === 0) console.log('No teams yet: add one with add-team "<name>".');
      for (const team of teams) {
        console.log(`${team.id}  ${team.name}  created ${team.createdAt}  active codes ${team.activeInvites}, revoked ${team.revokedInvites}`);
      }
      return;
    }
    default:
      throw new UsageError(`Unknown command "${command}". Run with --help for usage.`);
  }
}

main(process.argv.slice(2)).catch((error: Error) => {
  console.error(`sync-server: ${error.message}`);
  process.exit(error instanceof UsageError ? 2 : 1);
});
