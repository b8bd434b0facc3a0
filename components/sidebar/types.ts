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

/** The store the page shows (lib/sites/store-id), re-exported where the sidebar's components look for it. */
export { pageStoreId } from '../../lib/sites/store-id';

export type SidebarTab = 'playbooks' | 'compliance' | 'alerts';

export function defaultTabFor(pageType: PageType | null): SidebarTab {
  if (pageType === 'listingEditor') return 'compliance';
  if (pageType === 'analyticsTable' || pageType === 'productList') return 'alerts';
  return 'playbooks';
}
