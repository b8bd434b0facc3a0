import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { launchSidekick, ROOT, type SidekickBrowser } from '../harness/browser';
import { readTable } from '../harness/db';
import { startFixtureServer, type FixtureServer } from '../harness/server';
import { addTeam, startRelay, startSyncServerProcess, syncServerCommand, type Relay, type SyncServerProcess } from '../harness/sync-server';
import { redisServerInstalled, startRedis } from '../server/redis-harness';
import { report, sidebar, stopServiceWorker } from './harness';

const COUPONS = 'https://myseller.taobao.com/home.htm/marketing/coupon/list';
const SYCM = 'https://sycm.taobao.com/cc/item_rank?dateRange=2026-11-20%7C2026-11-20&dateType=day';
const STORE = 'taobao:花漾美妆旗舰店';
const DOUBLE11 = { preheatStart: '2026-10-24', burstStart: '2026-11-11', burstEnd: '2026-11-11', returnEnd: '2026-11-13' };

const THEME = 'Pick the theme and the main mechanics';
const BUDGET = 'Work out the budget and the stock to hold';
const SCHEDULE = 'Set the schedule and the discount depth';
const CAMPAIGN_PAGE = 'Build the campaign page (desktop and mobile)';
const THEME_ZH = '确定活动主题与核心玩法';
const SCHEDULE_ZH = '排定活动节奏与优惠力度';
const BUDGET_ZH = '测算预算与备货量';
const CAMPAIGN_PAGE_ZH = '搭建活动页（PC 与移动端）';
const PREHEAT_ZH = '排定站内外预热节奏';
const PREHEAT = 'Schedule the pre-heat on and off the platform';
const COUPONS_TASK = 'Set up the coupons (spend-and-save, category, first-order)';
const ONSITE = 'On-site pre-heat: home-page banner, push, member SMS';

interface Member {
  name: string;
  role: string;
  browser: SidekickBrowser;
  relay: Relay;
  page: Page;
}

const checked = (page: Page, title: string) => sidebar(page).getByRole('checkbox', { name: title, exact: true }).getAttribute('aria-checked');

async function openPlaybooks(page: Page, url: string, tabName = 'Playbooks') {
  await page.goto(url);
  const aside = sidebar(page);
  await expect.poll(() => aside.isVisible(), { timeout: 15_000 }).toBe(true);
  await aside.getByRole('tab', { name: tabName }).click();
  return aside;
}

/** Options → Team as a seller fills it in. */
async function joinTeam(browser: SidekickBrowser, server: string, inviteCode: string, name: string, role: string, labels = { server: 'Server', invite: 'Invite code', name: 'Your name', join: 'Join' }) {
  const options = await browser.extensionPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html#team`);
  await options.getByLabel(labels.server, { exact: true }).fill(server);
  await options.getByLabel(labels.invite, { exact: true }).fill(inviteCode);
  await options.getByLabel(labels.name, { exact: true }).fill(name);
  await options.getByRole('combobox').selectOption({ label: role });
  await options.getByRole('button', { name: labels.join, exact: true }).click();
  return options;
}

/** Picks an owner and assigns it with a real click (the picker assigns on the button, never on the list). */
async function assignOwner(task: Locator, label: string) {
  await task.getByLabel('Owner').selectOption({ label });
  await task.getByRole('button', { name: 'Assign', exact: true }).click();
}

const connection = (options: Page) => options.locator('[data-connection]').getAttribute('data-connection');

/** Milliseconds until `title` shows `state` on `page` (polled every 20 ms; fails the test past `timeoutMs`). */
async function timeUntil(page: Page, title: string, state: 'true' | 'false', timeoutMs: number): Promise<number> {
  const started = Date.now();
  await expect.poll(() => checked(page, title), { timeout: timeoutMs, interval: 20 }).toBe(state);
  return Date.now() - started;
}

