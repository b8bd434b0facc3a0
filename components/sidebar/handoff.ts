import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Lang } from '../../lib/i18n/lang';
import type { PageSettings } from '../../lib/page-settings';
import type { SidebarState } from '../../lib/page-settings';
import type { PageContext, SidebarTab } from './types';

/**
 * What the content-script shell hands the full app (a second bundle, `content-app.js`) once it has
 * painted the sidebar frame. Both run in the same isolated world; the app registers its start
 * function on `globalThis[APP_GLOBAL]` when it is evaluated.
 */
export interface ShellHandoff {
  ctx: ContentScriptContext;
  host: HTMLElement;
  shadow: ShadowRoot;
  /** WXT's container inside the shadow root; the app replaces the shell's DOM in it. */
  container: HTMLElement;
  page: PageContext;
  browserLang: Lang;
  /** The first-paint settings with whatever the user changed in the shell already applied. */
  settings: PageSettings;
  /** Sidebar changes made in the shell before the app took over, still to be saved. */
  pendingSidebar: Partial<SidebarState> | null;
  /** The tab selected in the shell. */
  tab: SidebarTab;
  /** Takes the whole UI out of the page (the background says this site is switched off). */
  remove(): void;
  /** What `remove()` must also tear down (the React root). */
  onRemove(cleanup: () => void): void;
}

export type StartApp = (handoff: ShellHandoff) => void;

export const APP_GLOBAL = '__sellerSidekickStartApp';
export const APP_SCRIPT = '/content-app.js';
