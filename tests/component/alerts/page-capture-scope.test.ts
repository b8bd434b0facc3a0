import { startPageCapture } from '../../../components/alerts/page-capture';
import { createPageStore } from '../../../components/sidebar/page-store';
import type { PageContext } from '../../../components/sidebar/types';
import { backgroundBridge } from '../../support/background-bridge';

vi.mock('../../../components/common/trusted', () => ({ shieldFromPage: () => () => undefined }));

const SYCM: PageContext = { host: 'sycm.taobao.com', url: 'https://sycm.taobao.com/cc/item_rank', platform: 'taobao', platformName: 'Taobao', pageType: 'analyticsTable' };
const timers = { setTimeout: (fn: () => void) => fn(), requestIdleCallback: (fn: () => void) => fn(), now: () => 0 };

/** What the row badges asked the background for, on a page showing `page`. */
async function badgeScopes(page: PageContext, then?: (store: ReturnType<typeof createPageStore>) => void) {
  const fake = backgroundBridge({ pageUrl: page.url, now: Date.now() });
  const pageStore = createPageStore(page);
  startPageCapture({ doc: document, bridge: fake.bridge, pageStore, lang: () => 'en', timers, onStop: () => undefined });
  then?.(pageStore);
  await Promise.resolve();
  return fake.calls.filter((call) => call.type === 'alerts/open').map((call) => call.payload);
}

describe('row badges show the alerts of the store the page shows, never every store’s', () => {
  test('a page that shows no store asks for store-less alerts only', async () => {
    expect(await badgeScopes(SYCM)).toEqual([{ platform: 'taobao', storeId: null }]);
  });

  test('a page showing a store asks for that store before the background has resolved its id', async () => {
    expect(await badgeScopes({ ...SYCM, storeName: '花漾美妆旗舰店' })).toEqual([{ platform: 'taobao', storeId: 'taobao:花漾美妆旗舰店' }]);
  });

  test('switching shop in the same tab asks again, for the new store', async () => {
    const scopes = await badgeScopes({ ...SYCM, storeName: '花漾美妆旗舰店' }, (store) => store.set({ ...store.get(), platform: 'tmall', storeName: '花漾天猫旗舰店', storeId: undefined }));
    expect(scopes).toEqual([
      { platform: 'taobao', storeId: 'taobao:花漾美妆旗舰店' },
      { platform: 'tmall', storeId: 'tmall:花漾天猫旗舰店' },
    ]);
  });
});
