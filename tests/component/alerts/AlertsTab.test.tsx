import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AlertsTab } from '../../../components/alerts/AlertsTab';
import { LangProvider } from '../../../components/common/i18n';
import { BridgeProvider } from '../../../components/common/live';
import type { PageContext } from '../../../components/sidebar/types';
import type { Lang } from '../../../lib/i18n';
import type { BackgroundBridge } from '../../support/background-bridge';
import { NOON_1120, lipstickAlertRow, seededStore } from './seeded-store';

const page: PageContext = {
  host: 'sycm.taobao.com',
  url: 'https://sycm.taobao.com/cc/item_rank',
  platform: 'taobao',
  platformName: '淘宝',
  pageType: 'analyticsTable',
  storeName: '花漾美妆旗舰店',
  storeId: 'taobao:花漾美妆旗舰店',
};

let open: BackgroundBridge[] = [];
afterEach(async () => {
  await Promise.all(open.map((background) => background.close()));
  open = [];
});

/** The real background handlers over a fresh database with the store's alerts (both by default). */
async function store(...args: Parameters<typeof seededStore>) {
  const background = await seededStore(...args);
  open.push(background);
  return background;
}

function renderTab(fake: BackgroundBridge, lang: Lang = 'en') {
  return render(
    <LangProvider lang={lang}>
      <BridgeProvider bridge={fake.bridge}>
        <AlertsTab page={page} />
      </BridgeProvider>
    </LangProvider>,
  );
}

