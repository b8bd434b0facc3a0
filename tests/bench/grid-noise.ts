import { loadavg } from 'node:os';
import { launchBaseline } from '../harness/browser';
import { startFixtureServer } from '../harness/server';
import { instrumentLongTasks, longTasksSince, pageNow } from '../e2e/long-tasks';
import { cpuSample, othersCores } from '../e2e/machine-load';
import { flickThroughAllPages, gridUrl, openGrid } from '../support/grid-session';

/**
 * The noise of the grid comparison's measure: the same seller session repeated in the browser
 * WITHOUT the extension (the do-nothing baseline), counting the page's tasks over 50 ms exactly as
 * tests/e2e/capture-grid.test.ts does, with the machine's load average and the CPU other processes
 * took during the round (tests/e2e/machine-load.ts) beside each. The spread between identical rounds
 * on a quiet machine is what the e2e bar allows for:
 *   npx tsx tests/bench/grid-noise.ts [rounds]
 */
const rounds = Number(process.argv[2] ?? 4);
const server = await startFixtureServer();
const baseline = await launchBaseline(server.port);
await instrumentLongTasks(baseline);
try {
  for (let round = 1; round <= rounds; round++) {
    const page = await baseline.newPage();
    await openGrid(page, gridUrl('2026-11-21'));
    const since = await pageNow(page);
    const load = loadavg()[0]!.toFixed(1);
    const cpuFrom = cpuSample();
    await flickThroughAllPages(page);
    await page.waitForTimeout(1_500);
    const record = await longTasksSince(page, since);
    const others = othersCores(cpuFrom, cpuSample());
    const over50 = record.tasks.filter((t) => t.duration > 50);
    const longest = Math.max(0, ...record.tasks.map((t) => t.duration));
    const total = over50.reduce((sum, t) => sum + t.duration, 0);
    console.log(`round ${round}: ${over50.length} tasks over 50 ms, longest ${longest.toFixed(0)} ms, total ${total.toFixed(0)} ms (load ${load} -> ${loadavg()[0]!.toFixed(1)}; other processes ${others === null ? 'not measured' : `${others.toFixed(2)} cores`})`);
    await page.close();
  }
} finally {
  await baseline.close();
  await server.close();
}
