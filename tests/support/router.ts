import type { SidekickDb } from '../../lib/db/schema';
import { readSiteList } from '../../lib/db/settings-repo';
import type { RouterOptions } from '../../lib/messaging/router';

/** Router options as the background builds them, over a test database. */
export function routerOptions(extensionId: string, db: SidekickDb): RouterOptions {
  return { extensionId, extensionOrigin: `chrome-extension://${extensionId}/`, siteList: () => readSiteList(db) };
}
