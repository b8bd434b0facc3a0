import { fireEvent, render, screen } from '@testing-library/react';
import { LangProvider } from '../../../components/common/i18n';
import { Sidebar } from '../../../components/sidebar/Sidebar';
import type { PageContext } from '../../../components/sidebar/types';
import type { SidebarState } from '../../../lib/page-settings';

const page: PageContext = {
  host: 'sycm.taobao.com',
  url: 'https://sycm.taobao.com/cc/item_rank',
  platform: 'taobao',
  platformName: '淘宝 / 生意参谋',
  pageType: 'analyticsTable',
  storeName: '花漾美妆旗舰店',
};

function renderSidebar(lang: 'en' | 'zh-CN', state: SidebarState = { open: true, width: 360 }, onStateChange = vi.fn(), pageContext = page) {
  render(
    <LangProvider lang={lang}>
      <Sidebar page={pageContext} state={state} onStateChange={onStateChange} panels={{ playbooks: <p>checklist</p>, compliance: <p>findings</p>, alerts: <p>alert list</p> }} />
    </LangProvider>,
  );
  return onStateChange;
}

describe('sidebar shell', () => {
  test('is a complementary region named Seller Sidekick in Chinese too', () => {
    renderSidebar('zh-CN');
    expect(screen.getByRole('complementary', { name: 'Seller Sidekick' })).toBeTruthy();
    expect(screen.getAllByRole('tab').map((t) => t.textContent)).toEqual(['运营手册', '合规检查', '数据预警']);
  });

  test('an analytics table opens on the Alerts tab, a listing editor on Compliance', () => {
    renderSidebar('en');
    expect(screen.getByRole('tab', { selected: true }).textContent).toBe('Alerts');
    expect(screen.getByRole('tabpanel').textContent).toBe('alert list');
  });

  test('arrow keys move between tabs', () => {
    renderSidebar('en', undefined, undefined, { ...page, pageType: 'campaign' });
    const first = screen.getByRole('tab', { name: 'Playbooks' });
    fireEvent.keyDown(first, { key: 'ArrowRight' });
    expect(screen.getByRole('tab', { selected: true }).textContent).toBe('Compliance');
    fireEvent.keyDown(first, { key: 'End' });
    expect(screen.getByRole('tab', { selected: true }).textContent).toBe('Alerts');
  });

  test('the separator resizes by keyboard within 280–720 px', () => {
    const onChange = renderSidebar('en', { open: true, width: 700 });
    const separator = screen.getByRole('separator', { name: 'Resize sidebar' });
    fireEvent.keyDown(separator, { key: 'ArrowLeft' });
    expect(onChange).toHaveBeenLastCalledWith({ width: 720 });
    fireEvent.keyDown(separator, { key: 'ArrowRight', shiftKey: true });
    expect(onChange).toHaveBeenLastCalledWith({ width: 620 });
  });

  test('collapsed, only the slim tab remains and it reopens the sidebar', () => {
    const onChange = renderSidebar('en', { open: false, width: 360 });
    expect(screen.queryByRole('complementary')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Open Seller Sidekick' }));
    expect(onChange).toHaveBeenCalledWith({ open: true });
  });

  test.each([
    ['en', 'analyticsTable', undefined, true, 'overlay'],
    ['en', 'productList', undefined, true, 'overlay'],
    ['en', 'listingEditor', undefined, false, 'docked'],
    ['zh-CN', 'dashboard', undefined, false, 'docked'],
    ['en', null, undefined, false, 'docked'],
    ['zh-CN', 'analyticsTable', 'overlay', false, 'docked'],
    ['en', 'listingEditor', 'docked', true, 'overlay'],
  ] as const)('%s, %s page, stored mode %s: the dock toggle is pressed: %s, and pressing it asks for %s', (lang, pageType, mode, pressed, next) => {
    const onChange = renderSidebar(lang, { open: true, width: 360, ...(mode ? { mode } : {}) }, undefined, { ...page, pageType });
    const toggle = screen.getByRole('button', { name: lang === 'en' ? 'Dock beside the page' : '停靠在页面旁' });
    expect(toggle.getAttribute('aria-pressed')).toBe(String(pressed));
    expect(screen.getByRole('complementary').classList.contains('ss-docked')).toBe(pressed);
    // A native button: Enter and Space press it like a click.
    fireEvent.click(toggle);
    expect(onChange).toHaveBeenLastCalledWith({ mode: next });
  });


  test('shows marketplace, store and page type, or says the store is not shown', () => {
    renderSidebar('en', undefined, undefined, { ...page, storeName: undefined, pageType: null });
    expect(screen.getByTestId('ss-store').textContent).toBe('not shown on this page');
    expect(screen.getByTestId('ss-page-type').textContent).toBe('Other page');
  });
});
