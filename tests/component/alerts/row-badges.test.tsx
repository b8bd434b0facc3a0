import { act, fireEvent, waitFor } from '@testing-library/react';
import { sparkValues } from '../../../components/alerts/AlertDetails';
import { BADGE_TAG, createRowBadges } from '../../../components/alerts/row-badges';
import { SentRows, toCapturedRow } from '../../../lib/metrics/capture-rows';
import { findProductRow, scrapeTable } from '../../../lib/metrics/scrape-table';
import { table as amazonTable } from '../../../lib/sites/adapters/amazon';
import { table as taobaoTable } from '../../../lib/sites/adapters/taobao';
import type { AlertView } from '../../../lib/messaging/alerts';
import type { BackgroundBridge } from '../../support/background-bridge';
import { lipstickHistory, openAlertViews, seededStore } from './seeded-store';

// jsdom's events are all untrusted, so the guard against page scripts (tests/e2e/page-isolation.test.ts)
// is taken off here: these tests are about the badges, not about who clicked.
vi.mock('../../../components/common/trusted', () => ({ shieldFromPage: () => () => undefined }));

const ROWS = [
  ['742198305561', '花漾丝绒雾面哑光口红 #316枫叶红', '2026-11-05', '彩妆/香水/美妆工具 > 唇膏/口红', '275', '0.95%'],
  ['658823107342', '花漾玻尿酸补水保湿面膜 20片装', '2025-03-18', '美容护肤/美体/精油 > 面膜', '336', '6.20%'],
  ['612345098712', '花漾氨基酸温和洁面乳 120g', '2024-06-11', '美容护肤/美体/精油 > 洁面', '1.2万', '7.10%'],
];

/** A 生意参谋-style item_rank table, re-rendered from scratch (new row elements) in the given order. */
function renderTable(order: number[]) {
  document.body.querySelector('.oui-table')?.remove();
  const wrap = document.createElement('div');
  wrap.className = 'oui-table';
  const table = document.createElement('table');
  const head = table.createTHead().insertRow();
  for (const text of ['商品信息', '商品访客数', '商品支付转化率']) head.append(Object.assign(document.createElement('th'), { textContent: text }));
  const body = table.createTBody();
  for (const i of order) {
    const [id, title, listed, category, visitors, rate] = ROWS[i]!;
    const row = body.insertRow();
    row.setAttribute('data-item-id', id!);
    const info = row.insertCell();
    const link = Object.assign(document.createElement('a'), { href: `https://item.taobao.com/item.htm?id=${id}`, textContent: title });
    info.append(link, Object.assign(document.createElement('div'), { textContent: `发布时间：${listed}` }), Object.assign(document.createElement('div'), { textContent: category }));
    row.insertCell().textContent = visitors!;
    row.insertCell().textContent = rate!;
  }
  wrap.append(table);
  document.body.append(wrap);
}

const hints = { productIdHeaders: taobaoTable.productIdHeaders, productIdPatterns: taobaoTable.productIdPatterns };
const scrapedRows = () => new Map(scrapeTable(document.body, hints).flatMap((t) => t.rows.map((r) => [r.productId, r.rowElement] as const)));

let open: BackgroundBridge[] = [];
afterEach(async () => {
  await Promise.all(open.map((background) => background.close()));
  open = [];
});

/** Badges over the real background handlers, with the store's two open alerts as the background answers them. */
async function setup() {
  const fake = await seededStore();
  open.push(fake);
  const [lipstickAlert, maskAlert] = (await openAlertViews(fake)).sort((a, b) => a.id - b.id) as [AlertView, AlertView];
  const badges = createRowBadges({ doc: document, bridge: fake.bridge, lang: () => 'en', findRow: (id) => findProductRow(document.body, id, hints) });
  return { fake, badges, lipstickAlert, maskAlert };
}

