import type { AlertRow, ProductRow, SnapshotRow, StoreDayRow, StoreRow } from '../db/types';
import { translate, type Lang } from '../i18n';
import { METRIC_KIND, type Metrics } from '../metrics/keys';
import { conversion, traffic } from './readings';
import { ruleById } from './rules/index';
import { toCsv } from '../csv';
import type { RunRow } from '../db/schema';
import { TARGETS } from '../playbooks/templates/common';
import { STORE_MEASURES, storeDayOf, targetsAgainst, type StoreMeasure, type StoreSources, type StoreValues, type TargetLine } from './store-totals';

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

/**
 * A store's day against the day before, and its live runs' targets: each figure the store's own from its
 * overview page where captured (`sources` 'store'), else the sum of its captured product rows ('products').
 */
export interface StoreLine {
  platform: string;
  storeId?: string;
  storeName: string;
  currency: string;
  /** Product rows captured for the day (the sums add these up). */
  products: number;
  values: StoreValues;
  sources: StoreSources;
  changes: Record<StoreMeasure, number | null>;
  targets: TargetLine[];
}

export interface DailyReport {
  day: string;
  previousDay: string;
  stores: StoreLine[];
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
  /** Live runs whose targets the store lines are measured against (archived and deleted ones left out by the caller). */
  runs?: readonly RunRow[];
  /** Daily snapshots from the earliest run start up to `day`, for run-to-date totals (defaults to `snapshots`). */
  history?: readonly SnapshotRow[];
  /** The stores' own days from their overview pages: `day`, the day before and (for run-to-date targets) back to the earliest run start. */
  storeDays?: readonly StoreDayRow[];
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

const isCampaignSubject = (productId: string) => productId.startsWith('campaign:');

function storeLines(input: DailyReportInput, storeOf: (platform: string, storeId: string | undefined) => string, storeIdOf: (row: SnapshotRow) => string | undefined): StoreLine[] {
  const before = previousDay(input.day);
  type Group = { platform: string; storeId?: string; day: SnapshotRow[]; before: SnapshotRow[]; own: StoreDayRow[] };
  const groups = new Map<string, Group>();
  const groupOf = (platform: string, storeId: string | undefined): Group => {
    const key = `${platform}|${storeId ?? ''}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { platform, ...(storeId === undefined ? {} : { storeId }), day: [], before: [], own: [] }));
    return group;
  };
  for (const row of input.snapshots) {
    if ((row.period !== input.day && row.period !== before) || isCampaignSubject(row.productId)) continue;
    const group = groupOf(row.platform, storeIdOf(row));
    (row.period === input.day ? group.day : group.before).push(row);
  }
  for (const row of input.storeDays ?? []) groupOf(row.platform, row.storeId || undefined).own.push(row);
  const history = (input.history ?? input.snapshots).filter((row) => row.period.length === 10 && !isCampaignSubject(row.productId));
  const lines: StoreLine[] = [];
  for (const group of groups.values()) {
    const ownDay = group.own.find((d) => d.period === input.day);
    if (!group.day.length && !ownDay) continue;
    const { values, sources } = storeDayOf(group.day, ownDay);
    const ownBefore = group.own.find((d) => d.period === before);
    const prior = group.before.length || ownBefore ? storeDayOf(group.before, ownBefore) : null;
    // A change only between figures of the same source: the store's UV against a summed UV is no change at all.
    const changeOf = (m: StoreMeasure) => (prior && prior.sources[m] === sources[m] ? change(values[m], prior.values[m]) : null);
    const storeRows = history.filter((row) => row.platform === group.platform && storeIdOf(row) === group.storeId);
    const runs = (input.runs ?? []).filter((run) => (run.storeId === undefined ? !run.platform || run.platform === group.platform : run.storeId === group.storeId) && Object.keys(run.targets).length);
    lines.push({
      platform: group.platform,
      ...(group.storeId === undefined ? {} : { storeId: group.storeId }),
      storeName: storeOf(group.platform, group.storeId),
      currency: ownDay?.currency ?? group.day[0]!.currency,
      products: group.day.length,
      values,
      sources,
      changes: Object.fromEntries(STORE_MEASURES.map((m) => [m, changeOf(m)])) as Record<StoreMeasure, number | null>,
      targets: runs.flatMap((run) => targetsAgainst(run, storeRows, input.day, group.own)),
    });
  }
  return lines.sort((a, b) => a.storeName.localeCompare(b.storeName));
}

export function buildDailyReport(input: DailyReportInput): DailyReport {
  const { day, stores, products, snapshots, openAlerts, lang } = input;
  const before = previousDay(day);
  const storeName = new Map(stores.map((s) => [s.id, s.name]));
  const product = new Map(products.map((p) => [`${p.platform}|${p.productId}`, p]));
  const byKey = new Map(snapshots.map((s) => [`${s.platform}|${s.productId}|${s.period}`, s]));
  const nameOf = (platform: string, productId: string) => product.get(`${platform}|${productId}`)?.title ?? productId;
  const storeOf = (platform: string, storeId: string | undefined) => (storeId && storeName.get(storeId)) || platform;
  const lines: ReportLine[] = [];
  for (const snapshot of snapshots) {
    if (snapshot.period !== day || isCampaignSubject(snapshot.productId)) continue;
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
  const storeIdOf = (row: SnapshotRow) => row.storeId ?? product.get(`${row.platform}|${row.productId}`)?.storeId;
  return { day, previousDay: before, stores: storeLines(input, storeOf, storeIdOf), lines, alerts };
}

type DailyWord = CoreMetric | 'storeTotal' | 'store' | 'product' | 'id' | 'change' | 'alerts' | 'rule' | 'severity' | 'since' | 'none' | 'title';
/** The report's own words, each `alerts.daily.<word>` in the catalogue. */
const dailyWord = (word: DailyWord, lang: Lang) => translate(lang, `alerts.daily.${word}`);

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

type StoreWord = StoreMeasure | 'section' | 'products' | 'uvNote' | 'source' | 'sourceStore' | 'sourceProducts' | 'sourceMixed' | 'summed' | 'targets' | 'run' | 'target' | 'actual' | 'attainment' | 'basis' | 'day' | 'runToDate' | 'notCaptured';
const storeWord = (word: StoreWord, lang: Lang, params?: Record<string, string>) => translate(lang, `alerts.daily.store.${word}`, params);

const TARGET_LABELS: Record<string, Record<Lang, string>> = Object.fromEntries(Object.values(TARGETS).map((t) => [t.key, t.label]));
const TARGET_UNIT: Record<string, string> = Object.fromEntries(Object.values(TARGETS).map((t) => [t.key, t.unit]));

export function storeLabel(measure: StoreMeasure, lang: Lang): string {
  return storeWord(measure, lang);
}

/** Marks a figure summed over product rows (the overview page's own figures go unmarked). */
export const SUMMED_MARK = 'Σ';

/** Where a store line's figures came from, in words: the overview page, the product rows' sum, or both (Σ marks the sums). */
export function storeSourceLabel(store: Pick<StoreLine, 'sources'>, lang: Lang): string {
  const used = new Set(Object.values(store.sources).filter((source) => source !== null));
  if (used.size > 1) return storeWord('sourceMixed', lang);
  return storeWord(used.has('store') ? 'sourceStore' : 'sourceProducts', lang);
}

/** "Sum of the captured product rows" for a Σ-marked figure's tooltip. */
export function summedLabel(lang: Lang): string {
  return storeWord('summed', lang);
}

export function formatStoreValue(measure: StoreMeasure, value: number | null): string {
  if (!known(value)) return '';
  const kind = METRIC_KIND[measure];
  if (kind === 'rate') return `${(value * 100).toFixed(2)}%`;
  if (kind === 'money') return value.toFixed(2);
  return String(Math.round(value));
}

/** A target or actual in the target's own unit (ratio → %, money → 2 decimals, multiple → ×). */
export function formatTargetValue(key: string, value: number | null): string {
  if (!known(value)) return '';
  const unit = TARGET_UNIT[key];
  if (unit === 'ratio') return `${(value * 100).toFixed(2)}%`;
  if (unit === 'money') return value.toFixed(2);
  if (unit === 'multiple') return `${value.toFixed(2)}×`;
  return String(Math.round(value));
}

/** A target's attainment as a percentage with one decimal; blank when nothing was captured to compare. */
export function formatAttainment(attainment: number | null): string {
  return attainment === null ? '' : `${(attainment * 100).toFixed(1)}%`;
}

export function targetLabel(key: string, lang: Lang): string {
  return TARGET_LABELS[key]?.[lang] ?? key;
}

export function targetBasis(line: TargetLine, lang: Lang): string {
  if (!line.measured) return storeWord('notCaptured', lang);
  return line.basis === 'day' ? storeWord('day', lang) : storeWord('runToDate', lang, { from: line.from ?? '' });
}

function storeMarkdown(report: DailyReport, lang: Lang): string[] {
  if (!report.stores.length) return [];
  const l = (word: StoreWord) => storeWord(word, lang);
  const out = [`## ${l('section')}`, '', `> ${l('uvNote')}`, ''];
  const header = [dailyWord('store', lang), l('source'), l('products'), ...STORE_MEASURES.map((m) => l(m))];
  out.push(`| ${header.join(' | ')} |`, `| ${header.map((_, i) => (i < 2 ? '---' : '---:')).join(' | ')} |`);
  for (const store of report.stores) {
    const figure = (m: StoreMeasure) => {
      const value = formatStoreValue(m, store.values[m]);
      return value && store.sources[m] === 'products' ? `${value} ${SUMMED_MARK}` : value;
    };
    const cells = [store.storeName, storeSourceLabel(store, lang), String(store.products), ...STORE_MEASURES.map((m) => [figure(m), formatChange(store.changes[m])].filter(Boolean).join(' '))];
    out.push(`| ${cells.map(cell).join(' | ')} |`);
  }
  const targets = report.stores.flatMap((store) => store.targets.map((t) => ({ store, t })));
  if (targets.length) {
    const th = [dailyWord('store', lang), l('run'), l('target'), '', l('actual'), l('attainment'), l('basis')];
    out.push('', `### ${l('targets')}`, '', `| ${th.join(' | ')} |`, `| --- | --- | --- | ---: | ---: | ---: | --- |`);
    for (const { store, t } of targets) {
      const cells = [store.storeName, t.runName, targetLabel(t.key, lang), formatTargetValue(t.key, t.target), formatTargetValue(t.key, t.actual), formatAttainment(t.attainment), targetBasis(t, lang)];
      out.push(`| ${cells.map(cell).join(' | ')} |`);
    }
  }
  out.push('');
  return out;
}

/** Markdown cells: pipes and line breaks in page text must not break the table. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');

export function dailyReportMarkdown(report: DailyReport, lang: Lang): string {
  const l = (word: DailyWord) => dailyWord(word, lang);
  const out = [`# ${l('title')} ${report.day}`, '', ...storeMarkdown(report, lang)];
  const header = [l('store'), l('product'), l('id'), ...CORE_METRICS.flatMap((m) => [l(m), `${l(m)} ${l('change')}`])];
  out.push(`| ${header.join(' | ')} |`, `| ${header.map((_, i) => (i < 3 ? '---' : '---:')).join(' | ')} |`);
  for (const line of report.lines) {
    const cells = [line.storeName, line.title, line.productId, ...CORE_METRICS.flatMap((m) => [formatValue(m, line.values[m]), formatChange(line.changes[m])])];
    out.push(`| ${cells.map(cell).join(' | ')} |`);
  }
  out.push('', `## ${l('alerts')}`, '');
  if (!report.alerts.length) out.push(l('none'));
  for (const alert of report.alerts) out.push(`- **${cell(alert.rule)}** (${alert.severity}) — ${cell(alert.title)} \`${alert.productId}\`, ${l('since')} ${alert.since}`);
  return `${out.join('\n')}\n`;
}

export function dailyReportCsv(report: DailyReport, lang: Lang): string {
  const l = (word: DailyWord) => dailyWord(word, lang);
  const fields = ['day', l('store'), l('product'), l('id'), ...CORE_METRICS.flatMap((m) => [l(m), `${l(m)} ${l('change')}`]), l('alerts'), storeWord('source', lang)];
  const alertsOf = (productId: string) =>
    report.alerts
      .filter((a) => a.productId === productId)
      .map((a) => a.rule)
      .join('; ');
  const storeTotal = dailyWord('storeTotal', lang);
  const storeRows = report.stores.map((store) => {
    const values: Record<CoreMetric, number | null> = {
      traffic: store.values.visitors,
      conversionRate: store.values.conversionRate,
      gmv: store.values.gmv,
      orders: store.values.buyers,
      addToCartRate: null,
    };
    const changes: Record<CoreMetric, number | null> = { traffic: store.changes.visitors, conversionRate: store.changes.conversionRate, gmv: store.changes.gmv, orders: store.changes.buyers, addToCartRate: null };
    return [report.day, store.storeName, storeTotal, '', ...CORE_METRICS.flatMap((m) => [formatValue(m, values[m]), formatChange(changes[m])]), '', csvSource(store, lang)];
  });
  const data = [...storeRows, ...report.lines.map((line) => [
    report.day,
    line.storeName,
    line.title,
    line.productId,
    ...CORE_METRICS.flatMap((m) => [formatValue(m, line.values[m]), formatChange(line.changes[m])]),
    alertsOf(line.productId),
    '',
  ])];
  return toCsv(fields, data);
}

/** The CSV's source cell of a store row: which of its figures are the overview page's and which are summed. */
function csvSource(store: StoreLine, lang: Lang): string {
  const of = (source: 'store' | 'products') => STORE_MEASURES.filter((m) => store.sources[m] === source).map((m) => storeWord(m, lang));
  const own = of('store');
  const summed = of('products');
  return [own.length ? `${storeWord('sourceStore', lang)}: ${own.join(', ')}` : '', summed.length ? `${SUMMED_MARK} ${storeWord('sourceProducts', lang)}: ${summed.join(', ')}` : ''].filter(Boolean).join('; ');
}
