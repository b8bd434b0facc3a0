import { spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Replica, spawnSyncServer, tempDataFile, waitFor } from './helpers.ts';

const repository = new URL('../..', import.meta.url).pathname;
const inviteCodeLine = /^[a-z2-7]{10}\.[A-Za-z0-9_-]{43}$/;

function syncServer(...args: string[]) {
  const result = spawnSync('npm', ['run', 'sync-server', '--', ...args], { cwd: repository, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, lastLine: result.stdout.trim().split('\n').at(-1) ?? '' };
}

const servers: ChildProcess[] = [];
const replicas: Replica[] = [];

async function serve(dataFile: string) {
  const server = await spawnSyncServer(dataFile);
  servers.push(server.child);
  return server;
}

afterEach(() => {
  for (const replica of replicas.splice(0)) replica.destroy();
  for (const child of servers.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

describe('npm run sync-server', () => {
  it('add-team prints the invite code as its last line, and that code opens the team’s documents', async () => {
    const dataFile = tempDataFile();
    const added = syncServer('add-team', '双11 运营组', '--data', dataFile);
    expect(added.status).toBe(0);
    expect(added.lastLine).toMatch(inviteCodeLine);
    const teamId = added.lastLine.split('.')[0];

    const listed = syncServer('list-teams', '--data', dataFile);
    expect(listed.stdout).toContain(`${teamId}  双11 运营组`);
    expect(listed.stdout).not.toContain(added.lastLine.split('.')[1]);

    const { url } = await serve(dataFile);
    const member = new Replica(url, `${teamId}/index`, added.lastLine);
    replicas.push(member);
    expect(await member.outcome).toEqual({ authenticated: true });

    const revoked = syncServer('revoke', added.lastLine, '--data', dataFile);
    expect(revoked.status).toBe(0);
    expect(revoked.stdout).toContain('Revoked 1 invite code of "双11 运营组"');
    await waitFor(() => member.refusals.includes('invite-revoked'), 'the open connection to be refused', 15_000);
  });

  it('stores open documents on SIGTERM, and serves them again after a restart', async () => {
    const dataFile = tempDataFile();
    const code = syncServer('add-team', '仓储', '--data', dataFile).lastLine;
    const teamId = code.split('.')[0];
    const first = await serve(dataFile);
    const writer = new Replica(first.url, `${teamId}/run/stock`, code);
    replicas.push(writer);
    await writer.synced();
    writer.tasks.set('count-warehouse', { done: true });
    await waitFor(() => !writer.provider.hasUnsyncedChanges, 'the server to acknowledge the edit');

    // Killed before its 1 s store debounce runs: only the graceful stop can have written the edit.
    first.child.kill('SIGTERM');
    const [exitCode] = await once(first.child, 'exit');
    expect(exitCode).toBe(0);
    expect(first.output()).toContain('SIGTERM: storing 1 open documents');

    const second = await serve(dataFile);
    const reader = new Replica(second.url, `${teamId}/run/stock`, code);
    replicas.push(reader);
    await reader.synced();
    expect(reader.tasks.get('count-warehouse')).toEqual({ done: true });
    expect(Y.encodeStateVector(reader.doc).length).toBeGreaterThan(1);
  });

  it.each([
    [['--port', 'abc'], '--port must be a number from 0 to 65535, not "abc".'],
    [['--bogus'], "Unknown option '--bogus'"],
    [['frobnicate'], 'Unknown command "frobnicate"'],
    [['add-team'], 'Missing team name'],
    [['revoke', 'no such team'], '"no such team" is neither an invite code nor a team name'],
    [['add-team', 'x', '--port', '1'], '--port, --host and --redis only apply when serving'],
  ])('rejects %j with a clear message and exit code 2', (args, message) => {
    const result = syncServer(...args, '--data', tempDataFile());
    expect(result.stderr).toContain(message);
    expect(result.status).toBe(2);
  });
});
