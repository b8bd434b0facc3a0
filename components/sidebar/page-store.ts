import type { PageContext } from './types';

/** A tiny external store for the page context, which the content script updates on SPA navigation. */
export function createPageStore(initial: PageContext) {
  let current = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set(next: PageContext) {
      if (
        next.url === current.url &&
        next.pageType === current.pageType &&
        next.storeName === current.storeName &&
        next.storeId === current.storeId &&
        next.platformName === current.platformName
      )
        return;
      current = next;
      for (const listener of listeners) listener();
    },
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
export type PageStore = ReturnType<typeof createPageStore>;
