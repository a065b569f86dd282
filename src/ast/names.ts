/** Names of calls and member chains, each with one meaning. */
import type { TSESTree } from '@typescript-eslint/utils';

import { getPropertyName, skipValueWrappers } from './nodes';

type Node = TSESTree.Node;

/**
 * The dotted name of an identifier or a chain of static members (`JSON.parse`, `module.exports.handler`,
 * `Buffer['from']` as `Buffer.from`), or `null` when a part has no static name.
 */
export function staticName(node: Node): string | null {
  const value = skipValueWrappers(node);
  if (value.type === 'Identifier') return value.name;
  if (value.type !== 'MemberExpression') return null;
  const property = getPropertyName(value);
  if (property === null || (value.computed && value.property.type !== 'Literal')) return null;
  const object = staticName(value.object);
  return object === null ? null : `${object}.${property}`;
}

/** The name a call is made by: `post` in `app.post(…)` / `app['post'](…)`, `onCall` in `functions.https.onCall(…)`, `serve` in `serve(…)`; `null` otherwise. */
export function calleeName(callee: Node): string | null {
  const value = skipValueWrappers(callee);
  if (value.type === 'Identifier') return value.name;
  if (value.type !== 'MemberExpression') return null;
  if (!value.computed && value.property.type === 'Identifier') return value.property.name;
  return value.property.type === 'Literal' && typeof value.property.value === 'string' ? value.property.value : null;
}

/** The last name of a chain (`verify` in `['jwt', 'verify']`), or `''`. */
export function lastName(names: readonly string[]): string {
  return names[names.length - 1] ?? '';
}

/**
 * `Post` for `@Post('x')`, `@Post`, and (unless `namespaced` is false) `@common.Post()`; `''` when the decorator has
 * no static name.
 */
export function decoratorName(decorator: TSESTree.Decorator, namespaced = true): string {
  const expression = decorator.expression.type === 'CallExpression' ? decorator.expression.callee : decorator.expression;
  if (expression.type === 'Identifier') return expression.name;
  return (namespaced && expression.type === 'MemberExpression' && getPropertyName(expression)) || '';
}
