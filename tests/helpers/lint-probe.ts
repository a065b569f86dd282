/**
 * Runs a throwaway rule (`create`) over a snippet with ESLint's real `Linter`, for unit tests of the analysis layer:
 * each test's `create` records what the analysis answers for the nodes it cares about. A parse error fails the test.
 */
import * as tsParser from '@typescript-eslint/parser';
import type { TSESLint } from '@typescript-eslint/utils';
import { Linter } from 'eslint';
import * as espree from 'espree';
import { expect } from 'vitest';

export interface ProbeLintOptions {
  typescript?: boolean;
  sourceType?: 'module' | 'commonjs' | 'script';
}

export function lintWithProbe(code: string, create: (context: Readonly<TSESLint.RuleContext<'found', []>>) => TSESLint.RuleListener, options: ProbeLintOptions = {}): void {
  const probe: TSESLint.RuleModule<'found'> = {
    defaultOptions: [],
    meta: { type: 'problem', messages: { found: 'found' }, schema: [] },
    create,
  };
  const linter = new Linter({ configType: 'flat' });
  const messages = linter.verify(
    code,
    [
      {
        files: ['**/*.tsx'],
        plugins: { probe: { rules: { probe: probe as never } } },
        rules: { 'probe/probe': 'error' },
        languageOptions: {
          parser: (options.typescript ? tsParser : espree) as Linter.Parser,
          ecmaVersion: 'latest',
          sourceType: options.sourceType ?? 'module',
          parserOptions: { ecmaFeatures: { jsx: true } },
        },
      },
    ],
    'file.tsx',
  );
  expect(messages.filter(message => message.fatal)).toEqual([]);
}
