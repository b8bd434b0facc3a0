import { useT } from '../../common/i18n';
import { BulkCheck } from './BulkCheck';
import { StoreWordLists } from './StoreWordLists';

export function ComplianceListsSection() {
  const t = useT();
  return (
    <section aria-labelledby="opt-cmp-lists">
      <h2 id="opt-cmp-lists">{t('cmp.opt.title')}</h2>
      <StoreWordLists />
    </section>
  );
}

export function BulkCheckSection() {
  const t = useT();
  return (
    <section aria-labelledby="opt-cmp-bulk">
      <h2 id="opt-cmp-bulk">{t('cmp.bulk.title')}</h2>
      <BulkCheck />
    </section>
  );
}
