import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { APP_GLOBAL, APP_SCRIPT, type StartApp } from '../../components/sidebar/handoff';
import { keepAttached } from '../../components/common/keep-attached';
import { shieldFromPage } from '../../components/common/trusted';
import { createShadowUi } from '../../components/sidebar/shadow-ui';
import { renderShellFrame, type ShellFrame } from '../../components/sidebar/shell-frame';
import sidebarCss from '../../components/sidebar/sidebar.css?inline';
import { figures } from '../../lib/figures';
import { FIRST_PAINT_KEY, readFirstPaint } from '../../lib/first-paint';
import { langFromLocale } from '../../lib/i18n/lang';
import { SELLER_HOST_PATTERNS } from '../../lib/sites/hosts';
import { readPageContext } from './page-context';

/**
 * The content script is a small shell: it paints the sidebar frame (plain DOM, same markup as the
 * React sidebar) and then loads the full app, `content-app.js` (React, compliance marks, alert
 * badges and capture, playbook checks, ~550 KB), whose parse no longer delays the first paint.
 * Keep React, zod and feature code out of this file's imports: the e2e suite reports its size.
 */
export default defineContentScript({
  matches: [...SELLER_HOST_PATTERNS],
  runAt: 'document_idle',
  // Styles are bundled as a string into the shadow root: no extra fetch before the sidebar shows.
  cssInjectionMode: 'manual',
  async main(ctx) {
    const startedAt = performance.now();
    const browserLang = langFromLocale(browser.i18n.getUILanguage());
    // Scripts registered for a user-added site run this same file; SELLER_HOST_PATTERNS covers the rest.
    const page = readPageContext(browserLang);
    if (!page) return;
    // First paint from the background's storage.local mirror (no worker wake-up on the critical path);
    // the app asks the worker next and its answer wins.
    let settings;
    try {
      const mirror = await browser.storage.local.get(FIRST_PAINT_KEY);
      settings = readFirstPaint(mirror[FIRST_PAINT_KEY], page.host, page.platform);
    } catch {
      return; // the extension was reloaded under us; the page stays untouched
    }
    if (!settings.siteEnabled) return;
    const lang = settings.uiLanguage === 'auto' ? browserLang : settings.uiLanguage;

    let frame: ShellFrame | null = null;
    let removeApp: (() => void) | null = null;
    const ui = createShadowUi(ctx, {
      name: 'seller-sidekick',
      css: sidebarCss,
      onMount(container) {
        frame = renderShellFrame(container, page, settings.sidebar, lang);
      },
      onRemove() {
        frame?.detach();
        removeApp?.();
      },
    });
    // Page scripts can reach into the open shadow root: they may neither act as the seller there nor
    // listen to what the seller types in it.
    shieldFromPage(ui.shadow);
    ui.mount();

    // A page may throw our element out (re-rendering its body); put it back, backing off on a page
    // that removes every foreign node.
    const reattach = keepAttached({
      attach: () => {
        if (!ui.shadowHost.isConnected && document.body) document.body.append(ui.shadowHost);
      },
    });
    // Our element is a child of <body>: only the children of <body> and of <html> (a new <body>) can
    // take it out. Not the whole subtree: a virtualized grid rewrites hundreds of cells a frame, and
    // every record a subtree observer is sent is made inside the page's own task.
    const watchRemoval = () => {
      removal.observe(document.documentElement, { childList: true });
      if (document.body) removal.observe(document.body, { childList: true });
    };
    const removal = new MutationObserver(() => {
      watchRemoval(); // a <body> put in place of ours is watched from now on
      if (ui.shadowHost.isConnected) return;
      reattach.removed();
      if (reattach.gaveUp) removal.disconnect();
    });
    watchRemoval();
    ctx.onInvalidated(() => {
      removal.disconnect();
      reattach.stop();
    });

    const loadApp = async () => {
      if (ctx.isInvalid || !frame) return;
      try {
        // An IIFE evaluated as a module, in this same isolated world: it registers its start function.
        await import(/* @vite-ignore */ browser.runtime.getURL(APP_SCRIPT));
      } catch (error) {
        console.warn('[Seller Sidekick] the sidebar app did not load', error);
        return;
      }
      const start = (globalThis as unknown as Record<string, StartApp | undefined>)[APP_GLOBAL];
      if (!start || ctx.isInvalid) return;
      const shell = frame;
      shell.detach();
      start({
        ctx,
        host: ui.shadowHost,
        shadow: ui.shadow,
        container: ui.uiContainer,
        page,
        browserLang,
        settings: { ...settings, sidebar: shell.state },
        pendingSidebar: shell.pending,
        tab: shell.tab,
        remove: () => ui.remove(),
        onRemove: (cleanup) => (removeApp = cleanup),
      });
    };

    // Visible at the next frame; the app loads once that frame is painted.
    requestAnimationFrame(() => {
      const timings = figures();
      if (timings.visibleAt === undefined) Object.assign(timings, { startedAt, visibleAt: performance.now() });
      setTimeout(() => void loadApp(), 0);
    });
  },
});
