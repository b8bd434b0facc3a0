import type { AlertRow, ProductRow, SnapshotRow, StoreRow } from '../db/types';
import type { Lang } from '../i18n';
import { METRIC_KIND, type Metrics } from '../metrics/keys';
import { conversion, traffic } from './readings';
import { ruleById } from './rules/index';
import { toCsv } from '../csv';

/**
 * The daily 运营日报: each store's core numbers for one day against the day before, every product's
 * line, and the alerts still open. Pure: the options page reads the rows and passes them in.
 */
export type CoreMetric = 'traffic' | 'conversionRate' | 'gmv' | 'orders' | 'addToCartRate';
export const CORE_METRICS: readonly CoreMetric[] = ['traffic', 'conversionRate', 'gmv', 'orders', 'addToCartRate'];

export interface ReportLine {
  platform: string;
  storeName: string;
  productId: string;
  title: string;
  values: Record<CoreMetric, number | null>;
  /** Relative change against the day before (0.1 = +10%); null without both numbers. */
  changes: Record<CoreMetric, number | null>;
  currency: string;
}

export interface DailyReport {
  day: string;
  previousDay: string;
  lines: ReportLine[];
  alerts: { platform: string; storeName: string; productId: string; title: string; rule: string; severity: string; since: string; period: string }[];
}

export interface DailyReportInput {
  day: string;
  stores: readonly StoreRow[];
  products: readonly ProductRow[];
  /** Daily snapshots of `day` and the day before. */
  snapshots: readonly SnapshotRow[];
  openAlerts: readonly AlertRow[];
  lang: Lang;
}

function previousDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d - 1)).toISOString().slice(0, 10);
}

function known(value: number | null | undefined): value is number {
  return value !== null && value !== undefined && Number.isFinite(value);
}

function coreValues(m: Metrics): Record<CoreMetric, number | null> {
  const orders = known(m.orders) ? m.orders : known(m.units) ? m.units : known(m.buyers) ? m.buyers : null;
  const cartRate = known(m.addToCartRate) ? m.addToCartRate : known(m.addToCartUsers) && known(m.visitors) && m.visitors > 0 ? m.addToCartUsers / m.visitors : null;
  return { traffic: traffic(m), conversionRate: conversion(m), gmv: known(m.gmv) ? m.gmv : null, orders, addToCartRate: cartRate };
}

function change(now: number | null, before: number | null): number | null {
  return known(now) && known(before) && before !== 0 ? (now - before) / before : null;
}

export function buildDailyReport({ day, stores, products, snapshots, openAlerts, lang }: DailyReportInput): DailyReport {
  const before = previousDay(day);
  const storeName = new Map(stores.map((s) => [s.id, s.name]));
  const product = new Map(products.map((p) => [`${p.platform}|${p.productId}`, p]));
  const byKey = new Map(snapshots.map((s) => [`${s.platform}|${s.productId}|${s.period}`, s]));
  const nameOf = (platform: string, productId: string) => product.get(`${platform}|${productId}`)?.title ?? productId;
  const storeOf = (platform: string, storeId: string | undefined) => (storeId && storeName.get(storeId)) || platform;
  const lines: ReportLine[] = [];
  for (const snapshot of snapshots) {
    if (snapshot.period !== day) continue;
    const values = coreValues(snapshot.metrics);
    const prior = byKey.get(`${snapshot.platform}|${snapshot.productId}|${before}`);
    const priorValues = prior ? coreValues(prior.metrics) : null;
    const changes = Object.fromEntries(CORE_METRICS.map((k) => [k, change(values[k], priorValues?.[k] ?? null)])) as Record<CoreMetric, number | null>;
    lines.push({
      platform: snapshot.platform,
      storeName: storeOf(snapshot.platform, snapshot.storeId ?? product.get(`${snapshot.platform}|${snapshot.productId}`)?.storeId),
      productId: snapshot.productId,
      title: nameOf(snapshot.platform, snapshot.productId),
      values,
      changes,
      currency: snapshot.currency,
    });
  }
  lines.sort((a, b) => a.storeName.localeCompare(b.storeName) || (b.values.gmv ?? -1) - (a.values.gmv ?? -1) || a.productId.localeCompare(b.productId));
  const alerts = openAlerts
    .filter((a) => a.status === 'open' || a.status === 'snoozed')
    .map((a) => ({
      platform: a.platform,
      storeName: storeOf(a.platform, a.storeId),
      productId: a.productId ?? a.runId ?? '',
      title: a.productId ? nameOf(a.platform, a.productId) : (a.runId ?? ''),
      rule: ruleById(a.ruleId)?.title[lang] ?? a.ruleId,
      severity: a.severity,
      since: a.firstPeriod,
      period: a.lastPeriod,
    }));
  return { day, previousDay: before, lines, alerts };
}

