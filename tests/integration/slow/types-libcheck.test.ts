/**
 * The type test of org-config.test.ts with `skipLibCheck: false`: every declaration file a user's typed config pulls
 * in is checked under strict + exactOptionalPropertyTypes, the plugin's own dist/**\/*.d.ts included. Slow (the
 * declarations reach @typescript-eslint/utils and TypeScript's own lib through dist/util/create-rule.d.ts).
 */
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { FIXTURES, REPO, binOf, runNode } from '../helpers';

describe('types with every declaration file checked', () => {
  it('compiles with strict, exactOptionalPropertyTypes and skipLibCheck: false', () => {
    const result = runNode([binOf('typescript', 'bin/tsc'), '-p', join(FIXTURES, 'types', 'tsconfig.libcheck.json')], { cwd: REPO, timeout: 170_000 });
    expect(`${result.stdout}${result.stderr}`).toBe('');
    expect(result.status).toBe(0);
  });
});