describe('a team of three on one shared run', () => {
  let fixtures: FixtureServer;
  let sync: SyncServerProcess;
  let inviteCode: string;
  const members: Member[] = [];
  let runId = '';

  beforeAll(async () => {
    fixtures = await startFixtureServer();
    sync = await startSyncServerProcess();
    inviteCode = await addTeam(sync.dataFile, '花漾美妆运营组');
    expect(inviteCode).toMatch(/^[a-z0-9]+\.[A-Za-z0-9_-]+$/);
    for (const [name, role, lang] of [
      ['王运营', 'Operations', 'en-US'],
      ['李市场', 'Marketing', 'en-US'],
      ['赵客服', '客服', 'zh-CN'],
    ] as const) {
      const browser = await launchSidekick({ port: fixtures.port, lang, viewport: { width: 1100, height: 900 } });
      const relay = await startRelay(sync.port);
      members.push({ name, role, browser, relay, page: await browser.context.newPage() });
    }
  });
  afterAll(async () => {
    for (const m of members) {
      await m.browser.close().catch(() => undefined);
      await m.relay.close();
    }
    await sync?.stop();
    await fixtures?.close();
  });

  test('three profiles join from Options → Team; one shares a run from the sidebar; every tick shows in the others within a second', async () => {
    const [wang, li, zhao] = members as [Member, Member, Member];
    // Not joined yet: nothing to share with, and no connection.
    const optionsBefore = await wang.browser.extensionPage();
    await optionsBefore.goto(`chrome-extension://${wang.browser.extensionId}/options.html#team`);
    await expect.poll(() => optionsBefore.getByRole('button', { name: 'Join', exact: true }).isVisible()).toBe(true);

    const wss = await joinTeam(wang.browser, 'ws://sync.example.com', inviteCode, wang.name, wang.role);
    await expect.poll(() => wss.getByRole('alert').textContent()).toContain('Use wss://');

    for (const m of members) {
      const labels = m === zhao ? { server: '服务器', invite: '邀请码', name: '你的名字', join: '加入' } : undefined;
      const options = await joinTeam(m.browser, m.relay.url, inviteCode, m.name, m.role, labels);
      await expect.poll(() => connection(options), { timeout: 10_000 }).toBe('connected');
    }

    const options = await wang.browser.extensionPage();
    const started = (await options.evaluate(
      ([store, dates]) => chrome.runtime.sendMessage({ type: 'playbooks/start', payload: { templateId: 'campaign', name: '双11 2026', storeId: store, platform: 'taobao', dates, targets: { gmv: 1_000_000 } } }),
      [STORE, DOUBLE11] as const,
    )) as { ok: boolean; data: { id: string } };
    expect(started.ok).toBe(true);
    runId = started.data.id;

    const aside = await openPlaybooks(wang.page, COUPONS);
    await aside.getByRole('checkbox', { name: THEME, exact: true }).click();
    await aside.getByRole('button', { name: 'Share with team', exact: true }).click();
    await expect.poll(() => aside.getByText('Shared with the team').isVisible(), { timeout: 5_000 }).toBe(true);

    await openPlaybooks(li.page, SYCM);
    await openPlaybooks(zhao.page, COUPONS, '运营手册');
    await expect.poll(() => checked(li.page, THEME), { timeout: 10_000 }).toBe('true');
    await expect.poll(() => checked(zhao.page, THEME_ZH), { timeout: 10_000 }).toBe('true');
    expect(await sidebar(li.page).getByText(/Done by 王运营 \(Operations\)/).first().isVisible()).toBe(true);
    expect(await sidebar(li.page).getByText('Shared by 王运营 (Operations)').isVisible()).toBe(true);

    const latencies: number[] = [];
    await sidebar(wang.page).getByRole('checkbox', { name: BUDGET, exact: true }).click();
    latencies.push(await timeUntil(li.page, BUDGET, 'true', 1_000));
    await sidebar(li.page).getByRole('checkbox', { name: THEME, exact: true }).click();
    latencies.push(await timeUntil(wang.page, THEME, 'false', 1_000));
    await sidebar(li.page).getByRole('checkbox', { name: SCHEDULE, exact: true }).click();
    latencies.push(await timeUntil(wang.page, SCHEDULE, 'true', 1_000));
    await expect.poll(() => checked(zhao.page, SCHEDULE_ZH), { timeout: 1_000 }).toBe('true');
    report('team tick shown in another profile (max of 3)', Math.max(...latencies));
    expect(await sidebar(wang.page).getByText(/Done by 李市场 \(Marketing\)/).first().isVisible()).toBe(true);
  });

  test('two members tick, untick and note the same task at the same moment: every browser ends up the same, both notes kept', async () => {
    const [wang, li, zhao] = members as [Member, Member, Member];
    const taskTitle = 'Count stock and set low-stock alerts';
    for (let round = 0; round < 3; round++) {
      await Promise.all([wang, li].map((m) => sidebar(m.page).getByRole('checkbox', { name: taskTitle, exact: true }).click()));
    }
    const states = async (m: Member) =>
      JSON.stringify((await readTable<{ runId: string; taskId: string; status: string; by?: unknown }>(await m.browser.extensionPage(), 'taskStates')).filter((s) => s.runId === runId).map(({ taskId, status, by }) => [taskId, status, by]).sort());
    await expect.poll(async () => new Set([await states(wang), await states(li), await states(zhao)]).size, { timeout: 5_000 }).toBe(1);
    await expect.poll(async () => (await checked(wang.page, taskTitle)) === (await checked(li.page, taskTitle)), { timeout: 5_000 }).toBe(true);

    for (const [m, note] of [[wang, '王：已和仓库确认'], [li, '李：投放量已发给仓库']] as const) {
      await sidebar(m.page).getByRole('button', { name: `Details: ${taskTitle}` }).click();
      await sidebar(m.page).getByLabel('Note').fill(note);
    }
    await Promise.all([wang, li].map((m) => sidebar(m.page).getByRole('button', { name: 'Save', exact: true }).click()));
    await expect.poll(() => sidebar(wang.page).getByText('李：投放量已发给仓库').isVisible(), { timeout: 5_000 }).toBe(true);
    await expect.poll(() => sidebar(li.page).getByText('王：已和仓库确认').isVisible(), { timeout: 5_000 }).toBe(true);
    for (const m of [wang, li]) await sidebar(m.page).getByRole('button', { name: `Details: ${taskTitle}` }).click();
  });

  test('one profile offline for a while: edits on both sides, then everything merges, notes of both kept', async () => {
    const [wang, li, zhao] = members as [Member, Member, Member];
    await zhao.relay.offline();
    const zhaoOptions = await zhao.browser.extensionPage();
    await expect.poll(() => connection(zhaoOptions), { timeout: 10_000 }).toBe('offline');

    // Online side: a tick and a note. Offline side: another tick and a note on the same task.
    await sidebar(wang.page).getByRole('checkbox', { name: CAMPAIGN_PAGE, exact: true }).click();
    await sidebar(wang.page).getByRole('button', { name: `Details: ${BUDGET}` }).click();
    await sidebar(wang.page).getByLabel('Note').fill('预算 12 万');
    await sidebar(wang.page).getByRole('button', { name: 'Save', exact: true }).click();
    await sidebar(zhao.page).getByRole('checkbox', { name: PREHEAT_ZH, exact: true }).click();
    await sidebar(zhao.page).getByRole('button', { name: `详情：${BUDGET_ZH}` }).click();
    await sidebar(zhao.page).getByLabel('备注').fill('客服话术已备好');
    await sidebar(zhao.page).getByRole('button', { name: '保存', exact: true }).click();
    // Stays offline for a while, through a worker stop: nothing is lost.
    await stopServiceWorker(zhao.page);
    await new Promise((r) => setTimeout(r, 3_000));
    expect(await checked(li.page, CAMPAIGN_PAGE)).toBe('true');

    await zhao.relay.online();
    await zhao.page.reload();
    await openPlaybooks(zhao.page, COUPONS, '运营手册');
    await expect.poll(() => connection(zhaoOptions), { timeout: 15_000 }).toBe('connected');
    const all = async (m: Member) => (await readTable<{ runId: string; taskId: string; status: string }>(await m.browser.extensionPage(), 'taskStates')).filter((s) => s.runId === runId).map((s) => `${s.taskId}:${s.status}`).sort().join(',');
    await expect.poll(async () => (await all(wang)) === (await all(zhao)) && (await all(li)) === (await all(wang)), { timeout: 10_000 }).toBe(true);
    const budget = async (m: Member) => (await readTable<{ runId: string; taskId: string; note?: string; teamNotes?: { text: string }[] }>(await m.browser.extensionPage(), 'taskStates')).find((s) => s.runId === runId && s.taskId === 'budget-and-stock-plan');
    await expect.poll(async () => (await budget(wang))?.teamNotes?.map((n) => n.text), { timeout: 10_000 }).toEqual(['客服话术已备好']);
    expect((await budget(wang))?.note).toBe('预算 12 万');
    expect(await budget(zhao)).toMatchObject({ note: '客服话术已备好', teamNotes: [{ text: '预算 12 万' }] });
    await expect.poll(() => sidebar(li.page).getByText('客服话术已备好').isVisible(), { timeout: 5_000 }).toBe(true);
    await expect.poll(() => checked(zhao.page, CAMPAIGN_PAGE_ZH), { timeout: 5_000 }).toBe('true');
    await expect.poll(() => checked(wang.page, PREHEAT), { timeout: 5_000 }).toBe('true');
  });

  test('the server is killed mid-edit and restarted: edits made while it was down reach everyone', async () => {
    const [wang, li] = members as [Member, Member, Member];
    await sync.kill();
    const boxes = sidebar(wang.page).locator('[role="checkbox"][aria-checked="false"]');
    const titles = [((await boxes.nth(0).textContent()) ?? '').trim(), ((await boxes.nth(1).textContent()) ?? '').trim()];
    for (const title of titles) await sidebar(wang.page).getByRole('checkbox', { name: title, exact: true }).click();
    await sidebar(li.page).getByRole('checkbox', { name: BUDGET, exact: true }).click();
    await new Promise((r) => setTimeout(r, 1_000));
    await sync.restart();
    for (const title of titles) await expect.poll(() => checked(li.page, title), { timeout: 15_000 }).toBe('true');
    await expect.poll(() => checked(wang.page, BUDGET), { timeout: 15_000 }).toBe('false');
  });

  test('a key date moved in one profile moves the due dates in the others within seconds; a task owned by a member by name shows everywhere and in their My tasks', async () => {
    const [wang, li, zhao] = members as [Member, Member, Member];
    const due = (m: Member) => sidebar(m.page).locator('[data-task-id="onsite-preheat"] .pb-due').textContent();
    expect(await due(li)).not.toBe('due 2026-10-27');
    const options = await wang.browser.extensionPage();
    await options.goto(`chrome-extension://${wang.browser.extensionId}/options.html#playbook-runs`);
    await options.getByRole('button', { name: 'Edit: 双11 2026', exact: true }).click();
    const form = options.getByRole('form', { name: 'Edit 双11 2026' });
    // The form learns that the run is shared from the background: wait for it rather than look once.
    await form.getByText('A shared run:').waitFor({ timeout: 10_000 });
    await form.getByLabel('Pre-heat starts').fill('2026-10-27');
    await form.getByRole('button', { name: 'Save changes', exact: true }).click();
    const started = Date.now();
    // On-site pre-heat is due on the pre-heat day itself (0 working days); 2026-10-27 is a Tuesday with no holiday.
    await expect.poll(() => due(li), { timeout: 5_000, interval: 50 }).toBe('due 2026-10-27');
    await expect.poll(() => due(zhao), { timeout: 5_000, interval: 50 }).toBe('截止 2026-10-27');
    report('team key date moving the due dates in two other profiles', Date.now() - started);
    await expect.poll(() => due(wang), { timeout: 5_000 }).toBe('due 2026-10-27');
    for (const m of [li, zhao]) {
      const row = (await readTable<{ id: string; dates: Record<string, string> }>(await m.browser.extensionPage(), 'runs')).find((r) => r.id === runId);
      expect(row?.dates).toEqual({ ...DOUBLE11, preheatStart: '2026-10-27' });
    }

    // 李市场 gives the coupons to 赵客服 by name (every member who opened the run is offered), 王运营 the on-site pre-heat to marketing.
    await sidebar(li.page).getByRole('button', { name: `Details: ${COUPONS_TASK}` }).click();
    const picker = sidebar(li.page).locator('[data-task-id="configure-coupons"]').getByLabel('Owner');
    await expect.poll(async () => (await picker.locator('option').allTextContents()).includes('赵客服 (Customer service)'), { timeout: 10_000 }).toBe(true);
    expect(await picker.locator('option').allTextContents()).toContain('王运营 (Operations)');
    await assignOwner(sidebar(li.page).locator('[data-task-id="configure-coupons"]'), '赵客服 (Customer service)');
    await sidebar(li.page).getByRole('button', { name: `Details: ${COUPONS_TASK}` }).click();
    await sidebar(wang.page).getByRole('button', { name: `Details: ${ONSITE}` }).click();
    await assignOwner(sidebar(wang.page).locator('[data-task-id="onsite-preheat"]'), 'Everyone in Marketing');
    await sidebar(wang.page).getByRole('button', { name: `Details: ${ONSITE}` }).click();
    await expect.poll(() => sidebar(zhao.page).locator('[data-task-id="configure-coupons"] .pb-owner').textContent(), { timeout: 5_000 }).toBe('负责人：赵客服（客服）');
    await expect.poll(() => sidebar(zhao.page).locator('[data-task-id="onsite-preheat"] .pb-owner').textContent(), { timeout: 5_000 }).toBe('负责人：市场岗位');
    await expect.poll(() => sidebar(wang.page).locator('[data-task-id="configure-coupons"] .pb-owner').textContent(), { timeout: 5_000 }).toBe('Owner: 赵客服 (Customer service)');

    // 赵客服's own tasks: the coupons (theirs by name, though an operations task), not the on-site pre-heat (marketing's).
    await sidebar(zhao.page).getByRole('button', { name: '我的任务', exact: true }).click();
    await expect.poll(() => sidebar(zhao.page).locator('[data-task-id="configure-coupons"]').count()).toBe(1);
    expect(await sidebar(zhao.page).locator('[data-task-id="onsite-preheat"]').count()).toBe(0);
    await sidebar(zhao.page).getByRole('button', { name: '全部任务', exact: true }).click();
  });

  test('side by side: two browsers on the same shared run, in English and in Chinese (screenshot)', async () => {
    const [wang, , zhao] = members as [Member, Member, Member];
    await expect.poll(() => sidebar(zhao.page).getByText('已与团队共享').isVisible()).toBe(true);
    for (const m of [wang, zhao]) await sidebar(m.page).locator('[data-task-id="configure-coupons"]').scrollIntoViewIfNeeded();
    const shots = [await wang.page.screenshot(), await zhao.page.screenshot()];
    const composer = await wang.browser.context.newPage();
    await composer.setViewportSize({ width: 2220, height: 930 });
    await composer.setContent(
      `<body style="margin:0;display:flex;gap:20px;background:#111">${shots.map((png) => `<img src="data:image/png;base64,${png.toString('base64')}" width="1100">`).join('')}</body>`,
    );
    const dir = join(ROOT, 'tests/.artifacts');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'teams-side-by-side.png'), await composer.screenshot());
    await composer.close();
  });

  test('a cross-team hand-off ticked by marketing is shown to operations in the sidebar and the toolbar tooltip until acknowledged', async () => {
    const [wang, li] = members as [Member, Member, Member];
    const options = await wang.browser.extensionPage();
    const started = (await options.evaluate(
      ([store]) => chrome.runtime.sendMessage({ type: 'playbooks/start', payload: { templateId: 'cross-team', name: '双11 协同', storeId: store, platform: 'taobao', dates: { kickoffDate: '2026-10-20', goLiveDate: '2026-11-10', wrapUpDate: '2026-11-20' }, targets: {} } }),
      [STORE] as const,
    )) as { ok: boolean; data: { id: string } };
    expect(started.ok).toBe(true);
    const shared = (await options.evaluate((id) => chrome.runtime.sendMessage({ type: 'team/share', payload: { runId: id } }), started.data.id)) as { ok: boolean };
    expect(shared.ok).toBe(true);
    await li.page.reload();
    const aside = await openPlaybooks(li.page, SYCM);
    await expect.poll(async () => (await aside.getByLabel('Run', { exact: true }).locator('option').allTextContents()).some((o) => o.startsWith('双11 协同')), { timeout: 10_000 }).toBe(true);
    await aside.getByLabel('Run', { exact: true }).selectOption({ label: (await aside.getByLabel('Run', { exact: true }).locator('option').allTextContents()).find((o) => o.startsWith('双11 协同'))! });
    await aside.getByRole('checkbox', { name: 'Marketing → operations: creative and the media schedule', exact: true }).click();

    const banner = sidebar(wang.page).getByRole('region', { name: 'Handed to you' });
    await expect.poll(() => banner.textContent(), { timeout: 5_000 }).toContain('李市场 (Marketing) handed over “Marketing → operations: creative and the media schedule” in 双11 协同');
    const worker = await wang.browser.worker();
    await expect.poll(() => worker.evaluate(() => chrome.action.getTitle({})), { timeout: 5_000 }).toContain('1 hand-off(s) for you');
    await banner.getByRole('button', { name: 'Got it' }).click();
    await expect.poll(() => banner.isVisible(), { timeout: 5_000 }).toBe(false);
    await expect.poll(() => worker.evaluate(() => chrome.action.getTitle({})), { timeout: 5_000 }).toBe('Seller Sidekick');
  });

  test('a revoked invite code is refused, and the options page says so', async () => {
    const [wang] = members as [Member, Member, Member];
    await syncServerCommand(['revoke', inviteCode, '--data', sync.dataFile]);
    const options = await wang.browser.extensionPage();
    await options.goto(`chrome-extension://${wang.browser.extensionId}/options.html#team`);
    await expect.poll(() => connection(options), { timeout: 20_000 }).toBe('refused');
    expect(await options.getByRole('status').first().textContent()).toContain('refused this invite code');
    const fresh = await launchSidekick({ port: fixtures.port });
    try {
      const freshOptions = await joinTeam(fresh, sync.url, inviteCode, '新同事', 'Tech');
      await expect.poll(() => connection(freshOptions), { timeout: 10_000 }).toBe('refused');
      expect(await readTable(freshOptions, 'runs')).toEqual([]);
    } finally {
      await fresh.close();
    }
  });
});

