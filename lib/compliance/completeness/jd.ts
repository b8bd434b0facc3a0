import { generic } from './generic';
import type { PlatformRules } from './types';

/** JD: the generic checks; no title-length limit (research/platforms.md §1 JD found no reliable source). */
export const jd: PlatformRules = generic;
