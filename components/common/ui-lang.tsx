import { useLiveQuery } from 'dexie-react-hooks';
import { browser } from 'wxt/browser';
import { extensionDb } from '../../lib/db/instance';
import { langFromLocale, type Lang } from '../../lib/i18n';
import { readSetting } from '../../lib/settings-schemas';

/** UI language for extension pages: the user's pick from options, else the browser's. */
export function useUiLang(): Lang {
  const stored = useLiveQuery(() => extensionDb().settings.get('uiLanguage'), []);
  const choice = readSetting('uiLanguage', stored?.value);
  return choice === 'auto' ? langFromLocale(browser.i18n.getUILanguage()) : choice;
}
