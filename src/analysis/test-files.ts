/**
 * Files that are clearly tests, fixtures or mocks, by their path relative to the working directory: `*.test.*`,
 * `*.spec.*`, and anything under `__tests__/`, `__mocks__/`, `test/`, `tests/`, `fixtures/`, `__fixtures__/`.
 * Tests legitimately hard-code fake session IDs, tokens and secrets; the credential rules skip *well-known fakes*
 * there (see `isWellKnownFake*` in src/sdk/formats.ts), never real-looking values.
 */
import { relative, sep } from 'node:path';

import type { TSESLint } from '@typescript-eslint/utils';

const TEST_FILE = /(?:^|\/)(?:__tests__|__mocks__|__fixtures__|tests?|fixtures|mocks)\/|\.(?:test|spec)\.[cm]?[jt]sx?$/;

export function isTestFile(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): boolean {
  const filename = context.filename;
  const cwd = context.cwd;
  const path = (cwd && filename.startsWith(cwd) ? relative(cwd, filename) : filename).split(sep).join('/');
  return TEST_FILE.test(path);
}
