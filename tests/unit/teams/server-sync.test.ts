import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { startSyncServer, type RunningSyncServer } from '../../../server/sync-server';
import { openDatabase, type SidekickDb } from '../../../lib/db/schema';
import { createClient } from '../../../lib/messaging/client';
import { playbookHandlers } from '../../../lib/messaging/handlers/playbooks';
import { teamHandlers } from '../../../lib/messaging/handlers/teams';
import { routerOptions } from '../../support/router';
import { createRouter } from '../../../lib/messaging/router';
import { TeamHost } from '../../../lib/teams/host';
import type { Role } from '../../../lib/playbooks/scenarios-roles-checks';

const OWN_ID = 'sidekick-extension-id';
const STORE = 'taobao:花漾美妆旗舰店';
const DOUBLE11 = { preheatStart: '2026-10-24', burstStart: '2026-11-11', burstEnd: '2026-11-11', returnEnd: '2026-11-13' };

/** One member's background (own database, own TeamHost) talking to the real sync server through Node's ws. */
function member() {
  const db: SidekickDb = openDatabase(`member-${Math.random().toString(36).slice(2)}`);
  const host = new TeamHost(db, { WebSocketPolyfill: WebSocket });
  const route = createRouter({ ...playbookHandlers(db), ...teamHandlers(db, host) } as never, routerOptions(OWN_ID, db));
  return { db, host, send: createClient((message) => route(message, { id: OWN_ID })) };
}
type Member = ReturnType<typeof member>;

const joinTeam = (m: Member, url: string, inviteCode: string, name: string, role: Role) => m.send('team/join', { server: url, inviteCode, name, role });
const statusOf = async (m: Member, runId: string, taskId: string) => (await m.db.taskStates.get([runId, taskId]))?.status;

describe('members syncing through the real sync server', () => {
  let server: RunningSyncServer;
  let members: Member[] = [];
  beforeAll(async () => {
    server = await startSyncServer({ dataFile: join(mkdtempSync(join(tmpdir(), 'sync-')), 'sync.sqlite'), port: 0, host: '127.0.0.1', revocationCheckMs: 200 });
  });
  afterAll(async () => {
    for (const m of members) await (await m.host.current())?.stop();
    await server.stop();
  });

  test('a shared run reaches the other member; ticks, notes, its key dates, name, targets, archive and delete go both ways; a revoked invite is refused', async () => {
    const { inviteCode } = server.store.addTeam('花漾运营');
    const url = `ws://localhost:${server.port}`;
    const wang = member();
    const li = member();
    members = [wang, li];
    expect(await joinTeam(wang, url, inviteCode, '王运营', 'operations')).toMatchObject({ joined: true, connection: 'connected' });
    expect(await joinTeam(li, url, inviteCode, '李市场', 'marketing')).toMatchObject({ connection: 'connected' });

    const run = await wang.send('playbooks/start', { templateId: 'campaign', name: '双11 2026', storeId: STORE, platform: 'taobao', dates: DOUBLE11, targets: {} });
    await wang.send('playbooks/task/set', { runId: run.id, taskId: 'choose-theme', status: 'done', updatedAt: Date.now() });
    await wang.send('team/share', { runId: run.id });
    await vi.waitFor(async () => expect(await li.db.runs.get(run.id)).toMatchObject({ name: '双11 2026', storeId: STORE, shared: { sharedBy: { name: '王运营' } } }), { timeout: 5_000 });
    await vi.waitFor(async () => expect(await statusOf(li, run.id, 'choose-theme')).toBe('done'), { timeout: 5_000 });

    await li.send('playbooks/task/set', { runId: run.id, taskId: 'budget-and-stock-plan', status: 'done', note: '预算 12 万', updatedAt: Date.now() });
    await wang.send('playbooks/task/set', { runId: run.id, taskId: 'budget-and-stock-plan', note: '备货 3,000 件', updatedAt: Date.now() });
    await vi.waitFor(async () => expect(await wang.db.taskStates.get([run.id, 'budget-and-stock-plan'])).toMatchObject({ status: 'done', note: '备货 3,000 件', by: { name: '李市场', role: 'marketing' }, teamNotes: [{ name: '李市场', text: '预算 12 万' }] }), { timeout: 5_000 });
    await vi.waitFor(async () => expect(await li.db.taskStates.get([run.id, 'budget-and-stock-plan'])).toMatchObject({ note: '预算 12 万', teamNotes: [{ name: '王运营', text: '备货 3,000 件' }] }), { timeout: 5_000 });

    // The run itself: a key date moved by one and a rename and target by the other, at once; both kept on both.
    await Promise.all([
      wang.send('playbooks/edit', { runId: run.id, dates: { preheatStart: '2026-10-27' }, updatedAt: Date.now() }),
      li.send('playbooks/edit', { runId: run.id, name: '双11 2026 主会场', targets: { gmv: 1_200_000 }, updatedAt: Date.now() }),
    ]);
    for (const m of [wang, li]) {
      await vi.waitFor(async () => expect(await m.db.runs.get(run.id)).toMatchObject({ name: '双11 2026 主会场', dates: { ...DOUBLE11, preheatStart: '2026-10-27' }, targets: { gmv: 1_200_000 } }), { timeout: 5_000 });
    }
    expect((await wang.db.runs.get(run.id))?.shared?.members?.map((m) => m.name)).toEqual(['李市场', '王运营']);
    await li.send('playbooks/archive', { runId: run.id, archived: true });
    await vi.waitFor(async () => expect(await wang.db.runs.get(run.id)).toMatchObject({ archived: true }), { timeout: 5_000 });
    await wang.send('playbooks/archive', { runId: run.id, archived: false });
    await li.send('playbooks/delete', { runId: run.id });
    await vi.waitFor(async () => expect((await wang.db.runs.get(run.id))?.deletedAt).toBeGreaterThan(0), { timeout: 5_000 });
    await wang.send('playbooks/restore', { runId: run.id });
    await vi.waitFor(async () => expect(await li.db.runs.get(run.id)).not.toHaveProperty('deletedAt'), { timeout: 5_000 });
    expect(await li.db.runs.get(run.id)).toMatchObject({ archived: false });

    server.store.revoke(inviteCode);
    await vi.waitFor(async () => expect(await li.send('team/status', {})).toMatchObject({ connection: 'refused' }), { timeout: 5_000 });
    const zhao = member();
    members.push(zhao);
    expect(await joinTeam(zhao, url, inviteCode, '赵客服', 'customerService')).toMatchObject({ connection: 'refused' });
    expect(await zhao.db.runs.count()).toBe(0);
  });
});
