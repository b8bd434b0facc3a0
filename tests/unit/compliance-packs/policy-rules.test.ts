import type { BuiltInPlatformId } from '../../../lib/sites/types';
import { findingsOn } from './default-packs';

// The built-in packs against rules written down from the labelling policy (tests/fixtures/compliance-eval/POLICY.md)
// and the sources in /work/shared/research/compliance-facts.md. Every expected mark is written by hand: the phrase
// the policy calls one claim, and its category and severity.

const marks = (platform: BuiltInPlatformId, text: string) => findingsOn(platform, text).map((f) => `${f.covered}:${f.category}:${f.severity}`);

describe('absolute terms (广告法第九条第三项; policy §4 ABS, §6)', () => {
  test('最适合, 最爱, 最喜欢, 最受欢迎 rank the product: block', () => {
    expect(marks('tmall', '这款最适合敏感肌，宝妈最爱，宝宝最喜欢，最受欢迎的颜色')).toEqual([
      '最适合:absolute:block', '最爱:absolute:block', '最喜欢:absolute:block', '最受欢迎:absolute:block',
    ]);
  });

  test('最 that describes, a usage tip or a spec is no claim', () => {
    expect(marks('tmall', '最适宜温度25℃，最佳食用温度4℃，这款最大的特点是轻，最快当天发货，最多可装20件')).toEqual([]);
  });

  test('NO.1 in any width is a ranking on the Chinese marketplaces', () => {
    expect(marks('taobao', 'ＮＯ．１爆款，销量No.1')).toEqual(['ＮＯ．１:absolute:block', 'No.1:absolute:block']);
  });
});

describe('medical claims (广告法第十七条; policy §4 MED, DRUG)', () => {
  test('a disease named alone, or in a caution, is no claim', () => {
    expect(marks('jd', '孕妇、高血压患者慎用。不适宜人群：糖尿病患者')).toEqual([]);
    expect(marks('amazon', 'Diabetic socks, Zodiac Cancer necklace, for acne-prone skin')).toEqual([]);
  });

  test('a treatment or an outcome with a condition is one claim each, even listed with 、', () => {
    expect(marks('jd', '降血脂、降血压')).toEqual(['降血脂:medical:block', '降血压:medical:block']);
    expect(marks('jd', '治疗肩周炎、缓解关节炎疼痛')).toEqual(['治疗肩周炎:medical:block', '缓解关节炎:medical:block']);
    expect(marks('taobao', '用了以后皮炎不再复发')).toEqual(['皮炎不再复发:medical:block']);
  });

  test('a product said to suit people with a disease implies it helps', () => {
    expect(marks('douyin', '关节炎的老人也能穿')).toEqual(['关节炎的老人也能穿:medical:block']);
  });

  test('replacing medicine is a drug comparison; the required disclaimer is not', () => {
    expect(marks('jd', '本品可替代药物')).toEqual(['替代药物:medical:block']);
    expect(marks('jd', '本品不能代替药物')).toEqual([]);
  });

  test('US disease claims spelled with digit-for-letter swaps', () => {
    expect(marks('shopify', 'Tr3ats anxiety and Pr3vents Alzheimer\'s')).toEqual(['Tr3ats anxiety:medical:block', "Pr3vents Alzheimer's:medical:block"]);
  });
});

describe('number-shaped promises (广告法第二十八条; policy §4 FP)', () => {
  test('an improvement by a figure within a period of use; a spec against the last model is none', () => {
    expect(marks('tmall', '坚持三个月骨密度提高30%')).toEqual(['三个月骨密度提高30%:false-promise:block']);
    expect(marks('tmall', '新款续航提升30%')).toEqual([]);
  });
});

describe('contact and diversion (policy §4 DIV, AZCONTACT)', () => {
  test('QQ with a space before the number, and 加我 / 私聊', () => {
    expect(marks('taobao', '联系QQ 123456789')).toEqual(['QQ 123456789:contact:block']);
    expect(marks('taobao', '有问题加我，私聊发图')).toEqual(['加我:contact:block', '私聊:contact:block']);
    expect(marks('taobao', '有问题请私聊客服')).toEqual([]);
  });

  test('a Chinese account anchor after a Latin word', () => {
    expect(marks('jd', 'abc 抠抠：12345678')).toEqual(['抠抠：12345678:contact:block']);
  });

  test('a phone number spelled out in words on Amazon, and nothing in counting words', () => {
    expect(marks('amazon', 'Call eight eight eight, five five five, zero one nine nine today')).toEqual([
      'eight eight eight, five five five, zero one nine nine:contact:block',
    ]);
    expect(marks('amazon', 'One size fits all, two pockets, three colors')).toEqual([]);
  });

  test('a price that happens to be 1688 names no marketplace', () => {
    expect(marks('jd', '礼盒装售价1688元')).toEqual([]);
    expect(marks('jd', '1688同款货源')).toEqual(['1688:platform:warn']);
  });
});

describe('US claims (policy §4 USPROOF, MUSAF, AZHYPE)', () => {
  test('"#1 doctor recommended" is one endorsement claim', () => {
    expect(marks('amazon', '#1 doctor recommended brand')).toEqual(['#1 doctor recommended:proof-needed:warn']);
  });

  test('"Made in USA" contradicted in its sentence blocks; qualified stays clear', () => {
    expect(marks('amazon', 'Made in USA — imported from China')).toEqual(['Made in USA — imported from:false-promise:block']);
    expect(marks('amazon', 'Made in USA of US and imported parts')).toEqual([]);
  });

  test('condition and availability are not Amazon hype words', () => {
    expect(marks('amazon', 'Brand new in box, in stock now, hottest setting 140°F')).toEqual([]);
  });
});

describe('product types are no findings (policy §6), claims about them are', () => {
  test('a disinfectant named as its type; a germ claim on laundry liquid', () => {
    expect(marks('jd', '除菌液 杀菌喷雾 消毒湿巾 84消毒液，婴儿奶瓶可高温煮沸消毒')).toEqual([]);
    expect(marks('jd', '除菌洗衣液')).toEqual(['除菌:medical:warn']);
  });

  test('healing crystals, a net that keeps bugs out; a spray that keeps ticks away', () => {
    expect(marks('amazon', 'Healing crystals set. Mosquito net, fine mesh keeps bugs out.')).toEqual([]);
    expect(marks('shopify', 'Natural spray keeps ticks away and deters fleas')).toEqual(['keeps ticks away:pesticide:warn', 'deters fleas:pesticide:warn']);
  });

  test('whitening on an ordinary cosmetic warns (registration needed), sunscreen as the type is clear', () => {
    expect(marks('douyin', '美白精华 防晒霜 SPF50+ PA++++')).toEqual(['美白:cosmetic-efficacy:warn']);
  });
});

