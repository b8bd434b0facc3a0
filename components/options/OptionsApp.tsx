import { useEffect, useState } from 'react';
import { useT } from '../common/i18n';
import { PanelBoundary } from '../common/PanelBoundary';
import { OPTION_SECTIONS } from './sections';

const sectionFromHash = () => {
  // A section may carry its own parameters after `?` (e.g. `#campaign-review?run=<id>`).
  const id = location.hash.replace(/^#/, '').split('?')[0];
  return OPTION_SECTIONS.some((s) => s.id === id) ? id : OPTION_SECTIONS[0]!.id;
};

export function OptionsApp() {
  const t = useT();
  const [current, setCurrent] = useState(sectionFromHash);
  useEffect(() => {
    const onHash = () => setCurrent(sectionFromHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  useEffect(() => {
    document.title = t('options.title');
  }, [t]);
  const section = OPTION_SECTIONS.find((s) => s.id === current) ?? OPTION_SECTIONS[0]!;
  return (
    <div className="options">
      <nav aria-label={t('options.nav')}>
        <p className="brand">{t('app.name')}</p>
        <ul>
          {OPTION_SECTIONS.map((s) => (
            <li key={s.id}>
              <a href={`#${s.id}`} aria-current={s.id === current ? 'page' : undefined}>
                {t(s.title)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main>
        <h1>{t('options.title')}</h1>
        <PanelBoundary key={section.id}>{section.render()}</PanelBoundary>
      </main>
    </div>
  );
}
