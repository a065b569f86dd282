import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';

import { resolveVariable, scopeOf } from '../../src/analysis/scope';
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

describe('scopeOf', () => {
  /** For every node of `code`, whether `scopeOf` agrees with ESLint's own `getScope` (asked in source order, so later nodes hit the cache). */
  function agreement(code: string): { nodes: number; disagreements: string[] } {
    let nodes = 0;
    const disagreements: string[] = [];
    lintWithProbe(code, context => ({
      '*'(node: TSESTree.Node) {
        nodes++;
        const ours = scopeOf(context.sourceCode, node);
        if (ours !== context.sourceCode.getScope(node)) disagreements.push(`${node.type}@${node.range.join('-')}`);
      },
    }));
    return { nodes, disagreements };
  }

  it('gives the scope ESLint gives, for every node: the Program, functions, named function expressions, classes, blocks, catch clauses', () => {
    const code = [
      "import x from 'x';",
      'const f = function named(a) { return a + x; };',
      'class C { m() { for (let i = 0; i < 1; i++) { try { f(i); } catch (e) { g(e); } } } }',
      'export default () => { { let y = 1; y++; } };',
    ].join('\n');
    const { nodes, disagreements } = agreement(code);
    expect(nodes).toBeGreaterThan(50);
    expect(disagreements).toEqual([]);
  });

  it('stays linear on deeply nested calls, where ESLint walks up from every call', () => {
    const depth = 600;
    const { nodes, disagreements } = agreement(`export const t = () => ${'f('.repeat(depth)}sid${')'.repeat(depth)};`);
    expect(nodes).toBeGreaterThan(depth * 2);
    expect(disagreements).toEqual([]);
  });
});
