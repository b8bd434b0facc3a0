import type { LinkedTask } from '../playbooks/task-link';
import { z } from 'zod';
import type { AlertRow, SnapshotRow } from '../db/types';
import { METRIC_KEYS } from '../metrics/keys';
import { platformIdSchema } from './core';
import { defineMessage } from './define';

/**
 * Messages of the alerts feature. Everything a content script scraped is parsed here once: a metric
 * is a finite number or null (unreadable), never a string, NaN or a made-up 0.
 */
const metricValue = z.number().finite().nullable();
export const capturedMetricsSchema = z.partialRecord(z.enum(METRIC_KEYS), metricValue);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
const productId = z.string().min(1).max(64).regex(/^[\w.:-]+$/, 'product id of letters, digits, . : _ -');
const storeId = z.string().min(1).max(300);

export const capturedRowSchema = z.object({
  productId,
  title: z.string().max(300).optional(),
  metrics: capturedMetricsSchema,
  peer: capturedMetricsSchema.optional(),
  listedDate: day.optional(),
  category: z.string().max(200).optional(),
});
export type CapturedRow = z.infer<typeof capturedRowSchema>;

export const MAX_CAPTURE_ROWS = 500;

/**
 * One batch of a scraped table. A row that fails its schema (an over-long id from an odd link, a title
 * past its bound) is dropped and counted, never the batch: refusing the batch would lose its other
 * rows and have the page send it again on every DOM change.
 */
export const captureSchema = z
  .object({
    platform: platformIdSchema,
    storeId: storeId.optional(),
    /** The day the table is for, in the store's zone (from the page's date picker or URL, else today). */
    period: day,
    /** The store's IANA zone: an hourly snapshot inside a campaign window is labelled in it. */
    timeZone: z.string().min(1).max(64),
    currency: z.string().regex(/^[A-Z]{3}$/, 'ISO 4217 code'),
    source: z.url().max(2000),
    rows: z.array(z.unknown()).min(1).max(MAX_CAPTURE_ROWS),
  })
  .transform(({ rows: raw, ...capture }) => {
    const rows: CapturedRow[] = [];
    for (const candidate of raw) {
      const row = capturedRowSchema.safeParse(candidate);
      if (row.success) rows.push(row.data);
    }
    return { ...capture, rows, dropped: raw.length - rows.length };
  });
export type Capture = Omit<z.output<typeof captureSchema>, 'dropped'>;

/** Which store, day and page a store-level capture comes from (a campaign board's hours, an overview page's cards). */
const storePageDaySchema = z.object({
  platform: platformIdSchema,
  storeId: storeId.optional(),
  day,
  timeZone: z.string().min(1).max(64),
  currency: z.string().regex(/^[A-Z]{3}$/, 'ISO 4217 code'),
  source: z.url().max(2000),
});

/**
 * Store-level figures of a campaign dashboard, hour by hour (each hour's own figures, not running
 * totals) for one store-local day. The background files them under the store's campaign runs whose
 * burst window holds the hour.
 */
export const campaignCaptureSchema = storePageDaySchema.extend({
  hours: z
    .array(z.object({ hour: z.number().int().min(0).max(23), metrics: capturedMetricsSchema }))
    .min(1)
    .max(24),
});
export type CampaignCapture = z.infer<typeof campaignCaptureSchema>;

/**
 * A store's own figures for one day from its overview page's KPI cards (访客数, 浏览量, 支付金额 …,
 * lib/metrics/kpi-cards.ts). At least one figure; a card showing "-" is null.
 */
export const storeDayCaptureSchema = storePageDaySchema.extend({
  metrics: capturedMetricsSchema.refine((metrics) => Object.keys(metrics).length > 0, 'at least one figure'),
});
export type StoreDayCapture = z.infer<typeof storeDayCaptureSchema>;

export interface CaptureResult {
  /** Snapshot rows written (new or changed), daily and hourly. */
  snapshots: number;
  opened: number;
  resolved: number;
  /** Rows of the batch refused by their schema (and not stored); absent when none. */
  dropped?: number;
}

export type StoredAlert = AlertRow & { id: number };

/** What a store's kept history holds, for the Alerts tab while it has no alert: is the capture working, and since when. */
export interface StoreCoverage {
  /** Products of the store seen on any page. */
  products: number;
  /** The first and the last day stored (in the order they were stored), and how many products the last one has. */
  firstDay?: string;
  lastDay?: string;
  lastDayProducts: number;
}

/** An alert as the UI shows it: with the product's title and listing date (else first seen) when the product is known. */
/** An alert as the page shows it; `task` is the playbook task its rule links to, resolved by the background. */
export type AlertView = StoredAlert & { productTitle?: string; productListedDate?: string; runName?: string; task?: LinkedTask };

export const alertActionSchema = z.discriminatedUnion('action', [
  z.object({ id: z.number().int().positive(), action: z.literal('acknowledge') }),
  z.object({ id: z.number().int().positive(), action: z.literal('reopen') }),
  z.object({ id: z.number().int().positive(), action: z.literal('snooze'), days: z.union([z.literal(1), z.literal(7)]) }),
]);

export const alertMessages = {
  'metrics/capture': defineMessage<CaptureResult>()(captureSchema),
  /** A campaign dashboard's hourly store figures, kept as run-level snapshots of the active campaign run(s). */
  'metrics/campaign': defineMessage<CaptureResult>()(campaignCaptureSchema),
  /** A store's own day from its overview page's KPI cards, kept per store per day (the 运营日报's store line). */
  'metrics/store-day': defineMessage<{ stored: boolean }>()(storeDayCaptureSchema),
  /** Alerts that need the seller (open, or snoozed past their snooze) for a marketplace, optionally one store. */
  /** The platform's open alerts of one store (and store-less ones); `storeId: null`, store-less ones only. */
  // Always a store or null (store-less only): a seller page never gets every store's alerts.
  'alerts/open': defineMessage<AlertView[]>()(z.object({ platform: platformIdSchema, storeId: storeId.nullable() })),
  /** A product's daily snapshots of the last `days` days up to its latest one (sparklines). */
  'alerts/history': defineMessage<SnapshotRow[]>()(z.object({ platform: platformIdSchema, productId, days: z.number().int().min(1).max(400) })),
  'alerts/act': defineMessage<StoredAlert>()(alertActionSchema),
  /** What the store's kept history holds (products, first and last day stored): the Alerts tab's answer while it has no alert. */
  'alerts/coverage': defineMessage<StoreCoverage>()(z.object({ platform: platformIdSchema, storeId })),
};
