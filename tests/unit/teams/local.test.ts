import * as Y from 'yjs';
import { openDatabase, type SidekickDb } from '../../../lib/db/schema';
import { DELETED_RUN_RETENTION_MS, playbookRowId } from '../../../lib/db/playbooks-repo';
import { createClient } from '../../../lib/messaging/client';
import { playbookHandlers } from '../../../lib/messaging/handlers/playbooks';
import { teamHandlers } from '../../../lib/messaging/handlers/teams';
import { routerOptions } from '../../support/router';
import { createRouter } from '../../../lib/messaging/router';
import { campaignTemplate } from '../../../lib/playbooks/templates/campaign';
import { indexDocName, runDocName, TEAM_SETTING_KEY } from '../../../lib/teams/config';
import { appendDocUpdate, loadDocUpdates, PersistedDoc } from '../../../lib/teams/doc-store';
import { TeamHost } from '../../../lib/teams/host';
import { publishRun, sharedRuns, type SharedRunSummary } from '../../../lib/teams/index-doc';
import { adoptSharedRun, writeProjection } from '../../../lib/teams/local-runs';
import { projectTaskStates } from '../../../lib/teams/run-doc';
import { editRunInDoc, projectRunFields } from '../../../lib/teams/run-fields';

const OWN_ID = 'sidekick-extension-id';
const NOW = Date.UTC(2026, 10, 20, 2, 0);
const STORE = 'taobao:花漾美妆旗舰店';
const DOUBLE11 = { preheatStart: '2026-10-24', burstStart: '2026-11-11', burstEnd: '2026-11-11', returnEnd: '2026-11-13' };
const freshDb = (): SidekickDb => openDatabase(`teams-${Math.random().toString(36).slice(2)}`);

/** A WebSocket that records every attempt and never connects: the server is out of reach. */
class UnreachableSocket {
  static opened: string[] = [];
  readyState = 0;
  binaryType = 'arraybuffer';
  constructor(readonly url: string) {
    UnreachableSocket.opened.push(url);
  }
  addEventListener() {}
  removeEventListener() {}
  send() {
    throw new Error('not connected');
  }
  close() {}
}

function background(db: SidekickDb) {
  const host = new TeamHost(db, { WebSocketPolyfill: UnreachableSocket });
  const route = createRouter({ ...playbookHandlers(db, () => NOW), ...teamHandlers(db, host, () => NOW, 50) } as never, routerOptions(OWN_ID, db));
  return { host, send: createClient((message) => route(message, { id: OWN_ID })) };
}

beforeEach(() => {
  UnreachableSocket.opened = [];
});

