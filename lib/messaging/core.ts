import { z } from 'zod';
import { PLATFORM_IDS } from '../sites/types';
import type { UiLanguage, SidebarState } from '../settings';
import { defineMessage } from './define';

const host = z.string().min(1).max(253);
export const platformIdSchema = z.union([
  z.enum(PLATFORM_IDS),
  z.templateLiteral(['custom:', z.string().max(300)]).refine((id) => /^custom:https?:\/\/[^/]+$/.test(id), 'custom site id must be custom:<origin>'),
]);

export interface PageSettings {
  uiLanguage: UiLanguage;
  sidebar: SidebarState;
  siteEnabled: boolean;
}

/** Foundation messages: what a page needs to know to show the sidebar, and what it reports back. */
export const coreMessages = {
  'page/settings': defineMessage<PageSettings>()(z.object({ host, platform: platformIdSchema })),
  'sidebar/set': defineMessage<SidebarState>()(
    z.object({ host, open: z.boolean().optional(), width: z.number().int().min(280).max(720).optional() }),
  ),
  'store/seen': defineMessage<{ storeId: string }>()(
    z.object({ platform: platformIdSchema, shopId: z.string().min(1).max(200), name: z.string().min(1).max(200) }),
  ),
};
