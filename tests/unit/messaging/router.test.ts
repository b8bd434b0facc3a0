import { createClient } from '../../../lib/messaging/client';
import { SidekickError } from '../../../lib/messaging/define';
import { coreHandlers } from '../../../lib/messaging/handlers/core';
import { backgroundHandlers } from '../../../lib/messaging/handlers/index';
import { TeamHost } from '../../../lib/teams/host';
import { createRouter } from '../../../lib/messaging/router';
import { routerOptions } from '../../support/router';
import { openDatabase } from '../../../lib/db/schema';

const OWN_ID = 'sidekick-extension-id';

function setup() {
  const db = openDatabase(`router-${Math.random().toString(36).slice(2)}`);
  const route = createRouter(coreHandlers(db, () => 1_700_000_000_000) as never, routerOptions(OWN_ID, db));
  const send = createClient((message) => route(message, { id: OWN_ID }));
  return { db, route, send };
}

describe('message router', () => {
  test('a message from another extension is refused', async () => {
    const { route } = setup();
    expect(await route({ type: 'page/settings', payload: { host: 'sycm.taobao.com', platform: 'taobao' } }, { id: 'someone-else' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });

  test.each([
    ['a bare string', 'hello', 'invalid'],
    ['an unknown type', { type: 'db/drop', payload: {} }, 'unknown-type'],
    ['a width that is not a number', { type: 'sidebar/set', payload: { host: 'a', width: 'wide' } }, 'invalid'],
    ['a platform we do not know', { type: 'page/settings', payload: { host: 'a', platform: 'ebay' } }, 'invalid'],
    ['a prototype key as type', { type: '__proto__', payload: {} }, 'unknown-type'],
  ])('%s gets a clear error back', async (_name, message, code) => {
    const { route } = setup();
    expect(await route(message, { id: OWN_ID })).toMatchObject({ ok: false, error: { code } });
  });

  test('the sidebar starts open at 360 px and remembers a collapse per site', async () => {
    const { send } = setup();
    expect((await send('page/settings', { host: 'sycm.taobao.com', platform: 'taobao' })).sidebar).toEqual({ open: true, width: 360 });
    await send('sidebar/set', { host: 'sycm.taobao.com', open: false });
    expect((await send('page/settings', { host: 'sycm.taobao.com', platform: 'taobao' })).sidebar).toEqual({ open: false, width: 360 });
    expect((await send('page/settings', { host: 'mms.pinduoduo.com', platform: 'pinduoduo' })).sidebar.open).toBe(true);
  });

  test('a site the user switched off reports itself disabled', async () => {
    const { db, send } = setup();
    await db.settings.put({ key: 'sitesEnabled', value: { pinduoduo: false } });
    expect((await send('page/settings', { host: 'mms.pinduoduo.com', platform: 'pinduoduo' })).siteEnabled).toBe(false);
    expect((await send('page/settings', { host: 'sycm.taobao.com', platform: 'taobao' })).siteEnabled).toBe(true);
  });

  test('the client turns an error answer into a SidekickError carrying the bad fields', async () => {
    const { send } = setup();
    const failure = send('sidebar/set', { host: 'a', width: 10 }).catch((e: unknown) => e);
    const error = await failure;
    expect(error).toBeInstanceOf(SidekickError);
    expect((error as SidekickError).issues[0]).toMatch(/^width: /);
  });

  test('a store seen twice keeps its first-seen time', async () => {
    const { db, send } = setup();
    await send('store/seen', { platform: 'taobao', shopId: '花漾美妆旗舰店', name: '花漾美妆旗舰店' });
    await send('store/seen', { platform: 'taobao', shopId: '花漾美妆旗舰店', name: '花漾美妆旗舰店' });
    expect(await db.stores.toArray()).toHaveLength(1);
  });
});

describe('the background trusts a message by the page that sent it', () => {
  const SYCM = 'https://sycm.taobao.com/cc/item_rank?token=secret#top';
  const pageSender = (url: string) => ({ id: OWN_ID, url, tab: { id: 7, url } });
  const OPTIONS = { id: OWN_ID, url: `chrome-extension://${OWN_ID}/options.html`, tab: { id: 9, url: `chrome-extension://${OWN_ID}/options.html` } };

  function setupAll() {
    const db = openDatabase(`router-sender-${Math.random().toString(36).slice(2)}`);
    const route = createRouter(backgroundHandlers(db, new TeamHost(db), async () => undefined), routerOptions(OWN_ID, db));
    return { db, route };
  }

  test('a seller page cannot join or leave a team: the server address and invite code are set in the options page only', async () => {
    const { db, route } = setupAll();
    const join = { type: 'team/join', payload: { server: 'wss://evil.example', inviteCode: 'evil.abcdefgh12', name: 'x', role: 'tech' } };
    expect(await route(join, pageSender(SYCM))).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await route({ type: 'team/leave', payload: {} }, pageSender(SYCM))).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await db.settings.get('team')).toBeUndefined();
    expect(await route({ type: 'team/status', payload: {} }, pageSender(SYCM))).toMatchObject({ ok: true, data: { joined: false } });
  });
  const capture = (platform: string) => ({
    type: 'metrics/capture',
    payload: {
      platform,
      period: '2026-11-20',
      timeZone: 'Asia/Shanghai',
      currency: 'CNY',
      source: 'https://forged.example/?token=abc',
      rows: [{ productId: '6001', title: '保湿面霜', metrics: { visitors: 120 } }],
    },
  });

  test('a host in the payload is replaced by the sending page’s host', async () => {
    const { db, route } = setupAll();
    expect(await route({ type: 'sidebar/set', payload: { host: 'mms.pinduoduo.com', open: false } }, pageSender(SYCM))).toMatchObject({ ok: true });
    expect(await db.settings.get('sidebar:sycm.taobao.com')).toMatchObject({ value: { open: false } });
    expect(await db.settings.get('sidebar:mms.pinduoduo.com')).toBeUndefined();
  });

  test('a capture claiming another marketplace is refused; the host’s own marketplaces are accepted', async () => {
    const { db, route } = setupAll();
    expect(await route(capture('amazon'), pageSender(SYCM))).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await db.snapshots.count()).toBe(0);
    // 生意参谋 serves Taobao and Tmall shops alike.
    expect(await route(capture('tmall'), pageSender(SYCM))).toMatchObject({ ok: true });
  });

  test('a snapshot keeps the sending page’s path, not the payload’s address or the query tokens', async () => {
    const { db, route } = setupAll();
    expect(await route(capture('taobao'), pageSender(SYCM))).toMatchObject({ ok: true });
    expect((await db.snapshots.toArray())[0]?.source).toBe('https://sycm.taobao.com/cc/item_rank');
  });

  test('a store of another marketplace is refused', async () => {
    const { route } = setupAll();
    const answer = await route({ type: 'compliance/store', payload: { platform: 'taobao', storeId: 'jd:京东自营店' } }, pageSender(SYCM));
    expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  test.each([
    ['a site nobody registered', 'https://example.com/admin'],
    ['a seller host over plain http', 'http://sycm.taobao.com/cc/item_rank'],
    ['a look-alike host', 'https://sycm.taobao.com.evil.example/'],
    ['a page with no address', undefined],
  ])('%s is refused', async (_name, url) => {
    const { route } = setupAll();
    const sender = { id: OWN_ID, ...(url ? { url } : {}), tab: { id: 3, ...(url ? { url } : {}) } };
    expect(await route({ type: 'page/settings', payload: { host: 'sycm.taobao.com', platform: 'taobao' } }, sender)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });

  test('a site the seller added is served as its own custom platform, and only that one', async () => {
    const { db, route } = setupAll();
    await db.settings.put({ key: 'customSites', value: [{ origin: 'https://erp.example.com', addedAt: 1 }] });
    const from = pageSender('https://erp.example.com/items');
    expect(await route({ type: 'page/settings', payload: { host: 'x', platform: 'custom:https://erp.example.com' } }, from)).toMatchObject({ ok: true });
    expect(await route({ type: 'page/settings', payload: { host: 'x', platform: 'taobao' } }, from)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  test('a foreign frame inside a seller page (an ad, a chat widget) is refused: the frame’s address counts, not the tab’s', async () => {
    const { route } = setupAll();
    const frame = { id: OWN_ID, url: 'https://ads.example.com/slot', frameId: 7, tab: { id: 3, url: SYCM } };
    expect(await route({ type: 'page/settings', payload: { host: 'sycm.taobao.com', platform: 'taobao' } }, frame)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  test('a marketplace switched off may only ask whether it is on', async () => {
    const { db, route } = setupAll();
    await db.settings.put({ key: 'sitesEnabled', value: { taobao: false } });
    expect(await route({ type: 'page/settings', payload: { host: 'x', platform: 'taobao' } }, pageSender(SYCM))).toMatchObject({
      ok: true,
      data: { siteEnabled: false },
    });
    expect(await route(capture('taobao'), pageSender(SYCM))).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  test.each([
    ['switching a pack off', { type: 'compliance/pack/set', payload: { storeId: 'taobao:*', packId: 'prc-ad-law-absolute', enabled: false } }],
    ['importing a word list', { type: 'compliance/import', payload: { storeId: 'taobao:*', kind: 'allow', text: '最好', format: 'txt' } }],
    ['removing a custom word', { type: 'compliance/custom/remove', payload: { storeId: 'taobao:*', term: '最好' } }],
    ['deleting a run', { type: 'playbooks/delete', payload: { runId: 'r1' } }],
    ['restoring a run', { type: 'playbooks/restore', payload: { runId: 'r1' } }],
    ['archiving a run', { type: 'playbooks/archive', payload: { runId: 'r1', archived: true } }],
    ['listing deleted runs', { type: 'playbooks/runs', payload: { deleted: true } }],
    ['listing archived runs', { type: 'playbooks/runs', payload: { includeArchived: true } }],
  ])('%s is an options-page operation: refused from a content script', async (_name, message) => {
    const { db, route } = setupAll();
    const before = await db.settings.count();
    expect(await route(message, pageSender(SYCM))).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringMatching(/options page/) } });
    expect(await db.settings.count()).toBe(before);
  });

  test('the options page (even open in a tab) may switch a pack off', async () => {
    const { route } = setupAll();
    const answer = await route({ type: 'compliance/pack/set', payload: { storeId: 'taobao:*', packId: 'prc-ad-law-absolute', enabled: false } }, OPTIONS);
    expect(answer).toMatchObject({ ok: true, data: { packs: { 'prc-ad-law-absolute': false } } });
  });
});

describe('a page\'s messages are stored in the order they came', () => {
  test('a dock toggled off and straight on again ends on, even when the first site-list read is the slower one', async () => {
    const db = openDatabase(`router-order-${Math.random().toString(36).slice(2)}`);
    const options = routerOptions(OWN_ID, db);
    // The first read answers last, as an IndexedDB read may under load.
    let reads = 0;
    const slowFirst: typeof options = {
      ...options,
      siteList: async () => {
        const list = await options.siteList();
        if (reads++ === 0) await new Promise((resolve) => setTimeout(resolve, 30));
        return list;
      },
    };
    const route = createRouter(coreHandlers(db, () => 1_700_000_000_000) as never, slowFirst);
    const url = 'https://sycm.taobao.com/cc/item_rank';
    const page = { id: OWN_ID, url, tab: { id: 7, url } };
    const off = route({ type: 'sidebar/set', payload: { host: 'sycm.taobao.com', mode: 'overlay' } }, page);
    const on = route({ type: 'sidebar/set', payload: { host: 'sycm.taobao.com', mode: 'docked' } }, page);
    await Promise.all([off, on]);
    expect((await db.settings.get('sidebar:sycm.taobao.com'))?.value).toMatchObject({ mode: 'docked' });
  });
});
