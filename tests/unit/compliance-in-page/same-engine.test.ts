import { readFileSync } from 'node:fs';
import { bulkCheck } from '../../../lib/compliance/bulk';
import { compileForStore } from '../../../lib/compliance/for-store';
import { rescanEdited, scanWindow } from '../../../lib/compliance/incremental';
import { loadCompiled, type Finding } from '../../../lib/compliance/matcher';
import { EMPTY_STORE_COMPLIANCE } from '../../../lib/compliance/shop-choices';
import { decodeMatcher, encodeMatcher, type MatcherWire } from '../../../lib/compliance/wire';
import { parseJsonl } from '../../fixtures/compliance-eval/record';

// The evaluation listings (written by hand against the policy, not by this engine) used here only as
// realistic copy: whatever the engine finds, the three ways a seller meets it must agree to the character.
// - bulk check (options page): compileForStore in the page, bulkCheck over rows;
// - in-page marks and the Compliance tab (which lists the watcher's findings): the background compiles,
//   the matcher crosses runtime messaging as JSON, the content script loads it and re-checks as the seller
//   types (rescanEdited) or, for a long field, scans slice by slice (scanWindow).
const records = parseJsonl(readFileSync(new URL('../../fixtures/compliance-eval/set-a.jsonl', import.meta.url), 'utf8'));
const platforms = [...new Set(records.map((r) => r.platform))];
const key = (f: Pick<Finding, 'start' | 'end' | 'term' | 'severity' | 'category'>) => `${f.start}:${f.end}:${f.term}:${f.severity}:${f.category}`;

describe.each(platforms)('on %s the bulk check, the in-page marks and the Compliance tab show the same findings', (platform) => {
  const inBackground = compileForStore(platform, EMPTY_STORE_COMPLIANCE);
  const inPage = loadCompiled(decodeMatcher(JSON.parse(JSON.stringify(encodeMatcher(inBackground.serialize()))) as MatcherWire));
  const listings = records.filter((r) => r.platform === platform);
  const { findings: bulk } = bulkCheck(
    listings.map((r) => ({ id: r.id, text: r.text })),
    { matcher: compileForStore(platform, EMPTY_STORE_COMPLIANCE), idColumn: 'id', textColumns: ['text'], platform },
  );

  test(`${listings.length} listings: bulk = page scan = typed keystroke by keystroke = sliced`, () => {
    let compared = 0;
    for (const listing of listings) {
      const page = inPage.scan(listing.text).map(key);
      const fromBulk = bulk
        .filter((f) => f.id === listing.id)
        .map((f) => key({ start: Number(f.start), end: Number(f.end), term: f.term, severity: f.severity as Finding['severity'], category: f.category as Finding['category'] }));
      expect(fromBulk, listing.id).toEqual(page);

      // Typed in chunks of a few characters, re-checked around each edit as the watcher does.
      let typed = '';
      let findings: Finding[] = [];
      for (let i = 0; i < listing.text.length; i += 5) {
        const next = listing.text.slice(0, i + 5);
        findings = rescanEdited(inPage, typed, findings, next);
        typed = next;
      }
      expect(findings.map(key), listing.id).toEqual(page);

      // A long field's first scan, slice by slice.
      const sliced: Finding[] = [];
      for (let from = 0; from < listing.text.length; from += 64) sliced.push(...scanWindow(inPage, listing.text, from, Math.min(listing.text.length, from + 64)));
      expect(sliced.map(key), listing.id).toEqual(page);
      compared += page.length;
    }
    expect(compared).toBeGreaterThan(0);
  });
});
