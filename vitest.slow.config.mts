// The slow integration group (`npm run test:slow`): the real editor language server, installing the packed tarball
// into fresh projects, the ESLint 9 CLI suite and the full declaration-file type check. Run after `npm run build`.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/integration/slow/**/*.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 180_000,
    pool: 'forks',
    // Two cores: one heavy file at a time keeps the language server and npm from starving each other.
    fileParallelism: false,
  },
});
