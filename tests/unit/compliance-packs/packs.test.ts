import { termVariants } from '../../../lib/compliance/matcher';
import { BUILT_IN_PACKS } from '../../../lib/compliance/packs/index';
import type { ComplianceCategory, ComplianceTerm, RulePack, Severity } from '../../../lib/compliance/types';
import { PLATFORM_IDS } from '../../../lib/sites/types';

const SEVERITIES: readonly Severity[] = ['block', 'warn', 'info'];
const CATEGORIES = {
  absolute: true,
  medical: true,
  'cosmetic-efficacy': true,
  'food-health': true,
  'false-promise': true,
  authority: true,
  trademark: true,
  'proof-needed': true,
  platform: true,
  contact: true,
  promotional: true,
  pesticide: true,
  'title-format': true,
  custom: true,
} satisfies Record<ComplianceCategory, true>;

/** Terms the matcher cannot tell apart: full-width folded, any case, a hyphen or underscore read as a space. */
const folded = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[-_\u2010-\u2015\u2212]/g, ' ')
    .replace(/\s+/g, ' ');
const HAN = /\p{Script=Han}/u;

const packTable = BUILT_IN_PACKS.map((pack) => [pack.id, pack] as const);
const termTable = BUILT_IN_PACKS.flatMap((pack) => pack.terms.map((term) => [pack.id, term.term, term] as const));

function packsTurnedOnAt(platform: string): RulePack[] {
  return BUILT_IN_PACKS.filter((pack) => pack.platforms === 'all' || pack.platforms.some((id) => id === platform));
}

describe('built-in compliance packs', () => {
  test('each pack has its own id', () => {
    const ids = BUILT_IN_PACKS.map((pack) => pack.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('together the packs hold at least 300 terms', () => {
    expect(termTable.length).toBeGreaterThanOrEqual(300);
  });

  test('both Chinese and English sellers get packs', () => {
    expect(BUILT_IN_PACKS.some((pack) => pack.lang === 'zh')).toBe(true);
    expect(BUILT_IN_PACKS.some((pack) => pack.lang === 'en')).toBe(true);
  });

  test.each(PLATFORM_IDS)('on %s at least one pack turns on by itself', (platform) => {
    expect(packsTurnedOnAt(platform).length).toBeGreaterThan(0);
  });

  test.each(PLATFORM_IDS)('on %s no term is listed twice, so every finding has one reason', (platform) => {
    const seen = new Map<string, string>();
    for (const pack of packsTurnedOnAt(platform)) {
      for (const { term } of pack.terms) {
        const key = folded(term.trim());
        expect(seen.get(key), `${term} in ${pack.id} and ${seen.get(key)}`).toBeUndefined();
        seen.set(key, pack.id);
      }
    }
  });
});

describe.each(packTable)('pack %s', (_id, pack) => {
  test('is named and described in Chinese and English', () => {
    expect(pack.name['zh-CN'].trim()).not.toBe('');
    expect(pack.name.en.trim()).not.toBe('');
    expect(pack.description['zh-CN'].trim()).not.toBe('');
    expect(pack.description.en.trim()).not.toBe('');
  });

  test('turns on everywhere or on known marketplaces only', () => {
    if (pack.platforms === 'all') return;
    expect(pack.platforms.length).toBeGreaterThan(0);
    for (const platform of pack.platforms) expect(PLATFORM_IDS).toContain(platform);
  });

  test('lists each term once (ignoring case, full-width letters, hyphens and spaces around it)', () => {
    const keys = pack.terms.map((term) => folded(term.term.trim()));
    const repeated = keys.filter((key, index) => keys.indexOf(key) !== index);
    expect(repeated).toEqual([]);
  });

  test(`has terms written in its own language (${pack.lang})`, () => {
    for (const { term } of pack.terms) {
      if (pack.lang === 'en') expect(term, term).not.toMatch(HAN);
    }
    if (pack.lang === 'zh') expect(pack.terms.some(({ term }) => HAN.test(term))).toBe(true);
  });
});

describe.each(termTable)('%s: term "%s"', (_packId, _term, term: ComplianceTerm) => {
  test('is a non-empty word without stray spaces', () => {
    expect(term.term.trim()).not.toBe('');
    expect(term.term).toBe(term.term.trim());
  });

  test('says why in Chinese and English, and which law or rule', () => {
    expect(term.why['zh-CN'].trim()).not.toBe('');
    expect(term.why.en.trim()).not.toBe('');
    expect(term.source.trim()).not.toBe('');
  });

  test('has a known severity and category', () => {
    expect(SEVERITIES).toContain(term.severity);
    expect(Object.keys(CATEGORIES)).toContain(term.category);
  });

  test('offers at least one replacement', () => {
    expect(term.suggestions.length).toBeGreaterThan(0);
    for (const suggestion of term.suggestions) expect(suggestion.trim()).not.toBe('');
  });

  test('every allowed context contains the term (or a spelling the matcher reads as it) and adds something around it', () => {
    // A context may clear an evasion spelling in a word it belongs to: 兄弟一 is not 弟一 standing for 第一.
    const spellings = termVariants(term.term).map(folded);
    for (const context of term.allowedContexts ?? []) {
      expect(spellings.some((spelling) => folded(context).includes(spelling)), context).toBe(true);
      expect(context.length, context).toBeGreaterThan(term.term.length);
    }
  });
});
