import { z } from 'zod';
import type { ImportOutcome } from '../workflows/word-lists';
import type { StoreCompliance } from '../compliance/shop-choices';
import type { MatcherWire } from '../compliance/wire';
import type { Lang } from '../i18n/lang';
import type { LocalizedText } from '../sites/types';
import { defineMessage } from './define';
import { platformIdSchema } from './core';

const storeId = z.string().min(1).max(300);
const listText = z.string().min(1).max(50);

export interface PackChoice {
  id: string;
  name: LocalizedText;
  description: LocalizedText;
  lang: 'zh' | 'en';
  terms: number;
  enabled: boolean;
  /** On by itself on this platform. */
  byDefault: boolean;
}

export interface StoreComplianceView extends StoreCompliance {
  packList: PackChoice[];
}

export interface MatcherAnswer {
  matcher: MatcherWire;
  /** The UI language the marks' popovers speak. */
  lang: Lang;
  /** Changes whenever the enabled packs, custom terms or allow-list change. */
  signature: string;
}

/** Messages of the compliance feature (request schemas and result types). */
export const complianceMessages = {
  /** The compiled automaton for a store's enabled packs, custom terms and allow-list (compiled in the background). */
  'compliance/matcher': defineMessage<MatcherAnswer>()(
    z.object({ platform: platformIdSchema, storeId, browserLang: z.enum(['zh-CN', 'en']) }),
  ),
  'compliance/store': defineMessage<StoreComplianceView>()(z.object({ platform: platformIdSchema, storeId })),
  /** `enabled: null` returns the pack to its platform default. */
  'compliance/pack/set': defineMessage<StoreCompliance>()(
    z.object({ storeId, packId: z.string().min(1).max(100), enabled: z.boolean().nullable() }),
  ),
  'compliance/allow/add': defineMessage<StoreCompliance>()(z.object({ storeId, text: listText })),
  'compliance/allow/remove': defineMessage<StoreCompliance>()(z.object({ storeId, text: listText })),
  'compliance/custom/remove': defineMessage<StoreCompliance>()(z.object({ storeId, term: listText })),
  /** A CSV/TXT word list or allow-list; all or nothing, the bad line named. */
  'compliance/import': defineMessage<ImportOutcome>()(
    z.object({ storeId, kind: z.enum(['custom', 'allow']), text: z.string().max(2_000_000), format: z.enum(['csv', 'txt', 'auto']) }),
  ),
};
