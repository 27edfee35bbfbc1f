import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Every test file: connections to anything but the loopback fail at once, and no memo
    // of an earlier file in the same worker.
    setupFiles: ['test/support/no-network.ts', 'test/support/fresh-module-state.ts'],
    // One migrated template database per run; each test file copies it (test/support/test-templates.ts).
    globalSetup: ['test/support/global-setup.ts'],
    // PGlite instances are heavy (WASM); two workers fit the 2-core machines we run on.
    pool: 'forks',
    maxWorkers: 2,
    // A worker runs file after file in one process: PGlite's WASM, the Prisma client and the
    // module graph load once per worker instead of once per file (about half the run time).
    // Each file still gets its own database copy; fresh-module-state.ts resets the memos.
    isolate: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
