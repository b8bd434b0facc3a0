import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// One runner for everything: unit (node), component (jsdom), server (node) and e2e (real Chromium).
export default defineConfig({
  test: {
    globals: true,
    projects: [
      {
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          globals: true,
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
          // fast-check properties (e.g. three members' random edits converging) run 100 cases: seconds on a loaded machine.
          testTimeout: 20_000,
          setupFiles: ['tests/unit/setup.ts'],
        },
      },
      {
        plugins: [WxtVitest()],
        test: {
          name: 'component',
          globals: true,
          environment: 'jsdom',
          include: ['tests/component/**/*.test.{ts,tsx}'],
          // userEvent types key by key through jsdom: on a loaded 2-core machine a long form takes seconds.
          testTimeout: 20_000,
          setupFiles: ['tests/component/setup.ts'],
        },
      },
      {
        // The team sync server (server/) runs in Node with real Hocuspocus clients; no WXT, no browser.
        test: {
          name: 'server',
          globals: true,
          environment: 'node',
          include: ['tests/server/**/*.test.ts'],
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          globals: true,
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          // After the unit, component and server projects, not beside them: the e2e files compare the
          // page's long tasks with and without the extension, and time marks and start-up; CPU taken by
          // 5,000 unit tests on a 2-core machine showed up as the extension's cost.
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
