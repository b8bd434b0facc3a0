import type { PageSettings, SidebarState } from '../../lib/page-settings';

export interface SettingsSnapshot {
  settings: PageSettings;
  /** Why the last sidebar change could not be saved, until one is. */
  saveError: string | null;
}

/**
 * The page's settings as one external store (like the page store): the content script sets the
 * background's answer and toggles the sidebar from the toolbar; React reads it with
 * useSyncExternalStore. Sidebar changes show at once and are saved through `save`, whose answer
 * (the stored, clamped state) wins.
 */
export function createSettingsStore(initial: PageSettings, save: (change: Partial<SidebarState>) => Promise<SidebarState>) {
  let snapshot: SettingsSnapshot = { settings: initial, saveError: null };
  const listeners = new Set<() => void>();
  const publish = (next: SettingsSnapshot) => {
    snapshot = next;
    for (const listener of listeners) listener();
  };
  const withSidebar = (change: Partial<SidebarState>): PageSettings => ({
    ...snapshot.settings,
    sidebar: { ...snapshot.settings.sidebar, ...change },
  });
  const store = {
    get: (): SettingsSnapshot => snapshot,
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** The background's answer (or a later re-read after the settings table changed). */
    set(settings: PageSettings): void {
      publish({ ...snapshot, settings });
    },
    changeSidebar(change: Partial<SidebarState>): void {
      publish({ ...snapshot, settings: withSidebar(change) });
      save(change).then(
        (sidebar) => publish({ settings: withSidebar(sidebar), saveError: null }),
        (e: unknown) => publish({ ...snapshot, saveError: e instanceof Error ? e.message : String(e) }),
      );
    },
    toggleSidebar(): void {
      store.changeSidebar({ open: !snapshot.settings.sidebar.open });
    },
  };
  return store;
}
export type SettingsStore = ReturnType<typeof createSettingsStore>;
