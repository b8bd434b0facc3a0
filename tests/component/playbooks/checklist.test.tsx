import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LangProvider } from '../../../components/common/i18n';
import { BridgeProvider, type Bridge } from '../../../components/common/live';
import { PlaybooksTab } from '../../../components/playbooks/PlaybooksTab';
import type { PageContext } from '../../../components/sidebar/types';
import type { SidekickDb } from '../../../lib/db/schema';
import type { Lang } from '../../../lib/i18n';
import { backgroundBridge, type BackgroundBridge } from '../../support/background-bridge';

const STORE_NAME = '花漾美妆旗舰店';
const DOUBLE11 = { preheatStart: '2026-10-24', burstStart: '2026-11-11', burstEnd: '2026-11-11', returnEnd: '2026-11-13' };

const couponPage: PageContext = {
  host: 'myseller.taobao.com',
  url: 'https://myseller.taobao.com/home.htm/marketing/coupon/list',
  platform: 'taobao',
  platformName: 'Taobao',
  pageType: 'campaign',
  storeName: STORE_NAME,
  timeZone: 'Asia/Shanghai',
};

function renderTab(page: PageContext = couponPage, lang: Lang = 'en') {
  const bridge = background.bridge;
  const view = render(
    <LangProvider lang={lang}>
      <BridgeProvider bridge={bridge}>
        <PlaybooksTab page={page} />
      </BridgeProvider>
    </LangProvider>,
  );
  return { ...view, bridge };
}

async function startDouble11(bridge: Bridge) {
  return bridge.send('playbooks/start', { templateId: 'campaign', name: '双11 2026', storeId: `taobao:${STORE_NAME}`, platform: 'taobao', dates: DOUBLE11, targets: {} });
}

let background: BackgroundBridge;
let db: SidekickDb;
beforeEach(() => {
  background = backgroundBridge({ pageUrl: couponPage.url, now: Date.now() });
  db = background.db;
});
afterEach(() => background.close());

