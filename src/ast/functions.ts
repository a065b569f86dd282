/** Function nodes: what a handler, a callback or a method body is, and which function a node runs in. */
import type { TSESTree } from '@typescript-eslint/utils';

import { skipValueWrappers } from './nodes';

type Node = TSESTree.Node;

/** Any function with a body of its own: `function f() {}`, `function () {}`, `() => {}`. */
export type FunctionNode = TSESTree.ArrowFunctionExpression | TSESTree.FunctionDeclaration | TSESTree.FunctionExpression;

export function isFunction(node: Node | null | undefined): node is FunctionNode {
  return node?.type === 'ArrowFunctionExpression' || node?.type === 'FunctionExpression' || node?.type === 'FunctionDeclaration';
}

/**
 * The function `node` runs in, or `null` at module level. A class field initialiser or static block is a context of
 * its own (it runs when the class is evaluated or instantiated), so the search stops there.
 */
export function enclosingFunction(node: Node): FunctionNode | null {
  for (let current = node.parent; current; current = current.parent) {
    if (isFunction(current)) return current;
    if (current.type === 'PropertyDefinition' || current.type === 'StaticBlock') return null;
  }
  return null;
}

/** The function a handler value is: inline, or the last function argument of a wrapper (`asyncHandler(async (req, res) => …)`). */
export function functionOf(node: Node): FunctionNode | null {
  const value = skipValueWrappers(node);
  if (value.type === 'ArrowFunctionExpression' || value.type === 'FunctionExpression') return value;
  if (value.type === 'CallExpression') {
    const last = value.arguments[value.arguments.length - 1];
    if (last && (last.type === 'ArrowFunctionExpression' || last.type === 'FunctionExpression')) return last;
  }
  return null;
}

/** The name a parameter binds when it is a plain identifier (also with a default: `req = {}`), else `null`. */
export function parameterName(param: TSESTree.Parameter | undefined): string | null {
  const target = param?.type === 'AssignmentPattern' ? param.left : param;
  return target?.type === 'Identifier' ? target.name : null;
}
