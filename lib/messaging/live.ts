// zod/mini: this module runs in the content script (see lib/settings-schemas.ts).
import * as z from 'zod/mini';
import { TABLE_NAMES, type TableName } from '../db/tables';

/** The long-lived port the background pushes database changes into, so every open tab follows along. */
export const LIVE_PORT_NAME = 'seller-sidekick-live';

export const liveEventSchema = z.object({ type: z.literal('changed'), tables: z.array(z.enum(TABLE_NAMES)) });
export type LiveEvent = z.infer<typeof liveEventSchema>;

/** Dexie's storagemutated parts are keyed `idb://<db>/<table>/...`; this picks out our tables. */
export function tablesFromMutatedParts(parts: Record<string, unknown>, dbName: string): TableName[] {
  const prefix = `idb://${dbName}/`;
  const found = new Set<TableName>();
  for (const key of Object.keys(parts)) {
    if (!key.startsWith(prefix)) continue;
    const table = key.slice(prefix.length).split('/')[0];
    if ((TABLE_NAMES as readonly string[]).includes(table ?? '')) found.add(table as TableName);
  }
  return [...found];
}

/** Messages the background or popup sends to a content script in a tab. */
export const toContentSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('page/describe') }),
  z.object({ type: z.literal('sidebar/toggle') }),
]);
export type ToContentMessage = z.infer<typeof toContentSchema>;

export interface PageDescription {
  platform: string;
  pageType: string | null;
  storeName?: string;
  url: string;
}
