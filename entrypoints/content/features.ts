import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Bridge } from '../../components/common/live';
import { startComplianceMarks } from '../../components/compliance/page-feature';
import { startPlaybookChecks } from '../../components/playbooks/page-feature';
import type { PageStore } from '../../components/sidebar/page-store';
import type { Lang } from '../../lib/i18n/lang';
import { alertsFeature } from './alerts';

/** What a feature's in-page part gets: the script's lifetime, the background, and where we are. */
export interface PageFeatureEnv {
  ctx: ContentScriptContext;
  bridge: Bridge;
  pageStore: PageStore;
  /** The UI language the sidebar is showing right now (it follows the options page). */
  lang(): Lang;
}

/** In-page parts of features that work on the page itself (field marks, row badges, capture). */
export const PAGE_FEATURES: { id: string; start(env: PageFeatureEnv): void }[] = [{ id: 'playbook-checks', start: startPlaybookChecks }, alertsFeature, { id: 'compliance-marks', start: startComplianceMarks }];
