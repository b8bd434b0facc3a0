import { parseAllowList, parseCustomTerms } from '../../../lib/compliance/custom-list';
import { compileForStore } from '../../../lib/compliance/for-store';

describe('importing a custom word list', () => {
  test('a TXT file is one term per line, blank lines skipped, severity warn', () => {
    const result = parseCustomTerms('秒杀\n\n  清仓价  \r\nmiracle\n');
    expect(result.ok && result.value.map((t) => [t.term, t.severity, t.category])).toEqual([
      ['秒杀', 'warn', 'custom'],
      ['清仓价', 'warn', 'custom'],
      ['miracle', 'warn', 'custom'],
    ]);
  });

  test('a CSV file with a header reads term, severity, category, reason', () => {
    const result = parseCustomTerms('term,severity,category,reason\n秒杀,block,false-promise,店铺规定\n神效,警告,,"夸大, 不用"\n');
    expect(result.ok && result.value.map((t) => [t.term, t.severity, t.category, t.why['zh-CN']])).toEqual([
      ['秒杀', 'block', 'false-promise', '店铺规定'],
      ['神效', 'warn', 'custom', '夸大, 不用'],
    ]);
  });

  test.each<[string, string, number, RegExp, RegExp]>([
    ['an unknown severity names its line', 'term,severity\n秒杀,block\n神效,fatal\n', 3, /第 3 行：级别“fatal”无效/, /^Line 3: severity "fatal"/],
    ['an unknown category names its line', '秒杀,block,ads\n', 1, /第 1 行：类别“ads”无效/, /^Line 1: category "ads"/],
    ['an empty term names its line', '秒杀,warn\n ,warn\n', 2, /第 2 行：词为空/, /^Line 2: the term is empty/],
    ['a term over 50 characters names its line', `${'长'.repeat(51)}\n`, 1, /超过 50 个字/, /longer than 50/],
    ['a repeated term names both lines', '秒杀\n清仓\n秒杀\n', 3, /与第 1 行重复/, /repeats line 1/],
    ['too many columns names its line', '秒杀,warn,custom,原因,多余\n', 1, /最多 4 列/, /at most 4/],
    ['a quoted field that never closes is a CSV error', '秒杀,warn\n"神效,warn\n', 2, /CSV 格式错误/, /CSV format error/],
  ])('%s, and nothing is imported', (_name, text, line, zh, en) => {
    const result = parseCustomTerms(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.line).toBe(line);
    expect(result.error['zh-CN']).toMatch(zh);
    expect(result.error['zh-CN']).toMatch(/未导入任何内容/);
    expect(result.error.en).toMatch(en);
    expect(result.error.en).toMatch(/nothing was imported/);
  });

  test('line numbers count the blank lines before the bad one', () => {
    const result = parseCustomTerms('秒杀,warn\n\n\n神效,oops\n');
    expect(!result.ok && result.line).toBe(4);
  });

  test('deep in a long list, the bad line is still named exactly (after quoted line breaks too)', () => {
    const good = Array.from({ length: 3000 }, (_, i) => `词${i},warn,custom,"原因 ${i}"`);
    const text = ['term,severity', '秒杀,block,custom,"两行\n的原因"', ...good, '神效,fatal'].join('\r\n');
    const result = parseCustomTerms(text, 'csv');
    expect(!result.ok && result.line).toBe(3004);
  });
});

describe('importing an allow-list', () => {
  test('a TXT allow-list keeps each entry once', () => {
    expect(parseAllowList('第一次\n最近\n第一次\n')).toEqual({ ok: true, value: ['第一次', '最近'] });
  });

  test('a CSV allow-list reads the first column', () => {
    expect(parseAllowList('term,note\n第一次,店铺常用\n')).toEqual({ ok: true, value: ['第一次'] });
  });

  test('an empty entry names its line', () => {
    const result = parseAllowList('第一次,a\n,b\n', 'csv');
    expect(!result.ok && [result.line, result.error.en]).toEqual([2, 'Line 2: the term is empty; nothing was imported.']);
  });
});

describe('a custom list can hold patterns', () => {
  // Compiling a whole store's packs takes a moment on a loaded machine.
  test('a pattern line is kept as written and catches the claim it describes in the store', { timeout: 30_000 }, () => {
    const result = parseCustomTerms('秒杀\n{#}天瘦{#}斤\n<治疗>{~4}{@conditions-zh}\n');
    expect(result.ok && result.value.map((t) => t.term)).toEqual(['秒杀', '{#}天瘦{#}斤', '<治疗>{~4}{@conditions-zh}']);
    const matcher = compileForStore('taobao', { packs: Object.fromEntries(['prc-false-promise', 'prc-medical-efficacy'].map((id) => [id, false])), custom: result.ok ? result.value : [], allow: [] });
    const text = '十天瘦8斤，治疗多年鼻炎，秒杀';
    expect(matcher.scan(text).map((f) => [text.slice(f.start, f.end), f.packId, f.patternId ?? null])).toEqual([
      ['十天瘦8斤', 'custom', 'custom:{#}天瘦{#}斤'],
      ['治疗多年鼻炎', 'custom', 'custom:<治疗>{~4}{@conditions-zh}'],
      ['秒杀', 'custom', null],
    ]);
  });

  test.each<[string, string, number, RegExp, RegExp]>([
    ['an unclosed brace', '秒杀\n{#}天瘦{#斤\n', 2, /第 2 行：模式“\{#\}天瘦\{#斤”有误：“\{”没有对应的“\}”/, /^Line 2: the pattern "\{#\}天瘦\{#斤" is wrong: "\{" has no matching "\}"/],
    ['an unknown word list', '{@nope}天\n', 1, /没有名为“nope”的词表/, /no word list named "nope"/],
    ['a pattern with nothing required', '{~5}\n', 1, /至少要有一个必须出现的词/, /needs at least one word/],
  ])('a bad pattern (%s) names its line in both languages, and nothing is imported', (_name, text, line, zh, en) => {
    const result = parseCustomTerms(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.line).toBe(line);
    expect(result.error['zh-CN']).toMatch(zh);
    expect(result.error.en).toMatch(en);
  });
});
