import { createSettingsStore } from '../../../components/sidebar/settings-store';
import type { PageSettings, SidebarState } from '../../../lib/page-settings';

const initial: PageSettings = { uiLanguage: 'auto', sidebar: { open: true, width: 360 }, siteEnabled: true };

function deferred() {
  let resolve!: (value: SidebarState) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<SidebarState>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('the page settings store', () => {
  test('a sidebar change shows at once, is saved, and the saved (clamped) state wins', async () => {
    const saving = deferred();
    const saved: Partial<SidebarState>[] = [];
    const store = createSettingsStore(initial, (change) => {
      saved.push(change);
      return saving.promise;
    });
    let calls = 0;
    store.subscribe(() => calls++);
    store.changeSidebar({ width: 9999 });
    expect(store.get().settings.sidebar).toEqual({ open: true, width: 9999 });
    expect(saved).toEqual([{ width: 9999 }]);
    saving.resolve({ open: true, width: 720 });
    await saving.promise;
    await Promise.resolve();
    expect(store.get().settings.sidebar).toEqual({ open: true, width: 720 });
    expect(calls).toBe(2);
  });

  test('toggling flips the open state each time and saves it', () => {
    const saved: Partial<SidebarState>[] = [];
    const store = createSettingsStore(initial, (change) => {
      saved.push(change);
      return new Promise(() => undefined);
    });
    store.toggleSidebar();
    store.toggleSidebar();
    expect(saved).toEqual([{ open: false }, { open: true }]);
    expect(store.get().settings.sidebar.open).toBe(true);
  });

  test('two quick changes are both sent at once, and neither the first answer nor a re-read in between undoes the second', async () => {
    const answers = [deferred(), deferred()];
    const saved: Partial<SidebarState>[] = [];
    const store = createSettingsStore(initial, (change) => {
      saved.push(change);
      return answers[saved.length - 1]!.promise;
    });
    store.changeSidebar({ mode: 'overlay' });
    store.changeSidebar({ mode: 'docked' });
    // Both go at once (a reload right after still has them saved); the background stores them in order (router.ts).
    expect(saved).toEqual([{ mode: 'overlay' }, { mode: 'docked' }]);
    // A re-read after the first write (it predates the second change) arrives: the seller's last change stands.
    store.set({ ...initial, uiLanguage: 'en', sidebar: { open: true, width: 360, mode: 'overlay' } });
    expect(store.get().settings.uiLanguage).toBe('en');
    expect(store.get().settings.sidebar.mode).toBe('docked');
    answers[0]!.resolve({ open: true, width: 360, mode: 'overlay' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(store.get().settings.sidebar.mode).toBe('docked');
    answers[1]!.resolve({ open: true, width: 360, mode: 'docked' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(store.get().settings.sidebar).toEqual({ open: true, width: 360, mode: 'docked' });
    // Once every change is saved, a re-read is taken whole again.
    store.set({ ...initial, sidebar: { open: false, width: 400 } });
    expect(store.get().settings.sidebar).toEqual({ open: false, width: 400 });
  });

  test('a failed save says why, keeps what the user did, and the next good save clears it', async () => {
    let fail = true;
    const store = createSettingsStore(initial, async (change) => {
      if (fail) throw new Error('storage full');
      return { ...initial.sidebar, ...change };
    });
    store.changeSidebar({ open: false });
    await vi.waitFor(() => expect(store.get().saveError).toBe('storage full'));
    expect(store.get().settings.sidebar.open).toBe(false);
    fail = false;
    store.changeSidebar({ width: 400 });
    await vi.waitFor(() => expect(store.get().saveError).toBeNull());
  });

  test('the background answer replaces the settings and tells subscribers; unsubscribed listeners hear nothing', () => {
    const store = createSettingsStore(initial, () => new Promise(() => undefined));
    const heard: string[] = [];
    const stop = store.subscribe(() => heard.push(store.get().settings.uiLanguage));
    store.set({ ...initial, uiLanguage: 'en' });
    stop();
    store.set({ ...initial, uiLanguage: 'zh-CN' });
    expect(heard).toEqual(['en']);
    expect(store.get().settings.uiLanguage).toBe('zh-CN');
  });
});
