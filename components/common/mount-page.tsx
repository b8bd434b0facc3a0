import { useEffect, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import { LangProvider } from './i18n';
import { StorageGuard } from './StorageGuard';
import { useUiLang } from './ui-lang';

/** Mounts an extension page (popup, options) in the user's UI language. */
export function mountExtensionPage(Page: ComponentType): void {
  function App() {
    const lang = useUiLang();
    useEffect(() => {
      document.documentElement.lang = lang;
    }, [lang]);
    return (
      <LangProvider lang={lang}>
        <StorageGuard />
        <Page />
      </LangProvider>
    );
  }
  createRoot(document.getElementById('root')!).render(<App />);
}
