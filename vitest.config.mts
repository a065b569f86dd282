import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The language server and tarball-install tests run in `npm run test:slow` (CI runs both).
    // The precision traps are code to lint, not tests to run (some are named like tests on purpose).
    exclude: [...configDefaults.exclude, 'tests/integration/slow/**', 'tests/precision/traps/**'],
    setupFiles: ['tests/setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      reporter: ['text-summary', 'text'],
      thresholds: {
        'src/rules/**': { lines: 95, branches: 95 },
        'src/analysis/**': { lines: 95, branches: 95 },
        'src/fix/**': { lines: 95, branches: 95 },
      },
    },
  },
});
