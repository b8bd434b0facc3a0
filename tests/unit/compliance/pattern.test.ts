import fc from 'fast-check';
import { compilePacks, loadCompiled } from '../../../lib/compliance/matcher';
import { compileTemplate, PatternError } from '../../../lib/compliance/pattern';
import type { CompliancePattern, RulePack } from '../../../lib/compliance/types';
import { decodeMatcher, encodeMatcher } from '../../../lib/compliance/wire';
import { pack, rule } from './helpers';

/** The PatternError compiling `template` throws (the test fails if it compiles or throws anything else). */
function refusalOf(template: string): PatternError {
  try {
    compileTemplate(template);
  } catch (error) {
    expect(error).toBeInstanceOf(PatternError);
    return error as PatternError;
  }
  throw new Error(`${template} compiled`);
}

const claim = (id: string, pattern: string, extra: Partial<CompliancePattern> = {}): CompliancePattern => ({
  id,
  pattern,
  severity: 'block',
  category: 'medical',
  why: { 'zh-CN': `${id} 违规`, en: `${id} breaks the rules` },
  source: '《广告法》第十七条',
  suggestions: [],
  ...extra,
});

const patternPack: RulePack = {
  ...pack('patterns', [rule('鼻炎', { severity: 'warn', category: 'medical' }), rule('第一', { allowedAfter: ['次', '个工作日'] })]),
  lists: { conditions: ['灰指甲', '鼻炎', '尿酸', '高血压'], 'conditions-en': ['arthritis', 'acne', 'high blood pressure'] },
  patterns: [
    claim('treat-zh', '<治|专治|根治|治疗|预防|降|告别>{~4}{@conditions}'),
    claim('treat-en', '<cure|cures|treat|treats|heals|prevents|relieves> {~12}{@conditions-en}'),
    claim('number-promise', '{#}{天|日|周}<瘦|减|长高>{#}{斤|公斤|厘米|cm}', { category: 'false-promise' }),
    claim('quick-effect', '{#}{天|日}<见效>', { category: 'false-promise' }),
    claim('lose-en', '<lose> {#} {lbs|pounds|kg} in {#} {days|weeks}', { category: 'false-promise' }),
    claim('germ-kill', '<杀灭|杀死|除菌>{#}%{~3}{细菌|病菌|螨虫}', { category: 'pesticide', severity: 'warn' }),
    claim('phone-cn', '<#11>', { category: 'contact' }),
  ],
};

const matcher = compilePacks([patternPack]);
const found = (text: string) => matcher.scan(text).map((f) => [f.patternId ?? f.ruleTerm, text.slice(f.start, f.end)]);