const badgeRows = () =>
  Array.from(document.querySelectorAll('[data-sidekick-badge]'), (b) => `${b.getAttribute('data-product-id')}:${b.getAttribute('data-rule')}@${b.closest('tr')?.getAttribute('data-item-id')}`);

afterEach(() => {
  document.body.replaceChildren();
});

describe('badges in the page’s product rows', () => {
  test('each open alert gets a badge inside its product’s row, carrying the contract attributes, in an open shadow root', async () => {
    renderTable([0, 1, 2]);
    const { badges, lipstickAlert, maskAlert } = await setup();
    badges.sync([lipstickAlert, maskAlert], scrapedRows());
    expect(badgeRows().sort()).toEqual(['658823107342:traffic-drop@658823107342', '742198305561:low-conversion-promotion@742198305561']);
    const host = document.querySelector(BADGE_TAG)!;
    expect(host.hasAttribute('data-sidekick-badge')).toBe(true);
    expect(host.shadowRoot?.mode).toBe('open');
    expect(host.shadowRoot?.querySelector('button')?.getAttribute('aria-label')).toBe('Conversion under the category benchmark in the promotion period: details');
    // The badge sits in the product's own cell, not as a stray cell of the row.
    expect(host.parentElement?.tagName).toBe('TD');
  });

  test('after the page re-sorts and re-renders its rows, the badges follow their products', async () => {
    renderTable([0, 1, 2]);
    const { badges, lipstickAlert, maskAlert } = await setup();
    badges.sync([lipstickAlert, maskAlert], scrapedRows());
    renderTable([2, 1, 0]);
    expect(document.querySelectorAll('[data-sidekick-badge]')).toHaveLength(0);
    badges.sync([lipstickAlert, maskAlert], scrapedRows());
    expect(badgeRows().sort()).toEqual(['658823107342:traffic-drop@658823107342', '742198305561:low-conversion-promotion@742198305561']);
    // Even with a stale row map, the rows are found again.
    renderTable([1, 0, 2]);
    badges.sync([lipstickAlert, maskAlert], new Map());
    expect(badgeRows()).toHaveLength(2);
  });

  test('a resolved or acknowledged alert loses its badge; syncing twice adds nothing', async () => {
    renderTable([0, 1, 2]);
    const { badges, lipstickAlert, maskAlert } = await setup();
    badges.sync([lipstickAlert, maskAlert], scrapedRows());
    badges.sync([lipstickAlert, maskAlert], scrapedRows());
    expect(document.querySelectorAll('[data-sidekick-badge]')).toHaveLength(2);
    badges.sync([maskAlert], scrapedRows());
    expect(badgeRows()).toEqual(['658823107342:traffic-drop@658823107342']);
    expect(badges.owns(document.querySelector(BADGE_TAG)!)).toBe(true);
    expect(badges.owns(document.querySelector('tr')!)).toBe(false);
  });

  test('clicking a badge opens the popover: evidence, 14-day sparkline, what to do; Escape closes it and returns focus', async () => {
    renderTable([0, 1, 2]);
    const { badges, fake, lipstickAlert, maskAlert } = await setup();
    badges.sync([lipstickAlert, maskAlert], scrapedRows());
    const host = document.querySelector(`[data-product-id="742198305561"]`)!;
    const button = host.shadowRoot!.querySelector('button')!;
    await act(async () => button.click());
    const popover = document.querySelector('sidekick-popover')!;
    const dialog = await waitFor(() => {
      const found = popover.shadowRoot!.querySelector('[role="dialog"]');
      if (!found?.querySelector('svg path')) throw new Error('no sparkline yet');
      return found;
    });
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(dialog.textContent).toContain('0.95%');
    expect(dialog.textContent).toContain('2026-11-20');
    expect(dialog.textContent).toContain("Optimise the main image or the detail page's selling points");
    expect(dialog.querySelector('svg')?.getAttribute('aria-label')).toBe('Conversion rate, last 14 days');
    expect(fake.calls.some((c) => c.type === 'alerts/history')).toBe(true);
    fireEvent.keyDown(dialog, { key: 'Escape' });
    await act(async () => new Promise((r) => setTimeout(r, 0)));
    expect(document.querySelector('sidekick-popover')).toBeNull();
    expect(host.shadowRoot!.activeElement).toBe(button);
  });

  test('snoozing from the popover sends the snooze', async () => {
    renderTable([0, 1, 2]);
    const { badges, fake, lipstickAlert } = await setup();
    badges.sync([lipstickAlert], scrapedRows());
    await act(async () => document.querySelector(BADGE_TAG)!.shadowRoot!.querySelector('button')!.click());
    const dialog = document.querySelector('sidekick-popover')!.shadowRoot!;
    const snooze = Array.from(dialog.querySelectorAll('button')).find((b) => b.textContent === 'Snooze 1 day')!;
    await act(async () => snooze.click());
    expect(fake.calls.find((c) => c.type === 'alerts/act')?.payload).toEqual({ id: 7, action: 'snooze', days: 1 });
  });
});

