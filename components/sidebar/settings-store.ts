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
 *
 * Each change is sent at once (a page reloaded right after it still gets it saved), and the background
 * stores a page's messages in the order they came (router.ts). Until the last save answers, what the
 * seller did stands: an earlier save's answer or a re-read of the settings may predate a later change,
 * so neither replaces the sidebar state shown (a dock toggled off and on again would flicker or end off).
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
  /** The saves not answered yet. */
  let unsaved = 0;
  const store = {
    get: (): SettingsSnapshot => snapshot,
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** The background's answer (or a later re-read after the settings table changed). */
    set(settings: PageSettings): void {
      publish({ ...snapshot, settings: unsaved > 0 ? { ...settings, sidebar: snapshot.settings.sidebar } : settings });
    },
    changeSidebar(change: Partial<SidebarState>): void {
      publish({ ...snapshot, settings: withSidebar(change) });
      unsaved++;
      save(change).then(
        (sidebar) => {
          unsaved--;
          if (unsaved === 0) publish({ settings: withSidebar(sidebar), saveError: null });
        },
        (e: unknown) => {
          unsaved--;
          publish({ ...snapshot, saveError: e instanceof Error ? e.message : String(e) });
        },
      );
    },
    toggleSidebar(): void {
      store.changeSidebar({ open: !snapshot.settings.sidebar.open });
    },
  };
  return store;
}
export type SettingsStore = ReturnType<typeof createSettingsStore>;
