// @vitest-environment jsdom
import { ADAPTERS, adapterForUrl, detectCustomPage, detectPage, guessPageType, listingSelectorsFor, matchPageType, tableHintsForUrl } from '../../../lib/sites';
import { amazon } from '../../../lib/sites/adapters/amazon';
import { table as taobaoTable } from '../../../lib/sites/adapters/taobao';
import { SELLER_HOST_PATTERNS } from '../../../lib/sites/hosts';
import { PAGE_TYPES, type AdapterExamples, type SiteAdapter } from '../../../lib/sites/types';

// Each adapter file exports its rules' example URLs as `examples`, beside the adapter and out of
// the shipped bundle (nothing but this test imports them).
const adapterModules = import.meta.glob<Record<string, unknown>>('../../../lib/sites/adapters/*.ts', { eager: true });
function examplesOf(adapter: SiteAdapter): AdapterExamples | undefined {
  const module = Object.values(adapterModules).find((exports) => Object.values(exports).includes(adapter));
  return module?.examples as AdapterExamples | undefined;
}

const exampleCases = ADAPTERS.flatMap((adapter) =>
  adapter.pageTypes.flatMap((rule) => {
    const examples = examplesOf(adapter)?.[rule.type] ?? { accept: [], reject: [] };
    return [
      ...examples.accept.map((url) => ({ platform: adapter.platform, type: rule.type, url, accept: true })),
      ...examples.reject.map((url) => ({ platform: adapter.platform, type: rule.type, url, accept: false })),
    ];
  }),
);

function matchesPattern(pattern: string, url: string): boolean {
  const body = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${body}$`).test(url);
}

const dom = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('every adapter example URL is read as its page type', () => {
  test.each(exampleCases.filter((c) => c.accept))('$platform: $url is $type', ({ platform, type, url }) => {
    const adapter = adapterForUrl(url);
    expect(adapter?.platform).toBe(platform);
    expect(detectPage(url)?.pageType).toBe(type);
  });
  test.each(exampleCases.filter((c) => !c.accept))('$platform: $url is not $type', ({ type, url }) => {
    expect(detectPage(url)?.pageType).not.toBe(type);
  });
});

describe('adapters as data', () => {
  test('every page type has at least one accepted and one rejected example, and every example a rule', () => {
    for (const adapter of ADAPTERS) {
      const examples = examplesOf(adapter);
      expect(examples, `${adapter.platform} exports no examples`).toBeDefined();
      for (const rule of adapter.pageTypes) {
        expect(examples?.[rule.type]?.accept.length, `${adapter.platform} ${rule.type}`).toBeGreaterThan(0);
        expect(examples?.[rule.type]?.reject.length, `${adapter.platform} ${rule.type}`).toBeGreaterThan(0);
        expect(PAGE_TYPES).toContain(rule.type);
      }
      expect(Object.keys(examples ?? {}).sort()).toEqual(adapter.pageTypes.map((rule) => rule.type).sort());
    }
  });

  test('every adapter host is covered by the production match patterns', () => {
    for (const host of ADAPTERS.flatMap((adapter) => adapter.hosts)) {
      const url = host === 'admin.shopify.com' ? `https://${host}/store/acme/products` : `https://${host}/any/page`;
      expect(SELLER_HOST_PATTERNS.some((pattern) => matchesPattern(pattern, url)), host).toBe(true);
    }
  });

  test('the match patterns ask for named https hosts only, and on Shopify for the stores only', () => {
    for (const pattern of SELLER_HOST_PATTERNS) expect(pattern).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]+\//);
    expect(SELLER_HOST_PATTERNS).toContain('https://admin.shopify.com/store/*');
    expect(SELLER_HOST_PATTERNS).not.toContain('https://admin.shopify.com/*');
    expect(SELLER_HOST_PATTERNS).toContain('https://sycm.taobao.com/*');
  });

  test('no host belongs to two adapters, and every Amazon region is one adapter host', () => {
    const hosts = ADAPTERS.flatMap((adapter) => adapter.hosts);
    expect(new Set(hosts).size).toBe(hosts.length);
    for (const host of amazon.hosts) expect(adapterForUrl(`https://${host}/home`)?.platform).toBe('amazon');
  });

  test('Chinese marketplaces report in Shanghai time and yuan', () => {
    for (const platform of ['taobao', 'tmall', 'jd', 'pinduoduo', 'douyin']) {
      const adapter = ADAPTERS.find((a) => a.platform === platform);
      expect([adapter?.timeZone, adapter?.currency]).toEqual(['Asia/Shanghai', 'CNY']);
    }
  });

  test.each([
    ['https://sellercentral.amazon.com/home', 'America/Los_Angeles', 'USD'],
    ['https://sellercentral.amazon.co.uk/home', 'Europe/London', 'GBP'],
    ['https://sellercentral.amazon.de/home', 'Europe/Berlin', 'EUR'],
    ['https://sellercentral.amazon.co.jp/home', 'Asia/Tokyo', 'JPY'],
    ['https://admin.shopify.com/store/acme/analytics', 'UTC', 'USD'],
  ])('%s reports in %s and %s', (url, zone, currency) => {
    expect(detectPage(url)).toMatchObject({ timeZone: zone, currency });
  });

  test('every Amazon host has its own zone and currency', () => {
    expect(amazon.hosts.length).toBe(21);
    for (const host of amazon.hosts) {
      expect(amazon.timeZoneByHost?.[host], host).toBeTruthy();
      expect(amazon.currencyByHost?.[host], host).toMatch(/^[A-Z]{3}$/);
    }
  });
});

