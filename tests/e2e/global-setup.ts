import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR, ROOT } from '../harness/browser';

/** Builds the production extension once for the whole e2e run (SIDEKICK_SKIP_BUILD=1 reuses .output). */
export default function setup(): void {
  if (process.env.SIDEKICK_SKIP_BUILD === '1' && existsSync(join(EXTENSION_DIR, 'manifest.json'))) return;
  // Vitest sets NODE_ENV=test; a build inheriting it compiles JSX for development (jsxDEV), which the
  // production React runtime does not have. The shipped build is what the tests must exercise.
  execFileSync(process.execPath, [join(ROOT, 'node_modules/wxt/bin/wxt.mjs'), 'build'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
}
