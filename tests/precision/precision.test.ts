/**
 * Precision harness: realistic code that a careful reviewer would NOT want reported. Every file under `traps/` must
 * produce zero reports under the `all` config, linted by the real `ESLint` class (flat config, the plugin's own
 * configs, the parsers users use). The traps cover the false alarms found on real apps (issue 14): scripts that create
 * and print a session, per-call factories with module-level scratch, server-only tokens, placeholder secrets, key
 * paths in logs, options built step by step, well-known fake credentials in tests, and the `strict` rules.
 *
 * `cwd` is the traps folder, so a trap's path reads as a project's (`__tests__/x.test.js`, `scripts/seed.ts`).
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

import * as tsParser from '@typescript-eslint/parser';
import { ESLint } from 'eslint';
import type { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import plugin from '../../src/index';

const TRAPS = join(__dirname, 'traps');

function trapFiles(dir: string): string[] {
  return readdirSync(dir)
    .flatMap(name => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? trapFiles(path) : [path];
    })
    .sort();
}

const files = trapFiles(TRAPS).map(path => relative(TRAPS, path).split(sep).join('/'));

function createESLint(): ESLint {
  const configs: Linter.Config[] = [
    { files: ['**/*.{js,mjs,cjs,ts,tsx}'] },
    (plugin.configs as Record<string, Linter.Config>)['all'] as Linter.Config,
    { files: ['**/*.{js,mjs}'], languageOptions: { sourceType: 'module', ecmaVersion: 'latest', parserOptions: { ecmaFeatures: { jsx: true } } } },
    { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs', ecmaVersion: 'latest' } },
    { files: ['browser/*-localhost.js'], languageOptions: { sourceType: 'script' } },
    { files: ['**/*.{ts,tsx}'], languageOptions: { parser: tsParser as Linter.Parser, sourceType: 'module', parserOptions: { ecmaFeatures: { jsx: true } } } },
  ];
  return new ESLint({ cwd: TRAPS, overrideConfigFile: true, overrideConfig: configs, ignore: false });
}

describe('precision traps: zero reports under `all`', () => {
  it('has at least 40 traps', () => {
    expect(files.length).toBeGreaterThanOrEqual(40);
  });

  const eslint = createESLint();
  it.each(files)('%s', async file => {
    const [result] = await eslint.lintFiles([join(TRAPS, file)]);
    const reports = (result?.messages ?? []).map(message => `${message.line}:${message.column} ${message.ruleId ?? 'parse'}: ${message.message}`);
    expect(reports).toEqual([]);
  });
});
