import type { AlertRow, ProductRow, SnapshotRow } from '../../../lib/db/types';
import type { AlertView } from '../../../lib/messaging/alerts';
import { backgroundBridge } from '../../support/background-bridge';

/**
 * A 花漾美妆旗舰店 whose background holds two open alerts (the lipstick's conversion under the category
 * benchmark, the mask's traffic drop), their products and the lipstick's history, served by the real
 * handlers (tests/support/background-bridge.ts). The rows are written as the capture path stores them.
 */
export const STORE_ID = 'taobao:花漾美妆旗舰店';
export const SYCM_URL = 'https://sycm.taobao.com/cc/item_rank';
/** 2026-11-20 12:00 in Shanghai: the day the alerts were last seen. */
export const NOON_1120 = Date.UTC(2026, 10, 20, 4);
const DAY = 86_400_000;

export const lipstickProduct: ProductRow = {
  platform: 'taobao',
  productId: '742198305561',
  storeId: STORE_ID,
  title: '花漾丝绒雾面哑光口红 #316枫叶红',
  firstSeen: Date.UTC(2026, 10, 5),
  listedDate: '2026-11-05',
  tags: [],
};
export const maskProduct: ProductRow = {
  platform: 'taobao',
  productId: '658823107342',
  storeId: STORE_ID,
  title: '花漾玻尿酸补水保湿面膜 20片装',
  firstSeen: Date.UTC(2025, 2, 18),
  listedDate: '2025-03-18',
  tags: [],
};

export const lipstickAlertRow: AlertRow = {
  id: 7,
  platform: 'taobao',
  productId: '742198305561',
  storeId: STORE_ID,
  ruleId: 'low-conversion-promotion',
  status: 'open',
  severity: 'high',
  evidence: { metric: 'conversionRate', value: 0.0095, benchmark: 0.03, benchmarkSource: 'category-typical', period: '2026-11-20' },
  firstPeriod: '2026-11-16',
  lastPeriod: '2026-11-20',
  seenCount: 5,
  updatedAt: NOON_1120,
};
export const maskAlertRow: AlertRow = {
  id: 8,
  platform: 'taobao',
  productId: '658823107342',
  storeId: STORE_ID,
  ruleId: 'traffic-drop',
  status: 'open',
  severity: 'medium',
  evidence: { metric: 'visitors', value: 336, baseline: 801, period: '2026-11-20', extra: { drop: 0.58, baselineDays: 7 } },
  firstPeriod: '2026-11-19',
  lastPeriod: '2026-11-20',
  seenCount: 2,
  updatedAt: NOON_1120,
};

export function lipstickHistory(): SnapshotRow[] {
  return ['2026-11-16', '2026-11-17', '2026-11-19', '2026-11-20'].map((period, i) => ({
    platform: 'taobao',
    productId: '742198305561',
    storeId: STORE_ID,
    period,
    currency: 'CNY',
    metrics: { visitors: 250 + i * 10, conversionRate: i === 2 ? null : 0.009 + i * 0.0005 },
    source: '/cc/item_rank',
    capturedAt: NOON_1120 - (3 - i) * DAY,
  }));
}

/** The background with `alerts` stored (both by default), their products and the lipstick's history. */
export async function seededStore(alerts: AlertRow[] = [lipstickAlertRow, maskAlertRow]) {
  const background = backgroundBridge({ pageUrl: SYCM_URL, now: NOON_1120 });
  await background.db.products.bulkPut([lipstickProduct, maskProduct]);
  await background.db.snapshots.bulkAdd(lipstickHistory());
  await background.db.alerts.bulkAdd(alerts);
  return background;
}

/** What the background answers for the store's open alerts, as the sidebar and the badges receive them. */
export async function openAlertViews(background: Awaited<ReturnType<typeof seededStore>>): Promise<AlertView[]> {
  const views = await background.bridge.send('alerts/open', { platform: 'taobao', storeId: STORE_ID });
  background.calls.length = 0;
  return views;
}
