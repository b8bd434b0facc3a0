/**
 * Store identity, worked out here only: the `stores` table, the playbooks, the alerts and the
 * compliance settings all key a store as `<platform>:<shop>`, where the shop is what the page
 * shows (its name, or Shopify's handle). Zod-free and DOM-free, so any context can import it.
 */
export function storeKey(platform: string, shop: string): string {
  return `${platform}:${shop}`;
}

/**
 * The store a page belongs to: the id the page already learnt (`store/seen`), else its platform
 * and the shop it shows; null when it shows none, so callers ask for store-less records only and
 * never for every store's.
 */
export function pageStoreId(page: { platform: string; storeId?: string; storeName?: string }): string | null {
  return page.storeId ?? (page.storeName ? storeKey(page.platform, page.storeName) : null);
}

/**
 * The store whose compliance choices (packs, own terms, allow-list) a page uses: its own, or, on a
 * page that does not show its shop, one setting shared by every such page of the platform
 * (`<platform>:*`), so a choice made there still holds on the next visit.
 */
export function complianceStoreId(page: { platform: string; storeId?: string; storeName?: string }): string {
  return pageStoreId(page) ?? storeKey(page.platform, '*');
}
