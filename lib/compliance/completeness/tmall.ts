import type { PlatformRules } from './types';
import { taobaoRules } from './taobao';

/** Tmall publishes through the same item schema as Taobao (research/platforms.md §1 Taobao / Tmall). */
export const tmall: PlatformRules = taobaoRules({ 'zh-CN': '天猫', en: 'Tmall' });