describe('feature hints beside the adapters', () => {
  test('every marketplace has its table hints and listing selectors', () => {
    for (const adapter of ADAPTERS) {
      expect(tableHintsForUrl(`https://${adapter.hosts[0]}/store/acme/x`)?.productIdPatterns?.length, adapter.platform).toBeGreaterThan(0);
      expect(listingSelectorsFor(adapter.platform)?.title?.length, adapter.platform).toBeGreaterThan(0);
    }
  });

  test("a Tmall shop's 生意参谋 table is read with the host's (Taobao's) hints", () => {
    const doc = dom('<span data-shop-type="tmall">天猫</span><table></table>');
    expect(detectPage('https://sycm.taobao.com/cc/item_rank', doc)?.platform).toBe('tmall');
    expect(tableHintsForUrl('https://sycm.taobao.com/cc/item_rank')).toBe(taobaoTable);
  });

  test('a user-added site or a foreign page has none', () => {
    expect(listingSelectorsFor('custom:https://erp.example.net')).toBeUndefined();
    expect(tableHintsForUrl('https://erp.example.net/reports')).toBeUndefined();
  });
});

describe('detectPage', () => {
  test.each(['https://example.com/', 'https://www.taobao.com/', 'https://item.taobao.com/item.htm?id=742198305561', 'not a url', 'file:///tmp/x.html'])(
    '%s is not a seller page',
    (url) => {
      expect(detectPage(url)).toBeNull();
      expect(adapterForUrl(url)).toBeNull();
    },
  );

  test('a seller host with an unknown page is the marketplace with no page type', () => {
    expect(detectPage('https://sycm.taobao.com/hostile.html')).toMatchObject({ platform: 'taobao', pageType: null });
  });

  test('the shop name is read from the page header', () => {
    const doc = dom('<header><span data-role="shop-name"> 花漾美妆旗舰店 </span></header><table></table>');
    expect(detectPage('https://sycm.taobao.com/cc/item_rank', doc)).toMatchObject({ storeName: '花漾美妆旗舰店', pageType: 'analyticsTable' });
  });

  test('a Shopify store name comes from the admin URL', () => {
    expect(detectPage('https://admin.shopify.com/store/bloomwell-beauty/products/123')?.storeName).toBe('bloomwell-beauty');
  });

  test('生意参谋 is Taobao unless the page marks a Tmall shop', () => {
    const url = 'https://sycm.taobao.com/cc/item_rank';
    expect(detectPage(url, dom('<table></table>'))?.platform).toBe('taobao');
    expect(detectPage(url, dom('<span data-shop-type="tmall">天猫</span><table></table>'))?.platform).toBe('tmall');
  });

  test('a failing DOM probe means no page type, not a wrong one', () => {
    const taobao = ADAPTERS.find((a) => a.platform === 'taobao');
    expect(taobao && matchPageType(taobao, 'https://item.upload.taobao.com/sell/publish.htm', dom('<p>加载中…</p>'))).toBeNull();
    expect(taobao && matchPageType(taobao, 'https://item.upload.taobao.com/sell/publish.htm', dom('<input name="title">'))).toBe('listingEditor');
  });
});

describe('generic adapter guesses the page type from the DOM', () => {
  test.each([
    ['<input name="productTitle"><textarea></textarea>', 'listingEditor'],
    ['<table><tr><th>商品</th><th>访客数</th><th>支付转化率</th></tr></table>', 'analyticsTable'],
    ['<div role="grid"><div role="columnheader">Sessions</div><div role="columnheader">Conversion rate</div></div>', 'analyticsTable'],
    ['<h1>优惠券管理</h1>', 'campaign'],
    ['<table><tr><th>名称</th><th>库存</th></tr></table>', 'productList'],
    ['<p>Hello</p>', null],
  ])('%s → %s', (html, type) => {
    expect(guessPageType(dom(html))).toBe(type);
  });

  test('a user-added site is custom:<origin>', () => {
    expect(detectCustomPage('https://erp.example.net/reports?x=1', dom('<h2>Coupon list</h2>'))).toMatchObject({
      platform: 'custom:https://erp.example.net',
      pageType: 'campaign',
    });
  });
});

describe('an address the page controls never stops page detection', () => {
  test('a malformed % escape in a Shopify store handle is kept as written', () => {
    expect(() => detectPage('https://admin.shopify.com/store/bad%E0%A4%A/products')).not.toThrow();
    expect(detectPage('https://admin.shopify.com/store/bad%E0%A4%A/products')?.storeName).toBe('bad%E0%A4%A');
    expect(detectPage('https://admin.shopify.com/store/%E8%8A%B1/products')?.storeName).toBe('花');
  });
});
