import { addCustomSite, originOf, type CustomSiteApi } from '../../../lib/sites/custom-sites';

function fakeApi(grant: boolean, registered: string[] = []) {
  const calls: string[] = [];
  const api: CustomSiteApi = {
    requestOrigin: async (pattern) => {
      calls.push(`request ${pattern}`);
      return grant;
    },
    isScriptRegistered: async (id) => registered.includes(id),
    registerScript: async ({ id, matches }) => {
      calls.push(`register ${id} ${matches.join(' ')}`);
    },
  };
  return { api, calls };
}

describe('adding a self-hosted shop admin or ERP', () => {
  test.each([
    ['https://erp.example.com/orders?page=2', 'https://erp.example.com'],
    ['  http://192.168.1.20:8080/admin ', 'http://192.168.1.20:8080'],
    ['erp.example.com', null],
    ['ftp://erp.example.com', null],
    ['javascript:alert(1)', null],
  ])('%s is site %s', (address, origin) => {
    expect(originOf(address)).toBe(origin);
  });

  test('a granted site gets our content script and joins the list', async () => {
    const { api, calls } = fakeApi(true);
    const result = await addCustomSite(api, 'https://erp.example.com/orders', [], 5);
    expect(result).toEqual({ ok: true, origin: 'https://erp.example.com', sites: [{ origin: 'https://erp.example.com', addedAt: 5 }] });
    expect(calls).toEqual(['request https://erp.example.com/*', 'register custom-site:https://erp.example.com https://erp.example.com/*']);
  });

  test('a refused permission adds nothing and registers nothing', async () => {
    const { api, calls } = fakeApi(false);
    expect(await addCustomSite(api, 'https://erp.example.com', [])).toEqual({ ok: false, reason: 'denied', origin: 'https://erp.example.com' });
    expect(calls).toEqual(['request https://erp.example.com/*']);
  });

  test('an address that is not a web site asks the browser for nothing', async () => {
    const { api, calls } = fakeApi(true);
    expect(await addCustomSite(api, 'not a url', [])).toEqual({ ok: false, reason: 'invalid' });
    expect(calls).toEqual([]);
  });

  test('adding a site again does not register its script twice or list it twice', async () => {
    const { api, calls } = fakeApi(true, ['custom-site:https://erp.example.com']);
    const result = await addCustomSite(api, 'https://erp.example.com/', [{ origin: 'https://erp.example.com', addedAt: 1 }], 9);
    expect(result.ok && result.sites).toEqual([{ origin: 'https://erp.example.com', addedAt: 9 }]);
    expect(calls.filter((c) => c.startsWith('register'))).toEqual([]);
  });
});
