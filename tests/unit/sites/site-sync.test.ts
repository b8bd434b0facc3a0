import { openDatabase } from '../../../lib/db/schema';
import { forgetRevokedSites, syncSitesWithList } from '../../../lib/workflows/site-sync';
import { updateSetting } from '../../../lib/db/settings-repo';
import { patternCovers, reconcileCustomSites, type SiteSyncApi } from '../../../lib/sites/custom-sites';
import { SELLER_HOST_PATTERNS } from '../../../lib/sites/hosts';

const guard = (id: string) => `${id}#typing-guard`;
/** Both scripts of a site registered by this version. */
const site = (origin: string) => [`custom-site:${origin}`, guard(`custom-site:${origin}`)];

/** The browser's scripts and permissions as plain state; every call is logged in order. */
function fakeBrowser(state: { scripts: string[]; origins: string[] }) {
  const calls: string[] = [];
  const api: SiteSyncApi = {
    portsInPatterns: true,
    requiredPatterns: [],
    registeredScriptIds: async () => [...state.scripts],
    // As the browser's (lib/sites/browser.ts): a site's script goes and comes with its typing guard.
    unregisterScripts: async (ids) => {
      calls.push(`unregister ${ids.join(' ')}`);
      state.scripts = state.scripts.filter((id) => !ids.some((gone) => id === gone || id === guard(gone)));
    },
    registerScript: async ({ id }) => {
      calls.push(`register ${id}`);
      state.scripts.push(id, guard(id));
    },
    grantedOrigins: async () => [...state.origins],
    removeOrigins: async (patterns) => {
      calls.push(`revoke ${patterns.join(' ')}`);
      state.origins = state.origins.filter((p) => !patterns.includes(p));
    },
  };
  return { api, calls, state };
}

const ERP = 'https://erp.example.com';
const SHOP = 'http://192.168.1.20:8080';
const BUILT_IN = SELLER_HOST_PATTERNS.slice(0, 3);

describe('the browser follows the site list', () => {
  test('after "Clear all" (an empty list) no added site keeps its script or permission; seller hosts stay', async () => {
    const browser = fakeBrowser({ scripts: [...site(ERP), ...site(SHOP), 'someone-elses'], origins: [...BUILT_IN, `${ERP}/*`, `${SHOP}/*`] });
    const result = await reconcileCustomSites(browser.api, [], SELLER_HOST_PATTERNS);
    expect(browser.state).toEqual({ scripts: ['someone-elses'], origins: BUILT_IN });
    expect(result.sites).toEqual([]);
  });

  test('after a restore: listed sites with permission get their script back; sites without it leave the list', async () => {
    const browser = fakeBrowser({ scripts: [], origins: [...BUILT_IN, `${ERP}/*`, 'https://old.example.org/*'] });
    const listed = [
      { origin: ERP, addedAt: 1 },
      { origin: SHOP, addedAt: 2 },
    ];
    const result = await reconcileCustomSites(browser.api, listed, SELLER_HOST_PATTERNS);
    expect(result).toMatchObject({ sites: [{ origin: ERP, addedAt: 1 }], needPermission: [SHOP], registered: [`custom-site:${ERP}`], revoked: ['https://old.example.org/*'] });
    expect(browser.state.scripts).toEqual(site(ERP));
  });

  test('a broad grant that covers a listed site is kept', async () => {
    const browser = fakeBrowser({ scripts: site(ERP), origins: ['https://*/*'] });
    const result = await reconcileCustomSites(browser.api, [{ origin: ERP, addedAt: 1 }], SELLER_HOST_PATTERNS);
    expect(result).toMatchObject({ sites: [{ origin: ERP, addedAt: 1 }], revoked: [], registered: [], unregistered: [] });
    expect(browser.calls).toEqual([]);
  });

  test('a site added before the typing guard existed gets its guard, registered again with its script; a lone guard goes', async () => {
    // What an update finds: ERP's script registered by an older version without the document_start guard, and a
    // guard whose site was removed while its script was unregistered on its own.
    const browser = fakeBrowser({ scripts: [`custom-site:${ERP}`, guard(`custom-site:${SHOP}`)], origins: [`${ERP}/*`] });
    const result = await reconcileCustomSites(browser.api, [{ origin: ERP, addedAt: 1 }], SELLER_HOST_PATTERNS);
    expect(browser.state.scripts.sort()).toEqual(site(ERP).sort());
    expect(browser.calls).toEqual([`unregister custom-site:${SHOP}`, `unregister custom-site:${ERP}`, `register custom-site:${ERP}`]);
    expect(result).toMatchObject({ registered: [`custom-site:${ERP}`], unregistered: [`custom-site:${SHOP}`] });
  });

  test.each([
    ['https://erp.example.com/*', ERP, true],
    ['*://erp.example.com/*', ERP, true],
    ['https://*.example.com/*', ERP, true],
    ['http://erp.example.com/*', ERP, false],
    ['https://erp.example.com.evil.io/*', ERP, false],
    ['<all_urls>', SHOP, true],
  ])('pattern %s covers %s: %s', (pattern, origin, covers) => {
    expect(patternCovers(pattern, origin)).toBe(covers);
  });

  test('the stored list keeps only the sites the browser still lets us run on', async () => {
    const db = openDatabase(`sites-${Math.random().toString(36).slice(2)}`);
    await db.settings.put({ key: 'customSites', value: [{ origin: ERP, addedAt: 1 }, { origin: SHOP, addedAt: 2 }] });
    const browser = fakeBrowser({ scripts: [], origins: [`${SHOP}/*`] });
    expect((await syncSitesWithList(db, browser.api)).needPermission).toEqual([ERP]);
    expect((await db.settings.get('customSites'))?.value).toEqual([{ origin: SHOP, addedAt: 2 }]);
    expect(browser.state.scripts).toEqual(site(SHOP));
  });

  test('a pattern the manifest holds (Chrome lists admin.shopify.com/* beside /store/*) is never given back', async () => {
    const db = openDatabase(`sites-${Math.random().toString(36).slice(2)}`);
    const browser = fakeBrowser({ scripts: [], origins: ['https://admin.shopify.com/*', `${ERP}/*`] });
    await syncSitesWithList(db, { ...browser.api, requiredPatterns: ['https://admin.shopify.com/*'] });
    expect(browser.state.origins).toEqual(['https://admin.shopify.com/*']);
  });

  test('permissions.onRemoved: the revoked site leaves the list and its script is unregistered', async () => {
    const db = openDatabase(`sites-${Math.random().toString(36).slice(2)}`);
    await db.settings.put({ key: 'customSites', value: [{ origin: ERP, addedAt: 1 }, { origin: SHOP, addedAt: 2 }] });
    const browser = fakeBrowser({ scripts: [...site(ERP), ...site(SHOP)], origins: [] });
    await forgetRevokedSites(db, browser.api, [`${ERP}/*`]);
    expect((await db.settings.get('customSites'))?.value).toEqual([{ origin: SHOP, addedAt: 2 }]);
    expect(browser.calls).toEqual([`unregister custom-site:${ERP}`]);
  });
});

test('switching two marketplaces off at once (two options tabs) keeps both switches', async () => {
  const db = openDatabase(`sites-${Math.random().toString(36).slice(2)}`);
  await Promise.all([
    updateSetting(db, 'sitesEnabled', (current) => ({ ...current, jd: false })),
    updateSetting(db, 'sitesEnabled', (current) => ({ ...current, pinduoduo: false })),
  ]);
  expect((await db.settings.get('sitesEnabled'))?.value).toEqual({ jd: false, pinduoduo: false });
});
