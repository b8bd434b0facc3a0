import { createClient } from '../../../lib/messaging/client';
import { SidekickError } from '../../../lib/messaging/define';
import { coreHandlers } from '../../../lib/messaging/handlers/core';
import { createRouter } from '../../../lib/messaging/router';
import { openDatabase } from '../../../lib/db/schema';

const OWN_ID = 'sidekick-extension-id';

function setup() {
  const db = openDatabase(`router-${Math.random().toString(36).slice(2)}`);
  const route = createRouter(coreHandlers(db, () => 1_700_000_000_000) as never, OWN_ID);
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