describe('pattern rules: claims that are a shape, not a word', () => {
  test.each<[string, string, [string, string][]]>([
    ['a treatment verb and a condition are one claim, not a claim and a disease name', '本品专治灰指甲', [['treat-zh', '专治灰指甲']]],
    ['a few characters may sit between them', '坚持使用，治疗多年鼻炎', [['treat-zh', '治疗多年鼻炎']]],
    ['a disease name alone stays the term finding', '适合鼻炎人群', [['鼻炎', '鼻炎']]],
    ['降尿酸', '轻松降尿酸', [['treat-zh', '降尿酸']]],
    ['separators inside the claim are skipped and marked with it', '根*治 灰指甲', [['treat-zh', '根*治 灰指甲']]],
    ['sentence punctuation ends the claim', '治疗。鼻炎', [['鼻炎', '鼻炎']]],
    ['English verb and condition', 'This cream cures your acne fast.', [['treat-en', 'cures your acne']]],
    ['treats for cats is no claim', 'Tasty treats for cats and dogs', []],
    ['a multi-word condition', 'It relieves high blood pressure', [['treat-en', 'relieves high blood pressure']]],
    ['a number-shaped promise', '3天长高2厘米！', [['number-promise', '3天长高2厘米']]],
    ['Chinese numerals count as numbers', '十天瘦8斤', [['number-promise', '十天瘦8斤']]],
    ['financial numerals count as numbers', '柒天瘦捌斤', [['number-promise', '柒天瘦捌斤']]],
    ['a number is never read from its middle', 'x13天见效', []],
    ['7日见效', '坚持7日见效', [['quick-effect', '7日见效']]],
    ['full-width digits', '７日见效', [['quick-effect', '７日见效']]],
    ['English weight-loss promise', 'Lose 5 lbs in 3 days!', [['lose-en', 'Lose 5 lbs in 3 days']]],
    ['germ kill with a figure', '杀灭99.9%的细菌', [['germ-kill', '杀灭99.9%的细菌']]],
    ['a mobile number', '电话：13812345678', [['phone-cn', '13812345678']]],
    ['a mobile number with spaces', '138 1234 5678', []],
    ['a longer run of digits is no mobile number', '订单号 138123456789', []],
  ])('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  test('a finding reports its pattern rule', () => {
    const [finding] = matcher.scan('专治灰指甲');
    expect(finding).toMatchObject({ start: 0, end: 5, patternId: 'treat-zh', category: 'medical', severity: 'block', packId: 'patterns' });
  });

  test('allowed left/right contexts as data: 第一次 and 第一个工作日 are clean, 第一 is not', () => {
    expect(found('第一次购买，第一个工作日发货，销量第一')).toEqual([['第一', '第一']]);
  });

  test('an allowed context that folds back to the term itself is refused, not silently clearing every finding', () => {
    expect(() => compilePacks([pack('p', [rule('最低', { allowedAfter: ['-'] })])])).toThrow(/reads as the term itself/);
  });

  test('one claim with two anchors inside it gets one mark', () => {
    expect(found('治疗降尿酸')).toEqual([['treat-zh', '治疗降尿酸']]);
  });

  test('the wire (JSON) carries patterns: same findings after encode → JSON → decode → load', () => {
    const loaded = loadCompiled(decodeMatcher(JSON.parse(JSON.stringify(encodeMatcher(matcher.serialize())))));
    const text = '专治灰指甲，3天长高2厘米，电话13812345678，cures acne';
    expect(loaded.scan(text)).toEqual(matcher.scan(text));
  });

  test('property: findings never overlap and always cover real text', () => {
    const words = ['治', '疗', '鼻炎', '降', '尿酸', '3', '天', '瘦', '8', '斤', '，', ' ', '*', '第一', '次', 'cures', ' acne', '电话', '1381234567'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        const findings = matcher.scan(text);
        for (let i = 0; i < findings.length; i++) {
          expect(findings[i]!.end).toBeGreaterThan(findings[i]!.start);
          expect(findings[i]!.end).toBeLessThanOrEqual(text.length);
          if (i > 0) expect(findings[i]!.start).toBeGreaterThanOrEqual(findings[i - 1]!.end);
        }
      }),
      { numRuns: 300 },
    );
  });

  test('property: skipping checks that cannot match (companion words, digit counts, word edges) changes no finding', () => {
    // The same pack compiled with every anchor checked: the prefilter must only ever skip checks that find nothing.
    const unfiltered = compilePacks([patternPack], { prefilter: false });
    const words = ['治', '专治', '疗', '鼻', '炎', '鼻炎', '灰指甲', '降', '尿酸', '高血压', '3', '天', '瘦', '8', '斤', '见效', '%', '杀灭', '细菌',
      '，', '。', ' ', '  ', '*', '-', '.', '\u200b', '\u3000', 'ａ', '１', '①', '第一', 'cures', 'secure', 'acne', 'arthritis', 'high', 'blood',
      'pressure', 'lose', 'lbs', 'in', 'days', 'x', '电话', '1381234567', '13812345678', '0', 'A'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        expect(matcher.scan(text)).toEqual(unfiltered.scan(text));
      }),
      { numRuns: 2000 },
    );
  });

  test('property: a claim that ends with its anchor word is looked for only where an anchor hit ends, and that changes no finding', () => {
    // Templates whose last slot is the anchor: a claim ends where an anchor word ends, with no letter or digit after it.
    // The pieces make handles, anchors inside words (com in comfortable), ignorables and windows cut mid-claim.
    const endsPack: RulePack = {
      ...pack('ends', [], 'en'),
      patterns: [
        claim('domain-spaced', '{&} {.|dot} <com|net|shop>', { category: 'contact' }),
        claim('percent-off', '{#}% <off|discount>', { category: 'promotional' }),
        claim('spots-gone', '斑{~2}<淡了|没了>', { category: 'cosmetic-efficacy' }),
      ],
    };
    const filtered = compilePacks([endsPack]);
    const unfiltered = compilePacks([endsPack], { prefilter: false });
    const words = ['com', 'net', 'shop', 'comfortable', 'network', 'shopping', 'dot', '.', ' ', 'a', 'aaaaaaa', 'b1', 'x', '\u200b', '\u200b\u200b\u200b\u200b',
      '%', '50', 'off', 'office', 'discount', '斑', '淡了', '没了', '最', '*', '-', 'Ｃｏｍ', 'NET'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 50 }), (parts) => {
        const text = parts.join('');
        expect(filtered.scan(text)).toEqual(unfiltered.scan(text));
      }),
      { numRuns: 3000 },
    );
    // A claim cut by its anchor's window (the window ends right after .net; an x follows) is still found.
    const cut = `com${'a'.repeat(18)}.netx`;
    expect(filtered.scan(cut)).toEqual(unfiltered.scan(cut));
    expect(filtered.scan('comfortable chairs. shop dot com').map((f) => f.patternId)).toEqual(['domain-spaced']);
  });

  test('the prefilter skips a check whose companion is missing (the break this test guards against would show here)', () => {
    // 治 with no condition word near it: nothing to find either way, and nothing found.
    expect(found('治好了我的拖延')).toEqual([]);
    expect(found('专治灰指甲')).toEqual([['treat-zh', '专治灰指甲']]);
  });
});

