import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LangProvider } from '../../../components/common/i18n';
import { BridgeProvider, type Bridge } from '../../../components/common/live';
import { PlaybooksTab } from '../../../components/playbooks/PlaybooksTab';
import type { PageContext } from '../../../components/sidebar/types';
import { TEAM_SETTING_KEY } from '../../../lib/teams/config';
import { TeamHost } from '../../../lib/teams/host';
import { backgroundBridge, type BackgroundBridge } from '../../support/background-bridge';

const STORE = 'taobao:花漾美妆旗舰店';
const DOUBLE11 = { preheatStart: '2026-10-24', burstStart: '2026-11-11', burstEnd: '2026-11-11', returnEnd: '2026-11-13' };
const page: PageContext = {
  host: 'myseller.taobao.com',
  url: 'https://myseller.taobao.com/home.htm/marketing/coupon/list',
  platform: 'taobao',
  platformName: 'Taobao',
  pageType: 'campaign',
  storeName: '花漾美妆旗舰店',
  timeZone: 'Asia/Shanghai',
};

/** Records every socket the sync would open; none ever connects. */
class RecordingSocket {
  static opened: string[] = [];
  readyState = 0;
  constructor(readonly url: string) {
    RecordingSocket.opened.push(url);
  }
  addEventListener() {}
  removeEventListener() {}
  send() {}
  close() {}
}

/** The background's real handlers, with a team host whose sockets are only recorded. */
function background() {
  let host!: TeamHost;
  const bg = backgroundBridge({
    pageUrl: page.url,
    now: Date.now(),
    teams: (db) => (host = new TeamHost(db, { WebSocketPolyfill: RecordingSocket })),
  });
  open.push(bg);
  return { ...bg, host };
}

const startDouble11 = (bridge: Bridge) => bridge.send('playbooks/start', { templateId: 'campaign', name: '双11 2026', storeId: STORE, platform: 'taobao', dates: DOUBLE11, targets: {} });

function renderTab({ bridge }: { bridge: Bridge }) {
  render(
    <LangProvider lang="en">
      <BridgeProvider bridge={bridge}>
        <PlaybooksTab page={page} />
      </BridgeProvider>
    </LangProvider>,
  );
}

let open: BackgroundBridge[] = [];
beforeEach(() => {
  RecordingSocket.opened = [];
});
afterEach(async () => {
  await Promise.all(open.map((bg) => bg.close()));
  open = [];
});

