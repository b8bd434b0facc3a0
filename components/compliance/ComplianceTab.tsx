import { useT } from '../common/i18n';
import { EmptyState } from '../sidebar/EmptyState';
import type { PageContext } from '../sidebar/types';

export function ComplianceTab(_props: { page: PageContext }) {
  const t = useT();
  return <EmptyState title={t('empty.compliance.title')} body={t('empty.compliance.body')} />;
}
