import { useCallback, useEffect, useRef } from 'react';
import type { AlertView } from '../../lib/messaging/alerts';
import { useT } from '../common/i18n';
import { useBridge, useLiveQueryVia } from '../common/live';
import { AlertDetails, type AlertAct } from './AlertDetails';

export interface AlertPopoverProps {
  /** Every open alert of the product whose badge opened it, the badge's own first. */
  alerts: readonly AlertView[];
  onClose(returnFocus: boolean): void;
  /** Whether to move focus in (opened by keyboard or click, not by hover). */
  takeFocus: boolean;
}

/** The badge's popover: evidence, the last 14 days, what to do, acknowledge / snooze. */
export function AlertPopover({ alerts, onClose, takeFocus }: AlertPopoverProps) {
  const t = useT();
  const bridge = useBridge();
  const first = alerts[0];
  const dialog = useRef<HTMLDivElement>(null);
  const history = useLiveQueryVia(
    ['snapshots'],
    (send) => (first?.productId ? send('alerts/history', { platform: first.platform, productId: first.productId, days: 14 }) : Promise.resolve([])),
    [first?.platform, first?.productId],
  );
  const onAct = useCallback((id: number, act: AlertAct) => bridge.send('alerts/act', { id, ...act }), [bridge]);
  useEffect(() => {
    if (takeFocus) dialog.current?.focus();
  }, [takeFocus, first?.id]);
  if (!first) return null;
  return (
    <div
      ref={dialog}
      className="ss-popover"
      role="dialog"
      aria-label={first.productTitle ?? first.productId ?? ''}
      tabIndex={-1}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onClose(true);
        }
      }}
    >
      <div className="ss-popover-head">
        <span className="ss-popover-product">{first.productTitle ?? first.productId}</span>
        <button type="button" className="ss-popover-close" aria-label={t('alerts.close')} onClick={() => onClose(true)}>
          ×
        </button>
      </div>
      <div className="ss-alerts">
        {alerts.map((alert) => (
          <AlertDetails
            key={alert.id}
            alert={alert}
            history={history.status === 'ready' ? history.data : null}
            onAct={(act) => onAct(alert.id, act)}
            headingId={`ss-pop-alert-${alert.id}`}
          />
        ))}
      </div>
    </div>
  );
}
