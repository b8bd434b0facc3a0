import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSetA, toJsonl } from '../../fixtures/compliance-eval/build';
import { EVAL_PLATFORMS, FIELDS, KINDS, labelStart, parseJsonl, type EvalRecord } from '../../fixtures/compliance-eval/record';
import { LABEL_RULES } from '../../fixtures/compliance-eval/rules';

// Structure of the held-out evaluation set B: written afterwards, from POLICY.md alone, by a pass that
// saw neither set A nor the packs. Like set A's test, nothing here consults the engine.

const dir = join(__dirname, '../../fixtures/compliance-eval');
const records: EvalRecord[] = parseJsonl(readFileSync(join(dir, 'set-b.jsonl'), 'utf8'));
const NEGATIVE = new Set(['negative', 'tricky-negative']);
const count = (pred: (r: EvalRecord) => boolean) => records.filter(pred).length;

describe('evaluation set B (held out)', () => {
  it('is exactly what its annotated sources build', () => {
    expect(readFileSync(join(dir, 'set-b.jsonl'), 'utf8')).toBe(toJsonl(buildSetA(join(dir, 'src-b'))));
  });

  it('has unique ids, valid fields, and every label on its text with a code valid on its platform', () => {
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
    for (const r of records) {
      expect(EVAL_PLATFORMS, r.id).toContain(r.platform);
      expect(FIELDS, r.id).toContain(r.field);
      expect(KINDS, r.id).toContain(r.kind);
      for (const l of r.labels) {
        const where = `${r.id} ${l.text}#${l.occurrence}`;
        expect(labelStart(r.text, l), where).toBeGreaterThanOrEqual(0);
        const rule = LABEL_RULES[l.code as keyof typeof LABEL_RULES];
        expect(rule.platforms as readonly string[], where).toContain(r.platform);
      }
      if (NEGATIVE.has(r.kind)) expect(r.labels, r.id).toEqual([]);
      else expect(r.labels.length, r.id).toBeGreaterThan(0);
    }
  });

  it('is smaller than set A but spans every platform, every kind and long descriptions', () => {
    expect(records.length).toBeGreaterThanOrEqual(150);
    for (const platform of EVAL_PLATFORMS) expect(count((r) => r.platform === platform), platform).toBeGreaterThan(0);
    for (const kind of KINDS) expect(count((r) => r.kind === kind), kind).toBeGreaterThan(0);
    expect(count((r) => r.kind === 'tricky-negative')).toBeGreaterThanOrEqual(40);
    for (const r of records.filter((x) => x.kind === 'long')) expect(r.text.length, r.id).toBeGreaterThanOrEqual(1000);
  });
});
