import { compilePacks } from '../../../lib/compliance/matcher';
import type { ComplianceTerm, RulePack } from '../../../lib/compliance/types';

// One claim, one mark (lib/compliance/claims.ts): claim words of one kind written as one phrase join into
// one finding; words of different kinds, or of one kind apart as separate keywords or list items, do not.

const term = (t: string, category: ComplianceTerm['category'], severity: ComplianceTerm['severity'] = 'warn'): ComplianceTerm => ({
  term: t,
  category,
  severity,
  why: { 'zh-CN': t, en: t },
  source: 'test',
  suggestions: [],
});
const pack: RulePack = {
  id: 'test',
  name: { 'zh-CN': 't', en: 't' },
  description: { 'zh-CN': 't', en: 't' },
  lang: 'zh',
  platforms: 'all',
  terms: [
    term('抗皱', 'cosmetic-efficacy'),
    term('紧致', 'cosmetic-efficacy'),
    term('杀菌', 'medical'),
    term('消炎', 'medical', 'block'),
    term('顶级', 'absolute', 'block'),
    term('修护', 'cosmetic-efficacy'),
    term('cures', 'medical', 'block'),
    term('arthritis', 'medical'),
    term('free shipping', 'promotional', 'block'),
    term('sale', 'promotional', 'block'),
    term('$35', 'promotional', 'block'),
    term('best seller', 'promotional'),
    term('call us', 'contact', 'block'),
    term('555-0143', 'contact', 'block'),
    term('support@shop.com', 'contact', 'block'),
  ],
};
const matcher = compilePacks([pack]);
const marks = (text: string) => matcher.scan(text).map((f) => [f.term, f.severity]);

describe('one claim, one mark', () => {
  test.each([
    ['抗皱紧致面霜', [['抗皱紧致', 'warn']]],
    ['抗 皱 紧 致', [['抗 皱 紧 致', 'warn']]],
    ['杀~菌~消~炎', [['杀~菌~消~炎', 'block']]],
    ['C.U.R.E.S Arthritis naturally', [['C.U.R.E.S Arthritis', 'block']]],
  ])('%s is one claim, reported with its strictest rule', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });

  test.each([
    ['顶级修护', [['顶级', 'block'], ['修护', 'warn']]],
    ['抗皱 紧致 面霜', [['抗皱', 'warn'], ['紧致', 'warn']]],
    ['抗皱、紧致', [['抗皱', 'warn'], ['紧致', 'warn']]],
    ['抗皱，紧致', [['抗皱', 'warn'], ['紧致', 'warn']]],
    ['cures\narthritis', [['cures', 'block'], ['arthritis', 'warn']]],
  ])('%s stays separate claims', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });

  test.each([
    ['Free shipping on orders over $35.', [['Free shipping on orders over $35', 'block']]],
    ['Call us at 555-0143 today', [['Call us at 555-0143', 'block']]],
  ])('an offer or a contact line is one claim: %s', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });

  test.each([
    ['Free shipping, sale', [['Free shipping', 'block'], ['sale', 'block']]],
    ['Call 555-0143 or email support@shop.com', [['555-0143', 'block'], ['support@shop.com', 'block']]],
    ['Best Seller free shipping', [['Best Seller', 'warn'], ['free shipping', 'block']]],
    ['Free shipping. Sale ends soon', [['Free shipping', 'block'], ['Sale', 'block']]],
  ])('two offers or two details stay two claims: %s', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });

  test('offsets of a joined claim cover the phrase as it stands in the field', () => {
    const text = '新款 抗皱紧致 面霜';
    const [f] = matcher.scan(text);
    expect(text.slice(f!.start, f!.end)).toBe('抗皱紧致');
  });
});