describe('the local copy of a shared document', () => {
  test('every update is kept in IndexedDB and a new document (a restarted worker) loads the same state', async () => {
    const db = freshDb();
    const doc = new Y.Doc();
    const persisted = new PersistedDoc(db, 'team1/run/r1', doc);
    await persisted.loaded;
    doc.getMap('acts').set('a/m', 1);
    doc.getMap('acts').set('b/m', 2);
    await persisted.flushed();
    const again = new Y.Doc();
    await new PersistedDoc(db, 'team1/run/r1', again).loaded;
    expect(again.getMap('acts').toJSON()).toEqual({ 'a/m': 1, 'b/m': 2 });
    expect(await db.teamUpdates.where('doc').equals('team1/index').count()).toBe(0);
  });

  test('a long log is merged into one row on load, with nothing lost', async () => {
    const db = freshDb();
    const doc = new Y.Doc();
    const persisted = new PersistedDoc(db, 'd', doc);
    await persisted.loaded;
    for (let i = 0; i < 100; i++) doc.getMap('acts').set(`t${i}/m`, i);
    await persisted.flushed();
    expect(await db.teamUpdates.count()).toBe(100);
    const merged = await loadDocUpdates(db, 'd');
    expect(await db.teamUpdates.count()).toBe(1);
    const again = new Y.Doc();
    Y.applyUpdate(again, merged!);
    expect(Object.keys(again.getMap('acts').toJSON())).toHaveLength(100);
  });

  test('writing the same projection twice writes nothing the second time', async () => {
    const db = freshDb();
    const states = [{ runId: 'r1', taskId: 'choose-theme', status: 'done' as const, updatedAt: 5, by: { name: '王', role: 'operations' as const, at: 5 } }];
    // A run this browser purged gets no rows back.
    expect(await writeProjection(db, 'r1', states)).toBe(0);
    await db.runs.add({ id: 'r1', templateId: 'campaign', templateVersion: 1, name: '双11 2026', dates: DOUBLE11, targets: {}, createdAt: 1, archived: false });
    expect(await writeProjection(db, 'r1', states)).toBe(1);
    expect(await writeProjection(db, 'r1', states)).toBe(0);
    expect(await writeProjection(db, 'r1', [{ ...states[0]!, status: 'open' }])).toBe(1);
  });

  test('a shared run arrives as a local run of the same store; a custom template comes with it, a malformed one is refused', async () => {
    const db = freshDb();
    const summary: SharedRunSummary = {
      id: 'r1', name: '双11 2026', templateId: 'campaign', templateVersion: 1, storeId: STORE, platform: 'taobao', dates: DOUBLE11, targets: { gmv: 1 },
      createdAt: 1, sharedAt: 2, sharedBy: { name: '王运营', role: 'operations' },
    };
    expect(await adoptSharedRun(db, 'team1', summary)).toBe('added');
    expect(await db.runs.get('r1')).toMatchObject({ storeId: STORE, archived: false, shared: { teamId: 'team1', sharedBy: { name: '王运营' } } });
    expect(await adoptSharedRun(db, 'team1', summary)).toBe('kept');
    const custom = { ...campaignTemplate, id: 'my-double11', builtIn: false };
    expect(await adoptSharedRun(db, 'team1', { ...summary, id: 'r2', templateId: 'my-double11', template: custom })).toBe('added');
    expect(await db.playbooks.get(playbookRowId('my-double11', 1))).toBeDefined();
    expect(await adoptSharedRun(db, 'team1', { ...summary, id: 'r3', templateId: 'other', template: { id: 'other' } })).toBe('no-template');
    expect(await db.runs.get('r3')).toBeUndefined();
  });
});

