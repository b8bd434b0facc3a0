import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type ChangeEvent } from 'react';
import { removeAllowed, removeCustomTerm, setPackEnabled } from '../../../lib/db/compliance-repo';
import { importStoreList } from '../../../lib/workflows/word-lists';
import { extensionDb } from '../../../lib/db/instance';
import { checkImportSize } from '../../../lib/imports/limits';
import { BUILT_IN_PACKS } from '../../../lib/compliance/packs/index';
import { packEnabled, packOnByDefault, readStoreCompliance, complianceKey } from '../../../lib/compliance/shop-choices';
import type { PlatformId } from '../../../lib/sites/types';
import { useLang, useT } from '../../common/i18n';

const KEY_PREFIX = 'compliance:';

/** Stores the seller has visited or set word lists for, as `<platform>:<shop>` ids. */
function useStoreIds(): string[] {
  const db = extensionDb();
  const stores = useLiveQuery(() => db.stores.toArray(), []) ?? [];
  const keyed = useLiveQuery(() => db.settings.where('key').startsWith(KEY_PREFIX).primaryKeys(), []) ?? [];
  const ids = new Set([...stores.map((s) => s.id), ...keyed.map((k) => String(k).slice(KEY_PREFIX.length))]);
  return [...ids].sort();
}

function ImportButton({ storeId, kind }: { storeId: string; kind: 'custom' | 'allow' }) {
  const t = useT();
  const lang = useLang();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const size = checkImportSize('wordList', file.size);
    if (!size.ok) return setMessage({ ok: false, text: t('import.tooLarge', { size: size.sizeMb, limit: size.limitMb }) });
    const format = /\.csv$/i.test(file.name) ? 'csv' : /\.txt$/i.test(file.name) ? 'txt' : 'auto';
    const outcome = await importStoreList(extensionDb(), storeId, kind, await file.text(), format);
    setMessage(outcome.ok ? { ok: true, text: t('cmp.opt.imported', { added: outcome.added, total: outcome.total }) } : { ok: false, text: outcome.error[lang] });
  };
  const label = kind === 'custom' ? t('cmp.opt.importCustom') : t('cmp.opt.importAllow');
  return (
    <div className="opt-import">
      <label>
        {label}
        <input type="file" accept=".csv,.txt,text/csv,text/plain" onChange={(e) => void onFile(e)} />
      </label>
      {message ? (
        <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'opt-ok' : 'opt-error'}>
          {message.text}
        </p>
      ) : null}
    </div>
  );
}

/** Per store: which rule packs are on, the seller's own terms and the allow-list (import, list, delete). */
export function StoreWordLists() {
  const t = useT();
  const lang = useLang();
  const db = extensionDb();
  const storeIds = useStoreIds();
  const [picked, setPicked] = useState<string | null>(null);
  const storeId = picked ?? storeIds[0] ?? null;
  const row = useLiveQuery(() => (storeId ? db.settings.get(complianceKey(storeId)) : undefined), [storeId]);
  const choice = readStoreCompliance(row?.value);
  if (!storeId) return <p>{t('cmp.opt.noStores')}</p>;
  const platform = storeId.slice(0, storeId.indexOf(':')) as PlatformId;
  return (
    <div className="opt-compliance">
      <p>{t('cmp.opt.intro')}</p>
      <label>
        {t('cmp.opt.store')}{' '}
        <select value={storeId} onChange={(e) => setPicked(e.target.value)}>
          {storeIds.map((id) => (
            <option key={id} value={id}>
              {id}
            </option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>{t('cmp.opt.packs')}</legend>
        {BUILT_IN_PACKS.map((pack) => (
          <label key={pack.id} className="opt-check">
            <input
              type="checkbox"
              checked={packEnabled(pack, platform, choice)}
              onChange={(e) => void setPackEnabled(db, storeId, pack.id, e.target.checked === packOnByDefault(pack, platform) ? null : e.target.checked)}
            />{' '}
            {t('cmp.tab.packToggle', { name: pack.name[lang], count: pack.terms.length })}
            {packOnByDefault(pack, platform) ? <small> · {t('cmp.opt.packDefault')}</small> : null}
          </label>
        ))}
      </fieldset>
      <h3>{t('cmp.opt.custom')}</h3>
      {choice.custom.length === 0 ? <p>{t('cmp.opt.empty')}</p> : null}
      <ul aria-label={t('cmp.opt.custom')}>
        {choice.custom.map((term) => (
          <li key={term.term}>
            {term.term} · {t(`cmp.severity.${term.severity}`)}{' '}
            <button type="button" onClick={() => void removeCustomTerm(db, storeId, term.term)}>
              {t('cmp.opt.delete', { term: term.term })}
            </button>
          </li>
        ))}
      </ul>
      <ImportButton storeId={storeId} kind="custom" />
      <h3>{t('cmp.opt.allow')}</h3>
      {choice.allow.length === 0 ? <p>{t('cmp.opt.empty')}</p> : null}
      <ul aria-label={t('cmp.opt.allow')}>
        {choice.allow.map((text) => (
          <li key={text}>
            {text}{' '}
            <button type="button" onClick={() => void removeAllowed(db, storeId, text)}>
              {t('cmp.opt.delete', { term: text })}
            </button>
          </li>
        ))}
      </ul>
      <ImportButton storeId={storeId} kind="allow" />
    </div>
  );
}
