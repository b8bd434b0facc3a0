import type { PageType, PlatformId } from '../../lib/sites/types';

/** Where the sidebar is: marketplace, store (when the page shows it) and page type. */
export interface PageContext {
  host: string;
  url: string;
  platform: PlatformId;
  platformName: string;
  pageType: PageType | null;
  storeName?: string;
  storeId?: string;
  /** The store's time zone (periods are dates there) and the page's currency, when known. */
  timeZone?: string;
  currency?: string;
}

/**
 * The store the page shows, as the `stores` table keys it; null when the page shows none, so the
 * sidebar asks for store-less records only and never for every store's.
 */
export function pageStoreId(page: Pick<PageContext, 'platform' | 'storeId' | 'storeName'>): string | null {
  return page.storeId ?? (page.storeName ? `${page.platform}:${page.storeName}` : null);
}

export type SidebarTab = 'playbooks' | 'compliance' | 'alerts';

export function defaultTabFor(pageType: PageType | null): SidebarTab {
  if (pageType === 'listingEditor') return 'compliance';
  if (pageType === 'analyticsTable' || pageType === 'productList') return 'alerts';
  return 'playbooks';
}
