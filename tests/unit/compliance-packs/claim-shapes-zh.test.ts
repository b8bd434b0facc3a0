import type { ComplianceCategory } from '../../../lib/compliance/types';
import type { PlatformId } from '../../../lib/sites/types';
import { findingsOn } from './default-packs';

// Chinese claims as shapes (verb + condition, number-shaped or guaranteed outcomes, scope + 最), and the honest
// copy around the same words, through the packs a store gets by default. Phrasings differ on purpose from the
// labelled listings in tests/fixtures/compliance-eval/src/zh-gen-2.txt, whose misses these rules were written
// for: the expectations come from the labelling policy (POLICY.md §4 and §6), not from the engine.

const marks = (platform: PlatformId, text: string) => findingsOn(platform, text).map((f) => ({ text: f.covered, category: f.category }));

describe('claims written as shapes are marked, with the category of the claim', () => {
  test.each<[string, string, ComplianceCategory]>([
    ['玉米须茶 稳控血压 中老年', '稳控血压', 'medical'],
    ['苦瓜茶，血糖高的人喝了能稳住', '能稳住', 'medical'],
    ['护膝加厚，老人膝盖不再疼', '膝盖不再疼', 'medical'],
    ['高血压的老人可以停掉降压药', '降压药', 'medical'],
    ['清理血管，老人常备', '清理血管', 'medical'],
    ['服用两周血压明显下降', '血压明显下降', 'false-promise'],
    ['保证一个月不反弹', '保证一个月不反弹', 'false-promise'],
    ['用了没有效果全额退款', '全额退款', 'false-promise'],
    ['艾草贴 一贴见效', '一贴见效', 'false-promise'],
    ['新西兰奶粉 提高宝宝抵抗力', '提高宝宝抵抗力', 'food-health'],
    ['红枣小米粥 呵护肠胃', '呵护肠胃', 'food-health'],
    ['孕期必喝的鲫鱼汤料包', '孕期必喝', 'food-health'],
    ['同价位续航最长的手表', '最长', 'absolute'],
    ['画质完胜同类产品', '完胜同类', 'absolute'],
    ['外交部指定用茶', '外交部指定', 'authority'],
    ['售后热线 400 820 8820', '820', 'contact'],
    ['五星晒单送小样', '五星晒单送', 'platform'],
    ['技术领先全行业', '领先全行业', 'proof-needed'],
    // Food shapes added for the zh-gen-3 batch, phrased apart from it.
    ['纤维素饮 帮你排净体内毒素', '排净体内毒素', 'food-health'],
    ['每天一杯 增强免疫 全家都能喝', '增强免疫', 'food-health'],
    ['小孩子喝了这款奶粉免疫力变强', '免疫力变强', 'food-health'],
    ['核桃粉 孩子吃了变聪明', '变聪明', 'food-health'],
    ['枳椇子饮料 应酬前喝一支解酒', '解酒', 'food-health'],
    ['老年高钙奶粉 骨质疏松不用愁', '骨质疏松不用愁', 'medical'],
    ['增強體質 提高免疫力', '提高免疫力', 'food-health'],
  ])('%s', (text, inside, category) => {
    expect(marks('tmall', text).filter((f) => f.text.includes(inside) || inside.includes(f.text))).toContainEqual(
      expect.objectContaining({ category }),
    );
  });

  test('on 快手小店 too (a Chinese marketplace gets the same packs)', () => {
    expect(marks('kuaishou', '玉米须茶 稳控血压').map((f) => f.category)).toContain('medical');
  });

  test('on 快手小店 another marketplace named in the listing is diversion, its own name is not', () => {
    expect(marks('kuaishou', '淘宝同款 加绒卫衣')).toContainEqual({ text: '淘宝', category: 'platform' });
    expect(marks('kuaishou', '快手小店 老铁专享 加绒卫衣')).toEqual([]);
  });
});

describe('honest copy that only holds the words stays clean (policy §6)', () => {
  test.each([
    '呵护心肝宝贝的每一天',
    '全网第一时间发货',
    '根据《广告法》，本店不使用“国家级”“最高级”“最佳”等用语',
    '孩子长高了也能穿，裤脚可以放长',
    '治愈系小熊公仔',
    '后跟加厚增高鞋垫',
    '产自中国最大的淡水湖',
    '珠穆朗玛峰是世界第一高峰',
    '保健功能：增强免疫力。本品不能代替药物。',
    '质量保证，正品保障',
    '没用完的可以退',
    '挪车电话号码牌',
    '处方镜片 可配近视',
    '排油烟机 大吸力',
    '最前面是拍打头，最后面是尘杯',
    '配料表第一位是水',
    '电动牙刷 销量稳定',
    '这款跑步机能增加体力消耗',
    '按说明书稀释后可用于物体表面消毒',
    '国家级运动员',
    '满300最高减50',
    '最迟3天内发货',
    '最里层是纯棉',
    '本产品不具有治疗作用',
    '本店所有商品均已消毒处理',
    // A registered health food in the catalogue's own wording, its disclaimer, and recipe facts (policy §4, §6).
    '保健功能：有助于改善睡眠。本品不能代替药物',
    '保健功能：辅助保护胃黏膜',
    '本品不能治疗疾病',
    '全麦吐司 不添加蔗糖',
    '枸杞特级 头茬果',
    '酒精测试仪 不是解酒器',
  ])('%s', (text) => {
    expect(marks('tmall', text)).toEqual([]);
  });
});

describe('a claim is not read across into a sequence word beside it', () => {
  // 第一次 is "the first time", not a rank: the scope-then-第一 shape must not reach it from the claim before.
  test.each([
    ['丝绒哑光口红 全网最低价 第一次用就爱上的显白色号', '全网最低价'],
    ['全网最低价第一批到货', '全网最低价'],
  ])('%s', (text, claim) => {
    expect(marks('kuaishou', text).map((f) => f.text)).toEqual([claim]);
  });
  test('a rank after a scope still is one', () => {
    expect(marks('tmall', '全国销量第一').map((f) => f.text)).toEqual(['全国销量第一']);
  });
});
