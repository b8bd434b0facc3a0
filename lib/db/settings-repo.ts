import type { SidekickDb } from './schema';
import { readSetting, type SettingKey, type SettingValue } from '../settings';

export async function getSetting<K extends SettingKey>(db: SidekickDb, key: K): Promise<SettingValue<K>> {
  const row = await db.settings.get(key);
  return readSetting(key, row?.value);
}

export async function putSetting<K extends SettingKey>(db: SidekickDb, key: K, value: SettingValue<K>): Promise<void> {
  await db.settings.put({ key, value });
}
