import { readFirstPaint } from '../../lib/first-paint';
import { coreMessages } from '../../lib/messaging/core';
import { clampSidebarWidth } from '../../lib/page-settings';
import { DEFAULT_SIDEBAR, firstPaintFromRows, firstPaintSchema, sidebarStateSchema } from '../../lib/settings-schemas';

/** The reading rules stated with the zod schema the mirror is written by: the oracle for the hand check. */
function readWithSchema(mirror: unknown, host: string, platform: string) {
  const parsed = firstPaintSchema.safeParse(mirror);
  const data = parsed.success ? parsed.data : { uiLanguage: 'auto' as const, sitesEnabled: {}, sidebars: {} };
  const enabled = platform.startsWith('custom:') ? true : ((data.sitesEnabled as Record<string, boolean | undefined>)[platform] ?? true);
  return { uiLanguage: data.uiLanguage, sidebar: (Object.hasOwn(data.sidebars, host) ? data.sidebars[host] : undefined) ?? DEFAULT_SIDEBAR, siteEnabled: enabled };
}

describe('first-paint settings mirror', () => {
  const mirror = firstPaintFromRows([
    { key: 'uiLanguage', value: 'zh-CN' },
    { key: 'sitesEnabled', value: { jd: false } },
    { key: 'sidebar:sycm.taobao.com', value: { open: false, width: 420 } },
    { key: 'sidebar:broken.example', value: { open: 'yes' } },
  ]);

  test('a collapsed sidebar stays collapsed on the next page of that site', () => {
    expect(readFirstPaint(mirror, 'sycm.taobao.com', 'taobao')).toEqual({ uiLanguage: 'zh-CN', sidebar: { open: false, width: 420 }, siteEnabled: true });
  });

  test('a site seen for the first time opens the sidebar', () => {
    expect(readFirstPaint(mirror, 'mms.pinduoduo.com', 'pinduoduo').sidebar).toEqual({ open: true, width: 360 });
  });

  test('a switched-off marketplace is off; a user-added site is always on', () => {
    expect(readFirstPaint(mirror, 'jdsz.jd.com', 'jd').siteEnabled).toBe(false);
    expect(readFirstPaint(mirror, 'erp.example.com', 'custom:https://erp.example.com').siteEnabled).toBe(true);
  });

  test('the dock choice is remembered per site; a row from before docking existed still reads (the page kind decides)', () => {
    const withMode = firstPaintFromRows([
      { key: 'sidebar:sycm.taobao.com', value: { open: true, width: 400, mode: 'overlay' } },
      { key: 'sidebar:mms.pinduoduo.com', value: { open: true, width: 400 } },
      { key: 'sidebar:jdsz.jd.com', value: { open: true, width: 400, mode: 'sideways' } },
    ]);
    expect(readFirstPaint(withMode, 'sycm.taobao.com', 'taobao').sidebar).toEqual({ open: true, width: 400, mode: 'overlay' });
    expect(readFirstPaint(withMode, 'mms.pinduoduo.com', 'pinduoduo').sidebar).toEqual({ open: true, width: 400 });
    expect(readFirstPaint(withMode, 'jdsz.jd.com', 'jd').sidebar).toEqual({ open: true, width: 360 });
  });

  test('a damaged mirror falls back to first-visit defaults and a bad row is skipped', () => {
    expect(readFirstPaint('garbage', 'sycm.taobao.com', 'taobao')).toEqual({ uiLanguage: 'auto', sidebar: { open: true, width: 360 }, siteEnabled: true });
    expect(mirror.sidebars['broken.example']).toBeUndefined();
  });

  test("the content-script shell's hand check reads the mirror exactly as the zod schema that writes it would", () => {
    const mirrors: unknown[] = [
      mirror,
      'garbage',
      null,
      undefined,
      [],
      {},
      { ...mirror, uiLanguage: 'fr' },
      { ...mirror, sitesEnabled: { nowhere: true } },
      { ...mirror, sitesEnabled: { jd: 'no' } },
      { ...mirror, sidebars: { 'sycm.taobao.com': { open: true, width: 279 } } },
      { ...mirror, sidebars: { 'sycm.taobao.com': { open: true, width: 300.5 } } },
      { ...mirror, sidebars: { 'sycm.taobao.com': { open: false, width: 720, extra: 1 } } },
      { ...mirror, sidebars: { 'sycm.taobao.com': { open: false, width: 400, mode: 'docked' } } },
      { ...mirror, sidebars: { 'sycm.taobao.com': { open: false, width: 400, mode: 'floating' } } },
      { ...mirror, sidebars: [] },
    ];
    for (const m of mirrors)
      for (const [host, platform] of [
        ['sycm.taobao.com', 'taobao'],
        ['jdsz.jd.com', 'jd'],
        ['erp.example.com', 'custom:https://erp.example.com'],
      ] as const)
        expect(readFirstPaint(m, host, platform), JSON.stringify([m, host])).toEqual(readWithSchema(m, host, platform));
  });
});

describe('sidebar width bounds, one set for every reader', () => {
  // The product's bounds, stated here rather than read from lib/page-settings.
  const [MIN, MAX] = [280, 720];
  test.each([
    [MIN - 1, false],
    [MIN, true],
    [MAX, true],
    [MAX + 1, false],
  ])('width %i is accepted: %s (stored setting, sidebar/set message, first-paint mirror)', (width, ok) => {
    expect(sidebarStateSchema.safeParse({ open: true, width }).success).toBe(ok);
    expect(coreMessages['sidebar/set'].request.safeParse({ host: 'sycm.taobao.com', width }).success).toBe(ok);
    const mirror = { uiLanguage: 'en', sitesEnabled: {}, sidebars: { 'sycm.taobao.com': { open: false, width } } };
    expect(readFirstPaint(mirror, 'sycm.taobao.com', 'taobao').sidebar).toEqual(ok ? { open: false, width } : { open: true, width: 360 });
  });

  test('a drag or key step is clamped to the same bounds', () => {
    expect([clampSidebarWidth(100), clampSidebarWidth(360.4), clampSidebarWidth(5000)]).toEqual([MIN, 360, MAX]);
  });
});
