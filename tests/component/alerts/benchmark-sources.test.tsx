import { render, screen, within } from '@testing-library/react';
import { LangProvider } from '../../../components/common/i18n';
import { AlertSettingsSection } from '../../../components/alerts/options/AlertSettingsSection';

/** Options → Alerts lists the shipped benchmarks; each says where its figure comes from. */
describe('the benchmark table in Options → Alerts', () => {
  test('the beauty conversion figure the handbook gives is labelled as the handbook’s; a vertical study’s figure as typical', async () => {
    render(
      <LangProvider lang="en">
        <AlertSettingsSection />
      </LangProvider>,
    );
    // The handbook's 3% for beauty, and apparel's 2% from a Shopify vertical study (lib/alerts/benchmarks.ts notes).
    const rows = await screen.findAllByRole('row');
    const row = (category: string, value: string) => rows.find((r) => within(r).queryAllByRole('cell')[1]?.textContent === category && r.textContent!.includes(value));
    const beauty = row('beauty', '3.00%');
    const apparel = row('apparel', '2.00%');
    expect(beauty?.textContent).toContain('Handbook (third-party figures agree)');
    expect(beauty?.textContent).not.toContain('Typical (third-party, not official)');
    expect(apparel?.textContent).toContain('Typical (third-party, not official)');
  });
});
