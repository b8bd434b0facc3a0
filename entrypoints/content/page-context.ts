import { ADAPTERS, detectCustomPage, detectPage } from '../../lib/sites';
import type { Lang } from '../../lib/i18n';
import type { PageContext } from '../../components/sidebar/types';

/**
 * Where we are, from the URL and what the page shows. This script runs on the seller hosts and on
 * sites the user added (their registered scripts run this same file), so a page that is not a
 * seller page is a user-added one: its page type is guessed from the DOM only.
 */
export function readPageContext(lang: Lang): PageContext | null {
  const url = location.href;
  const detected = detectPage(url, document) ?? detectCustomPage(url, document);
  if (!detected) return null;
  return {
    host: location.host,
    url,
    platform: detected.platform,
    // A user-added site has no adapter: it goes by its host name.
    platformName: ADAPTERS.find((a) => a.platform === detected.platform)?.name[lang] ?? location.host,
    pageType: detected.pageType,
    storeName: detected.storeName,
    timeZone: detected.timeZone,
    currency: detected.currency,
  };
}
