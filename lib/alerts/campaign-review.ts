import { toCsv } from '../csv';
import type { RunRow } from '../db/schema';
import type { ProductRow, SnapshotRow } from '../db/types';
import { translate, type Lang } from '../i18n';
import { addWorkingDays, parseDay } from '../playbooks/due';
import type { PlatformId } from '../sites/types';
import { campaignSubjectId } from './campaign-runs';
import { formatTargetValue, targetLabel } from './daily-report';
import { isHourly } from './periods';
import { isKnown } from './readings';
import { runStart, totalsOf, type StoreMeasure } from './store-totals';

/**
 * The post-campaign review (复盘) draft: the handbook's 《活动复盘报告》 "within 3 working days of the
 * end", counted from the encore (返场) when the run has one. Every figure comes from captured rows (the
 * store totals of the 运营日报 over the run's window, the campaign board's hourly rows); a figure nothing
 * captured says so and where to capture it, never an estimate. Pure: the options page passes the rows.
 */

/** Working days after the encore's last day the review is due (the handbook's 3). */
export const REVIEW_DUE_WORKING_DAYS = 3;
const TOP_PRODUCTS = 5;
const PEAK_HOURS = 3;

/** The campaign's last day: the encore's end, else the burst's. */
export function encoreEnd(run: Pick<RunRow, 'dates'>): string | null {
  const day = (run.dates.returnEnd ?? run.dates.burstEnd ?? run.dates.burstStart)?.slice(0, 10);
  return day && parseDay(day) ? day : null;
}

/** When the review is due: 3 working days (the marketplace's calendar) after the encore ends. */
export function reviewDue(run: Pick<RunRow, 'dates'>, market: PlatformId, holidays: readonly string[] = []): string | null {
  const end = encoreEnd(run);
  return end ? addWorkingDays(end, REVIEW_DUE_WORKING_DAYS, market, holidays) : null;
}

/** Where a missing figure is captured. */
export type CaptureHint = 'productTable' | 'newBuyers' | 'couponBoard' | 'hourlyBoard' | 'adSpend' | 'notOnPages';

export interface ReviewLine {
  /** A run target key (`gmv`, `newUsers`, …). */
  key: string;
  target: number | null;
  actual: number | null;
  attainment: number | null;
  /** How the actual was measured: summed over the window, pooled over it, or from the board's hours. */
  basis: 'window-total' | 'window-pooled' | 'board-hours';
  /** Set when no captured row measures it. */
  missing?: CaptureHint;
}

export interface HourPeak {
  period: string;
  gmv: number;
  orders: number | null;
}

export interface ProductLine {
  productId: string;
  title: string;
  gmv: number;
  units: number | null;
  /** Days of the window with a captured row for it. */
  days: number;
}

export interface CampaignReview {
  runId: string;
  runName: string;
  /** The window summed: the run's first key date through the encore's end. */
  from: string;
  to: string;
  due: string | null;
  currency: string | null;
  lines: ReviewLine[];
  peaks: HourPeak[];
  hoursCaptured: number;
  top: ProductLine[];
  bottom: ProductLine[];
  /** Days of the window with captured product rows, and products seen in them. */
  daysCaptured: number;
  productsCaptured: number;
}

export interface CampaignReviewInput {
  run: RunRow;
  market: PlatformId;
  holidays?: readonly string[];
  products: readonly ProductRow[];
  /** Snapshots of the run's window (other stores' rows are left out here). */
  snapshots: readonly SnapshotRow[];
}

/** Lines every review has, target or not (the handbook's attainment, new users, coupon use), in this order. */
const ALWAYS: readonly string[] = ['gmv', 'newUsers', 'conversionRate', 'aov', 'couponRedemptionRate'];

/** How each target is measured from the window's store totals; pooled rates, summed counts. */
const MEASURE: Record<string, { measure: StoreMeasure; basis: ReviewLine['basis']; hint: CaptureHint }> = {
  gmv: { measure: 'gmv', basis: 'window-total', hint: 'productTable' },
  newUsers: { measure: 'newBuyers', basis: 'window-total', hint: 'newBuyers' },
  conversionRate: { measure: 'conversionRate', basis: 'window-pooled', hint: 'productTable' },
  aov: { measure: 'aov', basis: 'window-pooled', hint: 'productTable' },
  repurchaseRate: { measure: 'returningCustomerRate', basis: 'window-pooled', hint: 'newBuyers' },
};

