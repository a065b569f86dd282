import type { TSESTree } from '@typescript-eslint/utils';
import { Linter } from 'eslint';
import * as espree from 'espree';
import { describe, expect, it } from 'vitest';

import { resolveVariable } from '../../src/analysis/scope';

/** Resolves every identifier named `target` (and JSX name `Target`) in `code`; returns the names of the variables found. */
function resolveAll(code: string): Array<string | null> {
  const found: Array<string | null> = [];
  const linter = new Linter({ configType: 'flat' });
  const messages = linter.verify(
    code,
    [
      {
        files: ['**/*.jsx'],
        languageOptions: { parser: espree as never, parserOptions: { ecmaFeatures: { jsx: true } } },
        plugins: {
          probe: {
            rules: {
              probe: {
                create: context => {
                  const lookUp = (node: unknown) => {
                    const scope = (context.sourceCode as unknown as { getScope(node: unknown): never }).getScope(node);
                    const variable = resolveVariable(scope, node as TSESTree.Node);
                    found.push(variable ? `${variable.name}@${variable.scope.type}` : null);
                  };
                  return {
                    Identifier(node: { name: string }) {
                      if (node.name === 'target') lookUp(node);
                    },
                    JSXIdentifier(node: { name: string }) {
                      if (node.name === 'Target') lookUp(node);
                    },
                  };
                },
              },
            },
          },
        },
        rules: { 'probe/probe': 'error' },
      },
    ],
    'file.jsx',
  );
  expect(messages).toEqual([]);
  return found;
}

describe('resolveVariable', () => {
  it('finds declarations and references, in the right scope, across many functions', () => {
    const functions = Array.from({ length: 50 }, (_, index) => `function f${index}() { return ${index}; }`).join('\n');
    expect(resolveAll(`const target = 1;\n${functions}\nfunction g(target) { return target; }\nexport default target;`)).toEqual([
      'target@module',
      'target@function',
      'target@function',
      'target@module',
    ]);
  });

  it('answers null for undeclared globals and property names', () => {
    expect(resolveAll(`target(); obj.target = 1;`)).toEqual([null, null]);
  });

  it('looks JSX names up by name when the scope manager does not record them as references', () => {
    expect(resolveAll(`import Target from './t';\nexport const A = () => <Target />;`)).toEqual(['Target@module']);
  });

  it('answers null without a scope', () => {
    expect(resolveVariable(null, { type: 'Identifier', name: 'x' } as TSESTree.Node)).toBeNull();
  });
});
