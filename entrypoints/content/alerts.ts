import { startPageCapture } from '../../components/alerts/page-capture';
import { startStoreCapture } from '../../components/alerts/store-capture';
import type { PageFeatureEnv } from '../../components/common/page-feature';

/** Metric capture and row badges on seller pages: wiring only, the logic is in components/alerts and lib/metrics. */
export const alertsFeature = {
  id: 'alerts',
  start({ ctx, bridge, pageStore, lang, notices }: PageFeatureEnv) {
    startPageCapture({
      doc: document,
      bridge,
      pageStore,
      lang,
      timers: {
        setTimeout: (fn, ms) => ctx.setTimeout(fn, ms),
        requestIdleCallback: (fn, options) => ctx.requestIdleCallback(fn, options),
        now: () => performance.now(),
      },
      onStop: (cleanup) => ctx.onInvalidated(cleanup),
      onStorageFull: () => notices.report('capture-storage-full'),
    });
    // The store's own day from an overview page's KPI cards, beside the row capture.
    startStoreCapture({
      doc: document,
      bridge,
      pageStore,
      timers: {
        setTimeout: (fn, ms) => ctx.setTimeout(fn, ms),
        requestIdleCallback: (fn, options) => ctx.requestIdleCallback(fn, options),
        now: () => performance.now(),
      },
      onStop: (cleanup) => ctx.onInvalidated(cleanup),
      onStorageFull: () => notices.report('capture-storage-full'),
    });
  },
};
