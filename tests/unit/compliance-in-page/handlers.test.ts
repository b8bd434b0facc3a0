import { openDatabase, type SidekickDb } from '../../../lib/db/schema';
import { loadCompiled } from '../../../lib/compliance/matcher';
import { complianceKey } from '../../../lib/compliance/shop-choices';
import { decodeMatcher } from '../../../lib/compliance/wire';
import { createClient } from '../../../lib/messaging/client';
import { SidekickError } from '../../../lib/messaging/define';
import { complianceHandlers } from '../../../lib/messaging/handlers/compliance';
import { createRouter } from '../../../lib/messaging/router';
import { routerOptions } from '../../support/router';

const OWN_ID = 'sidekick-extension-id';
const STORE = 'taobao:花漾美妆旗舰店';

function setup(db: SidekickDb = openDatabase(`compliance-${Math.random().toString(36).slice(2)}`)) {
  const route = createRouter(complianceHandlers(db) as never, routerOptions(OWN_ID, db));
  const send = createClient((message) => route(message, { id: OWN_ID }));
  return { db, send };
}

async function termsOn(send: ReturnType<typeof setup>['send'], text: string, platform: 'taobao' | 'amazon' = 'taobao', storeId = STORE) {
  const answer = await send('compliance/matcher', { platform, storeId, browserLang: 'zh-CN' });
  return loadCompiled(decodeMatcher(answer.matcher)).scan(text).map((f) => f.term);
}

describe('the store matcher the background compiles', () => {
  test('a Taobao page gets the PRC and Taobao packs: 全网最低价 and 销量第一 marked, 第一次 and 最近 not', async () => {
    const { send } = setup();
    expect(await termsOn(send, '全网最低价 最好用的口红 秋冬第一次涂 最近超火 销量第一')).toEqual(['全网最低价', '最好用', '销量第一']);
  });

  test('"always allow 第一 in this store" clears it in that store only, and the signature changes', async () => {
    const { send } = setup();
    const before = await send('compliance/matcher', { platform: 'taobao', storeId: STORE, browserLang: 'en' });
    await send('compliance/allow/add', { storeId: STORE, text: '销量第一' });
    const after = await send('compliance/matcher', { platform: 'taobao', storeId: STORE, browserLang: 'en' });
    expect(after.signature).not.toBe(before.signature);
    expect(await termsOn(send, '销量第一的口红')).toEqual([]);
    expect(await termsOn(send, '销量第一的口红', 'taobao', 'taobao:另一家店')).toEqual(['销量第一']);
    await send('compliance/allow/remove', { storeId: STORE, text: '销量第一' });
    expect(await termsOn(send, '销量第一的口红')).toEqual(['销量第一']);
  });

  test('after a worker stop (fresh handlers, empty cache) the same store gets the same matcher from the database', async () => {
    const { db, send } = setup();
    await send('compliance/allow/add', { storeId: STORE, text: '最好用' });
    const restarted = setup(db);
    expect(await termsOn(restarted.send, '最好用的口红')).toEqual([]);
  });

  test('switching a pack off drops its terms; null returns it to the platform default', async () => {
    const { send } = setup();
    await send('compliance/pack/set', { storeId: STORE, packId: 'prc-ad-law-absolute', enabled: false });
    const view = await send('compliance/store', { platform: 'taobao', storeId: STORE });
    expect(view.packList.find((p) => p.id === 'prc-ad-law-absolute')).toMatchObject({ enabled: false, byDefault: true });
    expect(await termsOn(send, '最好用的口红')).toEqual([]);
    await send('compliance/pack/set', { storeId: STORE, packId: 'prc-ad-law-absolute', enabled: null });
    expect(await termsOn(send, '最好用的口红')).toEqual(['最好用']);
  });

  test('platform packs switch themselves on: Amazon rules on Amazon, not on Taobao', async () => {
    const { send } = setup();
    const amazon = await send('compliance/store', { platform: 'amazon', storeId: 'amazon:Harbor & Pine' });
    const taobao = await send('compliance/store', { platform: 'taobao', storeId: STORE });
    expect(amazon.packList.find((p) => p.id === 'amazon-listing-en')?.enabled).toBe(true);
    expect(taobao.packList.find((p) => p.id === 'amazon-listing-en')?.enabled).toBe(false);
    expect(taobao.packList.find((p) => p.id === 'taobao-tmall')?.enabled).toBe(true);
    expect(await termsOn(send, 'Best Seller dog treats', 'amazon', 'amazon:Harbor & Pine')).toContain('Best Seller');
  });

  test('the popover language follows the options choice, else the browser', async () => {
    const { db, send } = setup();
    expect((await send('compliance/matcher', { platform: 'taobao', storeId: STORE, browserLang: 'zh-CN' })).lang).toBe('zh-CN');
    await db.settings.put({ key: 'uiLanguage', value: 'en' });
    expect((await send('compliance/matcher', { platform: 'taobao', storeId: STORE, browserLang: 'zh-CN' })).lang).toBe('en');
  });
});

describe('importing word lists', () => {
  test('a CSV with a bad line 3 names it and imports nothing', async () => {
    const { db, send } = setup();
    const outcome = await send('compliance/import', { storeId: STORE, kind: 'custom', text: 'term,severity\n爆款,warn\n秒光,sometimes\n', format: 'csv' });
    expect(outcome).toMatchObject({ ok: false, line: 3 });
    expect(await db.settings.get(complianceKey(STORE))).toBeUndefined();
  });

  test('own terms are marked as custom findings; deleting one stops it', async () => {
    const { send } = setup();
    expect(await send('compliance/import', { storeId: STORE, kind: 'custom', text: '爆款\n秒光\n', format: 'txt' })).toEqual({ ok: true, added: 2, total: 2 });
    expect(await termsOn(send, '今日爆款，库存秒光')).toEqual(['爆款', '秒光']);
    await send('compliance/custom/remove', { storeId: STORE, term: '爆款' });
    expect(await termsOn(send, '今日爆款，库存秒光')).toEqual(['秒光']);
  });

  test('an allow-list import merges without duplicates', async () => {
    const { send } = setup();
    await send('compliance/allow/add', { storeId: STORE, text: '第一步' });
    expect(await send('compliance/import', { storeId: STORE, kind: 'allow', text: '第一步\n最好用\n', format: 'txt' })).toEqual({ ok: true, added: 1, total: 2 });
  });

  test('messages are checked at the boundary: an empty allow text is refused with the field named', async () => {
    const { send } = setup();
    const error = await send('compliance/allow/add', { storeId: STORE, text: '' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SidekickError);
    expect((error as SidekickError).issues.join()).toMatch(/^text:/);
  });
});
