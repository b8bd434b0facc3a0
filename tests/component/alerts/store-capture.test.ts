import { startStoreCapture } from '../../../components/alerts/store-capture';
import { createPageStore } from '../../../components/sidebar/page-store';
import type { PageContext } from '../../../components/sidebar/types';
import type { Bridge } from '../../../components/common/live';

const HOME: PageContext = {
  host: 'sycm.taobao.com',
  url: 'https://sycm.taobao.com/portal/home.htm?dateRange=2026-11-20%7C2026-11-20&dateType=day',
  platform: 'taobao',
  platformName: '淘宝',
  pageType: 'dashboard',
  storeName: '花漾美妆旗舰店',
  timeZone: 'Asia/Shanghai',
  currency: 'CNY',
};

/** 生意参谋-style cards: name, value, then 较前一日 and its signed change. */
const cards = (uv: string, gmv: string) =>
  `<div class="oui-index-cell"><div class="name">访客数</div><div class="value">${uv}</div><div class="sub">较前一日 <span>+3.20%</span></div></div>` +
  `<div class="oui-index-cell"><div class="name">支付金额</div><div class="value">${gmv}</div><div class="sub">较前一日 <span>-1.05%</span></div></div>`;

function setup(page: PageContext) {
  document.body.replaceChildren();
  const sent: { type: string; payload: Record<string, unknown> }[] = [];
  const bridge = {
    send: async (type: string, payload: Record<string, unknown>) => {
      sent.push({ type, payload });
      return type === 'store/seen' ? { storeId: `taobao:${String(payload.shopId)}` } : { stored: true };
    },
    subscribe: () => () => undefined,
  } as unknown as Bridge;
  const stops: (() => void)[] = [];
  const pageStore = createPageStore(page);
  startStoreCapture({
    doc: document,
    bridge,
    pageStore,
    timers: { setTimeout: (fn, ms) => setTimeout(fn, ms), requestIdleCallback: (fn) => setTimeout(() => fn(), 0), now: () => performance.now() },
    onStop: (stop) => stops.push(stop),
  });
  return { sent, days: () => sent.filter((m) => m.type === 'metrics/store-day'), pageStore, stop: () => stops.forEach((s) => s()) };
}

/** Replaces the page's body as the page's own render would (DOMParser: the house rule keeps innerHTML out, tests included). */
function render(html: string): void {
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  document.body.replaceChildren(...Array.from(parsed.body.childNodes, (node) => document.importNode(node, true)));
}

const settle = () => new Promise((done) => setTimeout(done, 1_200));

describe('the store’s own day is read from an overview page’s cards as the page renders them', () => {
  test('cards rendered after load are sent once for the page’s day; the same numbers again are not; a new number is', async () => {
    const { days, stop } = setup(HOME);
    render(`<div class="oui-date-picker">统计时间 2026-11-20</div>${cards('1,391', '34,895.00')}`);
    await vi.waitFor(() => expect(days()).toHaveLength(1), { timeout: 5_000 });
    expect(days()[0]!.payload).toMatchObject({ platform: 'taobao', storeId: 'taobao:花漾美妆旗舰店', day: '2026-11-20', currency: 'CNY', metrics: { visitors: 1391, gmv: 34895 } });
    // The page re-renders the same figures (its own polling, a hover): nothing new to store.
    render(`<div class="oui-date-picker">统计时间 2026-11-20</div>${cards('1,391', '34,895.00')}`);
    await settle();
    expect(days()).toHaveLength(1);
    render(`<div class="oui-date-picker">统计时间 2026-11-20</div>${cards('1,402', '34,895.00')}`);
    await vi.waitFor(() => expect(days()).toHaveLength(2), { timeout: 5_000 });
    expect(days()[1]!.payload.metrics).toEqual({ visitors: 1402, gmv: 34895 });
    stop();
  });

  test('a 7-day range is not one day’s figures; a product table page is not an overview page', async () => {
    const range = setup({ ...HOME, url: 'https://sycm.taobao.com/portal/home.htm?dateType=recent7' });
    render(cards('9,391', '234,895.00'));
    await settle();
    expect(range.days()).toEqual([]);
    range.stop();
    const table = setup({ ...HOME, url: 'https://sycm.taobao.com/cc/item_rank', pageType: 'analyticsTable' });
    render(cards('1,391', '34,895.00'));
    await settle();
    expect(table.sent).toEqual([]);
    table.stop();
  });
});
