import { defineConfig } from 'vitest/config';

/** `npm run test:durability`: the long durability and concurrency tests, kept out of `npm test` (vitest.config.ts). */
export default defineConfig({
  test: {
    include: ['test/durability/**/*.durability.ts'],
    pool: 'forks',
    testTimeout: 4 * 60 * 60 * 1000,
    reporters: ['default'],
  },
});
