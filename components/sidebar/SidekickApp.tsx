import { useCallback, useEffect, useRef, useSyncExternalStore } from 'react';
import type { Lang } from '../../lib/i18n';
import { dockedWidth, type SidebarState } from '../../lib/page-settings';
import { AlertsTab } from '../alerts/AlertsTab';
import { LangProvider } from '../common/i18n';
import { BridgeProvider, type Bridge } from '../common/live';
import { ComplianceTab } from '../compliance/ComplianceTab';
import { PlaybooksTab } from '../playbooks/PlaybooksTab';
import type { PageDock } from './page-dock';
import type { PageStore } from './page-store';
import type { SettingsStore } from './settings-store';
import { Sidebar } from './Sidebar';
import type { SidebarTab } from './types';

export interface SidekickAppProps {
  bridge: Bridge;
  pageStore: PageStore;
  /** The page's settings; the content script also writes them (the background's answer, the toolbar's toggle). */
  settingsStore: SettingsStore;
  browserLang: Lang;
  /** Called once the sidebar (or its collapsed tab) has been painted. */
  onVisible?: () => void;
  /** Tells the page features the UI language whenever it is (re)decided, so they need not ask for it. */
  onLangChange?: (lang: Lang) => void;
  /** The tab selected in the content-script shell before the app took over. */
  initialTab?: SidebarTab;
  /** Sidebar changes made in the shell (already in `initialSettings`), saved on mount. */
  pendingSidebar?: Partial<SidebarState> | null;
  /** Hydrating over the shell's frame: the first render must match it (see Sidebar's deferPanels). */
  hydrating?: boolean;
  /** Makes room for the sidebar in the page when it is docked (absent outside a seller page). */
  pageDock?: PageDock;
}

export function SidekickApp({ bridge, pageStore, settingsStore, browserLang, onVisible, onLangChange, initialTab, pendingSidebar, hydrating, pageDock }: SidekickAppProps) {
  // The third arguments serve hydration over the content-script shell's frame.
  const page = useSyncExternalStore(pageStore.subscribe, pageStore.get, pageStore.get);
  const { settings, saveError: error } = useSyncExternalStore(settingsStore.subscribe, settingsStore.get, settingsStore.get);

  useEffect(() => {
    const frame = requestAnimationFrame(() => onVisible?.());
    return () => cancelAnimationFrame(frame);
  }, [onVisible]);

  useEffect(
    () =>
      bridge.subscribe((tables) => {
        if (!tables.includes('settings')) return;
        bridge.send('page/settings', { host: page.host, platform: page.platform }).then((next) => settingsStore.set(next), () => undefined);
      }),
    [bridge, settingsStore, page.host, page.platform],
  );

  const changeSidebar = useCallback((next: Partial<SidebarState>) => settingsStore.changeSidebar(next), [settingsStore]);

  // Whatever the user changed in the shell is saved once, as if done here.
  const pendingRef = useRef(pendingSidebar);
  useEffect(() => {
    const pending = pendingRef.current;
    pendingRef.current = null;
    if (pending) changeSidebar(pending);
  }, [changeSidebar]);

  // Re-fitted on a single-page navigation too: the new page's fixed header and width are its own.
  const docked = dockedWidth(settings.sidebar, page.pageType);
  useEffect(() => {
    pageDock?.set(docked);
  }, [pageDock, docked, page.url]);

  const lang: Lang = settings.uiLanguage === 'auto' ? browserLang : settings.uiLanguage;
  useEffect(() => {
    onLangChange?.(lang);
  }, [lang, onLangChange]);

  return (
    <LangProvider lang={lang}>
      <BridgeProvider bridge={bridge}>
        <div className="ss-root" lang={lang}>
          <Sidebar
            page={page}
            state={settings.sidebar}
            onStateChange={changeSidebar}
            initialTab={initialTab}
            deferPanels={hydrating}
            panels={{
              playbooks: <PlaybooksTab page={page} />,
              compliance: <ComplianceTab page={page} />,
              alerts: <AlertsTab page={page} />,
            }}
          />
          {error ? (
            <p className="ss-error" role="alert">
              {error}
            </p>
          ) : null}
        </div>
      </BridgeProvider>
    </LangProvider>
  );
}
