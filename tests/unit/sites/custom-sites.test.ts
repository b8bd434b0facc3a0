import { addCustomSite, originOf, removeCustomSite, type CustomSiteApi, type RemoveSiteApi } from '../../../lib/sites/custom-sites';

function fakeApi(grant: boolean | 'throws', registered: string[] = [], portsInPatterns = true, registerFails = false) {
  const calls: string[] = [];
  const api: CustomSiteApi = {
    portsInPatterns,
    requestOrigin: async (pattern) => {
      calls.push(`request ${pattern}`);
      if (grant === 'throws') throw new Error(`Cannot request origin permission for ${pattern} since it was not declared in optional_permissions`);
      return grant;
    },
    isScriptRegistered: async (id) => registered.includes(id),
    registerScript: async ({ id, matches }) => {
      calls.push(`register ${id} ${matches.join(' ')}`);
      if (registerFails) throw new Error('Invalid content script');
    },
    removeOrigin: async (pattern) => void calls.push(`remove ${pattern}`),
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

  test('a request the browser throws on is a refusal: nothing added, nothing registered', async () => {
    const { api, calls } = fakeApi('throws');
    expect(await addCustomSite(api, 'https://erp.example.com', [])).toEqual({ ok: false, reason: 'denied', origin: 'https://erp.example.com' });
    expect(calls).toEqual(['request https://erp.example.com/*']);
  });

  test('a script that cannot be registered leaves the site off the list and gives the access back', async () => {
    const { api, calls } = fakeApi(true, [], true, true);
    expect(await addCustomSite(api, 'https://erp.example.com', [])).toEqual({ ok: false, reason: 'failed', origin: 'https://erp.example.com', error: 'Invalid content script' });
    expect(calls).toEqual(['request https://erp.example.com/*', 'register custom-site:https://erp.example.com https://erp.example.com/*', 'remove https://erp.example.com/*']);
  });

  test('in Firefox a failed second port keeps the access the listed port still uses', async () => {
    const { api, calls } = fakeApi(true, [], false, true);
    const result = await addCustomSite(api, 'https://erp.local:9000', [{ origin: 'https://erp.local:8443', addedAt: 1 }]);
    expect(result).toMatchObject({ ok: false, reason: 'failed' });
    expect(calls.filter((c) => c.startsWith('remove'))).toEqual([]);
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

  test('with a port, Chrome asks for that port only', async () => {
    const { api, calls } = fakeApi(true);
    await addCustomSite(api, 'https://erp.local:8443/orders', [], 5);
    expect(calls).toEqual(['request https://erp.local:8443/*', 'register custom-site:https://erp.local:8443 https://erp.local:8443/*']);
  });

  test('with a port, Firefox asks for the host (its match patterns have no port) and the site keeps its port', async () => {
    const { api, calls } = fakeApi(true, [], false);
    const result = await addCustomSite(api, 'https://erp.local:8443/orders', [], 5);
    expect(calls).toEqual(['request https://erp.local/*', 'register custom-site:https://erp.local https://erp.local/*']);
    expect(result).toEqual({ ok: true, origin: 'https://erp.local:8443', sites: [{ origin: 'https://erp.local:8443', addedAt: 5 }] });
  });

  test('in Firefox a second port of the same host reuses the host\'s script instead of mounting a second sidebar', async () => {
    const { api, calls } = fakeApi(true, ['custom-site:https://erp.local'], false);
    const result = await addCustomSite(api, 'https://erp.local:9000/', [{ origin: 'https://erp.local:8443', addedAt: 1 }], 7);
    expect(calls).toEqual(['request https://erp.local/*']);
    expect(result.ok && result.sites.map((s) => s.origin)).toEqual(['https://erp.local:8443', 'https://erp.local:9000']);
  });
});

describe('removing an added site', () => {
  function fakeRemoveApi(portsInPatterns: boolean) {
    const calls: string[] = [];
    const api: RemoveSiteApi = {
      portsInPatterns,
      unregisterScript: async (id) => void calls.push(`unregister ${id}`),
      removeOrigin: async (pattern) => void calls.push(`remove ${pattern}`),
    };
    return { api, calls };
  }
  const sites = [
    { origin: 'https://erp.local:8443', addedAt: 1 },
    { origin: 'https://erp.local:9000', addedAt: 2 },
    { origin: 'https://shop.example.com', addedAt: 3 },
  ];

  test('its script and permission go with it', async () => {
    const { api, calls } = fakeRemoveApi(false);
    expect(await removeCustomSite(api, 'https://shop.example.com', sites)).toEqual(sites.slice(0, 2));
    expect(calls).toEqual(['unregister custom-site:https://shop.example.com', 'remove https://shop.example.com/*']);
  });

  test('in Firefox the host keeps its script and permission while another port of it is still listed', async () => {
    const { api, calls } = fakeRemoveApi(false);
    const left = await removeCustomSite(api, 'https://erp.local:8443', sites);
    expect(left.map((s) => s.origin)).toEqual(['https://erp.local:9000', 'https://shop.example.com']);
    expect(calls).toEqual([]);
    const { api: api2, calls: calls2 } = fakeRemoveApi(false);
    await removeCustomSite(api2, 'https://erp.local:9000', left);
    expect(calls2).toEqual(['unregister custom-site:https://erp.local', 'remove https://erp.local/*']);
  });

  test('in Chrome each port is its own pattern', async () => {
    const { api, calls } = fakeRemoveApi(true);
    await removeCustomSite(api, 'https://erp.local:8443', sites);
    expect(calls).toEqual(['unregister custom-site:https://erp.local:8443', 'remove https://erp.local:8443/*']);
  });
});
