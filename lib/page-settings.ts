/**
 * What a page needs to show the sidebar, and the sidebar's bounds: one zod-free module so the
 * content-script shell (hand-checked first paint), the React sidebar, the settings schemas and the
 * `sidebar/set` message all read the same numbers.
 */
export type UiLanguage = 'auto' | 'zh-CN' | 'en';
export const UI_LANGUAGES: readonly UiLanguage[] = ['auto', 'zh-CN', 'en'];

export interface SidebarState {
  open: boolean;
  /** CSS pixels, an integer from SIDEBAR_MIN_WIDTH to SIDEBAR_MAX_WIDTH. */
  width: number;
}

export const SIDEBAR_MIN_WIDTH = 280;
export const SIDEBAR_MAX_WIDTH = 720;
/** A site the user has not set up yet: open, at a width that leaves a 1280-px page most of its room. */
export const DEFAULT_SIDEBAR: Readonly<SidebarState> = { open: true, width: 360 };

/** A dragged or stepped width brought back inside the bounds, in whole pixels. */
export function clampSidebarWidth(width: number): number {
  return Math.round(Math.min(SIDEBAR_MAX_WIDTH, Math.max(SIDEBAR_MIN_WIDTH, width)));
}

export function isSidebarWidth(width: unknown): width is number {
  return typeof width === 'number' && Number.isInteger(width) && width >= SIDEBAR_MIN_WIDTH && width <= SIDEBAR_MAX_WIDTH;
}

export interface PageSettings {
  uiLanguage: UiLanguage;
  sidebar: SidebarState;
  siteEnabled: boolean;
}
