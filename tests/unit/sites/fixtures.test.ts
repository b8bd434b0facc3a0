import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { detectPage } from '../../../lib/sites';
import type { PageType, PlatformId } from '../../../lib/sites/types';

// Each demo page's URL comes from its path (tests/fixtures/README.md): sites/<host>/<path>.html is
// served at https://<host>/<path>. The table says what each page is; a new page must be listed.
const SITES = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/sites');
const EXPECTED: Record<string, [PlatformId, PageType | null] | null> = {
  'https://sycm.taobao.com/cc/item_rank': ['taobao', 'analyticsTable'],
  'https://sycm.taobao.com/cc/item_rank/switch': ['taobao', 'analyticsTable'],
  'https://sycm.taobao.com/flow/monitor/overview': ['taobao', 'dashboard'],
  'https://sycm.taobao.com/portal/home.htm': ['taobao', 'dashboard'],
  'https://sycm.taobao.com/hostile': ['taobao', null],
  'https://sycm.taobao.com/misbehaving': ['taobao', null],
  'https://sycm.taobao.com/keylogger': ['taobao', null],
  'https://item.upload.taobao.com/sell/publish': ['taobao', 'listingEditor'],
  'https://item.upload.taobao.com/sell/publish.htm': ['taobao', 'listingEditor'],
  'https://item.upload.taobao.com/sell/big': ['taobao', 'listingEditor'],
  'https://item.upload.taobao.com/sell/rerender': ['taobao', 'listingEditor'],
  'https://item.upload.taobao.com/sell/reattach': ['taobao', 'listingEditor'],
  'https://myseller.taobao.com/home.htm/marketing/coupon/list': ['taobao', 'campaign'],
  'https://myseller.taobao.com/home.htm/marketing/campaign/dashboard': ['taobao', 'campaign'],
  'https://myseller.taobao.com/home.htm/SellManage/on_sale': ['taobao', 'productList'],
  'https://mms.pinduoduo.com/sycm/goods_effect': ['pinduoduo', 'analyticsTable'],
  'https://mms.pinduoduo.com/sycm/stores_data/operation': ['pinduoduo', 'dashboard'],
  'https://jdsz.jd.com/szweb/view/operation/goods-detail': ['jd', 'analyticsTable'],
  'https://jdsz.jd.com/szweb/view/home': ['jd', 'dashboard'],
  'https://compass.jinritemai.com/shop/commodity/product-list': ['douyin', 'analyticsTable'],
  'https://syt.kwaixiaodian.com/zones/shop/goods-management': ['kuaishou', 'analyticsTable'],
  'https://s.kwaixiaodian.com/zone/goods/config/release/add': ['kuaishou', 'listingEditor'],
  'https://ark.xiaohongshu.com/app-item/list/shelf': ['xiaohongshu', 'productList'],
  'https://ark.xiaohongshu.com/app-item/good/create': ['xiaohongshu', 'listingEditor'],
  'https://sellercentral.amazon.com/business-reports/': ['amazon', 'dashboard'],
  'https://sellercentral.amazon.com/business-reports/ref=xx_sitemetric_dnav_xx': ['amazon', 'dashboard'],
  'https://sellercentral.amazon.com/business-reports/large-catalog': ['amazon', 'dashboard'], // without its #/report hash; the e2e opens it with the hash (analyticsTable)
  'https://sellercentral.amazon.com/abis/listing/edit': ['amazon', 'listingEditor'],
  'https://sellercentral.amazon.com/inventory': ['amazon', 'productList'],
  'https://admin.shopify.com/store/bloomwell-beauty/products/8823451190321': ['shopify', 'listingEditor'],
  'https://admin.shopify.com/store/bloomwell-beauty/analytics': ['shopify', 'dashboard'],
  'https://example.com/': null,
  // A site the seller adds (e2e/firefox.test.ts): no built-in adapter knows it.
  'https://example.com/keylogger': null,
};

function pages(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === '_shared' ? [] : pages(path);
    return /\.html?$/.test(name) ? [path] : [];
  });
}
function urlOf(file: string): string {
  const path = relative(SITES, file).split('\\').join('/');
  const [host, ...rest] = path.split('/');
  const tail = rest.join('/').replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '');
  return `https://${host}/${tail}`;
}

// jsdom ships no types here; this is the one constructor shape the test uses.
interface Jsdom {
  window: Window & typeof globalThis;
}
interface VirtualConsole {
  on(event: 'jsdomError', listener: (error: Error) => void): VirtualConsole;
}
const { JSDOM, VirtualConsole } = createRequire(import.meta.url)('jsdom') as {
  JSDOM: new (html: string, options: { url: string; runScripts: 'dangerously'; pretendToBeVisual: boolean; virtualConsole: VirtualConsole }) => Jsdom;
  VirtualConsole: new () => VirtualConsole;
};

/**
 * The page after its own scripts ran (shared /__fixture/ scripts inlined, day.js absent → default day). A script
 * that throws fails the test: a page that forgot a shared script (fixture.js needs store-data.js) would otherwise
 * still be detected here and show an empty table in the e2e.
 */
function render(url: string, file: string): Document {
  const html = readFileSync(file, 'utf8').replace(/<script src="\/__fixture\/([\w.-]+)"><\/script>/g, (_, name: string) =>
    name === 'day.js' ? '' : `<script>${readFileSync(join(SITES, '_shared', name), 'utf8')}</script>`,
  );
  const errors: Error[] = [];
  const virtualConsole = new VirtualConsole().on('jsdomError', (error) => errors.push(error));
  const dom = new JSDOM(html, { url, runScripts: 'dangerously', pretendToBeVisual: true, virtualConsole });
  expect(errors.map((error) => error.message), `${url}: the page's own scripts threw`).toEqual([]);
  return dom.window.document;
}

const files = pages(SITES);

test('every demo page is listed with what it is', () => {
  expect(files.map(urlOf).sort()).toEqual(Object.keys(EXPECTED).sort());
});

test.each(files.map((file) => [urlOf(file), file] as const))('%s is detected as intended', (url, file) => {
  const doc = render(url, file);
  const expected = EXPECTED[url];
  const detected = detectPage(url, doc);
  if (expected === null || expected === undefined) expect(detected).toBeNull();
  else expect([detected?.platform, detected?.pageType]).toEqual(expected);
});

test.each([
  ['https://sellercentral.amazon.com/business-reports/ref=xx_sitemetric_dnav_xx#/report?id=102:DetailSalesTrafficByChildItem&fromDate=2026-11-20&toDate=2026-11-20', 'analyticsTable'],
  ['https://sycm.taobao.com/cc/item_rank?dateRange=2026-11-20%7C2026-11-20&dateType=day', 'analyticsTable'],
  ['https://sellercentral.amazon.com/abis/listing/edit?asin=B0D3K2VN8P', 'listingEditor'],
])('the demo is opened as %s → %s', (url, type) => {
  expect(detectPage(url)?.pageType).toBe(type);
});

test('demo pages show their store name where the adapter looks for it', () => {
  const read = (url: string, file: string) => detectPage(url, render(url, join(SITES, file)))?.storeName;
  expect(read('https://sycm.taobao.com/cc/item_rank', 'sycm.taobao.com/cc/item_rank.html')).toBe('花漾美妆旗舰店');
  expect(read('https://mms.pinduoduo.com/sycm/goods_effect', 'mms.pinduoduo.com/sycm/goods_effect.html')).toBe('花漾美妆官方旗舰店');
  expect(read('https://sellercentral.amazon.com/abis/listing/edit', 'sellercentral.amazon.com/abis/listing/edit.html')).toBe('Harbor & Pine');
});
