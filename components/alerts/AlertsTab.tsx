import { useT } from '../common/i18n';
import { EmptyState } from '../sidebar/EmptyState';
import type { PageContext } from '../sidebar/types';

export function AlertsTab(_props: { page: PageContext }) {
  const t = useT();
  return <EmptyState title={t('empty.alerts.title')} body={t('empty.alerts.body')} />;
}
