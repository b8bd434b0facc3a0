import { startPageCapture } from '../../components/alerts/page-capture';
import { startStoreCapture } from '../../components/alerts/store-capture';
import type { PageFeatureEnv } from '../../components/common/page-feature';

/** Metric capture and row badges on seller pages: wiring only, the logic is in components/alerts and lib/metrics. */
export const alertsFeature = {
  id: 'alerts',
  start({ ctx, bridge, pageStore, lang, notices }: PageFeatureEnv) {
    // What both captures get from the page's context: its document, the bridge, timers tied to the content
    // script's life, and the one notice for a full disk.
    const env = {
      doc: document,
      bridge,
      pageStore,
      timers: {
        setTimeout: (fn: () => void, ms: number) => ctx.setTimeout(fn, ms),
        requestIdleCallback: (fn: IdleRequestCallback, options?: IdleRequestOptions) => ctx.requestIdleCallback(fn, options),
        now: () => performance.now(),
      },
      onStop: (cleanup: () => void) => ctx.onInvalidated(cleanup),
      onStorageFull: () => notices.report('capture-storage-full'),
    };
    startPageCapture({ ...env, lang });
    // The store's own day from an overview page's KPI cards, beside the row capture.
    startStoreCapture(env);
  },
};
