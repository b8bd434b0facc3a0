import { act } from '@testing-library/react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { LangProvider } from '../../../components/common/i18n';
import { renderShellFrame } from '../../../components/sidebar/shell-frame';
import { Sidebar } from '../../../components/sidebar/Sidebar';
import { defaultTabFor, type PageContext, type SidebarTab } from '../../../components/sidebar/types';

const page: PageContext = {
  host: 'sycm.taobao.com',
  url: 'https://sycm.taobao.com/cc/item_rank',
  platform: 'taobao',
  platformName: '淘宝 / 生意参谋',
  pageType: 'analyticsTable',
  storeName: '花漾美妆旗舰店',
};

// The content-script shell paints this frame before React loads; React must adopt it node for node.
describe('content-script shell frame', () => {
  let root: Root | null = null;
  afterEach(() => {
    act(() => root?.unmount());
    root = null;
    document.body.replaceChildren();
  });

  test.each([
    ['en', { open: true, width: 360 }, page],
    ['zh-CN', { open: true, width: 420 }, { ...page, pageType: null, storeName: undefined }],
    ['en', { open: false, width: 360 }, page],
    ['en', { open: true, width: 360, mode: 'overlay' }, page],
    ['zh-CN', { open: true, width: 400, mode: 'docked' }, { ...page, pageType: 'listingEditor' }],
  ] as const)('React (%s) hydrates it without re-rendering, keeping its nodes', async (lang, state, pageContext) => {
    const container = document.createElement('div');
    document.body.append(container);
    const frame = renderShellFrame(container, pageContext, state, lang);
    const before = [...container.querySelectorAll('*')];
    const errors: unknown[] = [];
    // React 19 reports a differing attribute through console.error and keeps the shell's value (no
    // recoverable error): a guard listening only to onRecoverableError would pass over it.
    const logged: unknown[][] = [];
    const consoleError = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void logged.push(args));
    await act(async () => {
      root = hydrateRoot(
        container,
        <LangProvider lang={lang}>
          <div className="ss-root" lang={lang}>
            <Sidebar
              page={pageContext}
              state={frame.state}
              initialTab={frame.tab}
              deferPanels
              onStateChange={() => undefined}
              panels={{ playbooks: <p>checklist</p>, compliance: <p>findings</p>, alerts: <p>alert list</p> }}
            />
          </div>
        </LangProvider>,
        { onRecoverableError: (e) => errors.push(e) },
      );
    });
    consoleError.mockRestore();
    expect(errors).toEqual([]);
    expect(logged).toEqual([]);
    for (const node of before) expect(node.isConnected).toBe(true);
    if (state.open) expect(container.querySelector('[role="tabpanel"]:not([hidden])')?.textContent).toBe({ alerts: 'alert list', playbooks: 'checklist', compliance: 'findings' }[frame.tab]);
    // The dock toggle comes with the app, after the frame is adopted.
    if (state.open) expect(container.querySelector('button[aria-label="Dock beside the page"], button[aria-label="停靠在页面旁"]')).not.toBeNull();
  });

  test('tabs, collapse and resize keys work before React and are handed over', () => {
    const container = document.createElement('div');
    document.body.append(container);
    const frame = renderShellFrame(container, page, { open: true, width: 360 }, 'en');
    expect(frame.tab).toBe(defaultTabFor(page.pageType));
    const tab = (id: SidebarTab) => container.querySelector<HTMLElement>(`#ss-tab-${id}`)!;
    tab('alerts').dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }));
    expect(frame.tab).toBe('compliance');
    expect(tab('compliance').getAttribute('aria-selected')).toBe('true');
    container.querySelector('.ss-resize')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }));
    expect(container.querySelector('.ss-resize')!.getAttribute('aria-valuenow')).toBe('380');
    container.querySelector<HTMLElement>('button[aria-label="Collapse sidebar"]')!.click();
    expect(container.querySelector('.ss-launcher')).not.toBeNull();
    expect(frame.pending).toEqual({ width: 380, open: false });
    frame.detach();
    container.querySelector<HTMLElement>('.ss-launcher')!.click();
    expect(frame.state.open).toBe(false);
  });

});
