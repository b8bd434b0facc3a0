import { buildSync } from 'esbuild';
import { launchBaseline } from '../harness/browser';
import { startFixtureServer } from '../harness/server';
import { flickThroughAllPages, gridUrl, openGrid } from '../support/grid-session';

/**
 * What the capture's mutation callback costs inside the page's render tasks over one flick through the
 * 2,000-row grid, a deep copy per new row against a copy per row element and texts after that
 * (lib/metrics/row-shape.ts), alternated in one browser so machine load falls on both alike:
 *   npx tsx tests/bench/grid-callback.ts [--rounds=3]
 */
const rounds = Number(process.argv.find((a) => a.startsWith('--rounds='))?.slice(9) ?? 3);
const bundle = buildSync({ entryPoints: [new URL('./grid-callback-page.ts', import.meta.url).pathname], bundle: true, format: 'iife', write: false, target: 'chrome120' }).outputFiles[0]!.text;
const server = await startFixtureServer();
const context = await launchBaseline(server.port);
const totals: Record<string, number[]> = { copy: [], shape: [] };
try {
  for (let round = 0; round < rounds; round++)
    for (const mode of round % 2 ? (['shape', 'copy'] as const) : (['copy', 'shape'] as const)) {
      const page = await context.newPage();
      await openGrid(page, gridUrl('2026-11-20'));
      await page.addScriptTag({ content: bundle });
      await page.evaluate(`window.__bench = window.__benchWatch(${JSON.stringify(mode)})`);
      await flickThroughAllPages(page);
      const stats = (await page.evaluate('window.__bench.stop()')) as { ms: number; callbacks: number; rows: number; longest: number; findMs: number; records: number; signMs: number; signed: number; keepMs: number };
      totals[mode]!.push(stats.ms);
      console.log(`round ${round + 1} ${mode.padEnd(5)}: ${stats.ms.toFixed(1)} ms in ${stats.callbacks} callbacks (longest ${stats.longest.toFixed(1)} ms; finding the rows in ${stats.records} records ${stats.findMs.toFixed(1)} ms), ${stats.signed} rows signed in ${stats.signMs.toFixed(1)} ms, ${stats.rows} new rows kept in ${stats.keepMs.toFixed(1)} ms`);
      await page.close();
    }
  for (const [mode, list] of Object.entries(totals)) console.log(`${mode}: ${list.map((ms) => ms.toFixed(0)).join(', ')} ms a flick`);
} finally {
  await context.close();
  await server.close();
}
