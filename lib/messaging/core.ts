import { z } from 'zod';
import { PLATFORM_IDS } from '../sites/types';
import { SIDEBAR_MAX_WIDTH, SIDEBAR_MIN_WIDTH, SIDEBAR_MODES, type PageSettings, type SidebarMode, type SidebarState } from '../page-settings';
import { defineMessage } from './define';

const host = z.string().min(1).max(253);
export const platformIdSchema = z.union([
  z.enum(PLATFORM_IDS),
  z.templateLiteral(['custom:', z.string().max(300)]).refine((id) => /^custom:https?:\/\/[^/]+$/.test(id), 'custom site id must be custom:<origin>'),
]);

export type { PageSettings };

/** Foundation messages: what a page needs to know to show the sidebar, and what it reports back. */
export const coreMessages = {
  'page/settings': defineMessage<PageSettings>()(z.object({ host, platform: platformIdSchema })),
  'sidebar/set': defineMessage<SidebarState>()(
    z.object({
      host,
      open: z.boolean().optional(),
      width: z.number().int().min(SIDEBAR_MIN_WIDTH).max(SIDEBAR_MAX_WIDTH).optional(),
      mode: z.enum(SIDEBAR_MODES as [SidebarMode, ...SidebarMode[]]).optional(),
    }),
  ),
  'store/seen': defineMessage<{ storeId: string }>()(
    z.object({ platform: platformIdSchema, shopId: z.string().min(1).max(200), name: z.string().min(1).max(200) }),
  ),
};
