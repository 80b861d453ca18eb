import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // test/analysis runs under vitest.analysis.config.ts (one shared worker); `npm test` runs both.
    exclude: ['test/analysis/**', '**/node_modules/**'],
    // Two cores on CI: forks keep native-ish deps (ws, undici) isolated and predictable.
    pool: 'forks',
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
