import { BASELINE_EXTENSION_DIR } from '../harness/browser';
import { longestExtensionTask, report, sidebar, useSidekick } from './harness';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

describe('sidebar start-up, measured against a do-nothing content script on the same page', () => {
  const e2e = useSidekick({ alsoLoad: [BASELINE_EXTENSION_DIR] });

  test('time to visible and the longest task, reported for the record', async () => {
    for (const [label, url] of [
      ['生意参谋 商品排行', 'https://sycm.taobao.com/cc/item_rank'],
      ['Amazon business report', 'https://sellercentral.amazon.com/business-reports/ref=xx_sitemetric_dnav_xx#/report?id=102:DetailSalesTrafficByChildItem'],
    ] as const) {
      const deltas: number[] = [];
      let longest = 0;
      for (let i = 0; i < 7; i++) {
        const page = await e2e.browser.context.newPage();
        await page.goto(url);
        await sidebar(page).waitFor({ timeout: 10_000 });
        const times = await page.waitForFunction(() => {
          const host = document.querySelector('seller-sidekick') as HTMLElement | null;
          const baseline = document.documentElement.dataset.baselineIdleAt;
          return host?.dataset.visibleAt && baseline ? { visible: Number(host.dataset.visibleAt), baseline: Number(baseline) } : null;
        });
        const { visible, baseline } = (await times.jsonValue())!;
        deltas.push(visible - baseline);
        longest = Math.max(longest, await longestExtensionTask(page));
        await page.close();
      }
      report(`sidebar visible after a do-nothing idle script, median of 7 (${label})`, median(deltas));
      report(`longest main-thread task from the extension (${label})`, longest);
      expect(deltas.every(Number.isFinite)).toBe(true);
    }
  });
});
