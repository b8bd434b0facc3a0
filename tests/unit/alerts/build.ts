import type { AlertRow, ProductRow, SnapshotRow } from '../../../lib/db/types';
import type { Metrics } from '../../../lib/metrics/keys';
import type { PlatformId } from '../../../lib/sites/types';
import { evaluateProduct, evaluateRun, type AlertChanges } from '../../../lib/alerts/engine';
import { alertSettings } from '../../../lib/alerts/defaults';
import type { AlertRule, AlertSettings, CampaignRunInput, RuleFinding } from '../../../lib/alerts/types';

// Builders for the alert tests: a product, its daily or hourly snapshots, and a tiny alert table.
export const TODAY = '2026-03-20';

export function addDays(period: string, days: number): string {
  const date = new Date(Date.UTC(+period.slice(0, 4), +period.slice(5, 7) - 1, +period.slice(8, 10) + days));
  return date.toISOString().slice(0, 10);
}

export function product(overrides: Partial<ProductRow> = {}): ProductRow {
  return {
    platform: 'taobao',
    productId: 'p1',
    title: '丝绒哑光口红',
    category: '美妆/彩妆/唇膏口红',
    firstSeen: Date.UTC(2026, 0, 1),
    listedDate: addDays(TODAY, -10),
    tags: [],
    ...overrides,
  };
}

export function snapshot(period: string, metrics: Metrics, extra: Partial<SnapshotRow> = {}): SnapshotRow {
  return { platform: 'taobao', productId: 'p1', period, currency: 'CNY', metrics, source: 'https://sycm.taobao.com/cc/item_rank', capturedAt: 0, ...extra };
}

/** One snapshot per day, the last one on `last`. `null` entries are days the seller didn't capture. */
export function days(metrics: readonly (Metrics | null)[], last = TODAY, extra: Partial<SnapshotRow> = {}): SnapshotRow[] {
  const rows: SnapshotRow[] = [];
  metrics.forEach((m, i) => {
    if (m) rows.push(snapshot(addDays(last, i - metrics.length + 1), m, extra));
  });
  return rows;
}

/** One snapshot per hour from `first` (`YYYY-MM-DDTHH`, same day). */
export function hours(first: string, metrics: readonly Metrics[], platform: PlatformId = 'tmall'): SnapshotRow[] {
  const day = first.slice(0, 11);
  const start = +first.slice(11, 13);
  return metrics.map((m, i) => snapshot(`${day}${String(start + i).padStart(2, '0')}`, m, { platform, productId: 'store' }));
}

export const settingsWith = (saved: Parameters<typeof alertSettings>[0] = {}): AlertSettings => alertSettings(saved);

export function findingOf(rule: AlertRule, item: ProductRow, history: readonly SnapshotRow[], settings = alertSettings()): RuleFinding | null {
  return evaluateProduct(item, history, settings)?.hits.find((hit) => hit.rule.id === rule.id)?.finding ?? null;
}

export function campaign(overrides: Partial<CampaignRunInput> = {}): CampaignRunInput {
  return { runId: 'run-1111', platform: 'tmall', burst: { start: '2026-11-11T00', end: '2026-11-11T23' }, targets: {}, snapshots: [], ...overrides };
}

export function runFindingOf(rule: AlertRule, run: CampaignRunInput, settings = alertSettings()): RuleFinding | null {
  return evaluateRun(run, settings)?.hits.find((hit) => hit.rule.id === rule.id)?.finding ?? null;
}

/** An in-memory alerts table: applies the engine's changes the way the background writes them. */
export class AlertTable {
  private rows = new Map<number, AlertRow>();
  private nextId = 1;

  apply(changes: AlertChanges): this {
    for (const row of [...changes.upserts, ...changes.resolved]) {
      const id = row.id ?? this.nextId++;
      this.rows.set(id, { ...row, id });
    }
    return this;
  }

  all(): AlertRow[] {
    return [...this.rows.values()];
  }

  update(id: number, patch: Partial<AlertRow>): void {
    const row = this.rows.get(id);
    if (row) this.rows.set(id, { ...row, ...patch });
  }
}
