import { describe, expect, test } from 'vitest';
import { evaluateProduct } from '../../../../lib/alerts/engine';
import { lowStock } from '../../../../lib/alerts/rules/low-stock';
import { alertSettings } from '../../../../lib/alerts/defaults';
import { averageDailyUnits, campaignStockWindow, daysOfCover, latestStock } from '../../../../lib/alerts/stock';
import type { CampaignStockWindow } from '../../../../lib/alerts/types';
import type { RunRow } from '../../../../lib/db/schema';
import type { Metrics } from '../../../../lib/metrics/keys';
import { days, product, TODAY } from '../build';

const item = product({ listedDate: '2025-06-01' });
/** 14 days selling 100 a day; the last day (TODAY, 2026-03-20) also shows `today`. */
const selling = (today: Metrics, perDay = 100): Metrics[] => [...Array.from({ length: 13 }, () => ({ units: perDay })), { units: perDay, ...today }];

function finding(history: ReturnType<typeof days>, campaigns: CampaignStockWindow[] = [], settings = alertSettings(), of = item) {
  return evaluateProduct(of, history, settings, undefined, campaigns)?.hits.find((hit) => hit.rule.id === lowStock.id)?.finding ?? null;
}

const window = (start: string, end: string, extra: Partial<CampaignStockWindow> = {}): CampaignStockWindow => ({ runId: 'r1', runName: '38 女王节', start, end, ...extra });

describe('库存预警: stock under its days of cover', () => {
  test('600 in stock selling 100 a day is 6 days of cover, under the 14-day default', () => {
    const hit = finding(days(selling({ stock: 600 })));
    expect(hit?.severity).toBe('medium');
    expect(hit?.evidence).toMatchObject({
      metric: 'daysOfCover',
      value: 6,
      period: TODAY,
      extra: { stock: 600, stockDay: TODAY, unitsPerDay: 100, salesDays: 14, coverSource: 'own-sales' },
      threshold: { key: 'lowStockCoverDays', value: 14, limit: 14, source: 'default' },
    });
  });

  test('2,000 in stock selling 100 a day (20 days) is enough', () => {
    expect(finding(days(selling({ stock: 2000 })))).toBeNull();
  });

  test('out of stock is high', () => {
    expect(finding(days(selling({ stock: 0 })))).toMatchObject({ severity: 'high', evidence: { value: 0 } });
  });

  test('with two days of sales the rate is unknown: no alert, never a guess', () => {
    expect(finding(days([{ units: 100 }, { units: 100, stock: 10 }]))).toBeNull();
    expect(daysOfCover(days([{ units: 100 }, { units: 100, stock: 10 }]), 1, 14)).toMatchObject({ kind: 'unknown', reason: 'no-sales-history' });
  });

  test('without its own sales history, Amazon’s Days of supply on the page is the cover (4 days)', () => {
    const hit = finding(days([{ stock: 612, daysOfCover: 4 }]));
    expect(hit?.evidence).toMatchObject({ value: 4, extra: { stock: 612, coverSource: 'page' } });
    expect(hit?.evidence.extra?.unitsPerDay).toBeUndefined();
  });

  test('a stock read two days ago is brought forward by the units sold since: 1,000 − 200 = 800, 8 days', () => {
    const history = selling({});
    history[11] = { units: 100, stock: 1000 };
    const hit = finding(days(history));
    expect(hit?.evidence).toMatchObject({ value: 8, extra: { stock: 800, soldSince: 200, stockDay: '2026-03-18' } });
  });

  test('a stock read three days ago is too old to judge', () => {
    const history = selling({});
    history[10] = { units: 100, stock: 100 };
    expect(finding(days(history))).toBeNull();
  });

  test('no units sold in two weeks: stock lasts, no alert', () => {
    expect(finding(days(selling({ stock: 5 }, 0)))).toBeNull();
  });

  test('the seller’s own 30 days: 20 days of cover is low, and the alert says it is their figure', () => {
    const hit = finding(days(selling({ stock: 2000 })), [], alertSettings({ thresholds: { lowStockCoverDays: 30 } }));
    expect(hit?.evidence.threshold).toEqual({ key: 'lowStockCoverDays', value: 30, limit: 30, source: 'seller' });
  });

  test('inbound units are shown, not counted', () => {
    const hit = finding(days(selling({ stock: 600, inboundStock: 2400 })));
    expect(hit?.evidence).toMatchObject({ value: 6, extra: { inbound: 2400 } });
  });
});