describe('the Playbooks tab', () => {
  test('with no run it says so and offers to start one', async () => {
    renderTab();
    expect(await screen.findByText('No playbook running yet')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Start a run' })).toBeTruthy();
  });

  test('starting a run from the form: campaign preselected on a campaign page, due dates previewed in working days', async () => {
    const user = userEvent.setup();
    renderTab();
    await user.click(await screen.findByRole('button', { name: 'Start a run' }));
    expect((screen.getByLabelText('Playbook', { selector: 'select' }) as HTMLSelectElement).value).toBe('campaign');
    await user.type(screen.getByLabelText('Name'), '双11 2026');
    for (const [label, day] of [['Pre-heat starts', '2026-10-24'], ['Burst starts', '2026-11-11'], ['Burst ends', '2026-11-11']] as const) {
      await user.type(screen.getByLabelText(label), day);
    }
    // 3 working days after 11-11 (Wed) is Monday 11-16; 15 working days before 10-24 spans 国庆.
    expect(screen.getByTestId('pb-due-preview').textContent).toMatch(/due 2026-09-2\d – 2026-11-\d\d, counted in working days \(China public holidays/);
    await user.click(screen.getByRole('button', { name: 'Start' }));
    expect(await screen.findByRole('checkbox', { name: 'Pick the theme and the main mechanics' })).toBeTruthy();
    expect((await db.runs.toArray())[0]).toMatchObject({ name: '双11 2026', storeId: `taobao:${STORE_NAME}`, platform: 'taobao' });
  });

  test('a required date left empty is named, and nothing is started', async () => {
    const user = userEvent.setup();
    renderTab();
    await user.click(await screen.findByRole('button', { name: 'Start a run' }));
    await user.type(screen.getByLabelText('Name'), 'x');
    await user.click(screen.getByRole('button', { name: 'Start' }));
    expect(await db.runs.count()).toBe(0);
  });

  test('this page\'s tasks come first, then the rest by phase, each a checkbox named by its title', async () => {
    const { bridge } = renderTab();
    await act(() => startDouble11(bridge));
    const here = await screen.findByRole('region', { name: 'For this page' });
    const hereTitles = within(here).getAllByRole('checkbox').map((box) => box.textContent);
    expect(hereTitles).toContain('Set up the coupons (spend-and-save, category, first-order)');
    expect(hereTitles).toContain('Set the schedule and the discount depth');
    const all = screen.getAllByRole('checkbox').map((box) => box.textContent);
    expect(all.slice(0, hereTitles.length)).toEqual(hereTitles);
    expect(screen.getByRole('region', { name: /Plan and approval/ })).toBeTruthy();
  });

  test('click and keyboard tick and untick; progress and the stored state follow', async () => {
    const user = userEvent.setup();
    const { bridge } = renderTab();
    const run = await act(() => startDouble11(bridge));
    const theme = await screen.findByRole('checkbox', { name: 'Pick the theme and the main mechanics' });
    expect(theme.getAttribute('aria-checked')).toBe('false');
    await user.click(theme);
    expect(theme.getAttribute('aria-checked')).toBe('true');
    await waitFor(async () => expect(await db.taskStates.get([run.id, 'choose-theme'])).toMatchObject({ status: 'done' }));
    await waitFor(() => expect(screen.getByRole('progressbar', { name: 'Overall progress' }).getAttribute('aria-valuenow')).not.toBe('0'));

    const budget = screen.getByRole('checkbox', { name: 'Work out the budget and the stock to hold' });
    budget.focus();
    await user.keyboard(' ');
    await waitFor(async () => expect(await db.taskStates.get([run.id, 'budget-and-stock-plan'])).toMatchObject({ status: 'done' }));
    await user.keyboard('{Enter}');
    await waitFor(async () => expect(await db.taskStates.get([run.id, 'budget-and-stock-plan'])).toMatchObject({ status: 'open' }));
    expect(budget.getAttribute('aria-checked')).toBe('false');
  });

  test('skip with a reason, a note and a deliverable link; a link that is not a web address is refused', async () => {
    const user = userEvent.setup();
    const { bridge } = renderTab();
    const run = await act(() => startDouble11(bridge));
    await user.click(await screen.findByRole('button', { name: 'Details: Set the schedule and the discount depth' }));
    await user.click(screen.getByRole('button', { name: 'Skip…' }));
    await user.type(screen.getByLabelText('Why is it skipped?'), '平台统一排期');
    await user.click(screen.getByRole('button', { name: 'Skip task' }));
    expect(await screen.findByText('Skipped: 平台统一排期')).toBeTruthy();

    await user.type(screen.getByLabelText('Note'), '按平台节奏');
    await user.type(screen.getByLabelText('Deliverable link'), 'javascript:alert(1)');
    expect(screen.getByRole('alert').textContent).toMatch(/web address/);
    expect((screen.getByRole('button', { name: 'Save' }) as HTMLButtonElement).disabled).toBe(true);
    await user.clear(screen.getByLabelText('Deliverable link'));
    await user.type(screen.getByLabelText('Deliverable link'), 'https://docs.example.com/schedule');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () =>
      expect(await db.taskStates.get([run.id, 'set-schedule-and-offers'])).toMatchObject({
        status: 'skipped',
        reason: '平台统一排期',
        note: '按平台节奏',
        link: 'https://docs.example.com/schedule',
      }),
    );
  });

  test('filtering by role keeps only that role\'s tasks', async () => {
    const user = userEvent.setup();
    const { bridge } = renderTab();
    await act(() => startDouble11(bridge));
    await screen.findByRole('checkbox', { name: 'Pick the theme and the main mechanics' });
    const before = screen.getAllByRole('checkbox').length;
    await user.click(screen.getByRole('button', { name: 'Warehouse' }));
    const after = screen.getAllByRole('checkbox').map((box) => box.textContent);
    expect(after.length).toBeLessThan(before);
    expect(after).toContain('Count stock and set low-stock alerts');
    expect(after).not.toContain('Pick the theme and the main mechanics');
  });

  test('overdue open tasks are marked; several runs are picked from a list', async () => {
    const user = userEvent.setup();
    const { bridge } = renderTab();
    await act(() => startDouble11(bridge));
    await act(() => bridge.send('playbooks/start', { templateId: 'user-segmentation', name: 'VIP 召回', dates: { startDate: '2030-01-07', reviewDate: '2030-02-07' }, targets: {} }));
    const picker = (await screen.findByLabelText('Run', { selector: 'select' })) as HTMLSelectElement;
    await waitFor(() => expect(picker.options).toHaveLength(2));
    // Both runs start at the same clock time, so their order in the list is not fixed: pick each by name.
    const option = (name: string) => Array.from(picker.options).find((o) => o.textContent?.startsWith(name))!.value;
    await user.selectOptions(picker, option('VIP 召回'));
    await waitFor(() => expect(screen.queryByRole('checkbox', { name: 'Pick the theme and the main mechanics' })).toBeNull());
    await user.selectOptions(picker, option('双11 2026'));
    await waitFor(() => expect(screen.getAllByText('overdue').length).toBeGreaterThan(0));
    const late = screen.getByRole('checkbox', { name: 'Pick the theme and the main mechanics' }).closest('li')!;
    expect(late.getAttribute('data-overdue')).toBe('true');
  });

  test('speaks Chinese, with the same checkbox contract', async () => {
    const { bridge } = renderTab(couponPage, 'zh-CN');
    await act(() => startDouble11(bridge));
    expect(await screen.findByRole('checkbox', { name: '确定活动主题与核心玩法' })).toBeTruthy();
    expect(screen.getByRole('region', { name: '本页任务' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '启动新手册' })).toBeTruthy();
  });
});
