import type { SidekickDb } from '../../db/schema';
import { getSetting } from '../../db/settings-repo';
import { readFirstPaint } from '../../first-paint';
import { DEFAULT_SIDEBAR, sidebarKey, sidebarStateSchema, type SidebarState } from '../../settings-schemas';
import { storeKey } from '../../sites/store-id';
import type { Handlers } from '../router';

type CoreHandlers = Pick<Handlers, 'page/settings' | 'sidebar/set' | 'store/seen'>;

async function readSidebar(db: SidekickDb, host: string): Promise<SidebarState> {
  const row = await db.settings.get(sidebarKey(host));
  const parsed = sidebarStateSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : { ...DEFAULT_SIDEBAR };
}

export function coreHandlers(db: SidekickDb, now: () => number = Date.now): CoreHandlers {
  return {
    'page/settings': async ({ host, platform }) => {
      const [uiLanguage, sitesEnabled, sidebar] = await Promise.all([
        getSetting(db, 'uiLanguage'),
        getSetting(db, 'sitesEnabled'),
        readSidebar(db, host),
      ]);
      return readFirstPaint({ uiLanguage, sitesEnabled, sidebars: { [host]: sidebar } }, host, platform);
    },
    'sidebar/set': async ({ host, open, width, mode }) =>
      db.transaction('rw', db.settings, async () => {
        const next = { ...(await readSidebar(db, host)) };
        if (open !== undefined) next.open = open;
        if (width !== undefined) next.width = width;
        if (mode !== undefined) next.mode = mode;
        await db.settings.put({ key: sidebarKey(host), value: next });
        return next;
      }),
    'store/seen': async ({ platform, shopId, name }) => {
      const id = storeKey(platform, shopId);
      const at = now();
      await db.transaction('rw', db.stores, async () => {
        const existing = await db.stores.get(id);
        await db.stores.put({ id, platform, shopId, name, firstSeen: existing?.firstSeen ?? at, lastSeen: at });
      });
      return { storeId: id };
    },
  };
}
