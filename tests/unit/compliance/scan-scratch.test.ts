import { compilePacks, loadCompiled } from '../../../lib/compliance/matcher';
import { enPack, zhPack } from './helpers';

// scan() keeps its hit and span tables across calls; a matcher's first scan and a warmed-up one must agree.
const compiled = compilePacks([zhPack, enPack]).serialize();
const fresh = () => loadCompiled(compiled);

describe('a scan reuses its tables without leaking one scan into the next', () => {
  test('many allowed texts on a first scan clear every finding inside them', () => {
    const text = '第一次，'.repeat(500) + '销量第一名';
    const findings = fresh().scan(text);
    expect(findings.map((f) => [f.start, f.term])).toEqual([[text.length - 3, '第一']]);
  });

  test('a long scan, then a short one: the short one reports only its own findings', () => {
    const matcher = fresh();
    matcher.scan('最好 cure 全网最低价 '.repeat(2000));
    expect(matcher.scan('效果最好').map((f) => [f.start, f.end, f.term])).toEqual([[2, 4, '最好']]);
  });

  test('the same text gives the same findings on a fresh and on a warmed-up matcher', () => {
    const text = '全网最低价，第一次，最*好，It will cure, F.D.A. approved, 最佳赏味期 '.repeat(300);
    const warmed = fresh();
    warmed.scan('第一步'.repeat(3000));
    expect(warmed.scan(text)).toEqual(fresh().scan(text));
  });

  test('three overlapping matches keep the longest and the one beside it (全网最低价 over 最低价 and 最)', () => {
    // A comma between them: claim words of one kind written as one phrase would join into one mark (claims.ts).
    expect(fresh().scan('全网最低价，最好').map((f) => f.term)).toEqual(['全网最低价', '最好']);
  });
});
