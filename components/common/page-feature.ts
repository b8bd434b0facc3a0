import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Lang } from '../../lib/i18n/lang';
import type { PageNotices } from '../sidebar/page-notices';
import type { PageStore } from '../sidebar/page-store';
import type { Bridge } from './live';

/**
 * What a feature's in-page part gets: the script's lifetime, the background, and where we are.
 * Here rather than beside the registry (entrypoints/content/features.ts), which imports every
 * feature: a feature importing the registry's module for this type made an import cycle.
 */
export interface PageFeatureEnv {
  ctx: ContentScriptContext;
  bridge: Bridge;
  pageStore: PageStore;
  /** The UI language the sidebar is showing right now (it follows the options page). */
  lang(): Lang;
  /** What the seller must be told from outside the sidebar's React tree (a full disk during capture). */
  notices: PageNotices;
}