export function buildCampaignReview(input: CampaignReviewInput): CampaignReview | null {
  const { run, products } = input;
  const to = encoreEnd(run);
  const from = runStart(run);
  if (!to || !from || from > to) return null;
  const productOf = new Map(products.map((p) => [`${p.platform}|${p.productId}`, p]));
  const storeIdOf = (row: SnapshotRow) => row.storeId ?? productOf.get(`${row.platform}|${row.productId}`)?.storeId;
  const ofStore = (row: SnapshotRow) => (!run.platform || row.platform === run.platform) && (run.storeId === undefined || storeIdOf(row) === run.storeId);
  const inWindow = (period: string) => period.slice(0, 10) >= from && period.slice(0, 10) <= to;

  const dayRows = input.snapshots.filter(
    (row) => !isHourly(row.period) && !row.productId.startsWith('campaign:') && inWindow(row.period) && ofStore(row) && (run.productId === undefined || row.productId === run.productId),
  );
  const subject = campaignSubjectId(run.id);
  const hourRows = input.snapshots.filter((row) => row.productId === subject && isHourly(row.period) && inWindow(row.period));
  const totals = totalsOf(dayRows);

  let used = 0;
  let issued = 0;
  for (const { metrics } of hourRows) {
    if (!isKnown(metrics.couponUsed) || !isKnown(metrics.couponIssued)) continue;
    used += metrics.couponUsed;
    issued += metrics.couponIssued;
  }

  const keys = [...ALWAYS, ...Object.keys(run.targets).filter((key) => !ALWAYS.includes(key))];
  const lines = keys.map((key): ReviewLine => {
    const raw = run.targets[key];
    const target = raw !== undefined && Number.isFinite(raw) ? raw : null;
    let actual: number | null;
    let basis: ReviewLine['basis'];
    let hint: CaptureHint;
    if (key === 'couponRedemptionRate') {
      actual = issued > 0 ? used / issued : null;
      basis = 'board-hours';
      hint = 'couponBoard';
    } else if (MEASURE[key]) {
      const how = MEASURE[key];
      actual = totals[how.measure];
      basis = how.basis;
      hint = how.hint;
    } else {
      actual = null;
      basis = 'window-total';
      hint = key === 'roi' ? 'adSpend' : 'notOnPages';
    }
    const line: ReviewLine = { key, target, actual, attainment: actual !== null && target ? actual / target : null, basis };
    if (actual === null) line.missing = hint;
    return line;
  });

  const peaks = hourRows
    .filter((row) => isKnown(row.metrics.gmv))
    .map((row) => ({ period: row.period, gmv: row.metrics.gmv as number, orders: isKnown(row.metrics.orders) ? row.metrics.orders : null }))
    .sort((a, b) => b.gmv - a.gmv || a.period.localeCompare(b.period))
    .slice(0, PEAK_HOURS);

  const byProduct = new Map<string, ProductLine>();
  for (const row of dayRows) {
    if (!isKnown(row.metrics.gmv)) continue;
    const key = `${row.platform}|${row.productId}`;
    const line = byProduct.get(key) ?? { productId: row.productId, title: productOf.get(key)?.title ?? row.productId, gmv: 0, units: null, days: 0 };
    line.gmv += row.metrics.gmv;
    line.days++;
    if (isKnown(row.metrics.units)) line.units = (line.units ?? 0) + row.metrics.units;
    byProduct.set(key, line);
  }
  const ranked = [...byProduct.values()].sort((a, b) => b.gmv - a.gmv || a.productId.localeCompare(b.productId));
  const top = ranked.slice(0, TOP_PRODUCTS);
  // The bottom list never repeats a top product: with 7 products it is the last 2.
  const bottom = ranked.slice(Math.max(top.length, ranked.length - TOP_PRODUCTS)).reverse();

  return {
    runId: run.id,
    runName: run.name,
    from,
    to,
    due: reviewDue(run, input.market, input.holidays),
    currency: dayRows[0]?.currency ?? hourRows[0]?.currency ?? null,
    lines,
    peaks,
    hoursCaptured: hourRows.length,
    top,
    bottom,
    daysCaptured: new Set(dayRows.map((row) => row.period)).size,
    productsCaptured: new Set(dayRows.map((row) => row.productId)).size,
  };
}

/** The review draft's words, each `review.doc.<word>` in the catalogue. */
type ReviewWord =
  | 'title'
  | 'window'
  | 'encore'
  | 'due'
  | 'draftNote'
  | 'coverage'
  | 'attainment'
  | 'measure'
  | 'target'
  | 'actual'
  | 'rate'
  | 'basis'
  | 'notCaptured'
  | 'noTarget'
  | 'peaks'
  | 'hour'
  | 'gmv'
  | 'orders'
  | 'products'
  | 'top'
  | 'bottom'
  | 'product'
  | 'id'
  | 'units'
  | 'days'
  | 'forSeller'
  | 'feedback'
  | 'wentWell'
  | 'toChange'
  | 'section'
  | 'item'
  | 'note';


/** Where to capture a figure the review lacks, in the seller's language. */
export function captureHint(hint: CaptureHint, lang: Lang): string {
  return translate(lang, `review.hint.${hint}`);
}


