import { useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { LangProvider } from '../../components/common/i18n';
import { useUiLang } from '../../components/common/ui-lang';
import { Popup } from '../../components/popup/Popup';
import '../../components/popup/popup.css';

function App() {
  const lang = useUiLang();
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return (
    <LangProvider lang={lang}>
      <Popup />
    </LangProvider>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
