import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Every test file: connections to anything but the loopback fail at once.
    setupFiles: ['test/support/no-network.ts'],
    // One migrated template database per run; each test file copies it (test/support/test-templates.ts).
    globalSetup: ['test/support/global-setup.ts'],
    // PGlite instances are heavy (WASM); two workers fit the 2-core machines we run on.
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