export function reviewBasis(review: CampaignReview, line: ReviewLine, lang: Lang): string {
  if (line.missing) return captureHint(line.missing, lang);
  return translate(lang, `review.basis.${line.basis}`, { from: review.from, to: review.to });
}

export function formatAttainment(line: ReviewLine): string {
  return line.attainment === null ? '' : `${(line.attainment * 100).toFixed(1)}%`;
}

export function reviewWord(word: ReviewWord, lang: Lang): string {
  return translate(lang, `review.doc.${word}`);
}

/** Markdown cells: pipes and line breaks in page text must not break the table. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');
const money = (value: number) => value.toFixed(2);

export function campaignReviewMarkdown(review: CampaignReview, lang: Lang): string {
  const w = (word: ReviewWord) => reviewWord(word, lang);
  const out = [
    `# ${w('title')}: ${cell(review.runName)}`,
    '',
    `- ${w('window')}: ${review.from} → ${review.to} (${w('encore')})`,
    `- ${w('due')}: ${review.due ?? '—'}`,
    `- ${translate(lang, 'review.doc.coverage', { days: review.daysCaptured, products: review.productsCaptured, hours: review.hoursCaptured })}`,
    '',
    `> ${w('draftNote')}`,
    '',
    `## ${w('attainment')}`,
    '',
    `| ${w('measure')} | ${w('target')} | ${w('actual')} | ${w('rate')} | ${w('basis')} |`,
    '| --- | ---: | ---: | ---: | --- |',
  ];
  for (const line of review.lines) {
    const target = line.target === null ? w('noTarget') : formatTargetValue(line.key, line.target);
    const actual = line.actual === null ? w('notCaptured') : formatTargetValue(line.key, line.actual);
    out.push(`| ${[targetLabel(line.key, lang), target, actual, formatAttainment(line), reviewBasis(review, line, lang)].map(cell).join(' | ')} |`);
  }
  out.push('', `## ${w('peaks')}`, '');
  if (!review.peaks.length) out.push(`${w('notCaptured')}: ${captureHint('hourlyBoard', lang)}`);
  else {
    out.push(`| ${w('hour')} | ${w('gmv')} | ${w('orders')} |`, '| --- | ---: | ---: |');
    for (const peak of review.peaks) out.push(`| ${peak.period.replace('T', ' ')}:00 | ${money(peak.gmv)} | ${peak.orders ?? ''} |`);
  }
  out.push('', `## ${w('products')}`, '');
  if (!review.top.length) out.push(`${w('notCaptured')}: ${captureHint('productTable', lang)}`);
  for (const [heading, list] of [
    [w('top'), review.top],
    [w('bottom'), review.bottom],
  ] as const) {
    if (!list.length) continue;
    out.push(`### ${heading}`, '', `| ${w('product')} | ${w('id')} | ${w('gmv')} | ${w('units')} | ${w('days')} |`, '| --- | --- | ---: | ---: | ---: |');
    for (const p of list) out.push(`| ${[p.title, p.productId, money(p.gmv), p.units === null ? '' : String(p.units), String(p.days)].map(cell).join(' | ')} |`);
    out.push('');
  }
  for (const section of ['feedback', 'wentWell', 'toChange'] as const) out.push(`## ${w(section)}`, '', `_${w('forSeller')}_`, '');
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

/** One table: section, item, id, target, actual, attainment, note; formula-leading cells defused by toCsv. */
export function campaignReviewCsv(review: CampaignReview, lang: Lang): string {
  const w = (word: ReviewWord) => reviewWord(word, lang);
  const rows: (string | number)[][] = review.lines.map((line) => [
    w('attainment'),
    targetLabel(line.key, lang),
    line.key,
    line.target === null ? '' : formatTargetValue(line.key, line.target),
    line.actual === null ? w('notCaptured') : formatTargetValue(line.key, line.actual),
    formatAttainment(line),
    reviewBasis(review, line, lang),
  ]);
  if (!review.peaks.length) rows.push([w('peaks'), '', '', '', w('notCaptured'), '', captureHint('hourlyBoard', lang)]);
  for (const peak of review.peaks) rows.push([w('peaks'), `${peak.period.replace('T', ' ')}:00`, '', '', money(peak.gmv), '', peak.orders === null ? '' : `${w('orders')} ${peak.orders}`]);
  if (!review.top.length) rows.push([w('products'), '', '', '', w('notCaptured'), '', captureHint('productTable', lang)]);
  for (const [section, list] of [
    [w('top'), review.top],
    [w('bottom'), review.bottom],
  ] as const)
    for (const p of list) rows.push([section, p.title, p.productId, '', money(p.gmv), '', p.units === null ? '' : `${w('units')} ${p.units}`]);
  return toCsv([w('section'), w('item'), 'id', w('target'), w('actual'), w('rate'), w('note')], rows);
}
