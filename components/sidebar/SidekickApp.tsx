import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { Lang } from '../../lib/i18n';
import type { PageSettings } from '../../lib/page-settings';
import type { SidebarState } from '../../lib/page-settings';
import { AlertsTab } from '../alerts/AlertsTab';
import { LangProvider, useT } from '../common/i18n';
import { BridgeProvider, type Bridge } from '../common/live';
import { ComplianceTab } from '../compliance/ComplianceTab';
import { PlaybooksTab } from '../playbooks/PlaybooksTab';
import type { PageNotice, PageNotices } from './page-notices';
import type { PageStore } from './page-store';
import { Sidebar } from './Sidebar';
import type { SidebarTab } from './types';

export interface SidekickAppProps {
  bridge: Bridge;
  pageStore: PageStore;
  /** Told by the in-page features (capture); shown here until dismissed. */
  notices?: PageNotices;
  initialSettings: PageSettings;
  browserLang: Lang;
  /** Called once the sidebar (or its collapsed tab) has been painted. */
  onVisible?: () => void;
  /** Tells the page features the UI language whenever it is (re)decided, so they need not ask for it. */
  onLangChange?: (lang: Lang) => void;
  /** Lets the content script toggle the sidebar (keyboard shortcut, popup button). */
  registerToggle?: (toggle: () => void) => void;
  /** Lets the content script apply the background's answer once it arrives. */
  registerApplySettings?: (apply: (next: PageSettings) => void) => void;
  /** The tab selected in the content-script shell before the app took over. */
  initialTab?: SidebarTab;
  /** Sidebar changes made in the shell (already in `initialSettings`), saved on mount. */
  pendingSidebar?: Partial<SidebarState> | null;
  /** Hydrating over the shell's frame: the first render must match it (see Sidebar's deferPanels). */
  hydrating?: boolean;
}

export function SidekickApp({ bridge, pageStore, notices, initialSettings, browserLang, onVisible, onLangChange, registerToggle, registerApplySettings, initialTab, pendingSidebar, hydrating }: SidekickAppProps) {
  // The third argument serves hydration over the content-script shell's frame.
  const page = useSyncExternalStore(pageStore.subscribe, pageStore.get, pageStore.get);
  const [settings, setSettings] = useState(initialSettings);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    registerApplySettings?.(setSettings);
  }, [registerApplySettings]);

  useEffect(() => {
    const frame = requestAnimationFrame(() => onVisible?.());
    return () => cancelAnimationFrame(frame);
  }, [onVisible]);

  useEffect(
    () =>
      bridge.subscribe((tables) => {
        if (!tables.includes('settings')) return;
        bridge.send('page/settings', { host: page.host, platform: page.platform }).then(setSettings, () => undefined);
      }),
    [bridge, page.host, page.platform],
  );

  const changeSidebar = useCallback(
    (next: Partial<SidebarState>) => {
      setSettings((s) => ({ ...s, sidebar: { ...s.sidebar, ...next } }));
      bridge.send('sidebar/set', { host: page.host, ...next }).then(
        (sidebar) => {
          setError(null);
          setSettings((s) => ({ ...s, sidebar }));
        },
        (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
      );
    },
    [bridge, page.host],
  );

  // Whatever the user changed in the shell is saved once, as if done here.
  const pendingRef = useRef(pendingSidebar);
  useEffect(() => {
    const pending = pendingRef.current;
    pendingRef.current = null;
    if (pending) changeSidebar(pending);
  }, [changeSidebar]);

  // Braces matter: whatever an effect returns is called as its cleanup.
  useEffect(() => {
    registerToggle?.(() => changeSidebar({ open: !settings.sidebar.open }));
  }, [registerToggle, changeSidebar, settings.sidebar.open]);

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
          {notices ? <Notices notices={notices} /> : null}
        </div>
      </BridgeProvider>
    </LangProvider>
  );
}

const NOTICE_TEXT = { 'capture-storage-full': 'storage.full.capture' } as const satisfies Record<PageNotice, string>;
const NO_NOTICES: readonly PageNotice[] = [];

function Notices({ notices }: { notices: PageNotices }) {
  const t = useT();
  const shown = useSyncExternalStore(notices.subscribe, notices.get, () => NO_NOTICES);
  return shown.map((notice) => (
    <div key={notice} className="ss-error ss-notice" role="alert">
      <p>{t(NOTICE_TEXT[notice])}</p>
      <button type="button" className="ss-notice-dismiss" onClick={() => notices.dismiss(notice)}>
        {t('notice.dismiss')}
      </button>
    </div>
  ));
}
