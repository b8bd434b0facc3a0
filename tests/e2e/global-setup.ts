import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR, ROOT } from '../harness/browser';
import { FIREFOX_EXTENSION_DIR } from '../harness/firefox';

/**
 * Builds the production extension once for the whole e2e run, for Chromium and for Firefox
 * (SIDEKICK_SKIP_BUILD=1 reuses .output when both builds are there).
 */
export default function setup(): void {
  const built = [EXTENSION_DIR, FIREFOX_EXTENSION_DIR].every((dir) => existsSync(join(dir, 'manifest.json')));
  if (process.env.SIDEKICK_SKIP_BUILD === '1' && built) return;
  for (const target of [[], ['-b', 'firefox']]) {
    // Vitest sets NODE_ENV=test; a build inheriting it compiles JSX for development (jsxDEV), which the
    // production React runtime does not have. The shipped build is what the tests must exercise.
    execFileSync(process.execPath, [join(ROOT, 'node_modules/wxt/bin/wxt.mjs'), 'build', ...target], {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production' },
    });
  }
}
