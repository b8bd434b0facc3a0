import { BACKUP_FORMAT, clearAllData, exportBackup, parseBackup, restoreBackup } from '../../../lib/db/backup';
import { openDatabase } from '../../../lib/db/schema';

async function seededDb() {
  const db = openDatabase(`backup-${Math.random().toString(36).slice(2)}`);
  await db.runs.add({ id: 'r1', templateId: 'campaign', templateVersion: 1, name: '双11 2026', dates: { burstStart: '2026-11-11' }, targets: { gmv: 500000 }, createdAt: 1, archived: false });
  await db.taskStates.put({ runId: 'r1', taskId: 'coupons', status: 'done', note: '满200减30 已配置', updatedAt: 2 });
  await db.snapshots.add({ platform: 'taobao', productId: '6001', period: '2026-11-20', currency: 'CNY', metrics: { visitors: 1391, conversionRate: 0.0321, gmv: null }, source: 'https://sycm.taobao.com/cc/item_rank', capturedAt: 3 });
  await db.settings.put({ key: 'uiLanguage', value: 'zh-CN' });
  return db;
}

describe('backup export and import', () => {
  test('an exported backup restores every row into an empty database', async () => {
    const source = await seededDb();
    const backup = await exportBackup(source, new Date('2026-11-25T08:00:00Z'));
    const parsed = parseBackup(JSON.stringify(backup));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.rowCount).toBe(4);
    const target = openDatabase(`restore-${Date.now()}`);
    await restoreBackup(target, parsed.backup);
    expect(await target.taskStates.get(['r1', 'coupons'])).toMatchObject({ note: '满200减30 已配置' });
    expect((await target.snapshots.toArray())[0]?.metrics).toEqual({ visitors: 1391, conversionRate: 0.0321, gmv: null });
  });

  test.each([
    ['a file that is not JSON', '{"format": "seller-sidek', /not valid JSON/],
    ['another program’s JSON', '{"hello": 1}', /format: not a Seller Sidekick backup/],
    [
      'a snapshot with a text metric',
      JSON.stringify({
        format: BACKUP_FORMAT,
        schemaVersion: 1,
        exportedAt: 'x',
        tables: { playbooks: [], runs: [], taskStates: [], stores: [], products: [], alerts: [], settings: [], snapshots: [{ platform: 'taobao', productId: '1', period: '2026-11-20', currency: 'CNY', metrics: { gmv: '1,234' }, source: '', capturedAt: 1 }] },
      }),
      /^tables\.snapshots\[0\]\.metrics\.gmv: /,
    ],
    ['a backup from a newer version', JSON.stringify({ format: BACKUP_FORMAT, schemaVersion: 99, exportedAt: 'x', tables: {} }), /schemaVersion: made by a newer Seller Sidekick/],
  ])('%s is rejected naming the exact field', (_name, text, expected) => {
    const parsed = parseBackup(text);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors.some((e) => expected.test(e))).toBe(true);
  });

  test('a restore that fails half-way leaves the database exactly as it was', async () => {
    const db = await seededDb();
    const backup = await exportBackup(db);
    // Two task states with the same key: the second bulkAdd fails inside the transaction.
    backup.tables.taskStates.push({ ...backup.tables.taskStates[0]! });
    backup.tables.runs = [];
    await expect(restoreBackup(db, backup)).rejects.toThrow();
    expect(await db.runs.count()).toBe(1);
    expect(await db.taskStates.count()).toBe(1);
  });

  test('clear all data empties every table', async () => {
    const db = await seededDb();
    await clearAllData(db);
    expect(await db.runs.count()).toBe(0);
    expect(await db.settings.count()).toBe(0);
  });
});
