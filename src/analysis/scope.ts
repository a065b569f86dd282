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

const scopeCaches = new WeakMap<object, WeakMap<TSESTree.Node, Scope>>();

/** What `scopeOf` needs of a `SourceCode` (the project model's parsed modules have the same two members). */
interface ScopeSource {
  readonly scopeManager: { acquire(node: TSESTree.Node, inner?: boolean): unknown } | null;
  getScope(node: TSESTree.Node): Scope;
}

/**
 * `sourceCode.getScope(node)`, linear over a whole file: ESLint walks up from `node` to the nearest node that owns a
 * scope on every call, so asking for every call of `f(f(f(…)))` is quadratic in the nesting. This walk records its
 * answer for every node it passes, so each node is walked over once per file.
 */
export function scopeOf(sourceCode: ScopeSource, node: TSESTree.Node): Scope {
  // The Program asked for itself is the global scope (ESLint's own rule); as an ancestor it is the module scope.
  if (node.type === 'Program') return sourceCode.getScope(node);
  let cache = scopeCaches.get(sourceCode);
  if (!cache) {
    cache = new WeakMap();
    scopeCaches.set(sourceCode, cache);
  }
  const passed: TSESTree.Node[] = [];
  let scope: Scope | null = null;
  for (let current: TSESTree.Node | undefined = node; current; current = current.parent) {
    const known = cache.get(current);
    if (known) {
      scope = known;
      break;
    }
    const own = sourceCode.scopeManager?.acquire(current, true) as Scope | null | undefined;
    if (own) {
      // Always the innermost scope of the node (a named function expression's own name scope is never the answer).
      scope = own;
      break;
    }
    passed.push(current);
  }
  scope ??= sourceCode.getScope(node);
  for (const passedNode of passed) cache.set(passedNode, scope);
  return scope;
}
