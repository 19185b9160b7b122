import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Tests that start a browser or a server get more time; none measures speed.
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