describe('the Alerts tab', () => {
  test('lists this store’s open alerts, most severe first, with evidence and the handbook’s action', async () => {
    const fake = await store();
    renderTab(fake);
    const cards = await screen.findAllByRole('article');
    expect(cards.map((c) => c.getAttribute('data-rule'))).toEqual(['low-conversion-promotion', 'traffic-drop']);
    const lipstick = within(cards[0]!);
    expect(lipstick.getByText('Conversion under the category benchmark in the promotion period')).toBeTruthy();
    expect(lipstick.getByTestId('alert-value').textContent).toBe('0.95%');
    expect(cards[0]!.textContent).toContain('3.00%');
    expect(cards[0]!.textContent).toContain('Typical (third-party, not official)');
    expect(cards[0]!.textContent).toContain("Optimise the main image or the detail page's selling points");
    expect(cards[0]!.textContent).toMatch(/Product Lifecycle|product lifecycle/i);
    expect(await lipstick.findByRole('img', { name: 'Conversion rate, last 14 days' })).toBeTruthy();
    expect(within(cards[1]!).getByText('Own 7-day median')).toBeTruthy();
    expect(fake.calls.find((c) => c.type === 'alerts/open')?.payload).toEqual({ platform: 'taobao', storeId: 'taobao:花漾美妆旗舰店' });
  });

  test("a CTR alert judged against the shipped 2% default says it is a default the seller can change, not a published figure", async () => {
    const ctrAlert = {
      ...lipstickAlertRow,
      id: 9,
      ruleId: 'ctr-low-promotion',
      evidence: {
        metric: 'ctr' as const,
        value: 0.008,
        benchmark: 0.02,
        benchmarkSource: 'category-typical' as const,
        period: '2026-11-20',
        threshold: { key: 'ctr', value: 0.02, source: 'default' as const, limit: 0.017 },
      },
    };
    renderTab(await store([ctrAlert]));
    const [card] = await screen.findAllByRole('article');
    expect(within(card!).getByTestId('alert-threshold').getAttribute('data-source')).toBe('default');
    expect(card!.textContent).toContain('a default you can change in Options → Alerts');
    expect(card!.textContent).not.toContain('Typical (third-party, not official)');
  });

  test('a benchmark the handbook gives (beauty conversion 3%) is labelled as the handbook\'s, beside the threshold that says the same, in both languages', async () => {
    const handbookAlert = {
      ...lipstickAlertRow,
      evidence: { ...lipstickAlertRow.evidence, threshold: { key: 'conversionRate', value: 0.03, source: 'handbook' as const, limit: 0.013 } },
    };
    const fake = await store([handbookAlert]);
    const { unmount } = renderTab(fake);
    const [card] = await screen.findAllByRole('article');
    expect(card!.textContent).toContain('Handbook (third-party figures agree)');
    expect(card!.textContent).toContain('from the handbook');
    expect(card!.textContent).not.toContain('Typical (third-party, not official)');
    unmount();
    renderTab(fake, 'zh-CN');
    const [zhCard] = await screen.findAllByRole('article');
    expect(zhCard!.textContent).toContain('运营手册（第三方数据相符）');
    expect(zhCard!.textContent).not.toContain('典型值（第三方，非官方）');
  });

  test('with one day captured the trend says so in words instead of drawing a lone dot', async () => {
    const fake = await store([lipstickAlertRow]);
    await fake.db.snapshots.where('period').below('2026-11-20').delete();
    renderTab(fake);
    const [card] = await screen.findAllByRole('article');
    expect((await within(card!).findByTestId('alert-one-day')).textContent).toBe(
      'Conversion rate: one day captured so far; the 14-day line fills in as you open this report on other days',
    );
    expect(within(card!).queryByRole('img', { name: 'Conversion rate, last 14 days' })).toBeNull();
  });

  test('with no alert, the tab says what the store’s history holds so far, in both languages', async () => {
    // The seeded store: two products (lipstick, mask); the lipstick's days 11-16, 11-17, 11-19 and 11-20 stored.
    const fake = await store([]);
    const { unmount } = renderTab(fake);
    expect(await screen.findByText(/^Products of this store with figures kept/)).toHaveProperty(
      'textContent',
      'Products of this store with figures kept: 2, from 2026-11-16 to 2026-11-20 (1 on 2026-11-20). Each product is judged against its own recent days, so alerts start once a few days are kept: open your reports each day.',
    );
    unmount();
    renderTab(fake, 'zh-CN');
    expect((await screen.findByText(/^已保存本店/)).textContent).toMatch(/^已保存本店 2 个商品的数据，从 2026-11-16 到 2026-11-20（2026-11-20 有 1 个）/);
  });

  test('with one day kept, it says so without a range', async () => {
    const fake = await store([]);
    await fake.db.snapshots.where('period').below('2026-11-20').delete();
    renderTab(fake);
    expect((await screen.findByText(/^Products of this store with figures kept/)).textContent).toMatch(/^Products of this store with figures kept: 1, for 2026-11-20 only\./);
  });

  test('with no alert and nothing kept yet, the tab says how to start', async () => {
    const fake = await store([]);
    await fake.db.snapshots.clear();
    renderTab(fake);
    expect(await screen.findByText(/^Open an analytics table/)).toBeTruthy();
  });

  test('acknowledging takes the alert off the list; the last one leaves the empty state', async () => {
    const fake = await store([lipstickAlertRow]);
    renderTab(fake);
    await userEvent.click(await screen.findByRole('button', { name: 'Acknowledge' }));
    expect(fake.calls.find((c) => c.type === 'alerts/act')?.payload).toEqual({ id: 7, action: 'acknowledge' });
    await waitFor(() => expect(screen.getByText('No alerts for this store')).toBeTruthy());
    expect((await fake.db.alerts.get(7))?.status).toBe('acknowledged');
  });

  test('snooze offers 1 and 7 days', async () => {
    const fake = await store([lipstickAlertRow]);
    renderTab(fake);
    await userEvent.click(await screen.findByRole('button', { name: 'Snooze 7 days' }));
    expect(fake.calls.find((c) => c.type === 'alerts/act')?.payload).toEqual({ id: 7, action: 'snooze', days: 7 });
    await waitFor(async () => expect(await fake.db.alerts.get(7)).toMatchObject({ status: 'snoozed', snoozedUntil: NOON_1120 + 7 * 86_400_000 }));
  });

  test('the linked playbook task names the product-lifecycle run, and a button starts it for this product when none runs', async () => {
    const fake = await store([lipstickAlertRow]);
    renderTab(fake);
    await userEvent.click(await screen.findByRole('button', { name: /^Start the .+ run for this product$/ }));
    expect(fake.calls.find((c) => c.type === 'playbooks/start')?.payload).toMatchObject({
      templateId: 'product-lifecycle',
      productId: '742198305561',
      platform: 'taobao',
      storeId: 'taobao:花漾美妆旗舰店',
      dates: { listedDate: '2026-11-05' },
    });
    expect(await screen.findByText(/^Run under way: /)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Start the / })).toBeNull();
  });

  test('a product whose page never showed a listing date says "unknown" and is not started as a new product', async () => {
    const fake = await store([{ ...lipstickAlertRow, ruleId: 'traffic-drop' }]);
    await fake.db.products.update(['taobao', '742198305561'], { listedDate: undefined });
    renderTab(fake);
    const [card] = await screen.findAllByRole('article');
    expect(within(card!).getByTestId('alert-listed').textContent).toBe('unknown: the page shows no listing date, so the product is not treated as new');
    expect(await within(card!).findByText(/needs the listing date, which this page does not show/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Start the / })).toBeNull();
  });

  test('a product with a listing date shows it', async () => {
    renderTab(await store([lipstickAlertRow]), 'zh-CN');
    const [card] = await screen.findAllByRole('article');
    expect(within(card!).getByTestId('alert-listed').textContent).toBe('2026-11-05');
  });

  test('reads in Chinese with the same structure', async () => {
    renderTab(await store([lipstickAlertRow]), 'zh-CN');
    expect(await screen.findByText('推广期转化率低于品类均值')).toBeTruthy();
    expect(screen.getByRole('button', { name: '暂缓 1 天' })).toBeTruthy();
    expect(screen.getByText('优化主图或详情页卖点')).toBeTruthy();
  });

  test('an alert whose snooze has run out is back on the list; one still snoozed is not', async () => {
    const fake = await store([
      { ...lipstickAlertRow, status: 'snoozed', snoozedUntil: NOON_1120 - 60_000 },
      { ...lipstickAlertRow, id: 9, productId: '658823107342', ruleId: 'traffic-drop', status: 'snoozed', snoozedUntil: NOON_1120 + 86_400_000 },
    ]);
    renderTab(fake);
    const cards = await screen.findAllByRole('article');
    expect(cards.map((c) => c.getAttribute('data-rule'))).toEqual(['low-conversion-promotion']);
  });

  test('shows the empty state when nothing is open', async () => {
    renderTab(await store([]));
    expect(await screen.findByText('No alerts for this store')).toBeTruthy();
  });
});
