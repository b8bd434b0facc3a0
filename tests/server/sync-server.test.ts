import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SyncStore } from '../../server/store.ts';
import type { RunningSyncServer } from '../../server/sync-server.ts';
import { Replica, startTestServer, tempDataFile, waitFor } from './helpers.ts';

let dataFile: string;
let server: RunningSyncServer;
const replicas: Replica[] = [];

function open(documentName: string, token: string, url = server.url): Replica {
  const replica = new Replica(url, documentName, token);
  replicas.push(replica);
  return replica;
}

beforeEach(async () => {
  dataFile = tempDataFile();
  server = await startTestServer(dataFile);
});

afterEach(async () => {
  for (const replica of replicas.splice(0)) replica.destroy();
  await server.stop();
});

describe('team sync server', () => {
  it('two members of a team see each other’s ticks and notes, and a simultaneous edit converges', async () => {
    const { team, inviteCode } = server.store.addTeam('双11 运营组');
    const run = `${team.id}/run/double-11`;
    const operations = open(run, inviteCode);
    const marketing = open(run, inviteCode);
    await Promise.all([operations.synced(), marketing.synced()]);

    operations.tasks.set('pre-heat-banner', { done: true, by: '运营 小王' });
    await waitFor(() => marketing.tasks.has('pre-heat-banner'), 'the tick to reach marketing');
    expect(marketing.tasks.get('pre-heat-banner')).toEqual({ done: true, by: '运营 小王' });

    marketing.tasks.set('coupon-plan', { done: false, note: '满300减40' });
    await waitFor(() => operations.tasks.has('coupon-plan'), 'the note to reach operations');

    // Both change the same task at once: every replica ends with the same winner.
    operations.tasks.set('stock-check', { done: true, by: 'operations' });
    marketing.tasks.set('stock-check', { done: false, by: 'marketing' });
    await waitFor(
      () => JSON.stringify(operations.tasks.toJSON()) === JSON.stringify(marketing.tasks.toJSON()) && operations.tasks.size === 3,
      'both replicas to converge',
    );
  });

  it('keeps a team’s edits across a server restart (SQLite)', async () => {
    const { team, inviteCode } = server.store.addTeam('仓储');
    const run = `${team.id}/run/stock`;
    const writer = open(run, inviteCode);
    await writer.synced();
    writer.tasks.set('count-warehouse', { done: true, note: '库存 1200 件' });
    await waitFor(() => !writer.provider.hasUnsyncedChanges, 'the server to acknowledge the edit');
    writer.destroy();

    await server.stop();
    server = await startTestServer(dataFile);

    const reader = open(run, inviteCode);
    await reader.synced();
    expect(reader.tasks.get('count-warehouse')).toEqual({ done: true, note: '库存 1200 件' });
  });

  it('stores what is still open when it stops, with members connected', async () => {
    const { team, inviteCode } = server.store.addTeam('财务');
    const run = `${team.id}/run/budget`;
    const writer = open(run, inviteCode);
    await writer.synced();
    writer.tasks.set('sign-budget', { done: true });
    await waitFor(() => !writer.provider.hasUnsyncedChanges, 'the server to acknowledge the edit');

    await server.stop();
    const store = new SyncStore(dataFile);
    const stored = store.loadDocument(run);
    store.close();
    expect(stored).not.toBeNull();
    server = await startTestServer(dataFile);
    const reader = open(run, inviteCode);
    await reader.synced();
    expect(reader.tasks.get('sign-budget')).toEqual({ done: true });
  });

  it.each([
    ['malformed', 'not-an-invite-code', 'invite-malformed'],
    ['unknown', 'abcdefghij.' + 'A'.repeat(43), 'invite-unknown'],
  ])('refuses a %s invite code', async (_kind, token, reason) => {
    const { team } = server.store.addTeam('客服');
    const stranger = open(`${team.id}/index`, token);
    expect(await stranger.outcome).toEqual({ refused: reason });
  });

  it('refuses a code of the right team with the wrong secret, and shows it nothing', async () => {
    const { team, inviteCode } = server.store.addTeam('市场');
    const member = open(`${team.id}/index`, inviteCode);
    await member.synced();
    member.tasks.set('secret-plan', 'launch on 10-20');
    await waitFor(() => !member.provider.hasUnsyncedChanges, 'the edit to be stored');

    const guessed = `${team.id}.${'B'.repeat(43)}`;
    const stranger = open(`${team.id}/index`, guessed);
    expect(await stranger.outcome).toEqual({ refused: 'invite-unknown' });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(stranger.tasks.size).toBe(0);
  });

  it('refuses a revoked code at connect, and closes connections already open with it', async () => {
    const { team, inviteCode: leaked } = server.store.addTeam('技术');
    const { inviteCode: current } = server.store.addInvite(team.id);
    const run = `${team.id}/run/launch`;
    const former = open(run, leaked);
    const member = open(run, current);
    await Promise.all([former.synced(), member.synced()]);

    // The CLI revokes from another process: a second handle on the file stands in for it.
    const cli = new SyncStore(dataFile);
    expect(cli.revoke(leaked).revoked).toBe(1);
    cli.close();

    await waitFor(() => former.refusals.includes('invite-revoked'), 'the open connection to be refused');
    former.tasks.set('after-revoke', true);
    member.tasks.set('still-works', true);
    const late = open(run, current);
    await late.synced();
    await waitFor(() => late.tasks.has('still-works'), 'the valid member’s edit');
    expect(late.tasks.has('after-revoke')).toBe(false);

    const again = open(run, leaked);
    expect(await again.outcome).toEqual({ refused: 'invite-revoked' });
  });

  it('never lets one team open another team’s documents or a name outside its prefix', async () => {
    const teamA = server.store.addTeam('A 店铺');
    const teamB = server.store.addTeam('B 店铺');
    const owner = open(`${teamB.team.id}/run/secret`, teamB.inviteCode);
    await owner.synced();
    owner.tasks.set('margin', '35%');
    await waitFor(() => !owner.provider.hasUnsyncedChanges, 'the edit to be stored');

    const names = [
      `${teamB.team.id}/run/secret`,
      `${teamB.team.id}/index`,
      'index',
      teamA.team.id,
      `${teamA.team.id}/`,
      `${teamA.team.id}x/index`,
      `../${teamA.team.id}/index`,
    ];
    const intruders = names.map((name) => open(name, teamA.inviteCode));
    const outcomes = await Promise.all(intruders.map((intruder) => intruder.outcome));
    expect(outcomes).toEqual(names.map(() => ({ refused: 'document-outside-team' })));
    expect(intruders[0]!.tasks.size).toBe(0);

    const own = open(`${teamA.team.id}/index`, teamA.inviteCode);
    expect(await own.outcome).toEqual({ authenticated: true });
  });
});