const LABELS: Record<Lang, Record<CoreMetric | 'store' | 'product' | 'id' | 'change' | 'alerts' | 'rule' | 'severity' | 'since' | 'none' | 'title', string>> = {
  'zh-CN': {
    title: '运营日报',
    traffic: '访客/会话',
    conversionRate: '转化率',
    gmv: '支付金额',
    orders: '订单/件数',
    addToCartRate: '加购率',
    store: '店铺',
    product: '商品',
    id: '商品ID',
    change: '较前日',
    alerts: '待处理预警',
    rule: '预警',
    severity: '严重程度',
    since: '首次出现',
    none: '无',
  },
  en: {
    title: 'Daily operations report',
    traffic: 'Visitors/sessions',
    conversionRate: 'Conversion',
    gmv: 'GMV',
    orders: 'Orders/units',
    addToCartRate: 'Add-to-cart rate',
    store: 'Store',
    product: 'Product',
    id: 'Product ID',
    change: 'vs day before',
    alerts: 'Open alerts',
    rule: 'Alert',
    severity: 'Severity',
    since: 'Since',
    none: 'none',
  },
};

const KIND: Record<CoreMetric, 'rate' | 'money' | 'count'> = {
  traffic: 'count',
  conversionRate: METRIC_KIND.conversionRate,
  gmv: METRIC_KIND.gmv,
  orders: 'count',
  addToCartRate: 'rate',
};

export function formatValue(metric: CoreMetric, value: number | null): string {
  if (!known(value)) return '';
  const kind = KIND[metric];
  if (kind === 'rate') return `${(value * 100).toFixed(2)}%`;
  if (kind === 'money') return value.toFixed(2);
  return String(Math.round(value));
}

export function formatChange(value: number | null): string {
  if (!known(value)) return '';
  return `${value > 0 ? '+' : value < 0 ? '−' : '±'}${Math.abs(value * 100).toFixed(1)}%`;
}

/** Markdown cells: pipes and line breaks in page text must not break the table. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');

export function dailyReportMarkdown(report: DailyReport, lang: Lang): string {
  const l = LABELS[lang];
  const out = [`# ${l.title} ${report.day}`, ''];
  const header = [l.store, l.product, l.id, ...CORE_METRICS.flatMap((m) => [l[m], `${l[m]} ${l.change}`])];
  out.push(`| ${header.join(' | ')} |`, `| ${header.map((_, i) => (i < 3 ? '---' : '---:')).join(' | ')} |`);
  for (const line of report.lines) {
    const cells = [line.storeName, line.title, line.productId, ...CORE_METRICS.flatMap((m) => [formatValue(m, line.values[m]), formatChange(line.changes[m])])];
    out.push(`| ${cells.map(cell).join(' | ')} |`);
  }
  out.push('', `## ${l.alerts}`, '');
  if (!report.alerts.length) out.push(l.none);
  for (const alert of report.alerts) out.push(`- **${cell(alert.rule)}** (${alert.severity}) — ${cell(alert.title)} \`${alert.productId}\`, ${l.since} ${alert.since}`);
  return `${out.join('\n')}\n`;
}

export function dailyReportCsv(report: DailyReport, lang: Lang): string {
  const l = LABELS[lang];
  const fields = ['day', l.store, l.product, l.id, ...CORE_METRICS.flatMap((m) => [l[m], `${l[m]} ${l.change}`]), l.alerts];
  const alertsOf = (productId: string) =>
    report.alerts
      .filter((a) => a.productId === productId)
      .map((a) => a.rule)
      .join('; ');
  const data = report.lines.map((line) => [
    report.day,
    line.storeName,
    line.title,
    line.productId,
    ...CORE_METRICS.flatMap((m) => [formatValue(m, line.values[m]), formatChange(line.changes[m])]),
    alertsOf(line.productId),
  ]);
  return toCsv(fields, data);
}

