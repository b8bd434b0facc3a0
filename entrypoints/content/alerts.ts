import { browser } from 'wxt/browser';
import { startPageCapture } from '../../components/alerts/page-capture';
import { langFromLocale, type Lang } from '../../lib/i18n';
import type { PageFeatureEnv } from './features';

/** Metric capture and row badges on seller pages: wiring only, the logic is in components/alerts and lib/metrics. */
export const alertsFeature = {
  id: 'alerts',
  start({ ctx, bridge, pageStore }: PageFeatureEnv) {
    const browserLang = langFromLocale(browser.i18n.getUILanguage());
    let lang: Lang = browserLang;
    const readLang = () => {
      const page = pageStore.get();
      bridge.send('page/settings', { host: page.host, platform: page.platform }).then(
        (settings) => (lang = settings.uiLanguage === 'auto' ? browserLang : settings.uiLanguage),
        () => undefined,
      );
    };
    readLang();
    const unsubscribe = bridge.subscribe((tables) => tables.includes('settings') && readLang());
    ctx.onInvalidated(unsubscribe);
    startPageCapture({
      doc: document,
      bridge,
      pageStore,
      lang: () => lang,
      timers: {
        setTimeout: (fn, ms) => ctx.setTimeout(fn, ms),
        requestIdleCallback: (fn, options) => ctx.requestIdleCallback(fn, options),
        now: () => performance.now(),
      },
      onStop: (cleanup) => ctx.onInvalidated(cleanup),
    });
  },
};
