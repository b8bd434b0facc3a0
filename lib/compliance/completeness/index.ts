import type { PlatformId } from '../../sites/types';
import type { Severity } from '../types';
import { amazon } from './amazon';
import { douyin } from './douyin';
import { generic } from './generic';
import { jd } from './jd';
import { pinduoduo } from './pinduoduo';
import { shopify } from './shopify';
import { taobao } from './taobao';
import { tmall } from './tmall';
import type { CompletenessResult, ListingDraft, PlatformRules } from './types';

export type { CompletenessCheck, CompletenessResult, ListingDraft } from './types';
export { charLength, weightedLength } from './shared';

const RULES: Record<string, PlatformRules> = { taobao, tmall, jd, pinduoduo, douyin, amazon, shopify };

/** How much a failed check costs: a block failure weighs three times an info one. */
const WEIGHT: Record<Severity, number> = { block: 3, warn: 2, info: 1 };

/**
 * Score a listing draft against its platform's rules: 0..100, with every check and, for each failure,
 * what to do (zh-CN and en). Fields the page does not show are left out, not failed. A user-added
 * site (`custom:<origin>`) gets the generic rules.
 */
export function scoreListing(platform: PlatformId, listing: ListingDraft): CompletenessResult {
  const rules = RULES[platform] ?? generic;
  const checks = rules(listing);
  const total = checks.reduce((sum, c) => sum + WEIGHT[c.severity], 0);
  const passed = checks.reduce((sum, c) => sum + (c.pass ? WEIGHT[c.severity] : 0), 0);
  return { score: total === 0 ? 100 : Math.round((100 * passed) / total), checks };
}
