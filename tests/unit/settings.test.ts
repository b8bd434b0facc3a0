import { firstPaintFromRows, pageSettingsFromFirstPaint } from '../../lib/settings';

describe('first-paint settings mirror', () => {
  const mirror = firstPaintFromRows([
    { key: 'uiLanguage', value: 'zh-CN' },
    { key: 'sitesEnabled', value: { jd: false } },
    { key: 'sidebar:sycm.taobao.com', value: { open: false, width: 420 } },
    { key: 'sidebar:broken.example', value: { open: 'yes' } },
  ]);

  test('a collapsed sidebar stays collapsed on the next page of that site', () => {
    expect(pageSettingsFromFirstPaint(mirror, 'sycm.taobao.com', 'taobao')).toEqual({ uiLanguage: 'zh-CN', sidebar: { open: false, width: 420 }, siteEnabled: true });
  });

  test('a site seen for the first time opens the sidebar', () => {
    expect(pageSettingsFromFirstPaint(mirror, 'mms.pinduoduo.com', 'pinduoduo').sidebar).toEqual({ open: true, width: 360 });
  });

  test('a switched-off marketplace is off; a user-added site is always on', () => {
    expect(pageSettingsFromFirstPaint(mirror, 'jdsz.jd.com', 'jd').siteEnabled).toBe(false);
    expect(pageSettingsFromFirstPaint(mirror, 'erp.example.com', 'custom:https://erp.example.com').siteEnabled).toBe(true);
  });

  test('a damaged mirror falls back to first-visit defaults and a bad row is skipped', () => {
    expect(pageSettingsFromFirstPaint('garbage', 'sycm.taobao.com', 'taobao')).toEqual({ uiLanguage: 'auto', sidebar: { open: true, width: 360 }, siteEnabled: true });
    expect(mirror.sidebars['broken.example']).toBeUndefined();
  });
});
