import { compileForStore } from '../../../lib/compliance/for-store';
import { EMPTY_STORE_COMPLIANCE } from '../../../lib/compliance/shop-choices';
import type { PlatformId } from '../../../lib/sites/types';

// Single terms added to the built-in packs, each checked through the packs a store gets by default
// (the same compile the sidebar and the bulk check use): the copy it must mark, with the reason's
// category and severity, and nearby copy it must leave alone. The expected marks are written from the
// research notes (/work/shared/research/compliance-facts.md), not read off the engine.

const marks = (platform: PlatformId, text: string) =>
  compileForStore(platform, EMPTY_STORE_COMPLIANCE)
    .scan(text)
    .map((finding) => ({ text: text.slice(finding.start, finding.end), category: finding.category, severity: finding.severity, pack: finding.packId }));

describe('荨麻疹 (urticaria), a skin-disease name (《化妆品命名指南》 禁用语; 《广告法》第十七条)', () => {
  test.each<PlatformId>(['taobao', 'douyin', 'jd'])('named bare in a cream listing on %s, it is marked as a medical claim (warn)', (platform) => {
    expect(marks(platform, '止痒舒缓霜，荨麻疹人群也能用')).toContainEqual({ text: '荨麻疹', category: 'medical', severity: 'warn', pack: 'prc-medical-efficacy' });
  });

  test('with a treatment verb it stays one mark (the longest claim), not two', () => {
    const found = marks('taobao', '快速缓解荨麻疹');
    expect(found.filter((f) => f.text.includes('荨麻疹'))).toHaveLength(1);
  });

  test('in a usage caution it speaks of the reader, not the product, and is left alone', () => {
    expect(marks('taobao', '荨麻疹患者慎用').filter((f) => f.text.includes('荨麻疹'))).toEqual([]);
  });

  test('the plant 荨麻 (nettle) alone is not the disease', () => {
    expect(marks('taobao', '荨麻提取物洗发水').filter((f) => f.text.includes('荨麻'))).toEqual([]);
  });
});
