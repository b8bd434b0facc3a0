import { useCallback } from 'react';
import type { AlertView } from '../../lib/messaging/alerts';
import { useT } from '../common/i18n';
import { useBridge, useLiveQueryVia } from '../common/live';
import { EmptyState } from '../sidebar/EmptyState';
import { pageStoreId, type PageContext } from '../sidebar/types';
import { AlertDetails, type AlertAct } from './AlertDetails';
import alertsCss from './alerts.css?inline';
import { bySeverity } from './format';

/** One alert with its product's last 14 days, followed live (a campaign run's alert has no daily sparkline). */
function AlertCard({ alert }: { alert: AlertView }) {
  const bridge = useBridge();
  const productId = alert.productId;
  const history = useLiveQueryVia(
    ['snapshots'],
    (send) => (productId ? send('alerts/history', { platform: alert.platform, productId, days: 14 }) : Promise.resolve([])),
    [alert.platform, productId],
  );
  const onAct = useCallback((act: AlertAct) => bridge.send('alerts/act', { id: alert.id, ...act }), [bridge, alert.id]);
  return <AlertDetails alert={alert} history={productId && history.status === 'ready' ? history.data : null} onAct={onAct} showProduct headingId={`ss-alert-${alert.id}`} />;
}

/** No alert: say whether the capture has kept anything for this store yet, and since when, or how to start it. */
function NoAlerts({ page, storeId }: { page: PageContext; storeId: string | null }) {
  const t = useT();
  const coverage = useLiveQueryVia(['snapshots', 'products'], (send) => (storeId ? send('alerts/coverage', { platform: page.platform, storeId }) : Promise.resolve(null)), [page.platform, storeId]);
  const kept = coverage.status === 'ready' ? coverage.data : null;
  const body =
    kept?.firstDay && kept.lastDay
      ? t(kept.firstDay === kept.lastDay ? 'alerts.keptOneDay' : 'alerts.kept', { products: kept.products, first: kept.firstDay, last: kept.lastDay, lastCount: kept.lastDayProducts })
      : t('empty.alerts.body');
  return <EmptyState title={t('empty.alerts.title')} body={body} />;
}

/** Open alerts of this store, most severe first, with the same actions as the in-row badges. */
export function AlertsTab({ page }: { page: PageContext }) {
  const t = useT();
  const storeId = pageStoreId(page);
  const state = useLiveQueryVia(['alerts', 'products'], (send) => send('alerts/open', { platform: page.platform, storeId }), [page.platform, storeId]);
  if (state.status === 'loading') return <p className="ss-muted">{t('alerts.loading')}</p>;
  if (state.status === 'error') return <p role="alert">{t('alerts.failed', { message: state.message })}</p>;
  if (!state.data.length) return <NoAlerts page={page} storeId={storeId} />;
  const alerts = [...state.data].sort(bySeverity);
  return (
    <div className="ss-alerts" data-testid="alerts-list">
      <style>{alertsCss}</style>
      <p className="ss-alerts-summary">{t('alerts.openCount', { count: alerts.length })}</p>
      {alerts.map((alert) => (
        <AlertCard key={alert.id} alert={alert} />
      ))}
    </div>
  );
}