describe('the background with and without a team', () => {
  test('with no team configured nothing connects: no socket, no document, and ticks stay local', async () => {
    const db = freshDb();
    const { send, host } = background(db);
    expect(await send('team/status', {})).toEqual({ joined: false });
    const run = await send('playbooks/start', { templateId: 'campaign', name: '双11 2026', storeId: STORE, platform: 'taobao', dates: DOUBLE11, targets: {} });
    await send('playbooks/task/set', { runId: run.id, taskId: 'choose-theme', status: 'done', updatedAt: NOW });
    await expect(send('team/share', { runId: run.id })).rejects.toThrow(/Join a team first/);
    await host.refresh();
    expect(UnreachableSocket.opened).toEqual([]);
    expect(await db.teamUpdates.count()).toBe(0);
    expect(await db.taskStates.get([run.id, 'choose-theme'])).toMatchObject({ status: 'done' });
  });

  test('join refuses ws:// to another machine and a malformed invite code, saving nothing', async () => {
    const db = freshDb();
    const { send } = background(db);
    await expect(send('team/join', { server: 'ws://sync.example.com', inviteCode: 'acme.abcdefgh12', name: '王', role: 'operations' })).rejects.toThrow('server-needs-wss');
    await expect(send('team/join', { server: 'wss://sync.example.com', inviteCode: 'no-dot', name: '王', role: 'operations' })).rejects.toThrow('invite-invalid');
    expect(await db.settings.get(TEAM_SETTING_KEY)).toBeUndefined();
    expect(UnreachableSocket.opened).toEqual([]);
  });

  test('offline: a run shared and ticked with the server out of reach is kept through a worker stop, ready to merge', async () => {
    const db = freshDb();
    const first = background(db);
    const status = await first.send('team/join', { server: 'ws://localhost:1', inviteCode: 'acme.abcdefgh12', name: '王运营', role: 'operations' });
    expect(status).toMatchObject({ joined: true, teamId: 'acme', connection: 'connecting' });
    expect(UnreachableSocket.opened).toEqual(['ws://localhost:1']);
    const run = await first.send('playbooks/start', { templateId: 'campaign', name: '双11 2026', storeId: STORE, platform: 'taobao', dates: DOUBLE11, targets: {} });
    await first.send('playbooks/task/set', { runId: run.id, taskId: 'choose-theme', status: 'done', note: '主题：狂欢', updatedAt: NOW });
    await first.send('team/share', { runId: run.id });
    await first.send('playbooks/task/set', { runId: run.id, taskId: 'budget-and-stock-plan', status: 'skipped', reason: '统一预算', updatedAt: NOW + 1 });
    expect(await db.taskStates.get([run.id, 'budget-and-stock-plan'])).toMatchObject({ status: 'skipped', reason: '统一预算', by: { name: '王运营' } });
    await (await first.host.current())!.stop();

    // The worker stops; a new one reads everything back from IndexedDB before it goes on the wire.
    const second = background(db);
    await second.host.current();
    const runDoc = new Y.Doc();
    Y.applyUpdate(runDoc, (await loadDocUpdates(db, runDocName('acme', run.id)))!);
    const memberId = (await second.send('team/status', {})) as { memberId: string };
    expect(projectTaskStates(runDoc, run.id, memberId.memberId).map((s) => [s.taskId, s.status, s.note ?? s.reason])).toEqual([
      ['budget-and-stock-plan', 'skipped', '统一预算'],
      ['choose-theme', 'done', '主题：狂欢'],
    ]);
    const index = new Y.Doc();
    Y.applyUpdate(index, (await loadDocUpdates(db, indexDocName('acme')))!);
    expect(sharedRuns(index).map((s) => [s.id, s.name, s.sharedBy.name])).toEqual([[run.id, '双11 2026', '王运营']]);
    await (await second.host.current())!.stop();
  });

  test('a run that is not shared is renamed and its key dates moved here only; a bad edit is refused with the field named and changes nothing', async () => {
    const db = freshDb();
    const { send } = background(db);
    const run = await send('playbooks/start', { templateId: 'campaign', name: '双11 2026', storeId: STORE, platform: 'taobao', dates: DOUBLE11, targets: { gmv: 1 } });
    expect(await send('playbooks/edit', { runId: run.id, name: '双11 主会场', dates: { preheatStart: '2026-10-27', returnEnd: null }, targets: { gmv: null }, updatedAt: NOW })).toMatchObject({
      name: '双11 主会场',
      dates: { preheatStart: '2026-10-27', burstStart: '2026-11-11', burstEnd: '2026-11-11' },
      targets: {},
    });
    await expect(send('playbooks/edit', { runId: run.id, dates: { burstStart: null }, updatedAt: NOW })).rejects.toThrow('dates.burstStart: required');
    await expect(send('playbooks/edit', { runId: run.id, dates: { launchDay: '2026-11-01' }, updatedAt: NOW })).rejects.toThrow('dates.launchDay');
    await expect(send('playbooks/edit', { runId: run.id, dates: { preheatStart: '2026-02-30' }, updatedAt: NOW })).rejects.toThrow('not a calendar day');
    expect((await db.runs.get(run.id))?.dates).toEqual({ preheatStart: '2026-10-27', burstStart: '2026-11-11', burstEnd: '2026-11-11' });
    expect(UnreachableSocket.opened).toEqual([]);
    expect(await db.teamUpdates.count()).toBe(0);
  });

  test('offline: a shared run\'s key date, archive and delete go into its document first and show here at once; a bad edit reaches nobody', async () => {
    const db = freshDb();
    const { send, host } = background(db);
    await send('team/join', { server: 'ws://localhost:1', inviteCode: 'acme.abcdefgh12', name: '王运营', role: 'operations' });
    const run = await send('playbooks/start', { templateId: 'campaign', name: '双11 2026', storeId: STORE, platform: 'taobao', dates: DOUBLE11, targets: {} });
    await send('team/share', { runId: run.id });
    await send('playbooks/edit', { runId: run.id, dates: { preheatStart: '2026-10-27' }, updatedAt: NOW });
    await expect(send('playbooks/edit', { runId: run.id, dates: { burstStart: null }, updatedAt: NOW + 1 })).rejects.toThrow('dates.burstStart: required');
    await send('playbooks/archive', { runId: run.id, archived: true });
    expect(await db.runs.get(run.id)).toMatchObject({ archived: true, dates: { preheatStart: '2026-10-27', burstStart: '2026-11-11' }, shared: { members: [{ name: '王运营', role: 'operations' }] } });
    expect((await send('playbooks/delete', { runId: run.id })).deletedAt).toBe(NOW);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, (await loadDocUpdates(db, runDocName('acme', run.id)))!);
    expect(projectRunFields(doc)).toMatchObject({ name: '双11 2026', dates: { preheatStart: '2026-10-27', burstStart: '2026-11-11' }, archived: true, deletedAt: NOW });
    await (await host.current())!.stop();
  });

  test('a run the team deleted longer ago than the undo window is not brought back once purged; one deleted yesterday comes back as deleted', async () => {
    const db = freshDb();
    const wang = { memberId: 'wang0001', name: '王运营', role: 'operations' as const };
    await db.settings.put({ key: TEAM_SETTING_KEY, value: { server: 'ws://localhost:1', inviteCode: 'acme.abcdefgh12', teamId: 'acme', memberId: 'zhao0003', name: '赵客服', role: 'customerService', joinedAt: 1 } });
    // What an earlier session stored from the server: the index lists two runs, both deleted by 王运营.
    const index = new Y.Doc();
    for (const [id, deletedAt] of [['old', NOW - DELETED_RUN_RETENTION_MS - 1], ['recent', NOW - 86_400_000]] as const) {
      publishRun(index, { id, name: `双11 ${id}`, templateId: 'campaign', templateVersion: 1, storeId: STORE, platform: 'taobao', dates: DOUBLE11, targets: {}, createdAt: 1, sharedAt: 2, sharedBy: wang });
      const run = new Y.Doc();
      editRunInDoc(run, { deleted: true }, deletedAt, wang);
      await appendDocUpdate(db, runDocName('acme', id), Y.encodeStateAsUpdate(run));
    }
    await appendDocUpdate(db, indexDocName('acme'), Y.encodeStateAsUpdate(index));
    const host = new TeamHost(db, { WebSocketPolyfill: UnreachableSocket, now: () => NOW });
    await host.current();
    expect(await db.runs.get('old')).toBeUndefined();
    expect(await db.runs.get('recent')).toMatchObject({ name: '双11 recent', deletedAt: NOW - 86_400_000 });
    await (await host.current())!.stop();
  });

  test('leaving keeps the shared runs as local runs and forgets the team\'s documents', async () => {
    const db = freshDb();
    const { send, host } = background(db);
    await send('team/join', { server: 'ws://localhost:1', inviteCode: 'acme.abcdefgh12', name: '王运营', role: 'operations' });
    const run = await send('playbooks/start', { templateId: 'campaign', name: '双11 2026', storeId: STORE, platform: 'taobao', dates: DOUBLE11, targets: {} });
    await send('team/share', { runId: run.id });
    expect(await send('team/leave', {})).toEqual({ left: true });
    expect(await send('team/status', {})).toEqual({ joined: false });
    expect((await db.runs.get(run.id))?.shared).toBeUndefined();
    expect(await db.teamUpdates.count()).toBe(0);
    expect(await host.current()).toBeNull();
  });
});
