import { readFileSync } from 'node:fs';
import path from 'node:path';

import { expect, it, vi } from 'vitest';

import { probe } from '../helpers/sdk-probe';

// A failure anywhere in following the app's imports (here: forced) must leave the one-file view, never crash.
vi.mock('../../src/project/imports', async original => ({
  ...(await original<typeof import('../../src/project/imports')>()),
  trackAppImports: () => {
    throw new Error('forced failure');
  },
}));

it('falls back silently to the one-file view when the project model fails', () => {
  const cwd = path.join(__dirname, '../fixtures/projects/express-cjs');
  const filename = path.join(cwd, 'lib/startup.js');
  const result = probe(readFileSync(filename, 'utf8'), { filename, cwd, sourceType: 'commonjs' });
  // What the one-file view finds by name stands.
  expect(result.calls).toEqual(['createSession@5 session.create opentok by-name']);
});
