/**
 * The sidebar's first paint in plain DOM: the same markup and classes as `Sidebar.tsx` renders
 * (an empty tab panel), so the React app can replace it without a visible jump. Until it does, the
 * frame keeps the controls working: tabs (click and arrow keys), collapse/expand and the resize
 * separator's keys update the frame and are remembered for the app to apply and save.
 * No React here: this file is part of the small content-script shell.
 */
import { frame } from '../../lib/i18n/catalog/frame';
import type { Lang } from '../../lib/i18n/lang';
import { SIDEBAR_MAX_WIDTH, SIDEBAR_MIN_WIDTH, clampSidebarWidth, type SidebarState } from '../../lib/page-settings';
import { defaultTabFor, type PageContext, type SidebarTab } from './types';

const TABS: SidebarTab[] = ['playbooks', 'compliance', 'alerts'];

type FrameKey = keyof (typeof frame)['en'];

export interface ShellFrame {
  readonly state: SidebarState;
  readonly tab: SidebarTab;
  /** Sidebar changes the user made in the frame (null when none). */
  readonly pending: Partial<SidebarState> | null;
  /** Stops handling events (the app has taken over). */
  detach(): void;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, children: (Node | string)[] = []): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

export function renderShellFrame(container: HTMLElement, page: PageContext, initial: SidebarState, lang: Lang): ShellFrame {
  const messages = frame[lang] as Record<FrameKey, string>;
  const t = (key: FrameKey) => messages[key] ?? frame.en[key];
  let state: SidebarState = { ...initial };
  let tab = defaultTabFor(page.pageType);
  let pending: Partial<SidebarState> | null = null;
  let attached = true;

  const root = el('div', { class: 'ss-root', lang });
  container.append(root);

  const change = (next: Partial<SidebarState>) => {
    state = { ...state, ...next };
    pending = { ...pending, ...next };
    render();
  };
  const focus = (selector: string) => (root.querySelector(selector) as HTMLElement | null)?.focus();

  function render() {
    if (!state.open) {
      const launcher = el('button', { type: 'button', class: 'ss-launcher', 'aria-label': t('sidebar.expand') }, [el('span', { 'aria-hidden': 'true' }, ['SS'])]);
      launcher.addEventListener('click', () => attached && change({ open: true }));
      root.replaceChildren(launcher);
      return;
    }
    const resize = el('div', {
      class: 'ss-resize',
      role: 'separator',
      'aria-orientation': 'vertical',
      'aria-label': t('sidebar.resize'),
      'aria-valuemin': String(SIDEBAR_MIN_WIDTH),
      'aria-valuemax': String(SIDEBAR_MAX_WIDTH),
      'aria-valuenow': String(state.width),
      tabindex: '0',
    });
    resize.addEventListener('keydown', (event) => {
      if (!attached) return;
      const step = event.shiftKey ? 80 : 20;
      if (event.key === 'ArrowLeft') change({ width: clampSidebarWidth(state.width + step) });
      else if (event.key === 'ArrowRight') change({ width: clampSidebarWidth(state.width - step) });
      else return;
      event.preventDefault();
      focus('.ss-resize');
    });
    const collapse = el('button', { type: 'button', class: 'ss-icon-button', 'aria-label': t('sidebar.collapse'), title: t('sidebar.collapse') }, [
      el('span', { 'aria-hidden': 'true' }, ['»']),
    ]);
    collapse.addEventListener('click', () => attached && change({ open: false }));
    const pageTypeLabel = page.pageType ? t(`pageType.${page.pageType}`) : t('pageType.unknown');
    const contextItem = (label: FrameKey, testId: string, value: string) =>
      el('div', {}, [el('dt', {}, [t(label)]), el('dd', { 'data-testid': testId }, [value])]);
    const tabs = el('div', { class: 'ss-tabs', role: 'tablist', 'aria-label': t('sidebar.tabs') });
    for (const id of TABS) {
      const button = el(
        'button',
        { type: 'button', role: 'tab', id: `ss-tab-${id}`, 'aria-selected': String(tab === id), 'aria-controls': `ss-panel-${id}`, tabindex: tab === id ? '0' : '-1', class: 'ss-tab' },
        [t(`tab.${id}`)],
      );
      button.addEventListener('click', () => {
        if (!attached) return;
        selectTab(id);
      });
      tabs.append(button);
    }
    tabs.addEventListener('keydown', (event) => {
      if (!attached) return;
      const index = TABS.indexOf(tab);
      let next: number | null = null;
      if (event.key === 'ArrowRight' || event.key === 'ArrowDown') next = (index + 1) % TABS.length;
      else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') next = (index + TABS.length - 1) % TABS.length;
      else if (event.key === 'Home') next = 0;
      else if (event.key === 'End') next = TABS.length - 1;
      if (next === null) return;
      event.preventDefault();
      selectTab(TABS[next]!);
    });
    // The style text as React writes it (`width:360px`): React compares the attribute's text when it
    // hydrates, and `width: 360px;` is a mismatch it logs and never patches.
    const aside = el(
      'aside',
      { class: 'ss-sidebar', role: 'complementary', 'aria-label': 'Seller Sidekick', style: `width:${state.width}px`, 'data-platform': page.platform, 'data-page-type': page.pageType ?? '' },
      [
        resize,
        el('header', { class: 'ss-header' }, [
          el('div', { class: 'ss-title' }, [el('span', { class: 'ss-logo', 'aria-hidden': 'true' }), el('span', {}, [t('app.name')])]),
          el('div', { class: 'ss-header-actions' }, [collapse]),
        ]),
        el('dl', { class: 'ss-context' }, [
          contextItem('context.marketplace', 'ss-platform', page.platformName),
          contextItem('context.store', 'ss-store', page.storeName ?? t('context.storeUnknown')),
          contextItem('context.page', 'ss-page-type', pageTypeLabel),
        ]),
        tabs,
        ...TABS.map((id) => {
          const panel = el('section', { class: 'ss-panel', role: 'tabpanel', id: `ss-panel-${id}`, 'aria-labelledby': `ss-tab-${id}`, tabindex: '0' });
          panel.hidden = tab !== id;
          return panel;
        }),
      ],
    );
    root.replaceChildren(aside);
  }

  function selectTab(id: SidebarTab) {
    tab = id;
    render();
    focus(`#ss-tab-${id}`);
  }

  render();

  return {
    get state() {
      return state;
    },
    get tab() {
      return tab;
    },
    get pending() {
      return pending;
    },
    detach() {
      attached = false;
    },
  };
}
