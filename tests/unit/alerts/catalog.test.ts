import { describe, expect, test } from 'vitest';
import { productKey } from '../../../lib/alerts/engine';
import { alertSettings } from '../../../lib/alerts/defaults';
import { alertedRules, generateCatalog } from './catalog';

// Evaluating 10,000 products × 5 days twice takes a few seconds on a busy 2-core machine.
describe.each([
  { products: 4000, seed: 20261206 },
  { products: 10_000, seed: 3 },
])('a $products-product catalog (seed $seed) with ordinary noise and seeded problems', ({ products, seed }) => {
  const catalog = generateCatalog({ products, seed });
  const alerted = alertedRules(catalog, alertSettings());

  test('the catalog is what the test claims: noise, low volume, missing days, steady-below products and problems', () => {
    expect(catalog.products).toHaveLength(products);
    expect(catalog.healthy.size).toBeGreaterThan(products * 0.9);
    expect(catalog.steadyBelowTypical.size).toBeGreaterThan(products * 0.2);
    expect(catalog.problems.length).toBeGreaterThan(products * 0.025);
    const lowVolume = [...catalog.histories.values()].filter((rows) => rows.length && rows.every((row) => (row.metrics.visitors ?? row.metrics.sessions ?? 0) < 20));
    expect(lowVolume.length).toBeGreaterThan(products * 0.075);
    const skipped = [...catalog.histories.values()].filter((rows) => rows.length < catalog.periods.length - 3);
    expect(skipped.length).toBeGreaterThan(products * 0.25);
    for (const problem of ['traffic', 'conversion', 'buy-box', 'zero-sales', 'refunds', 'new-low-conversion', 'price-error'])
      expect(catalog.problems.filter((p) => p.problem === problem).length, problem).toBeGreaterThanOrEqual(2);
  });

  test('every seeded problem is found by the rule named for it', () => {
    const missed = catalog.problems.filter((p) => !alerted.get(productKey(p.platform, p.productId))?.has(p.ruleId));
    expect(missed).toEqual([]);
  });

  test('at most 0.5% of healthy products get any alert over five days', () => {
    const falseAlarms = [...catalog.healthy].filter((key) => alerted.has(key));
    const byRule = new Map<string, number>();
    for (const key of falseAlarms) for (const rule of alerted.get(key) ?? []) byRule.set(rule, (byRule.get(rule) ?? 0) + 1);
    console.info(`[catalog] ${falseAlarms.length} of ${catalog.healthy.size} healthy products alerted`, Object.fromEntries(byRule));
    expect(falseAlarms.length / catalog.healthy.size).toBeLessThanOrEqual(0.005);
  });

  test('products steadily under the typical figures are not alerted for it (nothing fell)', () => {
    const alertedSteady = [...catalog.steadyBelowTypical].filter((key) => alerted.has(key));
    expect(alertedSteady.length / catalog.steadyBelowTypical.size).toBeLessThanOrEqual(0.005);
  });

  test('the Buy Box floor is its own rule: turned on, it flags the steady listings under 90% the falling rule leaves alone', () => {
    const withFloor = alertedRules(catalog, alertSettings({ enabledRules: ['buybox-under-floor'] }));
    const steadyAmazon = [...catalog.steadyBelowTypical].filter((key) => key.startsWith('amazon|'));
    const flagged = steadyAmazon.filter((key) => withFloor.get(key)?.has('buybox-under-floor'));
    expect(flagged.length).toBeGreaterThan(steadyAmazon.length * 0.5);
    expect(steadyAmazon.filter((key) => alerted.get(key)?.has('buybox-falling'))).toEqual([]);
  }, 60_000);
});