describe('what a template tells the matcher about where it can match', () => {
  const lists = { conditions: ['灰指甲', '鼻炎', 'O型腿'], pests: ['high blood pressure', 'e. coli'] };
  test.each<[string, string[], number, number | null]>([
    // companion: the conditions; a run is all Han or none (O型腿 → 型腿); longest 2 + 4 + 3
    ['<治|治疗>{~4}{@conditions}', ['灰指甲', '鼻炎', '型腿'], 0, 9],
    // only digits: no companion, eleven digits in every match
    ['<#11>', [], 11, 11],
    // a word's longest run without spaces or separators (e. coli → coli); treats + optional space + 12 + high blood pressure with its 2 spaces
    ['<cure|treats> {~12}{@pests}', ['pressure', 'coli'], 0, 38],
    // a {#} number has no bound; of two one-character companions the first is taken
    ['{#}天<瘦>{#}斤', ['天'], 0, null],
    ['<杀灭>{#}%', ['%'], 0, null],
  ])('%s', (template, triggers, digits, longest) => {
    const compiled = compileTemplate(template, lists);
    expect(compiled.triggers).toEqual(triggers);
    expect(compiled.digits).toBe(digits);
    expect(compiled.longest).toBe(longest);
  });
});

describe('a template whose claims end with its anchor word says so', () => {
  test.each<[string, { endGuard: boolean } | undefined]>([
    // the anchor last, plain words: a claim ends where an anchor hit ends, no letter or digit after an English one
    ['{&} {.|dot} <com|net|shop>', { endGuard: true }],
    ['斑{~2}<淡了|没了>', { endGuard: false }],
    // a separator inside an anchor word (the automaton may skip it), a space in one, or a mixed run: not sure to be reported
    ['{&}<.com|.net>', undefined],
    ['free {~20}<with purchase|with every order>', undefined],
    ['{~4}<加v>', undefined],
    // the anchor not last
    ['<治|治疗>{~4}{@conditions}', undefined],
  ])('%s', (template, expected) => {
    expect(compileTemplate(template, { conditions: ['鼻炎'] }).endsWithAnchor).toEqual(expected);
  });
});

describe('pattern templates: a bad one says what is wrong in both languages', () => {
  test.each([
    ['治疗{鼻炎', /no matching/],
    ['治疗}', /unmatched/],
    ['{~4}', /word that must be there/],
    ['治{~30}炎', /1 to 20/],
    ['{@nope}治', /no word list/],
    ['<治><疗>', /only one anchor/],
    ['{#}+天', /cannot repeat/],
    ['{a|}', /word that must be there/],
    ['{~20}{~20}{~20}{~20}治', /at most/],
  ])('%s', (template, message) => {
    const error = refusalOf(template);
    expect(error.problem.en).toMatch(message);
    expect(error.problem['zh-CN'].length).toBeGreaterThan(0);
  });

  test('the anchor is the marked slot, else the longest required word slot', () => {
    expect(compileTemplate('{#}天<瘦>').anchors).toEqual(['瘦']);
    expect(compileTemplate('{#}{天|日}{见效|起效}').anchors).toEqual(['见效', '起效']);
    expect(compileTemplate('<#>').anchors).toEqual('0123456789'.split(''));
    expect(new RegExp(compileTemplate('call {#3} {#4}').source).exec('please call 555 0199')?.[0]).toBe('call 555 0199');
  });
});

describe('English words a template separates by a space end there', () => {
  const words = compilePacks([
    {
      ...pack('words', []),
      lists: { conditions: ['a cold', 'pain'] },
      patterns: [claim('stop', '<stop|stops|kill> {~12}{@conditions}'), claim('lose', '<lose> {#} {lbs}', { category: 'false-promise' })],
    },
  ]);
  const hits = (text: string) => words.scan(text).map((f) => text.slice(f.start, f.end));

  test.each<[string, string, string[]]>([
    ['a verb inside a longer word is no verb (stopper, killer)', 'Draft stopper blocks a cold draft; killer pain deals', []],
    ['the verb as its own word still reads', 'Stops pain fast and stop a cold', ['Stops pain', 'stop a cold']],
    ['a space before a number or unit is still optional', 'lose 5lbs', ['lose 5lbs']],
  ])('%s', (_name, text, expected) => {
    expect(hits(text)).toEqual(expected);
  });
});

describe('a number, gap or handle stands alone in its braces', () => {
  test.each(['{#|one|two} days', 'lose {three|#} lbs', 'kills {~4|the} germs'])('%s is refused in both languages', (template) => {
    const error = refusalOf(template);
    expect(error.problem.en).toMatch(/must stand alone in its braces/);
    expect(error.problem['zh-CN']).toMatch(/单独写/);
  });

  test('#1 and & among words are words (#1 seller, subscribe & save)', () => {
    expect(() => compileTemplate('<#1|no. 1> {seller}')).not.toThrow();
    expect(() => compileTemplate('<subscribe> {and|&|} {save}')).not.toThrow();
  });
});
