import { ADAPTERS, detectPage, guessPageType } from '../../lib/sites';
import type { Lang } from '../../lib/i18n';
import type { PageContext } from '../../components/sidebar/types';

/** Where we are, from the URL and what the page shows. Null when this is not a page we serve. */
export function readPageContext(lang: Lang, registeredCustom: boolean): PageContext | null {
  const url = location.href;
  const detected = detectPage(url, document);
  if (detected) {
    return {
      host: location.host,
      url,
      platform: detected.platform,
      platformName: ADAPTERS.find((a) => a.platform === detected.platform)?.name[lang] ?? detected.platform,
      pageType: detected.pageType,
      storeName: detected.storeName,
      timeZone: detected.timeZone,
      currency: detected.currency,
    };
  }
  if (!registeredCustom) return null;
  // A site the user added: the page type is guessed from the DOM only.
  return {
    host: location.host,
    url,
    platform: `custom:${location.origin}`,
    platformName: location.host,
    pageType: guessPageType(document),
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  };
}
