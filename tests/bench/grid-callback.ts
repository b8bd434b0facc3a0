import { buildSync } from 'esbuild';
import { launchBaseline } from '../harness/browser';
import { startFixtureServer } from '../harness/server';
import { flickThroughAllPages, gridUrl, openGrid } from '../support/grid-session';

/**
 * What the capture's mutation callback costs inside the page's render tasks over one flick through the
 * 2,000-row grid, reading the rows there (`copy`) against keeping the records and reading the rows in
 * a task of our own right after (`keep`, lib/metrics/record-replay.ts), alternated in one browser so
 * machine load falls on both alike:
 *   npx tsx tests/bench/grid-callback.ts [--rounds=3]
 */
const rounds = Number(process.argv.find((a) => a.startsWith('--rounds='))?.slice(9) ?? 3);
const bundle = buildSync({ entryPoints: [new URL('./grid-callback-page.ts', import.meta.url).pathname], bundle: true, format: 'iife', write: false, target: 'chrome120' }).outputFiles[0]!.text;
const server = await startFixtureServer();
const context = await launchBaseline(server.port);
const totals: Record<string, number[]> = { copy: [], keep: [] };
try {
  for (let round = 0; round < rounds; round++)
    for (const mode of round % 2 ? (['keep', 'copy'] as const) : (['copy', 'keep'] as const)) {
      const page = await context.newPage();
      await openGrid(page, gridUrl('2026-11-20'));
      await page.addScriptTag({ content: bundle });
      await page.evaluate(`window.__bench = window.__benchWatch(${JSON.stringify(mode)})`);
      await flickThroughAllPages(page);
      await page.waitForTimeout(100); // the last task after a render
      const stats = (await page.evaluate('window.__bench.stop()')) as Record<string, number>;
      totals[mode]!.push(stats.ms!);
      console.log(
        `round ${round + 1} ${mode}: callbacks ${stats.ms!.toFixed(1)} ms in ${stats.callbacks} (longest ${stats.longest!.toFixed(1)} ms; ${stats.keptBatches} only kept their records); ` +
          `our tasks after the render ${stats.taskMs!.toFixed(1)} ms in ${stats.tasks} (longest ${stats.longestTask!.toFixed(1)} ms). In both: finding the rows in ${stats.records} records ${stats.findMs!.toFixed(1)} ms, ` +
          `${stats.signed} rows signed in ${stats.signMs!.toFixed(1)} ms, ${stats.rows} new rows kept in ${stats.keepMs!.toFixed(1)} ms (${stats.replayed} rebuilt from the records)`,
      );
      await page.close();
    }
  for (const [mode, list] of Object.entries(totals)) console.log(`${mode}: ${list.map((ms) => ms.toFixed(0)).join(', ')} ms a flick in the mutation callbacks`);
} finally {
  await context.close();
  await server.close();
}
