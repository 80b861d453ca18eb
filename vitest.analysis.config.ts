import { defineConfig } from 'vitest/config';

/**
 * The analysis tests (pure functions over text, ~110 files) in ONE worker that keeps modules loaded between files:
 * isolated, each file loaded the NLP model and the analysis modules again, which was most of the suite's time.
 * `npm test` runs this config first, then vitest.config.ts (everything else, isolated).
 */
export default defineConfig({
  test: {
    include: ['test/analysis/**/*.test.ts'],
    pool: 'forks',
    poolOptions: { forks: { isolate: false } },
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
