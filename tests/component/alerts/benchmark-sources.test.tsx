import { render, screen, within } from '@testing-library/react';
import { LangProvider } from '../../../components/common/i18n';
import { AlertSettingsSection } from '../../../components/alerts/options/AlertSettingsSection';

/** Options → Alerts in `lang`, once its benchmark table is there: its rows. */
async function benchmarkRows(lang: 'en' | 'zh-CN') {
  render(
    <LangProvider lang={lang}>
      <AlertSettingsSection />
    </LangProvider>,
  );
  return screen.findAllByRole('row');
}

/** Options → Alerts lists the shipped benchmarks; each says where its figure comes from. */
describe('the benchmark table in Options → Alerts', () => {
  test('the beauty conversion figure the handbook gives is labelled as the handbook’s; a vertical study’s figure as typical; categories read in the seller’s language', async () => {
    // The handbook's 3% for beauty, and apparel's 2% from a Shopify vertical study (lib/alerts/benchmarks.ts notes).
    const rows = await benchmarkRows('en');
    const row = (category: string, value: string) => rows.find((r) => within(r).queryAllByRole('cell')[1]?.textContent === category && r.textContent!.includes(value));
    const beauty = row('Beauty', '3.00%');
    const apparel = row('Apparel', '2.00%');
    expect(beauty?.textContent).toContain('Handbook (third-party figures agree)');
    expect(beauty?.textContent).not.toContain('Typical (third-party, not official)');
    expect(apparel?.textContent).toContain('Typical (third-party, not official)');
  });

  test('in Chinese the categories and the handbook label are Chinese', async () => {
    const rows = await benchmarkRows('zh-CN');
    const beauty = rows.find((r) => within(r).queryAllByRole('cell')[1]?.textContent === '美妆' && r.textContent!.includes('3.00%'));
    expect(beauty?.textContent).toContain('运营手册（第三方数据相符）');
    expect(rows.some((r) => within(r).queryAllByRole('cell')[1]?.textContent === 'beauty')).toBe(false);
  });
});
