import type { SidekickDb } from './schema';
import { readSetting, type SettingKey, type SettingValue } from '../settings-schemas';
import type { SiteList } from '../messaging/sender';

export async function getSetting<K extends SettingKey>(db: SidekickDb, key: K): Promise<SettingValue<K>> {
  const row = await db.settings.get(key);
  return readSetting(key, row?.value);
}

export async function putSetting<K extends SettingKey>(db: SidekickDb, key: K, value: SettingValue<K>): Promise<void> {
  await db.settings.put({ key, value });
}

/** The sites a content script may speak for: the registered custom origins and the marketplaces' on/off switches. */
export async function readSiteList(db: SidekickDb): Promise<SiteList> {
  const [customSites, sitesEnabled] = await Promise.all([getSetting(db, 'customSites'), getSetting(db, 'sitesEnabled')]);
  return { customOrigins: customSites.map((site) => site.origin), sitesEnabled };
}

/** Read-modify-write of one setting in one transaction, so two pages' changes never undo each other. */
export async function updateSetting<K extends SettingKey>(db: SidekickDb, key: K, change: (current: SettingValue<K>) => SettingValue<K>): Promise<SettingValue<K>> {
  return db.transaction('rw', db.settings, async () => {
    const next = change(await getSetting(db, key));
    await db.settings.put({ key, value: next });
    return next;
  });
}
