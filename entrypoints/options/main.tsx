import { useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { LangProvider } from '../../components/common/i18n';
import { useUiLang } from '../../components/common/ui-lang';
import { OptionsApp } from '../../components/options/OptionsApp';
import '../../components/options/options.css';

function App() {
  const lang = useUiLang();
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return (
    <LangProvider lang={lang}>
      <OptionsApp />
    </LangProvider>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
