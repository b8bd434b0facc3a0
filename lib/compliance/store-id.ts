import { pageStoreId, storeKey } from '../sites/store-id';
import type { PlatformId } from '../sites/types';

/**
 * The store a page belongs to, as the playbooks name it (`<platform>:<shop name>`); a page that does not
 * show its shop shares one setting with every such page of the platform. Kept apart from the zod
 * schemas of shop-choices.ts so the content script never pulls classic zod in.
 */
export function complianceStoreId(page: { platform: PlatformId; storeId?: string; storeName?: string }): string {
  return pageStoreId(page) ?? storeKey(page.platform, '*');
}
