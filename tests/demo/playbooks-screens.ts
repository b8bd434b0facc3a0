import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchSidekick, ROOT } from '../harness/browser';
import { startFixtureServer } from '../harness/server';

/**
 * Screenshots of the Playbooks feature with a campaign run under way: the sidebar on the coupon page,
 * the options page's run history and template library, and the popup. `npx tsx tests/demo/playbooks-screens.ts`
 * after `npx wxt build`; SIDEKICK_DEMO_LANG=en for English.
 */
const lang = process.env.SIDEKICK_DEMO_LANG === 'en' ? 'en-US' : 'zh-CN';
const out = join(ROOT, 'demo-screenshots');
mkdirSync(out, { recursive: true });
const server = await startFixtureServer();
const browser = await launchSidekick({ port: server.port, lang });
const options = await browser.extensionPage();
const send = (type: string, payload: unknown) =>
  options.evaluate(([t, p]) => chrome.runtime.sendMessage({ type: t, payload: p }), [type, payload] as const) as Promise<{ ok: boolean; data: { id: string } }>;

const run = await send('playbooks/start', {
  templateId: 'campaign',
  name: '双11 2026',
  storeId: 'taobao:花漾美妆旗舰店',
  platform: 'taobao',
  dates: { preheatStart: '2026-10-24', burstStart: '2026-11-11', burstEnd: '2026-11-11', returnEnd: '2026-11-13' },
  targets: { gmv: 1_000_000, conversionRate: 0.032 },
});
for (const taskId of ['choose-theme', 'budget-and-stock-plan', 'submit-for-approval']) await send('playbooks/task/set', { runId: run.data.id, taskId, status: 'done', updatedAt: Date.now() });
await send('playbooks/task/set', { runId: run.data.id, taskId: 'budget-and-stock-plan', note: '预算 12 万，备货 3,000 件', link: 'https://docs.example.com/budget', updatedAt: Date.now() + 1 });
await send('playbooks/task/set', { runId: run.data.id, taskId: 'set-schedule-and-offers', status: 'skipped', reason: '平台统一排期', updatedAt: Date.now() + 2 });

const page = await browser.context.newPage();
await page.goto('https://myseller.taobao.com/home.htm/marketing/coupon/list');
const aside = page.getByRole('complementary', { name: 'Seller Sidekick' });
await aside.waitFor({ timeout: 10_000 });
await page.waitForTimeout(1_500);
await aside.getByRole('button', { name: /^(Details|详情)/ }).nth(1).click();
await page.screenshot({ path: join(out, 'playbooks-sidebar.png') });
await aside.getByRole('button', { name: /^(Start a run|启动新手册)$/ }).click();
await page.waitForTimeout(300);
await page.screenshot({ path: join(out, 'playbooks-start-form.png') });

await options.goto(`chrome-extension://${browser.extensionId}/options.html#playbook-runs`);
await options.waitForTimeout(800);
await options.screenshot({ path: join(out, 'playbooks-options-runs.png'), fullPage: true });
await options.goto(`chrome-extension://${browser.extensionId}/options.html#playbook-templates`);
await options.waitForTimeout(800);
await options.getByRole('button', { name: /^(Duplicate|复制)/ }).nth(1).click();
await options.waitForTimeout(300);
await options.getByLabel(/^(Title|标题) \((Chinese|中文)\)$/).nth(1).fill('');
await options.getByRole('button', { name: /^(Save template|保存模板)$/ }).click();
await options.waitForTimeout(300);
await options.screenshot({ path: join(out, 'playbooks-options-editor.png') });

const popup = await browser.context.newPage();
await popup.setViewportSize({ width: 360, height: 420 });
await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
await popup.waitForTimeout(800);
await popup.screenshot({ path: join(out, 'playbooks-popup.png') });

console.log(`Playbooks screenshots are in ${out}`);
await browser.close();
await server.close();

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };
