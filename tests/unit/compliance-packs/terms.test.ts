import type { PlatformId } from '../../../lib/sites/types';
import { findingsOn } from './default-packs';

// Single terms added to the built-in packs, each checked through the packs a store gets by default
// (the same compile the sidebar and the bulk check use): the copy it must mark, with the reason's
// category and severity, and nearby copy it must leave alone. The expected marks are written from the
// research notes (/work/shared/research/compliance-facts.md), not read off the engine.

const marks = (platform: PlatformId, text: string) =>
  findingsOn(platform, text).map((f) => ({ text: f.covered, category: f.category, severity: f.severity, pack: f.packId }));

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

describe('drug comparisons without 比…还 (《广告法》第十六、十八条: no comparison with drugs)', () => {
  test.each<[string, string]>([
    ['调理茶 效果堪比药物', '堪比药物'],
    ['草本足贴 功效媲美药物', '媲美药物'],
    ['每天一杯 胜过吃药', '胜过吃药'],
  ])('%s: %s is a medical claim (block)', (text, claim) => {
    expect(marks('taobao', text)).toContainEqual({ text: claim, category: 'medical', severity: 'block', pack: 'prc-medical-efficacy' });
  });

  test('on a Chinese marketplace added later (快手小店) too, since its adapter is marked as one', () => {
    expect(marks('kuaishou', '调理茶 效果堪比药物').map((f) => f.text)).toContain('堪比药物');
  });

  test('the disclaimer health food must carry, and 药物 in other senses, stay clean', () => {
    expect(marks('taobao', '本品不能代替药物')).toEqual([]);
    expect(marks('taobao', '远离药物滥用 从健康饮食开始').filter((f) => f.text.includes('药物'))).toEqual([]);
  });
});

describe('天花板 as slang for "the best of its kind" (《广告法》第九条第三项; the 2023 guide reads the list as covering words of the same meaning, as 顶级)', () => {
  test.each<[PlatformId, string]>([
    ['xiaohongshu', '平价口红天花板 显白不挑皮'],
    ['douyin', '国货面霜天花板 一抹化水'],
    ['taobao', '保温杯天花板 24小时保温'],
  ])('on %s, "%s" is an absolute term (block)', (platform, text) => {
    expect(marks(platform, text)).toContainEqual({ text: '天花板', category: 'absolute', severity: 'block', pack: 'prc-ad-law-absolute' });
  });

  test.each([
    '吸顶灯 安装在天花板上 免打孔',
    '集成吊顶 铝扣板天花板 厨房卫生间',
    '星空投影灯 投影到天花板 卧室氛围',
    '天花板漏水 屋顶防水涂料',
  ])('the ceiling itself is left alone: %s', (text) => {
    expect(marks('taobao', text).filter((f) => f.text.includes('天花板'))).toEqual([]);
  });
});
