import type { RulePack } from '../types';
import { amazonListingEnPack } from './amazon-listing-en';
import { douyinPack } from './douyin';
import { enGeneralPack } from './en-general';
import { jdPack } from './jd';
import { kuaishouPack } from './kuaishou';
import { pinduoduoPack } from './pinduoduo';
import { prcAdLawAbsolutePack } from './prc-ad-law-absolute';
import { prcAuthorityPack } from './prc-authority';
import { prcFalsePromisePack } from './prc-false-promise';
import { prcFoodHealthPack } from './prc-food-health';
import { prcMarketplaceCommonPack } from './prc-marketplace-common';
import { prcMedicalEfficacyPack } from './prc-medical-efficacy';
import { prcProofNeededPack } from './prc-proof-needed';
import { taobaoTmallPack } from './taobao-tmall';

/** Every pack that ships with the extension; a platform's packs turn on by themselves on that platform. */
export const BUILT_IN_PACKS: RulePack[] = [
  prcAdLawAbsolutePack,
  prcAuthorityPack,
  prcMedicalEfficacyPack,
  prcFoodHealthPack,
  prcFalsePromisePack,
  prcProofNeededPack,
  prcMarketplaceCommonPack,
  taobaoTmallPack,
  jdPack,
  pinduoduoPack,
  douyinPack,
  kuaishouPack,
  amazonListingEnPack,
  enGeneralPack,
];
