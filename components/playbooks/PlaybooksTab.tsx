import { useT } from '../common/i18n';
import { EmptyState } from '../sidebar/EmptyState';
import type { PageContext } from '../sidebar/types';

export function PlaybooksTab(_props: { page: PageContext }) {
  const t = useT();
  return <EmptyState title={t('empty.playbooks.title')} body={t('empty.playbooks.body')} />;
}
