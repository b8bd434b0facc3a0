import { dateTextsOf, pageDateElements, pageDateTexts, throttleIdle } from '../../../lib/metrics/capture-browser';
import { pageDate } from '../../../lib/metrics/page-date';

function page(html: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
}

describe('which day the table on the page is for', () => {
  test.each([
    [
      'Amazon’s From/To date inputs of one day',
      '<div class="br-dates">From <input type="date" name="fromDate" value="2026-11-18"> To <input type="date" name="toDate" value="2026-11-18"> <button>Apply</button></div>',
      { period: '2026-11-18', source: 'page' },
    ],
    [
      'Amazon’s inputs spanning a week are a range, not a day',
      '<div class="br-dates">From <input type="date" name="fromDate" value="2026-11-14"> To <input type="date" name="toDate" value="2026-11-20"></div>',
      { range: { from: '2026-11-14', to: '2026-11-20' }, source: 'page' },
    ],
    ['罗盘’s 统计时间 label', '<div class="card-head"><h2>商品列表</h2><span class="date">统计时间 <b data-role="stat-date">2026-11-19</b> · 自然日 · 对比前一日</span></div>', { period: '2026-11-19', source: 'page' }],
    ['an “updated at” stamp is not the table’s day', '<span class="update-time">更新于 2026-11-25 09:00</span>', { period: '2026-11-21', source: 'today' }],
  ])('%s', (_name, html, expected) => {
    const texts = pageDateTexts(page(html));
    expect(pageDate({ url: 'https://sellercentral.amazon.com/business-reports', texts, timeZone: 'Asia/Shanghai', now: new Date('2026-11-21T08:00:00Z') })).toEqual(expected);
  });
});

describe('the date elements read again without searching for them', () => {
  test('a date input set by script (no mutation) is seen by reading the elements found before', () => {
    const doc = page('<div class="br-dates">From <input type="date" name="fromDate" value="2026-11-18"> To <input type="date" name="toDate" value="2026-11-18"></div><span class="update-time">更新于 2026-11-25</span>');
    const elements = pageDateElements(doc);
    expect(elements).toHaveLength(3); // the wrapper and its two inputs, not the update stamp
    expect(dateTextsOf(elements)).toEqual(pageDateTexts(doc));
    for (const input of Array.from(doc.querySelectorAll('input'))) input.value = '2026-11-19';
    const again = dateTextsOf(elements);
    expect(again).toEqual(pageDateTexts(doc));
    expect(pageDate({ url: 'https://sellercentral.amazon.com/business-reports', texts: again, timeZone: 'UTC', now: new Date('2026-11-21T08:00:00Z') })).toEqual({ period: '2026-11-19', source: 'page' });
  });
});

describe('the throttled scrape scheduler', () => {
  function fakeTimers() {
    let now = 0;
    const queue: { at: number; fn: () => void }[] = [];
    return {
      timers: {
        now: () => now,
        setTimeout: (fn: () => void, ms: number) => queue.push({ at: now + ms, fn }),
        requestIdleCallback: (fn: () => void) => queue.push({ at: now, fn }),
      },
      async advance(ms: number) {
        const until = now + ms;
        for (;;) {
          queue.sort((a, b) => a.at - b.at);
          const next = queue[0];
          if (!next || next.at > until) break;
          queue.shift();
          now = next.at;
          next.fn();
          await Promise.resolve();
        }
        now = until;
      },
    };
  }

  test('a burst of mutations is one scrape, and scrapes stay at least 500 ms apart', async () => {
    const clock = fakeTimers();
    const runs: number[] = [];
    const throttle = throttleIdle(() => void runs.push(clock.timers.now()), 500, clock.timers);
    for (let i = 0; i < 50; i++) throttle.request();
    await clock.advance(10);
    expect(runs).toEqual([0]);
    for (let t = 0; t < 20; t++) {
      throttle.request();
      await clock.advance(50);
    }
    expect(runs.length).toBeGreaterThanOrEqual(2);
    for (let i = 1; i < runs.length; i++) expect(runs[i]! - runs[i - 1]!).toBeGreaterThanOrEqual(500);
  });

  test('a request during a slow scrape runs once more afterwards, never two at once', async () => {
    const clock = fakeTimers();
    let release!: () => void;
    let running = 0;
    let most = 0;
    let count = 0;
    const throttle = throttleIdle(
      () =>
        new Promise<void>((done) => {
          count++;
          most = Math.max(most, ++running);
          release = () => {
            running--;
            done();
          };
        }),
      500,
      clock.timers,
    );
    throttle.request();
    await clock.advance(1);
    throttle.request();
    throttle.request();
    await clock.advance(1000);
    expect(count).toBe(1);
    release();
    await Promise.resolve();
    await clock.advance(1000);
    expect(count).toBe(2);
    expect(most).toBe(1);
  });
});
