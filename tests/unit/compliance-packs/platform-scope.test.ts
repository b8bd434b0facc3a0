import { BUILT_IN_PACKS } from '../../../lib/compliance/packs/index';
import { packOnByDefault } from '../../../lib/compliance/shop-choices';
import type { PlatformId } from '../../../lib/sites/types';
import { findingsOn } from './default-packs';

// Policy §3 (tests/fixtures/compliance-eval/POLICY.md): PRC law on the Chinese marketplaces, US law on Amazon and
// Shopify alike, a marketplace's own rules on that marketplace only. Expected values written from the policy.

const categoriesOn = (platform: PlatformId, text: string) => findingsOn(platform, text).map((f) => `${f.covered}:${f.category}`);

const onByDefault = (platform: PlatformId) =>
  BUILT_IN_PACKS.filter((p) => packOnByDefault(p, platform))
    .map((p) => p.id)
    .sort();

describe('rule families apply where their law or marketplace does', () => {
  test('each platform gets exactly its law and its own marketplace rules', () => {
    expect(onByDefault('amazon')).toEqual(['amazon-listing-en', 'en-general']);
    expect(onByDefault('shopify')).toEqual(['en-general']);
    expect(onByDefault('douyin')).toEqual([
      'douyin', 'prc-ad-law-absolute', 'prc-authority', 'prc-false-promise', 'prc-food-health', 'prc-marketplace-common', 'prc-medical-efficacy', 'prc-proof-needed',
    ]);
    // A site the seller added: both countries' law, no marketplace's own rules.
    expect(onByDefault('custom:https://shop.example')).toEqual([
      'en-general', 'prc-ad-law-absolute', 'prc-authority', 'prc-false-promise', 'prc-food-health', 'prc-medical-efficacy', 'prc-proof-needed',
    ]);
  });

  test('PRC advertising law does not mark Amazon or Shopify copy', () => {
    // TOP1 / NO1 are terms of the PRC absolute-terms pack; on Amazon rank commentary is Amazon's own (warn) rule.
    expect(categoriesOn('shopify', 'TOP1 tote bag, NO1 choice')).toEqual([]);
    expect(categoriesOn('amazon', 'NO.1 Best Seller tote')).toEqual(['NO.1 Best Seller:promotional']);
  });

  test('US health claims apply on Shopify too, Amazon-only rules do not', () => {
    expect(categoriesOn('shopify', 'Cures arthritis overnight. Free Shipping on orders over $50, call 1-888-555-0199.')).toEqual(['Cures arthritis:medical']);
    expect(categoriesOn('amazon', 'Free Shipping on orders over $50')).toEqual(['Free Shipping on orders over $50:promotional']);
  });

  test('US law does not mark Chinese marketplace copy; the marketplace rules do', () => {
    // The finding may or may not take 加 with it (policy §1: scoring accepts any overlap).
    expect(categoriesOn('taobao', '进口原料 cures arthritis 加微信 abc123').map((f) => f.replace(/^加/, ''))).toEqual(['微信 abc123:contact']);
  });
});
