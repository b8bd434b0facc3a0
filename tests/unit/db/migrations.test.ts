import { openDatabase, SCHEMA_VERSIONS, SYNC_TABLE_NAMES, TABLE_NAMES } from '../../../lib/db/schema';
import { upgradeFrom } from './migrate';

describe('database schema', () => {
  test('has every table of the data model', async () => {
    const db = openDatabase(`schema-${Date.now()}`);
    await db.open();
    expect(db.tables.map((t) => t.name).sort()).toEqual([...TABLE_NAMES, ...SYNC_TABLE_NAMES].sort());
    db.close();
  });

  test('versions are declared in order, one step at a time', () => {
    expect(SCHEMA_VERSIONS.map((v) => v.version)).toEqual(SCHEMA_VERSIONS.map((_, i) => i + 1));
  });

  test.each(SCHEMA_VERSIONS.map((v) => v.version))('data written at version %i is still there at the latest version', async (version) => {
    const db = await upgradeFrom(version, async (old) => {
      await old.table('runs').add({ id: 'run-1', templateId: 'campaign', templateVersion: 1, name: '双11 2026', dates: {}, targets: {}, createdAt: 1, archived: false });
      await old.table('taskStates').put({ runId: 'run-1', taskId: 'coupons', status: 'done', updatedAt: 2 });
      await old.table('snapshots').add({ platform: 'taobao', productId: '1', period: '2026-11-20', currency: 'CNY', metrics: { visitors: 10 }, source: 's', capturedAt: 3 });
    });
    expect(await db.runs.get('run-1')).toMatchObject({ name: '双11 2026' });
    expect(await db.taskStates.get(['run-1', 'coupons'])).toMatchObject({ status: 'done' });
    expect(await db.snapshots.where('[platform+productId+period]').equals(['taobao', '1', '2026-11-20']).count()).toBe(1);
    db.close();
  });

  test('version 2 adds team sync\'s update log, empty, next to the rows of version 1, and it keeps updates by document', async () => {
    const db = await upgradeFrom(1, async (old) => {
      await old.table('runs').add({ id: 'run-1', templateId: 'campaign', templateVersion: 1, name: '双11 2026', dates: {}, targets: {}, createdAt: 1, archived: false });
    });
    expect(db.verno).toBe(SCHEMA_VERSIONS.length);
    expect(await db.teamUpdates.count()).toBe(0);
    expect(await db.runs.get('run-1')).toMatchObject({ name: '双11 2026' });
    await db.teamUpdates.bulkAdd([
      { doc: 'team1/run/run-1', update: new Uint8Array([1, 2]) },
      { doc: 'team1/index', update: new Uint8Array([3]) },
    ]);
    expect((await db.teamUpdates.where('doc').equals('team1/run/run-1').toArray()).map((r) => [...r.update])).toEqual([[1, 2]]);
    db.close();
  });

  test('version 3: snapshots stored with a query or hash keep the page path only', async () => {
    const db = await upgradeFrom(2, async (old) => {
      const row = { platform: 'taobao', period: '2026-11-20', currency: 'CNY', metrics: {}, capturedAt: 3 };
      await old.table('snapshots').bulkAdd([
        { ...row, productId: '1', source: 'https://sycm.taobao.com/cc/item_rank?token=secret&shopId=9#list' },
        { ...row, productId: '2', source: 'https://sellercentral.amazon.com/business-reports/ref=xx' },
        { ...row, productId: '3', source: 'not an address' },
      ]);
    });
    expect((await db.snapshots.orderBy('[platform+productId]').toArray()).map((s) => s.source)).toEqual([
      'https://sycm.taobao.com/cc/item_rank',
      'https://sellercentral.amazon.com/business-reports/ref=xx',
      '',
    ]);
    db.close();
  });

  test('version 4 adds store days, empty, beside the snapshots of version 3; one row per store per day', async () => {
    const db = await upgradeFrom(3, async (old) => {
      await old.table('snapshots').add({ platform: 'taobao', productId: '1', period: '2026-11-20', currency: 'CNY', metrics: { visitors: 10 }, source: 's', capturedAt: 3 });
    });
    expect(await db.storeDays.count()).toBe(0);
    expect(await db.snapshots.count()).toBe(1);
    const day = { platform: 'taobao' as const, storeId: 'taobao:花漾美妆旗舰店', period: '2026-11-20', currency: 'CNY', metrics: { visitors: 9 }, source: '', capturedAt: 4 };
    await db.storeDays.put(day);
    await db.storeDays.put({ ...day, metrics: { visitors: 12 } });
    await db.storeDays.put({ ...day, period: '2026-11-19' });
    expect(await db.storeDays.get(['taobao', 'taobao:花漾美妆旗舰店', '2026-11-20'])).toMatchObject({ metrics: { visitors: 12 } });
    expect(await db.storeDays.count()).toBe(2);
    db.close();
  });

  test('a second snapshot for the same product and day is refused by the unique index', async () => {
    const db = openDatabase(`unique-${Date.now()}`);
    const row = { platform: 'taobao' as const, productId: '1', period: '2026-11-20', currency: 'CNY', metrics: {}, source: 's', capturedAt: 1 };
    await db.snapshots.add(row);
    await expect(db.snapshots.add({ ...row, capturedAt: 2 })).rejects.toThrow();
    db.close();
  });
});
