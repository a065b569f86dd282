import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';

import { resolveVariable } from '../../src/analysis/scope';
import { lintWithProbe } from '../helpers/lint-probe';

/** Resolves every identifier named `target` (and JSX name `Target`) in `code`; returns the names of the variables found. */
function resolveAll(code: string): Array<string | null> {
  const found: Array<string | null> = [];
  lintWithProbe(code, context => {
    const lookUp = (node: TSESTree.Node) => {
      const variable = resolveVariable(context.sourceCode.getScope(node), node);
      found.push(variable ? `${variable.name}@${variable.scope.type}` : null);
    };
    return {
      Identifier(node: TSESTree.Identifier) {
        if (node.name === 'target') lookUp(node);
      },
      JSXIdentifier(node: TSESTree.JSXIdentifier) {
        if (node.name === 'Target') lookUp(node);
      },
    };
  });
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
