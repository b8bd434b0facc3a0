import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startSyncServer, type RunningSyncServer } from '../../server/sync-server.ts';
import { Replica, startTestServer, tempDataFile, waitFor } from './helpers.ts';
import { freePort, redisServerInstalled, startRedis } from './redis-harness.ts';

if (!redisServerInstalled && process.env.CI) {
  throw new Error('CI must run the Redis tests: .ci/run installs redis-server with tests/harness/ensure-redis.sh.');
}
if (!redisServerInstalled) {
  console.warn('redis-server is not installed (apt-get install redis-server; .ci/run does it): skipping the Redis tests.');
}

describe.skipIf(!redisServerInstalled)('two sync server instances joined through Redis', () => {
  const running: RunningSyncServer[] = [];
  const replicas: Replica[] = [];
  let redis: Awaited<ReturnType<typeof startRedis>>;

  beforeAll(async () => {
    redis = await startRedis();
    return () => redis.stop();
  });

  afterEach(async () => {
    for (const replica of replicas.splice(0)) replica.destroy();
    await Promise.all(running.splice(0).map((server) => server.stop()));
  });

  function open(server: RunningSyncServer, name: string, token: string): Replica {
    const replica = new Replica(server.url, name, token);
    replicas.push(replica);
    return replica;
  }

  it('members on different instances see each other’s edits and converge', async () => {
    // The documented deployment: both instances on one host share the data file.
    const dataFile = tempDataFile();
    const east = await startTestServer(dataFile, redis.url);
    const west = await startTestServer(dataFile, redis.url);
    running.push(east, west);
    const { team, inviteCode } = east.store.addTeam('双11 运营组');
    const run = `${team.id}/run/double-11`;

    const operations = open(east, run, inviteCode);
    const marketing = open(west, run, inviteCode);
    await Promise.all([operations.synced(), marketing.synced()]);

    operations.tasks.set('pre-heat-banner', { done: true, by: '运营' });
    await waitFor(() => marketing.tasks.has('pre-heat-banner'), 'east’s tick to reach the member on west');
    marketing.tasks.set('coupon-plan', { note: '满300减40', by: '市场' });
    await waitFor(() => operations.tasks.has('coupon-plan'), 'west’s note to reach the member on east');

    for (let round = 0; round < 20; round++) {
      operations.tasks.set('stock-check', { done: round % 2 === 0, by: '运营', round });
      marketing.tasks.set('stock-check', { done: round % 2 === 1, by: '市场', round });
    }
    await waitFor(
      () => JSON.stringify(operations.tasks.toJSON()) === JSON.stringify(marketing.tasks.toJSON()),
      'both replicas to converge',
    );
    expect(operations.tasks.size).toBe(3);

    const latecomer = open(west, run, inviteCode);
    await latecomer.synced();
    await waitFor(() => latecomer.tasks.size === 3, 'a latecomer on west to see all three tasks');
    expect(latecomer.tasks.toJSON()).toEqual(operations.tasks.toJSON());
  });

  it('closes a revoked member on every instance that shares the data file', async () => {
    const dataFile = tempDataFile();
    const east = await startTestServer(dataFile, redis.url);
    const west = await startTestServer(dataFile, redis.url);
    running.push(east, west);
    const { team, inviteCode } = east.store.addTeam('客服');
    const onEast = open(east, `${team.id}/index`, inviteCode);
    const onWest = open(west, `${team.id}/index`, inviteCode);
    await Promise.all([onEast.synced(), onWest.synced()]);

    east.store.revoke(inviteCode);
    await waitFor(() => onEast.refusals.includes('invite-revoked') && onWest.refusals.includes('invite-revoked'), 'both to be refused');
  });

  it('says so when Redis cannot be reached', async () => {
    const closedPort = await freePort();
    await expect(
      startSyncServer({ dataFile: tempDataFile(), port: 0, host: '127.0.0.1', redisUrl: `redis://127.0.0.1:${closedPort}` }),
    ).rejects.toThrow(`Cannot reach Redis at redis://127.0.0.1:${closedPort}`);
  });
});
