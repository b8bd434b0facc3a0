import { MESSAGES, translate } from '../../../lib/i18n';
import { langFromLocale } from '../../../lib/i18n/lang';

describe('UI text', () => {
  test('zh-CN and en carry exactly the same keys, none empty', () => {
    expect(Object.keys(MESSAGES['zh-CN']).sort()).toEqual(Object.keys(MESSAGES.en).sort());
    for (const lang of ['zh-CN', 'en'] as const) for (const [key, text] of Object.entries(MESSAGES[lang])) expect(text, `${lang} ${key}`).not.toBe('');
  });

  test('placeholders are filled and the same in both languages', () => {
    expect(translate('en', 'options.import.ok', { count: 12 })).toBe('Backup imported: 12 records restored.');
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(MESSAGES.en)) expect(names(MESSAGES['zh-CN'][key]!), key).toEqual(names(MESSAGES.en[key]!));
  });

  test.each([
    ['zh-CN', 'zh-CN'],
    ['zh-TW', 'zh-CN'],
    ['zh', 'zh-CN'],
    ['en-US', 'en'],
    ['de', 'en'],
    [undefined, 'en'],
  ])('a %s browser gets %s', (locale, lang) => {
    expect(langFromLocale(locale)).toBe(lang);
  });
});
