import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { countOpenAlerts } from '../../lib/workflows/alert-views';
import { extensionDb } from '../../lib/db/instance';
import type { PageDescription } from '../../lib/messaging/live';
import { ADAPTERS } from '../../lib/sites';
import { useLang, useT } from '../common/i18n';
import { PanelBoundary } from '../common/PanelBoundary';
import { PlaybookRuns } from './PlaybookRuns';

type TabState = { status: 'loading' } | { status: 'seller'; tabId: number; page: PageDescription } | { status: 'other' };

export function Popup() {
  const t = useT();
  const lang = useLang();
  const [tab, setTab] = useState<TabState>({ status: 'loading' });
  // The same count as the toolbar badge (open, plus snoozes that have run out).
  const openAlerts = useLiveQuery(() => countOpenAlerts(extensionDb(), Date.now()), [], 0);

  useEffect(() => {
    (async () => {
      // `?tab=<id>` lets the popup describe a given tab when opened as a page (keyboard users, tests).
      const asked = Number(new URLSearchParams(location.search).get('tab'));
      const [active] = asked ? [await browser.tabs.get(asked)] : await browser.tabs.query({ active: true, currentWindow: true });
      if (active?.id === undefined) return setTab({ status: 'other' });
      try {
        // Only our content script answers, and only on pages it runs on.
        const page = (await browser.tabs.sendMessage(active.id, { type: 'page/describe' })) as PageDescription | undefined;
        setTab(page ? { status: 'seller', tabId: active.id, page } : { status: 'other' });
      } catch {
        setTab({ status: 'other' });
      }
    })();
  }, []);

  const siteName = (platform: string) => ADAPTERS.find((a) => a.platform === platform)?.name[lang] ?? platform.replace(/^custom:/, '');

  return (
    <main className="popup">
      <h1>{t('app.name')}</h1>
      {tab.status === 'seller' ? (
        <>
          <dl>
            <dt>{t('popup.site')}</dt>
            <dd data-testid="popup-site">{siteName(tab.page.platform)}</dd>
            <dt>{t('popup.pageType')}</dt>
            <dd data-testid="popup-page-type">{tab.page.pageType ? t(`pageType.${tab.page.pageType}` as 'pageType.dashboard') : t('pageType.unknown')}</dd>
          </dl>
          <button type="button" onClick={() => browser.tabs.sendMessage(tab.tabId, { type: 'sidebar/toggle' }).then(() => window.close())}>
            {t('popup.toggleSidebar')}
          </button>
        </>
      ) : tab.status === 'other' ? (
        <div>
          <p className="popup-strong" data-testid="popup-site">
            {t('popup.notSeller')}
          </p>
          <p className="popup-muted">{t('popup.notSellerBody')}</p>
        </div>
      ) : null}
      <PanelBoundary>
        <PlaybookRuns />
      </PanelBoundary>
      <p className="popup-muted" data-testid="popup-alerts">
        {openAlerts} {t('popup.openAlerts')}
      </p>
      <button type="button" className="link" onClick={() => browser.runtime.openOptionsPage()}>
        {t('popup.openOptions')}
      </button>
    </main>
  );
}
