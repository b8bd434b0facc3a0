import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { browser } from 'wxt/browser';
import { extensionDb } from '../../lib/db/instance';
import { putSetting, updateSetting } from '../../lib/db/settings-repo';
import { readSetting, withCustomSite, type UiLanguage } from '../../lib/settings-schemas';
import { addCustomSite, removeCustomSite } from '../../lib/sites/custom-sites';
import { PORTS_IN_PATTERNS, registerSiteScripts, unregisterSiteScripts } from '../../lib/sites/browser';
import { ADAPTERS } from '../../lib/sites';
import type { BuiltInPlatformId } from '../../lib/sites/types';
import { useLang, useT } from '../common/i18n';
import { OutcomeMessage, type Outcome } from './OutcomeMessage';


export function LanguageSection() {
  const t = useT();
  const stored = useLiveQuery(() => extensionDb().settings.get('uiLanguage'), []);
  const value = readSetting('uiLanguage', stored?.value);
  return (
    <section aria-labelledby="opt-language">
      <h2 id="opt-language">{t('options.language')}</h2>
      <select aria-labelledby="opt-language" value={value} onChange={(e) => putSetting(extensionDb(), 'uiLanguage', e.target.value as UiLanguage)}>
        <option value="auto">{t('options.language.auto')}</option>
        <option value="zh-CN">简体中文</option>
        <option value="en">English</option>
      </select>
    </section>
  );
}

export function SitesSection() {
  const t = useT();
  const lang = useLang();
  const db = extensionDb();
  const enabledRow = useLiveQuery(() => db.settings.get('sitesEnabled'), []);
  const customRow = useLiveQuery(() => db.settings.get('customSites'), []);
  const enabled = readSetting('sitesEnabled', enabledRow?.value);
  const custom = readSetting('customSites', customRow?.value);
  const [address, setAddress] = useState('');
  const [message, setMessage] = useState<Outcome>(null);
  const platforms = [...new Map(ADAPTERS.map((a) => [a.platform, a])).values()];

  // Read and written in one transaction: the list shown may be a moment old (another options tab).
  const toggle = (platform: BuiltInPlatformId, on: boolean) => updateSetting(db, 'sitesEnabled', (current) => ({ ...current, [platform]: on }));

  const addSite = async () => {
    const result = await addCustomSite(
      {
        portsInPatterns: PORTS_IN_PATTERNS,
        requestOrigin: (pattern) => browser.permissions.request({ origins: [pattern] }),
        isScriptRegistered: async (id) => (await browser.scripting.getRegisteredContentScripts({ ids: [id] })).length > 0,
        registerScript: registerSiteScripts,
        removeOrigin: async (pattern) => void (await browser.permissions.remove({ origins: [pattern] })),
      },
      address,
      custom,
    );
    if (!result.ok) {
      const text =
        result.reason === 'invalid'
          ? t('options.addSite.invalid')
          : result.reason === 'denied'
            ? t('options.addSite.denied', { origin: result.origin })
            : t('options.addSite.failed', { origin: result.origin, reason: result.error });
      setMessage({ kind: 'error', text });
      return;
    }
    await updateSetting(db, 'customSites', (current) => withCustomSite(current, result.origin));
    setAddress('');
    setMessage({ kind: 'ok', text: t('options.addSite.added', { origin: result.origin }) });
  };

  const removeSite = async (origin: string) => {
    const remaining = await removeCustomSite(
      {
        portsInPatterns: PORTS_IN_PATTERNS,
        // Either may already be gone (removed in the browser's own settings): the site still leaves the list.
        unregisterScript: (id) => unregisterSiteScripts([id]).catch(() => undefined),
        removeOrigin: async (pattern) => void (await browser.permissions.remove({ origins: [pattern] }).catch(() => false)),
      },
      origin,
      custom,
    );
    await updateSetting(db, 'customSites', (current) => current.filter((site) => site.origin !== origin || remaining.includes(site)));
  };

  return (
    <section aria-labelledby="opt-sites">
      <h2 id="opt-sites">{t('options.sites')}</h2>
      <p className="muted">{t('options.sites.help')}</p>
      <ul className="plain">
        {platforms.map((adapter) => (
          <li key={adapter.platform}>
            <label>
              <input type="checkbox" checked={enabled[adapter.platform] ?? true} onChange={(e) => toggle(adapter.platform, e.target.checked)} />{' '}
              {adapter.name[lang]} <span className="muted">({adapter.hosts.slice(0, 3).join(', ')}{adapter.hosts.length > 3 ? ', …' : ''})</span>
            </label>
          </li>
        ))}
        {custom.map((site) => (
          <li key={site.origin}>
            {site.origin}{' '}
            <button type="button" className="secondary" onClick={() => removeSite(site.origin)}>
              {t('options.removeSite')}
            </button>
          </li>
        ))}
      </ul>
      <h3 id="opt-add-site">{t('options.addSite')}</h3>
      <p className="muted">{t('options.addSite.help')}</p>
      <form
        className="row"
        onSubmit={(e) => {
          e.preventDefault();
          void addSite();
        }}
      >
        <input aria-labelledby="opt-add-site" type="url" value={address} placeholder={t('options.addSite.placeholder')} onChange={(e) => setAddress(e.target.value)} />
        <button type="submit">{t('options.addSite.button')}</button>
      </form>
      <OutcomeMessage outcome={message} />
    </section>
  );
}
