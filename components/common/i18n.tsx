import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { translate, type Lang, type MessageKey } from '../../lib/i18n';

const LangContext = createContext<Lang>('en');

export function LangProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  return <LangContext.Provider value={lang}>{children}</LangContext.Provider>;
}

export function useLang(): Lang {
  return useContext(LangContext);
}

/** `t('tab.alerts')` in the current UI language. */
export function useT() {
  const lang = useContext(LangContext);
  return useMemo(() => (key: MessageKey, params?: Record<string, string | number>) => translate(lang, key, params), [lang]);
}
