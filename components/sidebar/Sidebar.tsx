import { useCallback, useRef, useState, useSyncExternalStore, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';
import { SIDEBAR_MAX_WIDTH, SIDEBAR_MIN_WIDTH, clampSidebarWidth, isSidebarDocked, type SidebarState } from '../../lib/page-settings';
import { useT } from '../common/i18n';
import { PanelBoundary } from '../common/PanelBoundary';
import { defaultTabFor, type PageContext, type SidebarTab } from './types';

const TABS: SidebarTab[] = ['playbooks', 'compliance', 'alerts'];
const noSubscription = () => () => undefined;
const alwaysTrue = () => true;

export interface SidebarProps {
  page: PageContext;
  state: SidebarState;
  onStateChange(next: Partial<SidebarState>): void;
  panels: Record<SidebarTab, ReactNode>;
  /** Badge counts shown on the tabs (e.g. open alerts, findings). */
  counts?: Partial<Record<SidebarTab, number>>;
  /** The tab to open first (the one selected in the content-script shell); else the page type's. */
  initialTab?: SidebarTab;
  /**
   * Render the panels' content only after the first commit: set when hydrating over the content
   * script shell's frame, whose panels are empty, so the first render matches it node for node.
   */
  deferPanels?: boolean;
}

export function Sidebar({ page, state, onStateChange, panels, counts, initialTab, deferPanels }: SidebarProps) {
  const t = useT();
  const [tab, setTab] = useState<SidebarTab>(() => initialTab ?? defaultTabFor(page.pageType));
  const [tabPageType, setTabPageType] = useState(page.pageType);
  const [dragWidth, setDragWidth] = useState<number | null>(null);
  const tabRefs = useRef<Record<SidebarTab, HTMLButtonElement | null>>({ playbooks: null, compliance: null, alerts: null });

  // A single-page app moved to another page type: open the tab that fits it.
  if (tabPageType !== page.pageType) {
    setTabPageType(page.pageType);
    setTab(defaultTabFor(page.pageType));
  }

  const width = dragWidth ?? state.width;
  // False only while hydrating (React reads the third argument then), true from the next render on.
  const panelsReady = useSyncExternalStore(noSubscription, alwaysTrue, () => !deferPanels);

  const onPointerDown = useCallback(
    (event: PointerEvent<HTMLDivElement>) => {
      event.preventDefault();
      const handle = event.currentTarget;
      handle.setPointerCapture(event.pointerId);
      const startX = event.clientX;
      const startWidth = state.width;
      let latest = startWidth;
      const move = (e: globalThis.PointerEvent) => {
        latest = clampSidebarWidth(startWidth + (startX - e.clientX));
        setDragWidth(latest);
      };
      const up = () => {
        handle.removeEventListener('pointermove', move);
        handle.removeEventListener('pointerup', up);
        handle.removeEventListener('pointercancel', up);
        setDragWidth(null);
        if (latest !== startWidth) onStateChange({ width: latest });
      };
      handle.addEventListener('pointermove', move);
      handle.addEventListener('pointerup', up);
      handle.addEventListener('pointercancel', up);
    },
    [state.width, onStateChange],
  );

  const onResizeKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.shiftKey ? 80 : 20;
    if (event.key === 'ArrowLeft') onStateChange({ width: clampSidebarWidth(state.width + step) });
    else if (event.key === 'ArrowRight') onStateChange({ width: clampSidebarWidth(state.width - step) });
    else return;
    event.preventDefault();
  };

  const onTabKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = TABS.indexOf(tab);
    let next: number | null = null;
    if (event.key === 'ArrowRight' || event.key === 'ArrowDown') next = (index + 1) % TABS.length;
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') next = (index + TABS.length - 1) % TABS.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = TABS.length - 1;
    if (next === null) return;
    event.preventDefault();
    const nextTab = TABS[next]!;
    setTab(nextTab);
    tabRefs.current[nextTab]?.focus();
  };

  if (!state.open) {
    return (
      <button type="button" className="ss-launcher" aria-label={t('sidebar.expand')} onClick={() => onStateChange({ open: true })}>
        <span aria-hidden="true">SS</span>
      </button>
    );
  }

  const pageTypeLabel = page.pageType ? t(`pageType.${page.pageType}`) : t('pageType.unknown');
  const docked = isSidebarDocked(state, page.pageType);
  // Docking is the app's (the page narrows once it has loaded), so its toggle comes with the app: the
  // first-paint frame, which this hydrates, has none.
  const dockReady = panelsReady;

  return (
    <aside className={dockReady && docked ? 'ss-sidebar ss-docked' : 'ss-sidebar'} role="complementary" aria-label="Seller Sidekick" style={{ width }} data-platform={page.platform} data-page-type={page.pageType ?? ''}>
      <div
        className="ss-resize"
        role="separator"
        aria-orientation="vertical"
        aria-label={t('sidebar.resize')}
        aria-valuemin={SIDEBAR_MIN_WIDTH}
        aria-valuemax={SIDEBAR_MAX_WIDTH}
        aria-valuenow={width}
        tabIndex={0}
        onPointerDown={onPointerDown}
        onKeyDown={onResizeKey}
      />
      <header className="ss-header">
        <div className="ss-title">
          <span className="ss-logo" aria-hidden="true" />
          <span>{t('app.name')}</span>
        </div>
        <div className="ss-header-actions">
          {dockReady ? (
            <button
              type="button"
              className="ss-icon-button ss-dock-toggle"
              aria-pressed={docked}
              aria-label={t('sidebar.dock')}
              title={t('sidebar.dock')}
              onClick={() => onStateChange({ mode: docked ? 'overlay' : 'docked' })}
            >
              <span className="ss-dock-icon" aria-hidden="true" />
            </button>
          ) : null}
          <button type="button" className="ss-icon-button" aria-label={t('sidebar.collapse')} title={t('sidebar.collapse')} onClick={() => onStateChange({ open: false })}>
            <span aria-hidden="true">»</span>
          </button>
        </div>
      </header>
      <dl className="ss-context">
        <div>
          <dt>{t('context.marketplace')}</dt>
          <dd data-testid="ss-platform">{page.platformName}</dd>
        </div>
        <div>
          <dt>{t('context.store')}</dt>
          <dd data-testid="ss-store">{page.storeName ?? t('context.storeUnknown')}</dd>
        </div>
        <div>
          <dt>{t('context.page')}</dt>
          <dd data-testid="ss-page-type">{pageTypeLabel}</dd>
        </div>
      </dl>
      <div className="ss-tabs" role="tablist" aria-label={t('sidebar.tabs')} onKeyDown={onTabKey}>
        {TABS.map((id) => (
          <button
            key={id}
            ref={(el) => {
              tabRefs.current[id] = el;
            }}
            type="button"
            role="tab"
            id={`ss-tab-${id}`}
            aria-selected={tab === id}
            aria-controls={`ss-panel-${id}`}
            tabIndex={tab === id ? 0 : -1}
            className="ss-tab"
            onClick={() => setTab(id)}
          >
            {t(`tab.${id}`)}
            {counts?.[id] ? <span className="ss-count">{counts[id]}</span> : null}
          </button>
        ))}
      </div>
      {TABS.map((id) => (
        <section key={id} className="ss-panel" role="tabpanel" id={`ss-panel-${id}`} aria-labelledby={`ss-tab-${id}`} hidden={tab !== id} tabIndex={0}>
          {tab === id && panelsReady ? <PanelBoundary>{panels[id]}</PanelBoundary> : null}
        </section>
      ))}
    </aside>
  );
}
