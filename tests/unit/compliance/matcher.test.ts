import fc from 'fast-check';
import { compilePacks, loadCompiled, termVariants, type Finding } from '../../../lib/compliance/matcher';
import { normalise, normaliseTerm } from '../../../lib/compliance/normalise';
import { enPack, pack, rule, zhPack } from './helpers';

const matcher = compilePacks([zhPack, enPack]);
const found = (text: string) => matcher.scan(text).map((f) => [f.ruleTerm, text.slice(f.start, f.end)]);

describe('what a seller sees underlined', () => {
  test.each<[string, string, [string, string][]]>([
    ['title with 全网最低价 is flagged once, as 全网最低价 not 最低价', '爆款全网最低价包邮', [['全网最低价', '全网最低价']]],
    ['第一次 is not flagged', '第一次购买送礼品', []],
    ['第一步 is not flagged', '第一步：清洁面部', []],
    ['第一名 is flagged', '销量第一名', [['第一', '第一']]],
    ['最*好 is caught and underlined from 最 to 好', '这是最*好的面膜', [['最好', '最*好']]],
    ['第 一 with spaces is caught', '销量第 一', [['第一', '第 一']]],
    ['最-佳 and 最.佳 are caught', '最-佳，最.佳', [['最佳', '最-佳'], ['最佳', '最.佳']]],
    ['a zero-width space inside 最好 is caught', '最\u200b好', [['最好', '最\u200b好']]],
    ['最佳赏味期 is not flagged but 最佳 is', '最佳赏味期 6 个月，最佳选择', [['最佳', '最佳']]],
    ['traditional 國家級 is caught', '國家級品質', [['国家级', '國家級']]],
    ['100% 纯天然 with a space is caught', '100% 纯天然成分', [['100%纯天然', '100% 纯天然']]],
    ['secure is clean while cure is flagged', 'A secure lid. It will cure acne.', [['cure', 'cure']]],
    ['treats for dogs is clean, treat is flagged', 'Treats for dogs that treat itching', [['treat', 'treat']]],
    ['CURE in capitals is flagged', 'CURE', [['cure', 'CURE']]],
    ['full-width ＦＤＡ approved is flagged', 'ＦＤＡ Approved formula', [['FDA approved', 'ＦＤＡ Approved']]],
    ['F.D.A. approved with dots is flagged', 'F.D.A. approved formula', [['FDA approved', 'F.D.A. approved']]],
    ['FDA-approved with a hyphen is flagged', 'FDA-approved', [['FDA approved', 'FDA-approved']]],
    ['best  seller with two spaces is flagged', 'Best  Seller 2024', [['best seller', 'Best  Seller']]],
    ['#1 is flagged but #10 is clean', '#1 choice, size #10', [['#1', '#1']]],
    ['kills 99.9% of germs is flagged', 'Kills 99.9% of germs', [['kills 99.9% of germs', 'Kills 99.9% of germs']]],
    ['plain copy is clean', '纯棉面料，舒适透气，Soft cotton tee', []],
    ['an empty field is clean', '', []],
  ])('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  test('a finding carries the rule: severity, category, pack, why, source, suggestions', () => {
    const [finding] = matcher.scan('效果最好');
    expect(finding).toEqual<Finding>({
      start: 2,
      end: 4,
      term: '最好',
      ruleTerm: '最好',
      severity: 'block',
      category: 'absolute',
      packId: 'test-zh',
      why: { 'zh-CN': '最好 违规', en: '最好 breaks the rules' },
      source: '《广告法》第九条',
      suggestions: ['很好'],
    });
  });

  test('findings come in text order with the severity of their rule', () => {
    expect(matcher.scan('唯一祛斑，治愈').map((f) => [f.term, f.severity])).toEqual([
      ['唯一', 'warn'],
      ['祛斑', 'warn'],
      ['治愈', 'block'],
    ]);
  });
});

describe('the store’s own lists', () => {
  test('a store allow-list entry clears findings inside it', () => {
    const store = compilePacks([zhPack], { allow: ['最好的朋友'] });
    expect(store.scan('最好的朋友，最好的面膜').map((f) => f.start)).toEqual([6]);
  });

  test('an allow-list entry equal to the term clears it everywhere', () => {
    expect(compilePacks([zhPack], { allow: ['唯一'] }).scan('唯一')).toEqual([]);
  });

  test('a custom term is flagged with pack id custom', () => {
    const store = compilePacks([zhPack], { custom: [rule('秒杀', { severity: 'warn', category: 'custom' })] });
    expect(store.scan('限时秒杀').map((f) => [f.term, f.packId, f.severity])).toEqual([['秒杀', 'custom', 'warn']]);
  });

  test('the same term in two packs reports the stricter rule', () => {
    const soft = pack('soft', [rule('顶级', { severity: 'info' })]);
    const strict = pack('strict', [rule('顶级', { severity: 'block' })]);
    expect(compilePacks([soft, strict]).scan('顶级').map((f) => [f.packId, f.severity])).toEqual([['strict', 'block']]);
  });

  test('a pack can ask for an English term to match inside words', () => {
    const inside = compilePacks([pack('p', [rule('cure', { wholeWord: false })], 'en')]);
    expect(inside.scan('secure').map((f) => f.term)).toEqual(['cure']);
  });

  test('traditional folding can be turned off at compile time', () => {
    expect(compilePacks([zhPack], { traditional: false }).scan('國家級')).toEqual([]);
  });
});

