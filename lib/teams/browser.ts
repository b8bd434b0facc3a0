import { browser } from 'wxt/browser';
import { toolbar } from '../alerts/browser';
import { getSetting } from '../db/settings-repo';
import type { SidekickDb } from '../db/schema';
import { langFromLocale, translate } from '../i18n';
import { roleKeyOf } from './handoffs';
import { handoffsWaiting } from '../messaging/handlers/teams';

/**
 * Hand-offs waiting for this member go in the toolbar button's title (its tooltip). The badge's text
 * stays the open-alert count, as the contracts fix it.
 */
export async function updateHandoffTitle(db: SidekickDb): Promise<number> {
  const waiting = await handoffsWaiting(db);
  const setting = await getSetting(db, 'uiLanguage');
  const lang = setting === 'auto' ? langFromLocale(browser.i18n.getUILanguage()) : setting;
  const lines = waiting.map((h) => translate(lang, 'team.handoff.line', { from: translate(lang, roleKeyOf(h.from)), to: translate(lang, roleKeyOf(h.to)), title: h.title[lang], name: h.by.name }));
  const title = waiting.length === 0 ? 'Seller Sidekick' : [`Seller Sidekick · ${translate(lang, 'team.handoff.count', { count: waiting.length })}`, ...lines].join('\n');
  await toolbar().setTitle({ title });
  return waiting.length;
}
