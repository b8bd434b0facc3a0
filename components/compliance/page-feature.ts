import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { scoreListing } from '../../lib/compliance/completeness';
import { pageCompliance } from '../../lib/compliance/in-page/findings-store';
import { ComplianceWatcher } from '../../lib/compliance/in-page/watcher';
import { loadCompiled } from '../../lib/compliance/matcher';
import { complianceStoreId, pageStoreId } from '../../lib/sites/store-id';
import { decodeMatcher } from '../../lib/compliance/wire';
import { figures } from '../../lib/figures';
import { langFromLocale } from '../../lib/i18n';
import { listingSelectorsFor } from '../../lib/sites';
import type { Bridge } from '../common/live';
import { shieldFromPage } from '../common/trusted';
import type { PageStore } from '../sidebar/page-store';

const REPORT_DELAY_MS = 1_500;

/**
 * The in-page half of compliance: asks the background for the store's compiled matcher (the content
 * script never carries the packs' text), watches the fields, follows pack and allow-list changes, and
 * tells the playbooks when the listing is clean or complete.
 */
export function startComplianceMarks({ ctx, bridge, pageStore }: { ctx: ContentScriptContext; bridge: Bridge; pageStore: PageStore }): void {
  const browserLang = langFromLocale(browser.i18n.getUILanguage());
  let watcher: ComplianceWatcher | null = null;
  let watchedAs = '';
  let signature = '';
  let reportTimer = 0;
  const lastReported = new Map<string, boolean>();

  const report = () => {
    clearTimeout(reportTimer);
    reportTimer = window.setTimeout(() => {
      const page = pageStore.get();
      const state = pageCompliance.get();
      if (page.pageType !== 'listingEditor' || state.status !== 'ready' || !state.draft) return;
      const clean = state.fields.every((f) => !f.scanning && f.findings.every((finding) => finding.severity === 'info'));
      const complete = scoreListing(page.platform, state.draft).checks.every((c) => c.pass || c.severity === 'info');
      const storeId = pageStoreId(page);
      for (const [check, passed] of [
        ['listing-compliance-clean', clean],
        ['listing-completeness-pass', complete],
      ] as const) {
        if (lastReported.get(check) === passed) continue;
        lastReported.set(check, passed);
        void bridge.send('playbooks/auto-check', { check, passed, ...(storeId ? { storeId } : {}) }).catch(() => lastReported.delete(check));
      }
    }, REPORT_DELAY_MS);
  };

  const loadMatcher = async () => {
    const page = pageStore.get();
    const answer = await bridge.send('compliance/matcher', { platform: page.platform, storeId: complianceStoreId(page), browserLang });
    if (answer.signature === signature || !watcher) return;
    signature = answer.signature;
    watcher.setMatcher(loadCompiled(decodeMatcher(answer.matcher)), answer.lang);
  };
  const reload = () =>
    loadMatcher().catch((error: unknown) => {
      console.warn('[Seller Sidekick] compliance word lists did not load', error);
      if (!ctx.isInvalid) pageCompliance.set({ status: 'error', error: error instanceof Error ? error.message : String(error) });
    });

  // A new page type or store (single-page navigation) gets a fresh watcher and its store's matcher.
  const follow = () => {
    const page = pageStore.get();
    const as = `${page.pageType}|${complianceStoreId(page)}`;
    if (as === watchedAs) return;
    watchedAs = as;
    watcher?.stop();
    signature = '';
    lastReported.clear();
    pageCompliance.set({ status: 'loading', fields: [], draft: null });
    watcher = new ComplianceWatcher({
      doc: document,
      selectors: listingSelectorsFor(page.platform),
      listingEditor: page.pageType === 'listingEditor',
      store: pageCompliance,
      allowInStore: async (text) => {
        await bridge.send('compliance/allow/add', { storeId: complianceStoreId(pageStore.get()), text });
      },
      onReport: report,
    });
    shieldFromPage(watcher.overlay.root);
    // The e2e suite's keystroke figures, in the isolated world (lib/figures.ts).
    figures().compliance = watcher.stats;
    watcher.start();
    void reload();
  };

  follow();
  const unsubscribePage = pageStore.subscribe(follow);
  const unsubscribeLive = bridge.subscribe((tables) => {
    if (tables.includes('settings')) void reload();
  });
  ctx.onInvalidated(() => {
    unsubscribePage();
    unsubscribeLive();
    clearTimeout(reportTimer);
    watcher?.stop();
  });
}
