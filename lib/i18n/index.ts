import { alerts } from './catalog/alerts';
import { compliance } from './catalog/compliance';
import { core } from './catalog/core';
import { defaults } from './catalog/defaults';
import { frame } from './catalog/frame';
import { measures } from './catalog/measures';
import { playbooks } from './catalog/playbooks';
import { review } from './catalog/review';
import { stock } from './catalog/stock';
import { teams } from './catalog/teams';
import type { Lang } from './lang';

export { LANGS, langFromLocale, type Lang } from './lang';

// Each feature's catalogue is merged here; both languages must carry the same keys (a unit test checks).
const catalogues = [frame, core, playbooks, compliance, alerts, teams, measures, stock, review, defaults] as const;

type CatalogueKeys<C> = C extends { en: infer E } ? keyof E : never;
export type MessageKey = CatalogueKeys<(typeof catalogues)[number]>;

const merged: Record<Lang, Record<string, string>> = { en: {}, 'zh-CN': {} };
for (const catalogue of catalogues) {
  Object.assign(merged.en, catalogue.en);
  Object.assign(merged['zh-CN'], catalogue['zh-CN']);
}

export const MESSAGES: Readonly<Record<Lang, Readonly<Record<string, string>>>> = merged;

/** Looks up a message and fills `{name}` placeholders. An unknown key shows itself, never blank text. */
export function translate(lang: Lang, key: MessageKey, params?: Record<string, string | number>): string {
  const template = merged[lang][key] ?? merged.en[key] ?? key;
  return params ? template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m)) : template;
}

type Params = Record<string, string | number>;

/**
 * The message in every language at once, for pure lib/ code whose result carries both (an import error or a
 * pattern problem is stored or shown before the reader's language is known). `params` may differ per language
 * when a parameter is itself localised text.
 */
export function inBothLangs(key: MessageKey, params?: Params | ((lang: Lang) => Params)): Record<Lang, string> {
  const paramsFor = (lang: Lang) => (typeof params === 'function' ? params(lang) : params);
  return { 'zh-CN': translate('zh-CN', key, paramsFor('zh-CN')), en: translate('en', key, paramsFor('en')) };
}
