import { useState } from 'react';
import type { PlaybookTaskLink as TaskLink } from '../../lib/alerts/types';
import type { AlertView } from '../../lib/messaging/alerts';
import { useLang, useT } from '../common/i18n';
import { useBridge, useLiveQueryVia } from '../common/live';

/**
 * The playbook task an alert links to, and the product's run of that playbook: named when one is under
 * way, else a button that starts it for this product (the product-lifecycle run from its listing date).
 */
export function PlaybookTaskLink({ alert, link }: { alert: AlertView; link: TaskLink }) {
  const t = useT();
  const lang = useLang();
  const bridge = useBridge();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Resolved by the background, so the templates' text stays out of the content script.
  const template = alert.task;
  const title = template ? `${template.templateName[lang]} › ${template.taskTitle[lang]}` : null;
  const runs = useLiveQueryVia(['runs'], (send) => send('playbooks/runs', { storeId: alert.storeId ?? null }), [alert.storeId]);
  const run = runs.status === 'ready' ? runs.data.find((r) => r.run.templateId === link.templateId && (alert.runId !== undefined ? r.run.id === alert.runId : !alert.productId || r.run.productId === alert.productId)) : undefined;
  // Only a per-product playbook can be started from a product's alert; its one required date is the listing date.
  const startable = template && alert.productId && link.templateId === 'product-lifecycle' && alert.productListedDate;

  const start = () => {
    if (!template || !alert.productId || !alert.productListedDate) return;
    setBusy(true);
    setError(null);
    bridge
      .send('playbooks/start', {
        templateId: template.templateId,
        name: `${template.templateName[lang]} · ${(alert.productTitle ?? alert.productId).slice(0, 80)}`,
        productId: alert.productId,
        platform: alert.platform,
        ...(alert.storeId ? { storeId: alert.storeId } : {}),
        dates: { listedDate: alert.productListedDate },
        targets: {},
      })
      .then(
        () => setBusy(false),
        (e: unknown) => {
          setBusy(false);
          setError(e instanceof Error ? e.message : String(e));
        },
      );
  };

  if (!title) return null;
  return (
    <div className="ss-task">
      <p>
        <strong>{t('alerts.playbookTask')}</strong> {title}
      </p>
      {run ? (
        <p className="ss-muted">{t('alerts.runUnderway', { name: run.run.name })}</p>
      ) : startable && runs.status === 'ready' ? (
        <button type="button" className="ss-start-run" disabled={busy} onClick={start}>
          {t('alerts.startRun', { template: template.templateName[lang] })}
        </button>
      ) : template && alert.productId && link.templateId === 'product-lifecycle' && runs.status === 'ready' ? (
        <p className="ss-muted">{t('listed.cannotStart')}</p>
      ) : null}
      {error ? (
        <p className="ss-alert-error" role="alert">
          {t('alerts.actionFailed', { message: error })}
        </p>
      ) : null}
    </div>
  );
}
