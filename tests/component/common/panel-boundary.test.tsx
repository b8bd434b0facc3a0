import { fireEvent, render, screen } from '@testing-library/react';
import { LangProvider } from '../../../components/common/i18n';
import { PanelBoundary } from '../../../components/common/PanelBoundary';
import { Sidebar } from '../../../components/sidebar/Sidebar';
import type { PageContext } from '../../../components/sidebar/types';

const page: PageContext = {
  host: 'sycm.taobao.com',
  url: 'https://sycm.taobao.com/cc/item_rank',
  platform: 'taobao',
  platformName: '淘宝 / 生意参谋',
  pageType: 'analyticsTable',
  storeName: '花漾美妆旗舰店',
};

/** A panel reading a damaged record: it throws while rendering, as a real one would on bad data. */
function DamagedAlertList(): never {
  throw new Error('evidence.value is not a number');
}

beforeEach(() => {
  // React reports a caught render error on the console; the boundary's own warning is expected too.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

describe('one bad record can’t blank the sidebar or the options page', () => {
  test('a sidebar tab that throws shows a localized error; the other tabs still render', () => {
    render(
      <LangProvider lang="zh-CN">
        <Sidebar page={page} state={{ open: true, width: 360 }} onStateChange={vi.fn()} panels={{ playbooks: <p>checklist</p>, compliance: <p>findings</p>, alerts: <DamagedAlertList /> }} />
      </LangProvider>,
    );
    expect(screen.getByRole('complementary', { name: 'Seller Sidekick' })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toMatch(/这一部分无法显示.*详情：evidence\.value is not a number/);
    fireEvent.click(screen.getByRole('tab', { name: '运营手册' }));
    expect(screen.getByRole('tabpanel').textContent).toBe('checklist');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  test('an options section that throws leaves its neighbours working, in English too', () => {
    render(
      <LangProvider lang="en">
        <PanelBoundary>
          <DamagedAlertList />
        </PanelBoundary>
        <PanelBoundary>
          <button type="button">Export backup</button>
        </PanelBoundary>
      </LangProvider>,
    );
    expect(screen.getByRole('alert').textContent).toMatch(/^This section could not be shown/);
    expect(screen.getByRole('button', { name: 'Export backup' })).toBeTruthy();
  });
});
