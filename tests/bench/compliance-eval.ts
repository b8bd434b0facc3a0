import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bulkCheck } from '../../lib/compliance/bulk';
import { compileForStore } from '../../lib/compliance/for-store';
import { EMPTY_STORE_COMPLIANCE } from '../../lib/compliance/shop-choices';
import type { BuiltInPlatformId } from '../../lib/sites/types';
import { parseJsonl, type EvalRecord } from '../fixtures/compliance-eval/record';
import { scoreSet, scoreToMarkdown, type EvalFinding, type SetScore } from './compliance-eval-score';

/**
 * Runs the compliance engine on the labelled evaluation sets and scores it:
 * `npm run eval:compliance [-- --examples 20] [set-a.jsonl …]`. The engine is driven exactly as
 * the options page's bulk check drives it (compileForStore for the listing's platform with the
 * store's default choices, then bulkCheck over the text column); the Compliance tab compiles the
 * same matcher through the same compileForStore.
 */

const here = dirname(fileURLToPath(import.meta.url));
export const EVAL_DIR = join(here, '../fixtures/compliance-eval');

/** Every `set-*.jsonl` in the fixtures folder (set A now, set B when it lands), by name. */
export function loadEvalSets(dir = EVAL_DIR): Map<string, EvalRecord[]> {
  const files = readdirSync(dir).filter((f) => /^set-.*\.jsonl$/.test(f)).sort();
  return new Map(files.map((f) => [basename(f, '.jsonl'), parseJsonl(readFileSync(join(dir, f), 'utf8'))]));
}

/** The engine's findings for every listing, one compile per platform, through the bulk check. */
export function engineFindings(records: readonly EvalRecord[]): Map<string, EvalFinding[]> {
  const out = new Map<string, EvalFinding[]>(records.map((r) => [r.id, []]));
  const platforms = [...new Set(records.map((r) => r.platform))] as BuiltInPlatformId[];
  for (const platform of platforms) {
    const rows = records.filter((r) => r.platform === platform).map((r) => ({ id: r.id, text: r.text }));
    const matcher = compileForStore(platform, EMPTY_STORE_COMPLIANCE);
    const { findings } = bulkCheck(rows, { matcher, idColumn: 'id', textColumns: ['text'], platform });
    for (const f of findings) {
      out.get(f.id)!.push({ start: Number(f.start), end: Number(f.end), category: f.category, severity: f.severity, term: f.term });
    }
  }
  return out;
}

/** The engine's score on each evaluation set, for a CI threshold test (see meetsBar). */
export function scoreEngine(sets: Map<string, EvalRecord[]> = loadEvalSets()): Map<string, SetScore> {
  return new Map(
    [...sets].map(([name, records]) => {
      const found = engineFindings(records);
      return [name, scoreSet(records, (r) => found.get(r.id) ?? [])];
    }),
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--examples');
  const examples = at >= 0 ? Number(args.splice(at, 2)[1] ?? 10) : 0;
  const json = args.includes('--json');
  const files = args.filter((a) => a.endsWith('.jsonl'));
  const sets = files.length
    ? new Map(files.map((f) => [basename(f, '.jsonl'), parseJsonl(readFileSync(f, 'utf8'))]))
    : loadEvalSets();
  const scores = scoreEngine(sets);
  if (json) console.log(JSON.stringify(Object.fromEntries(scores), null, 2));
  else for (const [name, score] of scores) console.log(`${scoreToMarkdown(name, score, examples)}\n`);
}