describe('the Playbooks tab and the team', () => {
  test('with no team there is nothing to share and nothing connects', async () => {
    const bg = background();
    await startDouble11(bg.bridge);
    renderTab(bg);
    const { host } = bg;
    expect((await screen.findAllByRole('checkbox', { name: 'Pick the theme and the main mechanics' })).length).toBeGreaterThan(0);
    await host.current();
    expect(screen.queryByRole('button', { name: 'Share with team' })).toBeNull();
    expect(RecordingSocket.opened).toEqual([]);
  });

  test('joined: "Share with team" is offered, and a click the page made up (untrusted) shares nothing', async () => {
    const bg = background();
    const { db } = bg;
    await db.settings.put({ key: TEAM_SETTING_KEY, value: { server: 'ws://localhost:1', inviteCode: 'acme.abcdefgh12', teamId: 'acme', memberId: 'wang0001', name: '王运营', role: 'operations', joinedAt: 1 } });
    const run = await startDouble11(bg.bridge);
    renderTab(bg);
    const share = await screen.findByRole('button', { name: 'Share with team' });
    await userEvent.setup().click(share);
    await new Promise((r) => setTimeout(r, 50));
    expect((await db.runs.get(run.id))?.shared).toBeUndefined();
    expect(await db.teamUpdates.where('doc').equals('acme/index').count()).toBe(0);
  });

  test('a shared run shows who ticked each task and when, who shared it, and the other members\' notes', async () => {
    const bg = background();
    const { db } = bg;
    await db.settings.put({ key: TEAM_SETTING_KEY, value: { server: 'ws://localhost:1', inviteCode: 'acme.abcdefgh12', teamId: 'acme', memberId: 'wang0001', name: '王运营', role: 'operations', joinedAt: 1 } });
    const at = Date.UTC(2026, 10, 10, 6, 30);
    await db.runs.add({
      id: 'r1', templateId: 'campaign', templateVersion: 1, name: '双11 2026', storeId: STORE, platform: 'taobao', dates: DOUBLE11, targets: {}, createdAt: 1, archived: false,
      shared: { teamId: 'acme', sharedAt: 2, sharedBy: { name: '李市场', role: 'marketing' } },
    });
    await db.taskStates.put({
      runId: 'r1', taskId: 'choose-theme', status: 'done', updatedAt: at, by: { name: '李市场', role: 'marketing', at },
      teamNotes: [{ name: '赵客服', role: 'customerService', text: '客服话术已备好', at }],
    });
    renderTab(bg);
    expect(await screen.findByText('Shared by 李市场 (Marketing)')).toBeTruthy();
    const row = (await screen.findAllByRole('checkbox', { name: 'Pick the theme and the main mechanics' }))[0]!.closest('li')!;
    await waitFor(() => expect(within(row).getByText(/^Done by 李市场 \(Marketing\), /)).toBeTruthy());
    expect(within(row).getByText(/客服话术已备好/).textContent).toBe('赵客服 (Customer service): 客服话术已备好');
    expect(screen.getByRole('button', { name: 'My tasks' })).toBeTruthy();
  });

  test('owners by name: the run\'s members are offered beside the roles; "My tasks" holds what is mine by name or role; a role view holds what its members own', async () => {
    const bg = background();
    const { db } = bg;
    await db.settings.put({ key: TEAM_SETTING_KEY, value: { server: 'ws://localhost:1', inviteCode: 'acme.abcdefgh12', teamId: 'acme', memberId: 'wang0001', name: '王运营', role: 'operations', joinedAt: 1 } });
    await db.runs.add({
      id: 'r1', templateId: 'campaign', templateVersion: 1, name: '双11 2026', storeId: STORE, platform: 'taobao', dates: DOUBLE11, targets: {}, createdAt: 1, archived: false,
      shared: {
        teamId: 'acme', sharedAt: 2, sharedBy: { name: '李市场', role: 'marketing' },
        members: [
          { memberId: 'li000002', name: '李市场', role: 'marketing' },
          { memberId: 'wang0001', name: '王运营', role: 'operations' },
          { memberId: 'zhao0003', name: '赵客服', role: 'customerService' },
        ],
      },
    });
    const COUPONS = 'Set up the coupons (spend-and-save, category, first-order)';
    const LOAD = 'Tech readiness: expected load and a contingency plan for outages';
    const OFFSITE = 'Off-site pre-heat: RED / Douyin teasers, creator seeding, invite-a-friend coupons';
    await db.taskStates.bulkPut([
      { runId: 'r1', taskId: 'configure-coupons', status: 'open', updatedAt: 5, owner: { kind: 'member', memberId: 'zhao0003', name: '赵客服', role: 'customerService' } },
      { runId: 'r1', taskId: 'load-readiness', status: 'open', updatedAt: 5, owner: { kind: 'member', memberId: 'wang0001', name: '王运营', role: 'operations' } },
      { runId: 'r1', taskId: 'offsite-preheat', status: 'open', updatedAt: 5, owner: { kind: 'role', role: 'operations' } },
    ]);
    renderTab(bg);
    const user = userEvent.setup();
    const row = (title: string) => screen.queryAllByRole('checkbox', { name: title })[0]?.closest('li') ?? null;
    await waitFor(() => expect(within(row(COUPONS)!).getByText('Owner: 赵客服 (Customer service)')).toBeTruthy());

    await user.click(screen.getByRole('button', { name: `Details: ${COUPONS}` }));
    const picker = within(row(COUPONS)!).getByLabelText('Owner') as HTMLSelectElement;
    expect([...picker.options].map((o) => o.textContent)).toEqual([
      'Nobody', 'Me (王运营)', '李市场 (Marketing)', '赵客服 (Customer service)',
      'Everyone in Operations', 'Everyone in Marketing', 'Everyone in Customer service', 'Everyone in Warehouse', 'Everyone in Finance', 'Everyone in Tech',
    ]);
    expect(picker.selectedOptions[0]!.textContent).toBe('赵客服 (Customer service)');
    // Picking only chooses; Assign applies, and a click the page made up (untrusted) assigns nobody.
    await user.selectOptions(picker, '李市场 (Marketing)');
    await user.click(within(row(COUPONS)!).getByRole('button', { name: 'Assign' }));
    await new Promise((r) => setTimeout(r, 50));
    expect((await db.taskStates.get(['r1', 'configure-coupons']))?.owner).toMatchObject({ memberId: 'zhao0003' });

    await user.click(screen.getByRole('button', { name: 'My tasks' }));
    await waitFor(() => expect(row(COUPONS)).toBeNull());
    expect(row(LOAD)).not.toBeNull();
    expect(row(OFFSITE)).not.toBeNull();

    await user.click(screen.getByRole('button', { name: 'All tasks' }));
    await user.click(screen.getByRole('button', { name: 'Customer service' }));
    await waitFor(() => expect(row(COUPONS)).not.toBeNull());
    expect(row(LOAD)).toBeNull();
    expect(row('Brief customer service on the rules and the returns policy')).not.toBeNull();
  });
});
