export const LANGS = ['zh-CN', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** The browser's UI language mapped onto the two we ship: anything Chinese is zh-CN, the rest en. */
export function langFromLocale(locale: string | undefined): Lang {
  return locale && /^zh\b/i.test(locale) ? 'zh-CN' : 'en';
}
