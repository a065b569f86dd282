/** AST node helpers: value wrappers, member and property names, receiver chains, walking. */
import { getPropertyName as eslintGetPropertyName } from '@eslint-community/eslint-utils';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

type Node = TSESTree.Node;

/** The static name of a member access or object/class property key (`a.b`, `a['b']`, `{ b: 1 }`, `b = 1`). */
export function getPropertyName(
  node: TSESTree.MemberExpression | TSESTree.Property | TSESTree.PropertyDefinition | TSESTree.MethodDefinition,
  scope?: TSESLint.Scope.Scope,
): string | null {
  // eslint-utils' estree types differ from typescript-estree's in name only.
  return eslintGetPropertyName(node as never, scope as never) ?? null;
}

/** Strips wrappers that pass a value through unchanged: `(x as T)`, `x!`, `x satisfies T`, `<T>x`, `await x`. */
export function skipValueWrappers(node: Node): Node {
  let current = node;
  for (;;) {
    switch (current.type) {
      case 'TSAsExpression':
      case 'TSSatisfiesExpression':
      case 'TSNonNullExpression':
      case 'TSTypeAssertion':
      case 'AwaitExpression':
        current = current.type === 'AwaitExpression' ? current.argument : current.expression;
        break;
      case 'ChainExpression':
        current = current.expression;
        break;
      default:
        return current;
    }
  }
}

/** The callee of a call, with `a?.b()` and `(a.b as any)()` unwrapped. */
export function getCalleeMember(node: TSESTree.CallExpression | TSESTree.NewExpression): TSESTree.MemberExpression | null {
  const callee = skipValueWrappers(node.callee);
  return callee.type === 'MemberExpression' ? callee : null;
}

/** The parent of `node` once pass-through wrappers around it are skipped, and the outermost wrapper. */
export function getValueParent(node: Node): { parent: Node | undefined; child: Node } {
  let child = node;
  let parent = node.parent;
  while (
    parent &&
    (parent.type === 'TSAsExpression' ||
      parent.type === 'TSSatisfiesExpression' ||
      parent.type === 'TSNonNullExpression' ||
      parent.type === 'TSTypeAssertion' ||
      parent.type === 'AwaitExpression' ||
      parent.type === 'ChainExpression')
  ) {
    child = parent;
    parent = parent.parent;
  }
  return { parent, child };
}

/** Identifier names along a receiver chain: `this.services.opentok` gives `['services', 'opentok']`. */
export function receiverNames(node: Node): string[] {
  const names: string[] = [];
  let current: Node = skipValueWrappers(node);
  for (let depth = 0; depth < 8; depth++) {
    if (current.type === 'Identifier') {
      names.unshift(current.name);
      break;
    }
    if (current.type === 'MemberExpression') {
      if (!current.computed && current.property.type === 'Identifier') names.unshift(current.property.name);
      current = skipValueWrappers(current.object);
      continue;
    }
    if (current.type === 'CallExpression') {
      current = skipValueWrappers(current.callee);
      continue;
    }
    break;
  }
  return names;
}

/** Visits every node below `root` (itself included), depth first, with the parser's visitor keys. */
export function walk(root: Node, visitorKeys: TSESLint.SourceCode.VisitorKeys, visit: (node: Node) => void): void {
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    visit(node);
    const keys = visitorKeys[node.type] ?? [];
    for (let index = keys.length - 1; index >= 0; index--) {
      const child = (node as unknown as Record<string, unknown>)[keys[index] as string];
      if (Array.isArray(child)) {
        for (let item = child.length - 1; item >= 0; item--) {
          const element = child[item] as Node | null;
          if (element && typeof element.type === 'string') stack.push(element);
        }
      } else if (child && typeof (child as Node).type === 'string') {
        stack.push(child as Node);
      }
    }
  }
}

/** Converts `apiSecret`, `api-secret` or `ApiSecret` to `API_SECRET`. */
export function toConstantCase(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toUpperCase();
}
