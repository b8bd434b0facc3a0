import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { SidekickApp } from '../../components/sidebar/SidekickApp';
import { createPageStore } from '../../components/sidebar/page-store';
import sidebarCss from '../../components/sidebar/sidebar.css?inline';
import playbooksCss from '../../components/playbooks/playbooks.css?inline';
import { langFromLocale } from '../../lib/i18n';
import type { PageSettings } from '../../lib/messaging/core';
import { toContentSchema, type PageDescription } from '../../lib/messaging/live';
import { FIRST_PAINT_KEY, pageSettingsFromFirstPaint } from '../../lib/settings';
import { SELLER_HOST_PATTERNS } from '../../lib/sites/hosts';
import { createBridge } from './bridge';
import { PAGE_FEATURES } from './features';
import { readPageContext } from './page-context';

export default defineContentScript({
  matches: [...SELLER_HOST_PATTERNS],
  runAt: 'document_idle',
  // Styles are bundled as a string into the shadow root: no extra fetch before the sidebar shows.
  cssInjectionMode: 'manual',
  async main(ctx) {
    const startedAt = performance.now();
    const browserLang = langFromLocale(browser.i18n.getUILanguage());
    // Scripts registered for a user-added site run this same file; SELLER_HOST_PATTERNS covers the rest.
    const page = readPageContext(browserLang, true);
    if (!page) return;
    const bridge = createBridge(ctx);
    // First paint from the background's storage.local mirror (no worker wake-up on the critical path);
    // the worker's answer follows and wins.
    let settings;
    try {
      const mirror = await browser.storage.local.get(FIRST_PAINT_KEY);
      settings = pageSettingsFromFirstPaint(mirror[FIRST_PAINT_KEY], page.host, page.platform);
    } catch {
      return; // the extension was reloaded under us; the page stays untouched
    }
    if (!settings.siteEnabled) return;

    const pageStore = createPageStore(page);
    let toggle: (() => void) | null = null;
    let applySettings: ((next: PageSettings) => void) | null = null;
    let answered: PageSettings | null = null;

    const ui = await createShadowRootUi<Root>(ctx, {
      name: 'seller-sidekick',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      mode: 'open',
      css: sidebarCss + playbooksCss,
      onMount(container, _shadow, host) {
        const root = createRoot(container);
        // Synchronous first render: the sidebar is in the DOM before this task ends.
        flushSync(() =>
          root.render(
            <SidekickApp
              bridge={bridge}
              pageStore={pageStore}
              initialSettings={settings}
              browserLang={browserLang}
              registerToggle={(fn) => (toggle = fn)}
              registerApplySettings={(fn) => {
                applySettings = fn;
                if (answered) fn(answered);
              }}
              onVisible={() => {
                if (host.dataset.visibleAt) return;
                host.dataset.startedAt = startedAt.toFixed(1);
                host.dataset.visibleAt = performance.now().toFixed(1);
              }}
            />,
          ),
        );
        return root;
      },
      onRemove(root) {
        root?.unmount();
      },
    });
    ui.mount();
    bridge.send('page/settings', { host: page.host, platform: page.platform }).then(
      (answer) => {
        if (!answer.siteEnabled) return ui.remove();
        answered = answer;
        applySettings?.(answer);
      },
      () => undefined,
    );

    // A page may throw our element out (re-rendering its body); put it back.
    const keepAttached = new MutationObserver(() => {
      if (!ui.shadowHost.isConnected && document.body) document.body.append(ui.shadowHost);
    });
    keepAttached.observe(document.documentElement, { childList: true, subtree: true });
    ctx.onInvalidated(() => keepAttached.disconnect());

    // Single-page apps: follow history changes without a reload. Polling as well as events, since a
    // page may replace history.pushState with its own.
    const refreshPage = () => {
      const next = readPageContext(browserLang, true);
      if (next) pageStore.set({ ...next, storeId: pageStore.get().storeId });
    };
    ctx.addEventListener(window, 'wxt:locationchange', refreshPage);
    ctx.addEventListener(window, 'popstate', refreshPage);
    ctx.addEventListener(window, 'hashchange', refreshPage);
    ctx.setInterval(refreshPage, 1_000);

    for (const feature of PAGE_FEATURES) {
      try {
        feature.start({ ctx, bridge, pageStore });
      } catch (error) {
        console.warn(`[Seller Sidekick] ${feature.id} did not start`, error);
      }
    }

    browser.runtime.onMessage.addListener((raw: unknown, sender) => {
      if (sender.id !== browser.runtime.id) return undefined;
      const message = toContentSchema.safeParse(raw);
      if (!message.success) return undefined;
      if (message.data.type === 'sidebar/toggle') {
        toggle?.();
        return Promise.resolve(true);
      }
      const current = pageStore.get();
      const description: PageDescription = { platform: current.platform, pageType: current.pageType, storeName: current.storeName, url: current.url };
      return Promise.resolve(description);
    });
  },
});
