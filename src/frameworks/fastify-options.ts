/** Fastify's route options: the hooks that run before a handler (`preHandler`, `onRequest`, …) and property lookup. */
import type { TSESTree } from '@typescript-eslint/utils';

import { getPropertyName } from '../ast';

type Node = TSESTree.Node;

/** Fastify hooks that run before the handler. */
export const FASTIFY_PRE_HANDLER_HOOKS: ReadonlySet<string> = new Set(['onRequest', 'preHandler', 'preValidation', 'preParsing']);

/** The value of a static `name: value` property of an object literal. */
export function propertyOf(object: TSESTree.ObjectExpression, name: string): Node | null {
  for (const property of object.properties) {
    if (property.type === 'Property' && getPropertyName(property) === name) return property.value;
  }
  return null;
}

/** The hooks a route options object runs before its handler (arrays flattened). */
export function fastifyHooksOf(options: TSESTree.ObjectExpression): Node[] {
  const hooks: Node[] = [];
  for (const property of options.properties) {
    if (property.type !== 'Property' || !FASTIFY_PRE_HANDLER_HOOKS.has(getPropertyName(property) ?? '')) continue;
    if (property.value.type === 'ArrayExpression') {
      hooks.push(...property.value.elements.filter((element): element is TSESTree.Expression => element !== null && element.type !== 'SpreadElement'));
    } else hooks.push(property.value);
  }
  return hooks;
}
