/**
 * Variable lookup that stays linear in big files.
 *
 * eslint-utils' `findVariable(scope, node)` first finds the innermost scope around `node` by scanning the child scopes
 * of `scope`, so looking up identifiers at the top of a file with thousands of functions is quadratic. This index of
 * every reference and declaration, built once per file, answers the same question in constant time.
 */
import { findVariable } from '@eslint-community/eslint-utils';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

type Scope = TSESLint.Scope.Scope;
type Variable = TSESLint.Scope.Variable;

const indexes = new WeakMap<Scope, Map<TSESTree.Node, Variable | null>>();

/** The variable an identifier refers to or declares, or `null` (an undeclared global, a property name). */
export function resolveVariable(scope: Scope | null | undefined, identifier: TSESTree.Node): Variable | null {
  if (!scope) return null;
  let root = scope;
  while (root.upper) root = root.upper;
  let index = indexes.get(root);
  if (!index) {
    index = indexOf(root);
    indexes.set(root, index);
  }
  const found = index.get(identifier);
  if (found !== undefined) return found;
  // Not a reference the scope manager recorded (a JSX name under ESLint 9, a type name): look it up by name.
  return identifier.type === 'Identifier' || identifier.type === 'JSXIdentifier' ? (findVariable(scope as never, identifier.name) as Variable | null) : null;
}

function indexOf(root: Scope): Map<TSESTree.Node, Variable | null> {
  const index = new Map<TSESTree.Node, Variable | null>();
  const stack: Scope[] = [root];
  while (stack.length > 0) {
    const scope = stack.pop() as Scope;
    for (const variable of scope.variables) {
      for (const identifier of variable.identifiers) if (!index.has(identifier)) index.set(identifier, variable);
    }
    for (const reference of scope.references) {
      if (!index.has(reference.identifier)) index.set(reference.identifier, reference.resolved);
    }
    stack.push(...scope.childScopes);
  }
  return index;
}
