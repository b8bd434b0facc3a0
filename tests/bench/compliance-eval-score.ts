import type { ComplianceCategory, Severity } from '../../lib/compliance/types';
import { labelStart, type EvalKind, type EvalRecord } from '../fixtures/compliance-eval/record';

/**
 * Scores compliance findings against a labelled evaluation set (tests/fixtures/compliance-eval).
 * Pure: the findings come in from outside, so this runs the same on the engine's output, on a
 * hand-made list in a unit test, or on another tool's output.
 *
 * Matching (POLICY.md §1, "one claim = one label"): a finding matches a label when their spans
 * overlap. Findings are taken in text order; each one takes the first still-unmatched label it
 * overlaps. A finding that overlaps no label, or only labels already taken, is a false positive
 * (a second mark on one claim is one mark too many). Labels left unmatched are misses.
 */

export interface EvalFinding {
  start: number;
  end: number;
  category: ComplianceCategory | string;
  severity: Severity | string;
  /** The text the finding covers, for reports. */
  term?: string;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Miss {
  id: string;
  text: string;
  category: string;
}
export interface FalseAlarm {
  id: string;
  kind: EvalKind;
  term: string;
  category: string;
  /** True when the finding landed on a claim already marked by another finding. */
  duplicate: boolean;
}

export interface SetScore {
  listings: number;
  labels: number;
  findings: number;
  overall: Counts;
  byCategory: Record<string, Counts>;
  byPlatform: Record<string, Counts>;
  byKind: Record<string, Counts>;
  /** Of the matched label/finding pairs: how many agree on severity, and on category. */
  matched: number;
  severityAgreement: number;
  categoryAgreement: number;
  /** Listings of kind negative or tricky-negative, and the share of them with no finding at all. */
  negatives: number;
  negativesClean: number;
  negativesCleanByKind: Record<string, number>;
  misses: Miss[];
  falseAlarms: FalseAlarm[];
}

interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

/** Precision and recall of an empty side are 1 (nothing claimed, nothing wrong); F1 is 0 when both are 0. */
export function countsOf({ tp, fp, fn }: Tally): Counts {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

const overlaps = (a0: number, a1: number, b0: number, b1: number) => a0 < b1 && b0 < a1;

/** Matches one listing's findings to its labels: pairs (label index → finding), unmatched findings, and whether each was a repeat. */
export function matchListing(record: Pick<EvalRecord, 'text' | 'labels'>, findings: readonly EvalFinding[]) {
  const spans = record.labels.map((l) => {
    const start = labelStart(record.text, l);
    if (start < 0) throw new Error(`label "${l.text}"#${l.occurrence} is not in its listing`);
    return { start, end: start + l.text.length };
  });
  const taken: (EvalFinding | undefined)[] = record.labels.map(() => undefined);
  const extra: { finding: EvalFinding; duplicate: boolean }[] = [];
  const ordered = [...findings].sort((a, b) => a.start - b.start || a.end - b.end);
  for (const finding of ordered) {
    const hit = spans.map((s, i) => (overlaps(s.start, s.end, finding.start, finding.end) ? i : -1)).filter((i) => i >= 0);
    const free = hit.find((i) => taken[i] === undefined);
    if (free === undefined) extra.push({ finding, duplicate: hit.length > 0 });
    else taken[free] = finding;
  }
  return { taken, extra };
}

/** Scores a whole set: `findingsFor` gives the findings for one listing. */
export function scoreSet(records: readonly EvalRecord[], findingsFor: (record: EvalRecord) => readonly EvalFinding[]): SetScore {
  const overall: Tally = { tp: 0, fp: 0, fn: 0 };
  const byCategory = new Map<string, Tally>();
  const byPlatform = new Map<string, Tally>();
  const byKind = new Map<string, Tally>();
  const tally = (map: Map<string, Tally>, key: string) => {
    let t = map.get(key);
    if (!t) map.set(key, (t = { tp: 0, fp: 0, fn: 0 }));
    return t;
  };
  let matched = 0;
  let sameSeverity = 0;
  let sameCategory = 0;
  let findingsTotal = 0;
  const negativesByKind = new Map<string, { all: number; clean: number }>();
  const misses: Miss[] = [];
  const falseAlarms: FalseAlarm[] = [];

  for (const record of records) {
    const findings = findingsFor(record);
    findingsTotal += findings.length;
    const { taken, extra } = matchListing(record, findings);
    const groups = [overall, tally(byPlatform, record.platform), tally(byKind, record.kind)];
    record.labels.forEach((label, i) => {
      const finding = taken[i];
      const byCat = tally(byCategory, label.category);
      if (finding) {
        for (const t of [...groups, byCat]) t.tp++;
        matched++;
        if (finding.severity === label.severity) sameSeverity++;
        if (finding.category === label.category) sameCategory++;
      } else {
        for (const t of [...groups, byCat]) t.fn++;
        misses.push({ id: record.id, text: label.text, category: label.category });
      }
    });
    for (const { finding, duplicate } of extra) {
      // A false alarm counts against the category the engine gave it: that is the rule that fired wrongly.
      for (const t of [...groups, tally(byCategory, String(finding.category))]) t.fp++;
      falseAlarms.push({
        id: record.id,
        kind: record.kind,
        term: finding.term ?? record.text.slice(finding.start, finding.end),
        category: String(finding.category),
        duplicate,
      });
    }
    if (record.kind === 'negative' || record.kind === 'tricky-negative') {
      const n = negativesByKind.get(record.kind) ?? { all: 0, clean: 0 };
      n.all++;
      if (findings.length === 0) n.clean++;
      negativesByKind.set(record.kind, n);
    }
  }

  const negatives = [...negativesByKind.values()].reduce((a, n) => ({ all: a.all + n.all, clean: a.clean + n.clean }), { all: 0, clean: 0 });
  const toCounts = (map: Map<string, Tally>) => Object.fromEntries([...map].sort(([a], [b]) => a.localeCompare(b)).map(([k, t]) => [k, countsOf(t)]));
  return {
    listings: records.length,
    labels: records.reduce((n, r) => n + r.labels.length, 0),
    findings: findingsTotal,
    overall: countsOf(overall),
    byCategory: toCounts(byCategory),
    byPlatform: toCounts(byPlatform),
    byKind: toCounts(byKind),
    matched,
    severityAgreement: matched === 0 ? 1 : sameSeverity / matched,
    categoryAgreement: matched === 0 ? 1 : sameCategory / matched,
    negatives: negatives.all,
    negativesClean: negatives.all === 0 ? 1 : negatives.clean / negatives.all,
    negativesCleanByKind: Object.fromEntries([...negativesByKind].map(([k, n]) => [k, n.clean / n.all])),
    misses,
    falseAlarms,
  };
}

/** Issue 8's bar for each set: F1 ≥ 0.95 and ≥ 95% of negatives with no finding. */
export const EVAL_BAR = { f1: 0.95, negativesClean: 0.95 } as const;

/**
 * Whether a set's score meets the bar; `failures` says which figure fell short, for a CI test:
 * `expect(meetsBar(score).failures).toEqual([])`.
 */
export function meetsBar(score: Pick<SetScore, 'overall' | 'negativesClean'>, bar: { f1: number; negativesClean: number } = EVAL_BAR): { ok: boolean; failures: string[] } {
  const failures: string[] = [];
  if (score.overall.f1 < bar.f1) failures.push(`F1 ${score.overall.f1.toFixed(3)} < ${bar.f1}`);
  if (score.negativesClean < bar.negativesClean) failures.push(`negatives clean ${(score.negativesClean * 100).toFixed(1)}% < ${bar.negativesClean * 100}%`);
  return { ok: failures.length === 0, failures };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
// Rows without labels (the negative kinds) have no recall or F1 to speak of: their FP column is the figure.
const row = (name: string, c: Counts) =>
  c.tp + c.fn === 0
    ? `| ${name} | ${c.tp} | ${c.fp} | ${c.fn} | – | – | – |`
    : `| ${name} | ${c.tp} | ${c.fp} | ${c.fn} | ${c.precision.toFixed(3)} | ${c.recall.toFixed(3)} | ${c.f1.toFixed(3)} |`;

/** The score as Markdown tables (what `npm run eval:compliance` and `npm run bench` print). */
export function scoreToMarkdown(name: string, s: SetScore, examples = 0): string {
  const head = ['| | TP | FP | FN | precision | recall | F1 |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: |'];
  const section = (title: string, map: Record<string, Counts>) => [`\n**By ${title}**\n`, ...head, ...Object.entries(map).map(([k, c]) => row(k, c))];
  const bar = meetsBar(s);
  const lines = [
    `### ${name}: ${s.listings} listings, ${s.labels} labels, ${s.findings} findings`,
    '',
    ...head,
    row('**overall**', s.overall),
    '',
    `Severity agreement on matched claims: ${pct(s.severityAgreement)} (${s.matched} matched); category agreement: ${pct(s.categoryAgreement)}.`,
    `Negatives with no finding: ${pct(s.negativesClean)} of ${s.negatives} (${Object.entries(s.negativesCleanByKind).map(([k, v]) => `${k} ${pct(v)}`).join(', ')}).`,
    `Bar (F1 ≥ ${EVAL_BAR.f1}, negatives clean ≥ ${pct(EVAL_BAR.negativesClean)}): ${bar.ok ? 'met' : `not met: ${bar.failures.join('; ')}`}.`,
    ...section('category (FP counted under the finding\'s category)', s.byCategory),
    ...section('platform', s.byPlatform),
    ...section('case kind', s.byKind),
  ];
  if (examples > 0) {
    lines.push(`\n**First ${examples} misses**\n`, ...s.misses.slice(0, examples).map((m) => `- ${m.id} \`${m.text}\` (${m.category})`));
    lines.push(
      `\n**First ${examples} false alarms**\n`,
      ...s.falseAlarms.slice(0, examples).map((f) => `- ${f.id} [${f.kind}] \`${f.term}\` (${f.category}${f.duplicate ? ', second mark on one claim' : ''})`),
    );
  }
  return lines.join('\n');
}
