import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LangProvider } from '../../../components/common/i18n';
import { BridgeProvider } from '../../../components/common/live';
import { PlaybookDefaultsSection } from '../../../components/options/playbooks/PlaybookDefaultsSection';
import { PlaybooksTab } from '../../../components/playbooks/PlaybooksTab';
import type { PageContext } from '../../../components/sidebar/types';
import { extensionDb } from '../../../lib/db/instance';
import { ALL_STORES, PLAYBOOK_DEFAULTS_KEY } from '../../../lib/playbooks/defaults';
import type { Lang } from '../../../lib/i18n';
import { backgroundBridge, type BackgroundBridge } from '../../support/background-bridge';

const STORE_NAME = '花漾美妆旗舰店';
const STORE = `taobao:${STORE_NAME}`;
const page: PageContext = {
  host: 'sycm.taobao.com',
  url: 'https://sycm.taobao.com/cc/item_rank',
  platform: 'taobao',
  platformName: '淘宝',
  pageType: 'analyticsTable',
  storeName: STORE_NAME,
  storeId: STORE,
  timeZone: 'Asia/Shanghai',
};

let open: BackgroundBridge[] = [];
afterEach(() => {
  for (const background of open) background.close();
  open = [];
});

async function segmentationRun(lang: Lang) {
  // 2 November 2026, noon in Shanghai: the run's start on 30 November is four weeks ahead.
  const background = backgroundBridge({ pageUrl: page.url, now: Date.UTC(2026, 10, 2, 4) });
  open.push(background);
  await background.bridge.send('playbooks/start', {
    templateId: 'user-segmentation',
    name: '会员分层',
    storeId: STORE,
    platform: 'taobao',
    dates: { startDate: '2026-11-30', reviewDate: '2026-12-31' },
    targets: {},
  });
  render(
    <LangProvider lang={lang}>
      <BridgeProvider bridge={background.bridge}>
        <PlaybooksTab page={page} />
      </BridgeProvider>
    </LangProvider>,
  );
  return background;
}

const taskRow = async (title: string) => (await screen.findByRole('checkbox', { name: title }, { timeout: 10_000 })).closest('li')!;

describe('the sidebar says which playbook numbers are defaults the seller can change', () => {
  test('a due offset the handbook does not give and the segment cut-offs are shown as defaults, in English', async () => {
    await segmentationRun('en');
    const row = await taskRow('Define four segments by recency, frequency and spend');
    expect(within(row).getByTitle('default, change in Options → Playbook defaults').textContent).toBe('(default)');
    await userEvent.click(within(row).getByRole('button', { name: /Define four segments/ }));
    expect(within(row).getByTestId('due-source').textContent).toBe('due 2026-11-16 · default, change in Options → Playbook defaults');
    const dormant = row.querySelector('[data-parameter="dormantAfterDays"]')!;
    expect(dormant.textContent).toBe('Dormant: no order for more than 90 days · default, change in Options → Playbook defaults');
    expect(row.querySelector('[data-parameter="vipTopPercent"]')!.textContent).toContain('10%');
  });

  test('the seller’s own values show as theirs, with the due date they give, in Chinese', async () => {
    const background = await segmentationRun('zh-CN');
    await background.db.settings.put({ key: PLAYBOOK_DEFAULTS_KEY, value: { [STORE]: { due: { 'user-segmentation/define-segments': -15 }, segments: { dormantAfterDays: 60 } } } });
    const row = await taskRow('用最近购买、频次、金额定义四层用户');
    await waitFor(() => expect(within(row).getByText('(您自己的设置)')).toBeTruthy(), { timeout: 10_000 });
    expect(within(row).getByText('截止 2026-11-09')).toBeTruthy();
    await userEvent.click(within(row).getByRole('button', { name: /用最近购买/ }));
    expect(row.querySelector('[data-parameter="dormantAfterDays"]')!.textContent).toBe('沉睡：未购天数超过 60 天 · 您自己的设置');
    expect(row.querySelector('[data-parameter="newWithinDays"]')!.textContent).toBe('新客：首单后天数内 30 天 · 默认值，可在 选项 → 手册默认值 中修改');
  });
});

describe('Options → Playbook defaults', () => {
  function renderSection(lang: Lang) {
    return render(
      <LangProvider lang={lang}>
        <PlaybookDefaultsSection />
      </LangProvider>,
    );
  }

  beforeEach(async () => {
    const db = extensionDb();
    await db.settings.delete(PLAYBOOK_DEFAULTS_KEY);
    await db.stores.put({ id: STORE, platform: 'taobao', shopId: STORE_NAME, name: STORE_NAME, firstSeen: 1, lastSeen: 1 });
  });

  test('a bad number is named in the seller’s language and nothing is saved', async () => {
    renderSection('zh-CN');
    const vip = await screen.findByLabelText('VIP：近一年消费额前');
    await userEvent.clear(vip);
    await userEvent.type(vip, '80');
    await userEvent.click(screen.getByRole('button', { name: '保存默认值' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('未保存：VIP：近一年消费额前：须为 1 到 50 之间的整数。');
    expect(await extensionDb().settings.get(PLAYBOOK_DEFAULTS_KEY)).toBeUndefined();
  }, 60_000);

  test('a store’s own cut-off and due offset are saved for that store and labelled as the seller’s', async () => {
    renderSection('en');
    const storePicker = await screen.findByRole('combobox', { name: 'Store' });
    // The stores are read from IndexedDB after the first render: wait for this one's option.
    await within(storePicker).findByRole('option', { name: STORE_NAME }, { timeout: 10_000 });
    await userEvent.selectOptions(storePicker, STORE);
    const dormant = screen.getByLabelText('Dormant: no order for more than');
    await userEvent.clear(dormant);
    await userEvent.type(dormant, '60');
    await userEvent.click(screen.getByText('Customer segmentation'));
    const offset = screen.getByLabelText('Define four segments by recency, frequency and spend');
    expect((offset as HTMLInputElement).value).toBe('-10');
    await userEvent.clear(offset);
    await userEvent.type(offset, '-15');
    await userEvent.click(screen.getByRole('button', { name: 'Save defaults' }));
    expect((await screen.findByRole('status')).textContent).toBe('Saved: runs show the new due dates and cut-offs now.');
    expect((await extensionDb().settings.get(PLAYBOOK_DEFAULTS_KEY))?.value).toEqual({
      [STORE]: { due: { 'user-segmentation/define-segments': -15 }, segments: { dormantAfterDays: 60 } },
    });
    const item = screen.getByLabelText('Dormant: no order for more than').closest('li')!;
    await waitFor(() => expect(item.textContent).toContain('yours (default 90)'));
    // The handbook's own deadline is labelled as such, not as a default.
    await userEvent.click(screen.getByText('Promotion campaign (618 / Double 11 / holiday sale)'));
    const review = screen.getByLabelText('Write the campaign review (within 3 working days of the end)').closest('li')!;
    expect(review.querySelector('[data-source]')!.textContent).toBe('from the handbook');
    expect(Object.keys((await extensionDb().settings.get(PLAYBOOK_DEFAULTS_KEY))?.value as object)).not.toContain(ALL_STORES);
  }, 90_000);
});
