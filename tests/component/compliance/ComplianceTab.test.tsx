import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { BridgeProvider } from '../../../components/common/live';
import { LangProvider } from '../../../components/common/i18n';
import { ComplianceTab } from '../../../components/compliance/ComplianceTab';
import type { PageContext } from '../../../components/sidebar/types';
import { createComplianceStore } from '../../../lib/compliance/in-page/findings-store';
import { compilePacks } from '../../../lib/compliance/matcher';
import { BUILT_IN_PACKS } from '../../../lib/compliance/packs/index';
import type { Lang } from '../../../lib/i18n';
import { backgroundBridge, type BackgroundBridge } from '../../support/background-bridge';

const PAGE: PageContext = {
  host: 'item.upload.taobao.com',
  url: 'https://item.upload.taobao.com/sell/publish.htm',
  platform: 'taobao',
  platformName: '淘宝',
  pageType: 'listingEditor',
  storeName: '花漾美妆旗舰店',
};
const matcher = compilePacks(BUILT_IN_PACKS.filter((p) => p.platforms === 'all' || p.platforms.includes('taobao')));
const TITLE = '花漾丝绒哑光口红 全网最低价 最好用的显白口红 秋冬第一次涂就爱上';

const STORE_ID = 'taobao:花漾美妆旗舰店';

let background: BackgroundBridge;
beforeEach(() => {
  background = backgroundBridge({ pageUrl: PAGE.url, now: Date.now() });
});
afterEach(() => background.close());

function setup(lang: Lang = 'zh-CN') {
  const store = createComplianceStore();
  const { bridge, calls: sent } = background;
  const jumps: [string, string][] = [];
  store.onJump((key, finding) => jumps.push([key, finding.term]));
  render(
    <LangProvider lang={lang}>
      <BridgeProvider bridge={bridge}>
        <ComplianceTab page={PAGE} store={store} />
      </BridgeProvider>
    </LangProvider>,
  );
  return { store, sent, jumps };
}

describe('the Compliance tab', () => {
  test('says it is loading until the word lists arrive', () => {
    setup();
    expect(screen.getByText('正在加载词库…')).toBeTruthy();
  });

  test('lists every finding by field and severity, and a click jumps to it', async () => {
    const { store, jumps } = setup();
    store.set({
      status: 'ready',
      lang: 'zh-CN',
      fields: [
        { key: 'title', label: '宝贝标题', role: 'title', findings: matcher.scan(TITLE), scanning: false },
        { key: 'desc', label: '宝贝描述', role: 'description', findings: matcher.scan('祛斑美白，温馨提示：第一次使用请先试用'), scanning: false },
      ],
      draft: { title: TITLE, imageCount: 3, price: 129, description: '丝绒雾面', sellingPoints: '销量第一', attributes: { filled: 4, required: 6 } },
    });
    const title = await screen.findByRole('region', { name: '宝贝标题' });
    const blocked = within(title).getByRole('list', { name: '禁用' });
    expect(within(blocked).getAllByRole('button').map((b) => b.getAttribute('aria-label'))).toEqual(['定位到宝贝标题中的“全网最低价”', '定位到宝贝标题中的“最好用”']);
    const desc = screen.getByRole('region', { name: '宝贝描述' });
    expect(within(desc).queryByText('第一')).toBeNull();
    await userEvent.click(within(blocked).getByRole('button', { name: '定位到宝贝标题中的“全网最低价”' }));
    expect(jumps).toEqual([['title', '全网最低价']]);
  });

  test('scores completeness as Taobao counts the title (bytes) and says what to fix', async () => {
    const { store } = setup('en');
    store.set({ status: 'ready', lang: 'en', fields: [], draft: { title: TITLE, imageCount: 3, price: 129, description: 'x', sellingPoints: 'y', attributes: { filled: 4, required: 6 } } });
    const failing = (await screen.findAllByRole('listitem')).filter((li) => li.getAttribute('data-pass') === 'false');
    expect(failing.map((li) => li.getAttribute('data-check'))).toContain('title-max-length');
    expect(Number(screen.getByTestId('completeness-score').textContent)).toBeLessThan(100);
    expect(screen.getByText('No banned or risky words in the fields on this page.')).toBeTruthy();
  });

  test("the store's allow-list shows, and removing an entry takes it off the store's list and the tab", async () => {
    await background.bridge.send('compliance/allow/add', { storeId: STORE_ID, text: '第一次' });
    await background.bridge.send('compliance/allow/add', { storeId: 'taobao:另一家店', text: '最' });
    const { sent } = setup('en');
    await userEvent.click(await screen.findByRole('button', { name: 'Stop allowing “第一次”' }));
    expect(sent.at(-1)).toEqual({ type: 'compliance/allow/remove', payload: { storeId: STORE_ID, text: '第一次' } });
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Stop allowing “第一次”' })).toBeNull());
    expect((await background.bridge.send('compliance/store', { platform: 'taobao', storeId: STORE_ID })).allow).toEqual([]);
    expect((await background.bridge.send('compliance/store', { platform: 'taobao', storeId: 'taobao:另一家店' })).allow).toEqual(['最']);
  });

  test('a field with thousands of findings lists the first ones and counts the rest', async () => {
    const { store } = setup('en');
    const long = '全网最低价，'.repeat(500);
    store.set({ status: 'ready', lang: 'en', fields: [{ key: 'desc', label: 'Description', role: 'description', findings: matcher.scan(long), scanning: false }], draft: null });
    expect(await screen.findByText('and 470 more in this field')).toBeTruthy();
  });
});