describe('captured rows', () => {
  test('carry the listing date and category the row shows, and only changed rows are sent again', () => {
    renderTable([0, 1, 2]);
    const rows = scrapeTable(document.body, hints)[0]!.rows.map(toCapturedRow);
    expect(rows[0]).toEqual({
      productId: '742198305561',
      title: '花漾丝绒雾面哑光口红 #316枫叶红',
      metrics: { visitors: 275, conversionRate: 0.0095 },
      listedDate: '2026-11-05',
      category: '彩妆/香水/美妆工具 > 唇膏/口红',
    });
    expect(rows[2]?.metrics.visitors).toBe(12000);
    const sent = new SentRows();
    expect(sent.takeChanged('taobao||2026-11-20', rows)).toHaveLength(3);
    expect(sent.takeChanged('taobao||2026-11-20', rows)).toHaveLength(0);
    expect(sent.takeChanged('taobao||2026-11-20', [{ ...rows[1]!, metrics: { visitors: 340, conversionRate: 0.062 } }])).toHaveLength(1);
    expect(sent.takeChanged('taobao||2026-11-21', rows)).toHaveLength(3);
  });

  test('Amazon twins under one parent ASIN stay two products (the child ASIN is the id)', () => {
    const grid = new DOMParser().parseFromString(`<div role="grid"><div role="row"><div role="columnheader">(Parent) ASIN</div><div role="columnheader">(Child) ASIN</div><div role="columnheader">Sessions - Total</div><div role="columnheader">Units Ordered</div></div>
      <div role="row"><div role="gridcell">B0CQ4T9P1X</div><div role="gridcell">B0CQ4V7K2M</div><div role="gridcell">1,434</div><div role="gridcell">230</div></div>
      <div role="row"><div role="gridcell">B0CQ4T9P1X</div><div role="gridcell">B0CQ4WZ8LD</div><div role="gridcell">980</div><div role="gridcell">170</div></div></div>`, 'text/html');
    document.body.append(...Array.from(grid.body.childNodes));
    const rows = scrapeTable(document.body, { productIdHeaders: amazonTable.productIdHeaders, productIdPatterns: amazonTable.productIdPatterns })[0]!.rows;
    expect(rows.map((r) => r.productId)).toEqual(['B0CQ4V7K2M', 'B0CQ4WZ8LD']);
  });

  test('the sparkline has one point per day of the last 14, gaps where nothing was kept', () => {
    const values = sparkValues(lipstickHistory(), 'conversionRate', '2026-11-20');
    expect(values).toHaveLength(14);
    const last = values.slice(-5);
    expect(last.slice(0, 4)).toEqual([0.009, 0.0095, null, null]);
    expect(last[4]).toBeCloseTo(0.0105);
    expect(values.slice(0, 9).every((v) => v === null)).toBe(true);
  });
});
