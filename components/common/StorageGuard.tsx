import { useEffect, useState } from 'react';
import { isStorageFull, requestPersistentStorage } from '../../lib/db/storage-errors';
import { useT } from './i18n';

/**
 * On the extension's own pages: asks once per open for persistent storage, and turns any write the
 * browser refused for lack of space (most writes here are fire-and-forget Dexie calls) into a
 * message that tells the seller what to do, instead of a console line nobody reads.
 */
export function StorageGuard() {
  const t = useT();
  const [full, setFull] = useState(false);
  useEffect(() => {
    void requestPersistentStorage();
    const onRejection = (event: PromiseRejectionEvent) => {
      if (isStorageFull(event.reason)) setFull(true);
    };
    window.addEventListener('unhandledrejection', onRejection);
    return () => window.removeEventListener('unhandledrejection', onRejection);
  }, []);
  return full ? (
    <p role="alert" className="error sidekick-storage-full">
      {t('storage.full')}
    </p>
  ) : null;
}
