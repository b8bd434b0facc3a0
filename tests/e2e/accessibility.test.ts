import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { sidebar, useSidekick } from './harness';

async function seriousViolations(page: Page, include?: string) {
  let builder = new AxeBuilder({ page: page as never }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  if (include) builder = builder.include(include);
  const result = await builder.analyze();
  // Axe must actually have looked at something (it reads open shadow roots).
  expect(result.passes.length).toBeGreaterThan(5);
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('accessibility (axe, no serious or critical violations)', () => {
  const e2e = useSidekick();

  test.each([
    ['生意参谋 analytics table', 'https://sycm.taobao.com/cc/item_rank'],
    ['Taobao publish form', 'https://item.upload.taobao.com/sell/publish.htm'],
    ['Amazon listing editor', 'https://sellercentral.amazon.com/abis/listing/edit?asin=B0D3K2VN8P'],
  ])('the sidebar on the %s, on every tab', async (_name, url) => {
    const page = await e2e.browser.context.newPage();
    await page.goto(url);
    await sidebar(page).waitFor({ timeout: 10_000 });
    for (const tab of ['Playbooks', 'Compliance', 'Alerts']) {
      await sidebar(page).getByRole('tab', { name: tab }).click();
      await page.waitForTimeout(300);
      expect(await seriousViolations(page, 'seller-sidekick'), tab).toEqual([]);
    }
    await page.close();
  });

  test('the popup and every options section', async () => {
    const page = await e2e.browser.context.newPage();
    await page.goto(`chrome-extension://${e2e.browser.extensionId}/popup.html`);
    await page.waitForTimeout(300);
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto(`chrome-extension://${e2e.browser.extensionId}/options.html`);
    const sections = await page.getByRole('navigation').getByRole('link').all();
    expect(sections.length).toBeGreaterThan(2);
    for (let i = 0; i < sections.length; i++) {
      const link = page.getByRole('navigation').getByRole('link').nth(i);
      const name = await link.textContent();
      await link.click();
      await page.waitForTimeout(300);
      expect(await seriousViolations(page), name ?? '').toEqual([]);
    }
    await page.close();
  });

  test('the sidebar is usable from the keyboard alone', async () => {
    const page = await e2e.browser.context.newPage();
    await page.goto('https://sycm.taobao.com/cc/item_rank');
    await sidebar(page).waitFor({ timeout: 10_000 });
    await sidebar(page).getByRole('tab', { selected: true }).focus();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => sidebar(page).getByRole('tab', { selected: true }).textContent()).toBe('Compliance');
    await sidebar(page).getByRole('button', { name: 'Collapse sidebar' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('button', { name: 'Open Seller Sidekick' }).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Open Seller Sidekick' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => sidebar(page).isVisible()).toBe(true);
    await page.close();
  });
});