describe('compiled once, loaded in the content script', () => {
  test('serialize → structured clone → loadCompiled gives the same findings', () => {
    const loaded = loadCompiled(structuredClone(matcher.serialize()));
    const text = '全网最低价，第一次，最*好，It will cure, F.D.A. approved';
    expect(loaded.scan(text)).toEqual(matcher.scan(text));
  });

  test('loadCompiled refuses data that is not a compiled matcher', () => {
    expect(() => loadCompiled({ ...matcher.serialize(), nodes: [] as unknown as Int32Array })).toThrow(/nodes/);
    expect(() => loadCompiled({ ...matcher.serialize(), version: 3 as 2 })).toThrow(/format/);
  });

  test('hasCandidate answers without building findings', () => {
    expect(matcher.hasCandidate('普通的描述')).toBe(false);
    expect(matcher.hasCandidate('最好')).toBe(true);
  });

  test('a 200,000-character field scans without trouble', () => {
    const text = '纯棉舒适 最好 secure cure '.repeat(10_000);
    const findings = matcher.scan(text);
    expect(findings).toHaveLength(20_000);
    expect(findings.every((f) => text.slice(f.start, f.end) === f.term)).toBe(true);
  });
});

// Property tests over texts made of term pieces, look-alikes and noise.
const pieces = ['最', '好', '佳', '低', '价', '全', '网', '第', '一', '次', '国', '家', '级', '治', '愈', '的', '棉', 'c', 'u', 'r', 'e', 's', 't', 'a', ' ', '1', '#', '。', '\n'];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((a) => a.join(''));
// What the findings cover, as normalised text without spaces: the same whether two claim words of one kind are
// marked apart or joined into one claim (claims.ts), so a disguise may change how claims join but never drop one.
const summary = (findings: Finding[]) => findings.map((f) => normalise(f.term).text.replace(/ /g, '')).join('');
/** Whether normalised text is one known spelling of a rule, or several written as one phrase (joined claims). */
const spelledByRules = (normalised: string, spellings: ReadonlySet<string>): boolean => {
  const reach = new Array<boolean>(normalised.length + 1).fill(false);
  reach[0] = true;
  for (let i = 0; i < normalised.length; i++) {
    if (!reach[i]) continue;
    if (i > 0 && normalised[i] === ' ') reach[i + 1] = true;
    for (let j = i + 1; j <= normalised.length; j++) if (spellings.has(normalised.slice(i, j))) reach[j] = true;
  }
  return reach[normalised.length]!;
};
const isHan = (ch: string | undefined) => ch !== undefined && /\p{Script=Han}/u.test(ch);

describe('properties', () => {
  test('offsets always map back into the original text, and the slice normalises to the rule or one of its known spellings', () => {
    const spellings = new Set(matcher.serialize().rules.flatMap((r) => termVariants(r.term).map((v) => normaliseTerm(v))));
    fc.assert(
      fc.property(text, (input) => {
        for (const f of matcher.scan(input)) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual(input.length);
          expect(f.start).toBeLessThan(f.end);
          expect(input.slice(f.start, f.end)).toBe(f.term);
          expect(spelledByRules(normalise(f.term).text, spellings), f.term).toBe(true);
        }
      }),
    );
  });

  test('separators or zero-width characters between Han characters never drop a finding', () => {
    const filler = fc.constantFrom('*', ' ', '-', '.', '\u200b', '\ufeff', '·', '\u3000');
    fc.assert(
      fc.property(text, fc.array(filler, { minLength: 40, maxLength: 40 }), (input, fills) => {
        let disguised = '';
        for (let i = 0; i < input.length; i++) {
          disguised += input[i];
          if (isHan(input[i]) && isHan(input[i + 1])) disguised += fills[i % fills.length];
        }
        expect(summary(matcher.scan(disguised))).toEqual(summary(matcher.scan(input)));
      }),
    );
  });

  test('zero-width characters anywhere never drop a finding', () => {
    fc.assert(
      fc.property(text, fc.nat(40), (input, every) => {
        const disguised = [...input].map((ch, i) => (i % (every + 1) === 0 ? `\u200b${ch}` : ch)).join('');
        expect(summary(matcher.scan(disguised))).toEqual(summary(matcher.scan(input)));
      }),
    );
  });

  test('converting to full-width never drops a finding', () => {
    fc.assert(
      fc.property(text, (input) => {
        const wide = input.replace(/[!-~]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0)).replace(/ /g, '\u3000');
        expect(summary(matcher.scan(wide))).toEqual(summary(matcher.scan(input)));
      }),
    );
  });

  test('scanning two paragraphs together finds both sides’ findings', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        const joined = `${a}\n${b}`;
        const expected = [...matcher.scan(a), ...matcher.scan(b).map((f) => ({ ...f, start: f.start + a.length + 1, end: f.end + a.length + 1 }))];
        expect(matcher.scan(joined)).toEqual(expected);
      }),
    );
  });
});