describe.skipIf(!redisServerInstalled)('two sync server instances joined through Redis', () => {
  test('members connected to different instances see each other\'s ticks within a second', async () => {
    const fixtures = await startFixtureServer();
    const redis = await startRedis();
    const first = await startSyncServerProcess({ redisUrl: redis.url });
    const second = await startSyncServerProcess({ redisUrl: redis.url, dataFile: first.dataFile });
    const inviteCode = await addTeam(first.dataFile, '花漾美妆运营组');
    const browsers: SidekickBrowser[] = [];
    try {
      const pages: Page[] = [];
      for (const [server, name, role] of [
        [first, '王运营', 'Operations'],
        [second, '李市场', 'Marketing'],
      ] as const) {
        const browser = await launchSidekick({ port: fixtures.port });
        browsers.push(browser);
        const options = await joinTeam(browser, server.url, inviteCode, name, role);
        await expect.poll(() => connection(options), { timeout: 10_000 }).toBe('connected');
        pages.push(await browser.context.newPage());
      }
      const [wang, li] = pages as [Page, Page];
      const options = await browsers[0]!.extensionPage();
      const started = (await options.evaluate(
        ([store, dates]) => chrome.runtime.sendMessage({ type: 'playbooks/start', payload: { templateId: 'campaign', name: '双11 2026', storeId: store, platform: 'taobao', dates, targets: {} } }),
        [STORE, DOUBLE11] as const,
      )) as { ok: boolean };
      expect(started.ok).toBe(true);
      const aside = await openPlaybooks(wang, COUPONS);
      await aside.getByRole('button', { name: 'Share with team', exact: true }).click();
      await openPlaybooks(li, SYCM);
      await expect.poll(() => sidebar(li).getByText('Shared by 王运营 (Operations)').isVisible(), { timeout: 10_000 }).toBe(true);
      const latencies: number[] = [];
      await sidebar(wang).getByRole('checkbox', { name: THEME, exact: true }).click();
      latencies.push(await timeUntil(li, THEME, 'true', 1_000));
      await sidebar(li).getByRole('checkbox', { name: BUDGET, exact: true }).click();
      latencies.push(await timeUntil(wang, BUDGET, 'true', 1_000));
      report('team tick across two Redis-joined instances (max of 2)', Math.max(...latencies));
    } finally {
      for (const browser of browsers) await browser.close().catch(() => undefined);
      await first.stop();
      await second.stop();
      await redis.stop();
      await fixtures.close();
    }
  });
});

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> }; action: { getTitle(details: object): Promise<string> } };
