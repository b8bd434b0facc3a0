import { hydrateRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import type { ShellHandoff } from '../../components/sidebar/handoff';
import { installTypingForwarder } from '../../components/common/private-typing';
import { createPageDock } from '../../components/sidebar/page-dock';
import { SidekickApp } from '../../components/sidebar/SidekickApp';
import { createPageNotices } from '../../components/sidebar/page-notices';
import { createPageStore } from '../../components/sidebar/page-store';
import { createSettingsStore } from '../../components/sidebar/settings-store';
import { figures } from '../../lib/figures';
import { quietSubtrees } from '../../lib/metrics/quiet-subtrees-browser';
import type { Lang } from '../../lib/i18n/lang';
import { toContentSchema, type PageDescription } from '../../lib/messaging/live';
import { createBridge } from './bridge';
import { PAGE_FEATURES } from './features';
import { readPageContext } from './page-context';

/**
 * The full in-page app (React sidebar, field marks, alert badges and capture, playbook checks),
 * loaded by the content-script shell once its sidebar frame is on screen. React hydrates the
 * frame (same markup), so nothing flickers and focus stays where it was.
 */
export function startApp(handoff: ShellHandoff): void {
  const { ctx, container, page, browserLang, pendingSidebar } = handoff;
  // Already there when typing-guard.js ran at document_start; a script injected into an open tab or
  // registered for a site the seller added starts it here, before any text field of ours exists.
  installTypingForwarder();
  const bridge = createBridge(ctx);
  const pageStore = createPageStore(page);
  const notices = createPageNotices();
  const settingsStore = createSettingsStore(handoff.settings, (change) => bridge.send('sidebar/set', { host: page.host, ...change }));
  const first = handoff.settings.uiLanguage;
  let uiLang: Lang = first === 'auto' ? browserLang : first;

  // The page makes room for a docked sidebar once the app is here, a moment after the frame's first
  // paint: docking code in the shell would cost every seller page its parse before that paint.
  const pageDock = createPageDock();
  // Hydrate the shell's frame rather than replace it: same markup, so React adopts its nodes. Nothing
  // on screen changes, and focus, and anything holding a sidebar element, stay valid. Should the
  // markup ever differ, React renders afresh (same look) and says so in the console.
  const root = hydrateRoot(
    container,
    <SidekickApp
      bridge={bridge}
      pageStore={pageStore}
      notices={notices}
      settingsStore={settingsStore}
      browserLang={browserLang}
      initialTab={handoff.tab}
      pageDock={pageDock}
      pendingSidebar={pendingSidebar}
      hydrating
      onLangChange={(lang) => (uiLang = lang)}
      onVisible={() => {
        // The shell set this at its first paint; only a shell that could not would leave it.
        figures().visibleAt ??= performance.now();
      }}
    />,
    { onRecoverableError: (error) => console.warn('[Seller Sidekick] sidebar re-rendered instead of hydrated', error) },
  );
  handoff.onRemove(() => {
    root.unmount();
    pageDock.release();
  });

  bridge.send('page/settings', { host: page.host, platform: page.platform }).then(
    (answer) => {
      if (!answer.siteEnabled) return handoff.remove();
      // A change made in the shell may not be saved yet when this answer is read: it stays.
      settingsStore.set(pendingSidebar ? { ...answer, sidebar: { ...answer.sidebar, ...pendingSidebar } } : answer);
    },
    () => undefined,
  );

  // Single-page apps: follow history changes without a reload, through the Navigation API's own event
  // (rather than WXT's 'wxt:locationchange', which WXT dispatches on the page's window under a name
  // carrying our id), popstate and hashchange. No polling: a page that swaps history.pushState for its
  // own, or a browser without the Navigation API, still re-renders, and the DOM watch below sees that.
  const refreshPage = () => {
    const next = readPageContext(browserLang);
    if (!next) return;
    const current = pageStore.get();
    // A store switched in the same tab (生意参谋's shop switcher, Taobao ↔ Tmall): the store id resolved
    // for the old one must go, so captures, allow-lists and runs follow the new store at once.
    const sameStore = next.platform === current.platform && next.storeName === current.storeName;
    pageStore.set({ ...next, storeId: sameStore ? current.storeId : undefined });
  };
  if (typeof navigation !== 'undefined') ctx.addEventListener(navigation, 'currententrychange', refreshPage);
  ctx.addEventListener(window, 'popstate', refreshPage);
  ctx.addEventListener(window, 'hashchange', refreshPage);
  // A shop switcher may change only the DOM. Re-read after each change, in a task queued before the
  // features' own (this observer is created first, so it is called first): a capture that the same
  // change sets off already files its rows under the new store.
  // The quiet subtrees (a virtualized grid's rows, lib/metrics/quiet-subtrees-browser.ts) hold no shop switcher.
  let refreshQueued = false;
  const onStoreRecords = (records: MutationRecord[]) => {
    storeWatch.follow(records);
    if (refreshQueued) return;
    refreshQueued = true;
    ctx.setTimeout(() => {
      refreshQueued = false;
      refreshPage();
    }, 0);
  };
  const storeWatch = quietSubtrees.watch(new MutationObserver(onStoreRecords), document.documentElement, { childList: true, subtree: true, characterData: true }, onStoreRecords);
  ctx.onInvalidated(() => storeWatch.disconnect());

  for (const feature of PAGE_FEATURES) {
    try {
      feature.start({ ctx, bridge, pageStore, notices, lang: () => uiLang });
    } catch (error) {
      console.warn(`[Seller Sidekick] ${feature.id} did not start`, error);
    }
  }

  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const message = toContentSchema.safeParse(raw);
    if (!message.success) return undefined;
    if (message.data.type === 'sidebar/toggle') {
      settingsStore.toggleSidebar();
      return Promise.resolve(true);
    }
    const current = pageStore.get();
    const description: PageDescription = { platform: current.platform, pageType: current.pageType, storeName: current.storeName, url: current.url };
    return Promise.resolve(description);
  });
}
