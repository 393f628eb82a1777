import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['shared/**/*.test.ts', 'electron/**/*.test.ts', 'renderer/**/*.test.{ts,tsx}', 'test/**/*.test.ts'],
    testTimeout: 30_000,
    // better-sqlite3 is a native module: forks keep each test file in its own process.
    pool: 'forks',
    reporters: ['default', './test/support/summaryReporter.ts'],
  },
});
