import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSetA, parseSource, toJsonl } from '../../fixtures/compliance-eval/build';
import { EVAL_PLATFORMS, FIELDS, KINDS, LABELLED_PLATFORMS, labelStart, parseJsonl, type EvalRecord } from '../../fixtures/compliance-eval/record';
import { LABEL_RULES } from '../../fixtures/compliance-eval/rules';
import type { ComplianceCategory } from '../../../lib/compliance/types';

// Structure of evaluation set A (tests/fixtures/compliance-eval/POLICY.md): that the labels are
// well-formed and the set has the size and spread issue 8 asks for. Whether a label is *right* is
// the labeller's reading of the policy; nothing here consults the engine or its packs.

const dir = join(__dirname, '../../fixtures/compliance-eval');
const records: EvalRecord[] = parseJsonl(readFileSync(join(dir, 'set-a.jsonl'), 'utf8'));

const CATEGORIES = [
  'absolute', 'medical', 'cosmetic-efficacy', 'food-health', 'false-promise', 'authority', 'trademark',
  'proof-needed', 'platform', 'contact', 'promotional', 'pesticide', 'title-format',
] as const satisfies readonly ComplianceCategory[];
// Every engine category but `custom` (the seller's own list) can be a label; this fails to compile if one is added.
const _every: readonly ((typeof CATEGORIES)[number] | 'custom')[] = [] as ComplianceCategory[];
void _every;

const count = (pred: (r: EvalRecord) => boolean) => records.filter(pred).length;
const NEGATIVE = new Set(['negative', 'tricky-negative']);

describe('evaluation set A: records', () => {
  it('is exactly what the annotated sources build (set-a.jsonl is not edited by hand)', () => {
    expect(readFileSync(join(dir, 'set-a.jsonl'), 'utf8')).toBe(toJsonl(buildSetA()));
  });

  it('has unique ids and valid platform, language, field and kind', () => {
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
    for (const r of records) {
      expect(LABELLED_PLATFORMS, r.id).toContain(r.platform);
      expect(FIELDS, r.id).toContain(r.field);
      expect(KINDS, r.id).toContain(r.kind);
      expect(r.lang, r.id).toBe(r.platform === 'amazon' || r.platform === 'shopify' ? 'en' : 'zh');
      expect(r.text.trim().length, r.id).toBeGreaterThan(0);
    }
  });

  it('puts every label on its text, at its occurrence, with a valid category, severity and code', () => {
    for (const r of records) {
      for (const l of r.labels) {
        const where = `${r.id} ${l.text}#${l.occurrence}`;
        expect(labelStart(r.text, l), where).toBeGreaterThanOrEqual(0);
        expect(CATEGORIES, where).toContain(l.category);
        expect(['block', 'warn', 'info'], where).toContain(l.severity);
        const rule = LABEL_RULES[l.code as keyof typeof LABEL_RULES];
        expect(rule, where).toBeDefined();
        expect(rule.category, where).toBe(l.category);
        expect(rule.platforms as readonly string[], where).toContain(r.platform);
        expect(l.reason, where).toBe(rule.reason);
      }
    }
  });

  it('gives one claim one label: no two labels of a listing overlap', () => {
    for (const r of records) {
      const spans = r.labels.map((l) => [labelStart(r.text, l), labelStart(r.text, l) + l.text.length] as const).sort((a, b) => a[0] - b[0]);
      for (let i = 1; i < spans.length; i++) expect(spans[i]![0], `${r.id} overlapping labels`).toBeGreaterThanOrEqual(spans[i - 1]![1]);
    }
  });

  it('labels positives, evasions and long descriptions, and leaves negatives clean', () => {
    for (const r of records) {
      if (NEGATIVE.has(r.kind)) expect(r.labels, r.id).toEqual([]);
      else expect(r.labels.length, r.id).toBeGreaterThan(0);
    }
  });
});

describe('evaluation set A: size and spread (issue 8)', () => {
  it('has at least 400 listings in zh and en', () => {
    expect(records.length).toBeGreaterThanOrEqual(400);
    expect(count((r) => r.lang === 'zh')).toBeGreaterThanOrEqual(150);
    expect(count((r) => r.lang === 'en')).toBeGreaterThanOrEqual(100);
  });

  it('covers all seven platforms and all three field kinds, on each platform', () => {
    for (const platform of EVAL_PLATFORMS) {
      for (const field of FIELDS) expect(count((r) => r.platform === platform && r.field === field), `${platform} ${field}`).toBeGreaterThan(0);
    }
  });

  it('has at least 100 tricky negatives, 60 evasions and clean listings besides', () => {
    expect(count((r) => r.kind === 'tricky-negative')).toBeGreaterThanOrEqual(100);
    expect(count((r) => r.kind === 'evasion')).toBeGreaterThanOrEqual(60);
    expect(count((r) => r.kind === 'negative')).toBeGreaterThanOrEqual(30);
    expect(count((r) => r.kind === 'positive')).toBeGreaterThanOrEqual(100);
  });

  it('has at least 30 long descriptions of 1,000+ characters with several findings each', () => {
    const long = records.filter((r) => r.kind === 'long');
    expect(long.length).toBeGreaterThanOrEqual(30);
    for (const r of long) {
      expect(r.field, r.id).toBe('description');
      expect(r.text.length, r.id).toBeGreaterThanOrEqual(1000);
      expect(r.labels.length, r.id).toBeGreaterThanOrEqual(3);
    }
    const withLong = new Set(long.map((r) => r.platform));
    for (const platform of EVAL_PLATFORMS) expect(withLong, platform).toContain(platform);
  });

  it('uses every category and severity somewhere', () => {
    const used = new Set(records.flatMap((r) => r.labels.map((l) => l.category)));
    for (const c of CATEGORIES) expect(used, c).toContain(c);
    const severities = new Set(records.flatMap((r) => r.labels.map((l) => l.severity)));
    expect([...severities].sort()).toEqual(['block', 'info', 'warn']);
  });
});

describe('evaluation set A: the source builder', () => {
  it('strips marks, counts occurrences among equal substrings and drops labels scoped to other platforms', () => {
    const src = '@ az d l\n** ⟦**|AZCHAR⟧ ⟦Free shipping|AZPROMO@amazon⟧ ⟦cures gout|USMED⟧\n@ sh d l\n⟦Free shipping|AZPROMO@amazon⟧ ok';
    const [amazon, shopify] = parseSource(src, 'x');
    expect(amazon!.text).toBe('** ** Free shipping cures gout');
    expect(amazon!.labels.map((l) => [l.text, l.occurrence, l.category, l.severity])).toEqual([
      ['**', 1, 'title-format', 'block'],
      ['Free shipping', 0, 'promotional', 'block'],
      ['cures gout', 0, 'medical', 'block'],
    ]);
    expect(shopify!.platform).toBe('shopify');
    expect(shopify!.labels).toEqual([]);
  });

  it('applies a severity override and rejects a code used outside its platforms or an unknown code', () => {
    expect(parseSource('@ tb t p\n⟦独家|PROOF:block⟧', 'x')[0]!.labels[0]!.severity).toBe('block');
    expect(() => parseSource('@ sh t p\n⟦Free shipping|AZPROMO⟧', 'x')).toThrow(/AZPROMO does not apply on shopify/);
    expect(() => parseSource('@ tb t p\n⟦最好|NOPE⟧', 'x')).toThrow(/unknown code NOPE/);
    expect(() => parseSource('@ tb t p\n⟦最好', 'x')).toThrow(/unbalanced/);
  });
});
