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

describe('a backup is checked field by field, so no restored record can break a page', () => {
  const empty = { playbooks: [], runs: [], taskStates: [], stores: [], products: [], snapshots: [], alerts: [], settings: [] };
  const backupWith = (tables: Partial<Record<keyof typeof empty, unknown[]>>) =>
    JSON.stringify({ format: BACKUP_FORMAT, schemaVersion: 1, exportedAt: '2026-11-25T08:00:00.000Z', tables: { ...empty, ...tables } });
  const task = { runId: 'r1', taskId: 'coupons', status: 'done', updatedAt: 2 };
  const alert = {
    platform: 'taobao',
    productId: '6001',
    ruleId: 'traffic-drop',
    status: 'open',
    severity: 'high',
    evidence: { metric: 'visitors', value: 120, baseline: 800, period: '2026-11-20' },
    firstPeriod: '2026-11-20',
    lastPeriod: '2026-11-20',
    seenCount: 1,
    updatedAt: 3,
  };

  test.each([
    ['a task link that would run script on click', { taskStates: [{ ...task, link: 'javascript:alert(1)' }] }, /^tables\.taskStates\[0\]\.link: /],
    ['a tick stamped ten years ahead (it would win every later merge)', { taskStates: [{ ...task, updatedAt: Date.now() + 10 * 365 * 86_400_000 }] }, /^tables\.taskStates\[0\]\.updatedAt: lies in the future/],
    ['a custom template missing its phases', { playbooks: [{ id: 'mine@1', version: 1, template: { id: 'mine', version: 1 }, updatedAt: 1 }] }, /^tables\.playbooks\[0\]\.template\.\w+/],
    ['a settings row nobody reads', { settings: [{ key: 'evil', value: '<img onerror>' }] }, /^tables\.settings\[0\]\.key: "evil" is not a Seller Sidekick setting/],
    ['a sidebar width outside 280–720', { settings: [{ key: 'sidebar:sycm.taobao.com', value: { open: true, width: 99999 } }] }, /^tables\.settings\[0\]\.value\.width: /],
    ['a word list with a term as an object', { settings: [{ key: 'compliance:taobao:*', value: { packs: {}, custom: [{ term: { a: 1 } }], allow: [] } }] }, /^tables\.settings\[0\]\.value\.custom\[0\]\.term: /],
    ['an alert whose evidence value is text', { alerts: [{ ...alert, evidence: { ...alert.evidence, value: '120' } }] }, /^tables\.alerts\[0\]\.evidence\.value: /],
    ['an alert evidence with a nested object', { alerts: [{ ...alert, evidence: { ...alert.evidence, extra: { deep: { x: 1 } } } }] }, /^tables\.alerts\[0\]\.evidence\.extra\.deep: /],
    ['a run name of 10,000 characters', { runs: [{ id: 'r1', templateId: 'campaign', templateVersion: 1, name: '长'.repeat(10_000), dates: {}, targets: {}, createdAt: 1, archived: false }] }, /^tables\.runs\[0\]\.name: /],
    ['a store whose id does not match its platform and shop', { stores: [{ id: 'jd:x', platform: 'taobao', shopId: 'y', name: 'y', firstSeen: 1, lastSeen: 1 }] }, /^tables\.stores\[0\]\.id: /],
  ])('%s is refused with its path, and nothing is restored', (_name, tables, expected) => {
    const parsed = parseBackup(backupWith(tables));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors).toEqual(expect.arrayContaining([expect.stringMatching(expected)]));
  });

  test('the settings every feature writes pass, and a snapshot’s address comes back without its query', async () => {
    const parsed = parseBackup(
      backupWith({
        settings: [
          { key: 'uiLanguage', value: 'en' },
          { key: 'sitesEnabled', value: { jd: false } },
          { key: 'customSites', value: [{ origin: 'https://erp.example.com', addedAt: 1 }] },
          { key: 'sidebar:sycm.taobao.com', value: { open: false, width: 360 } },
          { key: 'compliance:taobao:*', value: { packs: { x: true }, custom: [], allow: ['第一次'] } },
          { key: 'alerts:retentionDays', value: 90 },
          { key: 'alerts:benchmarkOverrides', value: [] },
          { key: 'alerts:ruleSettings', value: { '*': { disabledRules: ['order-volume-abnormal'], enabledRules: ['buybox-under-floor'], thresholds: {} } } },
          { key: 'team', value: { server: 'wss://sync.example.com', inviteCode: 'abcdefghij.' + 'A'.repeat(43), teamId: 'abcdefghij', memberId: 'member01', name: '王运营', role: 'operations', joinedAt: 1 } },
          { key: 'teamHandoffsSeen', value: { 'r1:brief': 2 } },
        ],
        alerts: [alert, { ...alert, ruleId: 'buybox-falling', evidence: { ...alert.evidence, threshold: { key: 'buyBoxDropPoints', value: 0.1, source: 'default', limit: 0.85 } } }],
        snapshots: [{ platform: 'taobao', productId: '6001', period: '2026-11-20', currency: 'CNY', metrics: { visitors: 1 }, source: 'https://sycm.taobao.com/cc/item_rank?token=secret#x', capturedAt: 3 }],
      }),
    );
    expect(parsed.ok ? [] : parsed.errors).toEqual([]);
    if (!parsed.ok) return;
    const db = openDatabase(`restore-${Math.random().toString(36).slice(2)}`);
    await restoreBackup(db, parsed.backup);
    expect((await db.snapshots.toArray())[0]?.source).toBe('https://sycm.taobao.com/cc/item_rank');
  });
});
