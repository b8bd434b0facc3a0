import type { MetricKey, Metrics } from '../metrics/keys';
import type { PlatformId } from '../sites/types';

/** Row shapes of the `seller-sidekick` Dexie database (DESIGN.md data model and contracts). */

export interface StoreRow {
  /** `${platform}:${shopId}` */
  id: string;
  platform: PlatformId;
  shopId: string;
  name: string;
  firstSeen: number;
  lastSeen: number;
}

export interface ProductRow {
  platform: PlatformId;
  productId: string;
  storeId?: string;
  title: string;
  category?: string;
  firstSeen: number;
  /** ISO date `YYYY-MM-DD` when the page showed it, else undefined (use firstSeen). */
  listedDate?: string;
  tags: string[];
}

export interface SnapshotRow {
  id?: number;
  platform: PlatformId;
  /**
   * The product's id, or `campaign:<runId>` for a campaign run's store-level figures (one row per hour of
   * its burst window, each hour's own figures; see lib/alerts/campaign-runs.ts and the README contracts).
   */
  productId: string;
  storeId?: string;
  /** `YYYY-MM-DD` (day) or `YYYY-MM-DDTHH` (hour inside a campaign window), store time zone. */
  period: string;
  currency: string;
  metrics: Metrics;
  /** Peer/industry figures the page itself showed (生意参谋 同行平均, 罗盘 同行基准), same units. */
  peer?: Metrics;
  source: string;
  capturedAt: number;
}

/**
 * A store's own figures for one day, as its overview page's KPI cards show them (生意参谋 首页/流量看板,
 * 拼多多 交易概况, 京东商智, Shopify Analytics): deduplicated visitors, not the sum of product rows.
 * One row per store per day; a re-visit (or another overview page of the same day) merges in.
 */
export interface StoreDayRow {
  platform: PlatformId;
  /** The store's id (`<platform>:<shop id>`), '' when the page showed no store. */
  storeId: string;
  /** `YYYY-MM-DD` in the store's time zone. */
  period: string;
  currency: string;
  /** Canonical keys; rates as fractions; a card showing "-" is null. */
  metrics: Metrics;
  /** The page path the figures were last read on. */
  source: string;
  capturedAt: number;
}

export type AlertStatus = 'open' | 'acknowledged' | 'snoozed' | 'resolved';
export type AlertSeverity = 'high' | 'medium' | 'low';

export interface AlertEvidence {
  metric: MetricKey;
  value: number | null;
  /** The product's own baseline (e.g. 7-day median) when the rule compares against it. */
  baseline?: number | null;
  /** The category / peer benchmark when the rule compares against it. */
  benchmark?: number | null;
  benchmarkSource?: 'page-peer' | 'category-typical' | 'user' | 'run-target';
  period: string;
  /** Free-form extra numbers a rule wants to show (e.g. addToCartRate beside conversionRate). */
  extra?: Record<string, number | string | null>;
  /** The line the value crossed and the setting behind it (older alerts have none). */
  threshold?: AlertThresholdEvidence;
}

/**
 * Where a threshold came from: the handbook, a figure the platform's page showed (同行平均),
 * a typical third-party figure, a shipped default the seller can change, the seller's own, a run target.
 */
export type ThresholdSource = 'handbook' | 'page-peer' | 'typical' | 'default' | 'seller' | 'run-target';

export interface AlertThresholdEvidence {
  /** The setting (an `AlertThresholds` key, or a benchmark metric) and its value. */
  key: string;
  value: number;
  source: ThresholdSource;
  /** The line the evaluated value crossed, in the metric's unit (e.g. 0.85 = 95% median − 10 points). */
  limit: number;
}

export interface AlertRow {
  id?: number;
  platform: PlatformId;
  productId?: string;
  runId?: string;
  storeId?: string;
  ruleId: string;
  status: AlertStatus;
  severity: AlertSeverity;
  evidence: AlertEvidence;
  firstPeriod: string;
  lastPeriod: string;
  /** How many periods the condition has been seen. */
  seenCount: number;
  snoozedUntil?: number;
  resolvedAt?: number;
  updatedAt: number;
}
