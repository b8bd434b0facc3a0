import { mkdirSync } from 'node:fs';
import { readTable, waitFor } from '../harness/db';
import { useSidekick } from './harness';
import type { SnapshotRow as Snapshot } from '../../lib/db/types';

interface Alert {
  productId?: string;
  ruleId: string;
  status: string;
  evidence: { value: number | null; extra?: Record<string, unknown>; threshold?: { limit: number; source: string } };
}

/** Days in Amazon.com's zone (the store's): the inventory page shows no date, so its stock is today's. */
function amazonDay(offset: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Los_Angeles' }).format(new Date());
  const date = new Date(`${today}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + offset);
  return date.toISOString().slice(0, 10);
}
const report = (day: string) =>
  `https://sellercentral.amazon.com/business-reports/ref=xx_sitemetric_dnav_xx#/report?id=102:DetailSalesTrafficByChildItem&fromDate=${day}&toDate=${day}`;
const INVENTORY = 'https://sellercentral.amazon.com/inventory?viewId=FBA';
/** The fixture's one short product: 612 Available (+2,400 Inbound) against ~250 dog-treat bags a day. */
const SHORT = 'B0D3K2VN8P';
/** How Options → Alert rules labels a shipped number (lib/i18n/catalog/alerts.ts). */
const DEFAULT_NOTE = 'default, change it if it doesn’t fit';

describe('stock and the low-stock warning (库存预警) on Amazon', () => {
  const e2e = useSidekick();
  const snapshots = async () => readTable<Snapshot>(await e2e.browser.extensionPage(), 'snapshots');
  const alerts = async () => readTable<Alert>(await e2e.browser.extensionPage(), 'alerts');

  test('three days of sales and the FBA inventory list: stock is kept per product per day, the short product gets a badge in its row', async () => {
    const days = [amazonDay(-2), amazonDay(-1), amazonDay(0)];
    const page = await e2e.browser.context.newPage();
    for (const day of days) {
      e2e.server.setDay(day);
      await page.goto(report(day));
      await waitFor(snapshots, (all) => all.filter((s) => s.platform === 'amazon' && s.period === day && s.metrics.units != null).length === 10, 15_000);
    }
    await page.goto(INVENTORY);
    const today = days[2]!;
    const kept = await waitFor(snapshots, (all) => all.filter((s) => s.period === today && s.metrics.stock != null).length === 10, 15_000);
    const stockOf = (id: string) => kept.find((s) => s.productId === id && s.period === today)!.metrics;
    // As the page shows them (tests/fixtures/sites/sellercentral.amazon.com/inventory.html).
    expect(stockOf(SHORT)).toMatchObject({ stock: 612, inboundStock: 2400, daysOfCover: 3 });
    expect(stockOf('B0CQ4V7K2M')).toMatchObject({ stock: 7420, inboundStock: 0, daysOfCover: 29 });
    // The same day's snapshot keeps the report's units beside the list's stock.
    expect(stockOf(SHORT).units).toBeGreaterThan(0);

    const open = await waitFor(alerts, (all) => all.some((a) => a.ruleId === 'low-stock' && a.status === 'open'), 10_000);
    const lowStock = open.filter((a) => a.ruleId === 'low-stock' && a.status === 'open');
    expect(lowStock.map((a) => a.productId)).toEqual([SHORT]);
    const [alert] = lowStock;
    // Days of cover from its own three days of units, worked out here from the stored snapshots.
    const units = kept.filter((s) => s.productId === SHORT && days.includes(s.period)).map((s) => s.metrics.units!);
    expect(units).toHaveLength(3);
    const perDay = units.reduce((a, b) => a + b, 0) / 3;
    expect(alert!.evidence.value).toBe(Math.floor(612 / perDay));
    expect(alert!.evidence.threshold).toMatchObject({ limit: 14, source: 'default' });
    expect(alert!.evidence.extra).toMatchObject({ stock: 612, inbound: 2400, salesDays: 3 });

    const badge = page.locator(`tr[data-asin="${SHORT}"] [data-sidekick-badge][data-rule="low-stock"]`);
    await expect.poll(() => badge.count(), { timeout: 10_000 }).toBe(1);
    expect(await page.locator('[data-sidekick-badge][data-rule="low-stock"]').count()).toBe(1);
    await badge.getByRole('button').click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    const text = (await dialog.textContent()) ?? '';
    expect(text).toContain('Low stock: too few days of cover');
    expect(text).toContain('612 in stock');
    expect(text).toContain('2,400 inbound, not counted');
    expect(text).toContain('a default you can change in Options → Alerts');
    mkdirSync('tests/.artifacts', { recursive: true });
    await page.screenshot({ path: 'tests/.artifacts/stock-low-stock-badge.png' });

    // Options → Alert rules: the rule with its three numbers, each a default the seller can change per store.
    const options = await e2e.browser.extensionPage();
    await options.goto(`chrome-extension://${e2e.browser.extensionId}/options.html#alert-rules`);
    const rule = options.locator('li[data-rule="low-stock"]');
    await expect.poll(() => rule.isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await rule.getByLabel('Low stock: days of cover under').inputValue()).toBe('14');
    expect(await rule.getByLabel('Days before a campaign from which stock must last through its encore').inputValue()).toBe('14');
    expect(await rule.getByLabel('Days of own sales the daily rate is averaged over').inputValue()).toBe('14');
    expect(await rule.locator('.threshold-list li').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining(DEFAULT_NOTE)]));
    await rule.scrollIntoViewIfNeeded();
    await options.screenshot({ path: 'tests/.artifacts/stock-rule-settings.png' });
  });
});
