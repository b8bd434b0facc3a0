import { useState } from 'react';
import { clearAllData, exportBackup, parseBackup, restoreBackup } from '../../lib/db/backup';
import { extensionDb } from '../../lib/db/instance';
import { syncSitesWithList } from '../../lib/workflows/site-sync';
import { isStorageFull } from '../../lib/db/storage-errors';
import { browserSiteSync } from '../../lib/sites/browser';
import { checkImportSize } from '../../lib/imports/limits';
import { useT } from '../common/i18n';
import { downloadText } from './download';
import { FileButton } from './FileButton';
import { OutcomeMessage, type Outcome } from './OutcomeMessage';

export function DataSection() {
  const t = useT();
  const [message, setMessage] = useState<Outcome>(null);

  const onExport = async () => {
    const backup = await exportBackup(extensionDb());
    downloadText(`seller-sidekick-backup-${backup.exportedAt.slice(0, 10)}.json`, JSON.stringify(backup, null, 2), 'application/json');
  };

  const onImport = async (file: File) => {
    const size = checkImportSize('backup', file.size);
    if (!size.ok) return setMessage({ kind: 'error', text: t('import.tooLarge', { size: size.sizeMb, limit: size.limitMb }) });
    const parsed = parseBackup(await file.text());
    if (!parsed.ok) {
      setMessage({ kind: 'error', text: t('options.import.failed', { reason: parsed.errors.join('; ') }) });
      return;
    }
    try {
      await restoreBackup(extensionDb(), parsed.backup);
      const sites = await syncSitesWithList(extensionDb(), browserSiteSync());
      const ok = t('options.import.ok', { count: parsed.rowCount });
      setMessage({ kind: 'ok', text: sites.needPermission.length ? `${ok} ${t('options.sites.needPermission', { origins: sites.needPermission.join(', ') })}` : ok });
    } catch (error) {
      const reason = isStorageFull(error) ? t('storage.full') : error instanceof Error ? error.message : String(error);
      setMessage({ kind: 'error', text: t('options.import.failed', { reason }) });
    }
  };

  const onClear = async () => {
    if (!window.confirm(t('options.clear.confirm'))) return;
    await clearAllData(extensionDb());
    await syncSitesWithList(extensionDb(), browserSiteSync());
    setMessage({ kind: 'ok', text: t('options.clear.done') });
  };

  return (
    <section aria-labelledby="opt-data">
      <h2 id="opt-data">{t('options.data')}</h2>
      <p className="muted">{t('options.data.help')}</p>
      <div className="row">
        <button type="button" onClick={onExport}>
          {t('options.export')}
        </button>
        <FileButton label={t('options.import')} accept="application/json,.json" testId="backup-file" onFile={(file) => void onImport(file)} />
        <button type="button" className="danger" onClick={onClear}>
          {t('options.clear')}
        </button>
      </div>
      <OutcomeMessage outcome={message} testId="data-message" />
    </section>
  );
}
