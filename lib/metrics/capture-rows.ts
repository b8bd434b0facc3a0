import type { CapturedRow } from '../messaging/alerts';
import type { Metrics } from './keys';
import { isDayFirstPage, listedDateOf } from './listed-date';
import type { ScrapedRow } from './scrape-table';

/**
 * Turns scraped rows into what the background stores, and remembers what was sent so a re-render,
 * a scroll or a re-sort that shows the same numbers sends nothing. Reads text only, no layout.
 */
/** Category paths are written "美妆 > 口红" / "Beauty > Lipstick" on these back offices. */
const CATEGORY_PATH = /^[^\d<>]{1,40}(?:\s[>›]\s[^\d<>]{1,40}){1,5}$/;
const WHITESPACE = /\s+/g;

function tidy(text: string | null | undefined): string {
  return (text ?? '').replace(WHITESPACE, ' ').trim();
}

/** The category path a row shows in an element of its own, if any. */
export function categoryOf(row: Element): string | undefined {
  const candidates = row.querySelectorAll('div, span, p, small');
  for (let i = 0; i < candidates.length && i < 40; i++) {
    const el = candidates[i]!;
    if (el.childElementCount) continue;
    const text = tidy(el.textContent);
    if (text.length <= 120 && CATEGORY_PATH.test(text)) return text;
  }
  return undefined;
}

function finiteOrNull(metrics: Metrics): Metrics {
  const out: Metrics = {};
  for (const [key, value] of Object.entries(metrics) as [keyof Metrics, number | null | undefined][]) {
    if (value === undefined) continue;
    out[key] = value !== null && Number.isFinite(value) ? value : null;
  }
  return out;
}

export function toCapturedRow(scraped: ScrapedRow): CapturedRow {
  const row: CapturedRow = { productId: scraped.productId, metrics: finiteOrNull(scraped.metrics) };
  if (scraped.title) row.title = scraped.title.slice(0, 300);
  if (scraped.peer && Object.keys(scraped.peer).length) row.peer = finiteOrNull(scraped.peer);
  const listedDate = listedDateOf(scraped.rowElement, isDayFirstPage(scraped.rowElement.ownerDocument.documentElement.lang, scraped.currency));
  if (listedDate) row.listedDate = listedDate;
  const category = categoryOf(scraped.rowElement);
  if (category) row.category = category.slice(0, 200);
  return row;
}

/** What was last sent per period × product, so only rows whose numbers changed go again. */
export class SentRows {
  private readonly sent = new Map<string, string>();

  /** The rows of `rows` that differ from what was sent for `scope` (e.g. platform|store|period), now marked as sent. */
  takeChanged(scope: string, rows: readonly CapturedRow[]): CapturedRow[] {
    const changed: CapturedRow[] = [];
    for (const row of rows) {
      const key = `${scope}|${row.productId}`;
      const signature = JSON.stringify(row);
      if (this.sent.get(key) === signature) continue;
      this.sent.set(key, signature);
      changed.push(row);
    }
    return changed;
  }

  /** Forget rows whose send failed, so the next scrape tries them again. */
  forget(scope: string, rows: readonly CapturedRow[]): void {
    for (const row of rows) this.sent.delete(`${scope}|${row.productId}`);
  }
}