describe('before and during a campaign the stock must last through the encore', () => {
  test('pre-heat in 10 days, encore ends 04-12: 20 days of cover is short of the 24 days through it', () => {
    const hit = finding(days(selling({ stock: 2000 })), [window('2026-03-30', '2026-04-12')]);
    expect(hit?.severity).toBe('medium');
    expect(hit?.evidence).toMatchObject({
      value: 20,
      extra: { campaign: '38 女王节', campaignEnds: '2026-04-12', campaignActive: 0 },
      threshold: { key: 'lowStockCampaignLeadDays', value: 14, limit: 24, source: 'run-target' },
    });
  });

  test('under way (03-18 … 04-10): 20 days against 22 is high', () => {
    const hit = finding(days(selling({ stock: 2000 })), [window('2026-03-18', '2026-04-10')]);
    expect(hit?.severity).toBe('high');
    expect(hit?.evidence.threshold?.limit).toBe(22);
  });

  test('a campaign ending in 6 days asks less than the usual 14: the usual line stays', () => {
    expect(finding(days(selling({ stock: 2000 })), [window('2026-03-15', '2026-03-25')])).toBeNull();
    expect(finding(days(selling({ stock: 1300 })), [window('2026-03-15', '2026-03-25')])?.evidence.threshold).toMatchObject({ key: 'lowStockCoverDays', limit: 14 });
  });

  test('a campaign 20 days out (lead time 14) or on another marketplace does not count yet', () => {
    expect(finding(days(selling({ stock: 2000 })), [window('2026-04-09', '2026-04-30')])).toBeNull();
    expect(finding(days(selling({ stock: 2000 })), [window('2026-03-30', '2026-04-12', { platform: 'jd' })])).toBeNull();
    const mine = product({ listedDate: '2025-06-01', storeId: 'taobao:mine' });
    expect(finding(days(selling({ stock: 2000 })), [window('2026-03-30', '2026-04-12', { storeId: 'taobao:other' })], alertSettings(), mine)).toBeNull();
    expect(finding(days(selling({ stock: 2000 })), [window('2026-03-30', '2026-04-12', { storeId: 'taobao:mine' })], alertSettings(), mine)).not.toBeNull();
  });

  test('an ended campaign no longer counts', () => {
    expect(finding(days(selling({ stock: 2000 })), [window('2026-03-01', '2026-03-19')])).toBeNull();
  });
});

describe('reading stock and sales', () => {
  test('the average is over days with a figure only (a day nobody looked at is unknown, not 0)', () => {
    const history = days([{ units: 90 }, null, { units: 110 }, null, { units: 100 }]);
    expect(averageDailyUnits(history, history.length - 1, 14)).toEqual({ perDay: 100, days: 3, from: '2026-03-07' });
  });

  test('orders stand in for units where a table shows no units', () => {
    const history = days([{ orders: 30 }, { orders: 30 }, { orders: 30, stock: 90 }]);
    expect(daysOfCover(history, 2, 14)).toMatchObject({ kind: 'known', days: 3, source: 'own-sales' });
  });

  test('no stock read recently is unknown', () => {
    expect(latestStock(days([{ units: 1 }]), 0)).toBeNull();
    expect(daysOfCover(days([{ units: 1 }]), 0, 14)).toEqual({ kind: 'unknown', reason: 'no-stock', stock: null });
  });

  const run = (dates: Record<string, string>, extra: Partial<RunRow> = {}): RunRow => ({
    id: 'r1', templateId: 'campaign', templateVersion: 1, name: '双11 2026', dates, targets: {}, createdAt: 0, archived: false, ...extra,
  });

  test('a run’s window runs from its pre-heat through its encore, else from the burst to its end', () => {
    expect(campaignStockWindow(run({ preheatStart: '2026-10-24', burstStart: '2026-11-11', burstEnd: '2026-11-11', returnEnd: '2026-11-13' }, { platform: 'taobao' }))).toEqual({
      runId: 'r1', runName: '双11 2026', platform: 'taobao', start: '2026-10-24', end: '2026-11-13',
    });
    expect(campaignStockWindow(run({ burstStart: '2026-11-11', burstEnd: '2026-11-12' }))).toMatchObject({ start: '2026-11-11', end: '2026-11-12' });
    expect(campaignStockWindow(run({ burstStart: '2026-11-11' }, { archived: true }))).toBeNull();
    expect(campaignStockWindow(run({ burstStart: '2026-11-11' }, { templateId: 'store-launch' }))).toBeNull();
    expect(campaignStockWindow(run({}))).toBeNull();
  });
});
