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

describe('荨麻疹 (urticaria): a disease name alone is no claim (labelling policy §4 MED), a treatment claim with it is', () => {
  test.each<PlatformId>(['taobao', 'douyin', 'jd'])('named bare in a cream listing on %s, it is left alone', (platform) => {
    expect(marks(platform, '止痒舒缓霜 附赠《换季荨麻疹护理手册》').filter((f) => f.text.includes('荨麻疹'))).toEqual([]);
    expect(marks(platform, '荨麻疹患者慎用').filter((f) => f.text.includes('荨麻疹'))).toEqual([]);
  });

  test('with a treatment verb it is one medical claim (block), not two marks', () => {
    const found = marks('taobao', '快速缓解荨麻疹').filter((f) => f.text.includes('荨麻疹'));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ category: 'medical', severity: 'block', pack: 'prc-medical-efficacy' });
  });

  test('the plant 荨麻 (nettle) is not the disease', () => {
    expect(marks('taobao', '荨麻提取物洗发水').filter((f) => f.text.includes('荨麻'))).toEqual([]);
  });
});
