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
 * Saves go one after another: the background may start two messages' handlers out of order, and a
 * change saved before the one made just ahead of it would leave the older state stored (a dock
 * toggled off and on again would end off). Until the last save answers, what the seller did stands:
 * an earlier save's answer or a re-read of the settings may predate a later change, so neither
 * replaces the sidebar state shown.
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
  /** The saves not answered yet, and the last one queued (each waits for the one before). */
  let unsaved = 0;
  let saving: Promise<void> = Promise.resolve();
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
      // With nothing unsaved the save goes at once; otherwise after the one before it has answered.
      const saved = unsaved === 0 ? save(change) : saving.then(() => save(change));
      unsaved++;
      saving = saved.then(
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
