import { readFileSync } from 'node:fs';
import { bulkCheck, type ListingRow } from '../../../lib/compliance/bulk';
import { compileForStore } from '../../../lib/compliance/for-store';
import { EMPTY_STORE_COMPLIANCE } from '../../../lib/compliance/store-settings';
import type { BuiltInPlatformId } from '../../../lib/sites/types';

interface Labelled {
  id: string;
  platform: BuiltInPlatformId;
  case: string;
  text: string;
  expected: { start: number; end: number }[];
}

const listings = JSON.parse(readFileSync(new URL('../../fixtures/compliance-labelled/listings.json', import.meta.url), 'utf8')) as Labelled[];

// The labelled set through the same path a seller's spreadsheet takes: rows → bulk check → findings,
// each platform with the packs that are on by default there. A hit is an exact [start, end) span.
describe('labelled listings through the bulk check', () => {
  const platforms = [...new Set(listings.map((l) => l.platform))];
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const negativesFlagged: string[] = [];
  for (const platform of platforms) {
    const rows: ListingRow[] = listings.filter((l) => l.platform === platform).map((l) => ({ id: l.id, text: l.text }));
    const { findings } = bulkCheck(rows, { matcher: compileForStore(platform, EMPTY_STORE_COMPLIANCE), idColumn: 'id', textColumns: ['text'], platform });
    for (const listing of listings.filter((l) => l.platform === platform)) {
      const got = new Set(findings.filter((f) => f.id === listing.id).map((f) => `${f.start}:${f.end}`));
      const want = new Set(listing.expected.map((e) => `${e.start}:${e.end}`));
      for (const span of got) if (want.has(span)) tp++;
      else fp++;
      for (const span of want) if (!got.has(span)) fn++;
      if ((listing.case === 'tricky-negative' || listing.case === 'clean') && got.size > 0) negativesFlagged.push(listing.id);
    }
  }
  const precision = tp / (tp + fp);
  const recall = tp / (tp + fn);
  const f1 = (2 * precision * recall) / (precision + recall);

  test(`precision, recall and F1 on ${listings.length} listings (F1 ≥ 0.95), negatives left clean`, () => {
    console.log(`[quality] labelled set via bulk check: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}, F1 ${f1.toFixed(3)} (tp ${tp}, fp ${fp}, fn ${fn})`);
    expect(f1).toBeGreaterThanOrEqual(0.95);
    expect(negativesFlagged).toEqual([]);
  });
});
