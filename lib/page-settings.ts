/**
 * What a page needs to show the sidebar, and the sidebar's bounds: one zod-free module so the
 * content-script shell (hand-checked first paint), the React sidebar, the settings schemas and the
 * `sidebar/set` message all read the same numbers.
 */
import type { PageType } from './sites/types';

export type UiLanguage = 'auto' | 'zh-CN' | 'en';
export const UI_LANGUAGES: readonly UiLanguage[] = ['auto', 'zh-CN', 'en'];

/**
 * `docked`: the page narrows so the sidebar sits beside it and covers none of it; `overlay`: the
 * sidebar floats over the page's right edge and the page's layout is left alone.
 */
export type SidebarMode = 'docked' | 'overlay';
export const SIDEBAR_MODES: readonly SidebarMode[] = ['docked', 'overlay'];

export interface SidebarState {
  open: boolean;
  /** CSS pixels, an integer from SIDEBAR_MIN_WIDTH to SIDEBAR_MAX_WIDTH. */
  width: number;
  /** The seller's choice for this site; absent until they make one (then the page kind decides). */
  mode?: SidebarMode;
}

export const SIDEBAR_MIN_WIDTH = 280;
export const SIDEBAR_MAX_WIDTH = 720;
/** A site the user has not set up yet: open, at a width that leaves a 1280-px page most of its room. */
export const DEFAULT_SIDEBAR: Readonly<SidebarState> = { open: true, width: 360 };

/** A dragged or stepped width brought back inside the bounds, in whole pixels. */
export function clampSidebarWidth(width: number): number {
  return Math.round(Math.min(SIDEBAR_MAX_WIDTH, Math.max(SIDEBAR_MIN_WIDTH, width)));
}

/**
 * Where the seller has not chosen, the page kind decides. Docked where the page is a table the alerts
 * are about (analytics reports, product lists): their right-hand columns are what an overlay hides.
 * Overlay elsewhere (listing editors, campaign pages, dashboards, unknown pages): docking changes the
 * page's layout, which its scripts can see and which re-flows forms and card grids, so it is done only
 * where it pays for itself.
 */
export function defaultSidebarMode(pageType: PageType | null): SidebarMode {
  return pageType === 'analyticsTable' || pageType === 'productList' ? 'docked' : 'overlay';
}

/** Whether the page should make room for the sidebar now (a collapsed sidebar never docks). */
export function isSidebarDocked(state: SidebarState, pageType: PageType | null): boolean {
  return state.open && (state.mode ?? defaultSidebarMode(pageType)) === 'docked';
}

/** The width the page makes room for, or null when the sidebar floats over it (or is collapsed). */
export function dockedWidth(state: SidebarState, pageType: PageType | null): number | null {
  return isSidebarDocked(state, pageType) ? state.width : null;
}

export function isSidebarWidth(width: unknown): width is number {
  return typeof width === 'number' && Number.isInteger(width) && width >= SIDEBAR_MIN_WIDTH && width <= SIDEBAR_MAX_WIDTH;
}

export interface PageSettings {
  uiLanguage: UiLanguage;
  sidebar: SidebarState;
  siteEnabled: boolean;
}
