/** Parse Server Cloud Code: `Parse.Cloud.define('token', async request => …, { requireUser: true })`; the caller is `request.user`. */
import type { TSESTree } from '@typescript-eslint/utils';

import { functionOf, getPropertyName, staticName } from '../ast';

import type { FunctionNode } from '../ast';

import { makeRoute } from './route';
import type { FrameworkAdapter, Route } from './types';

/** `{ requireUser: true }` (or `requireMaster: true`) in the validator options: Parse rejects anonymous callers itself. */
function requiredUser(options: TSESTree.CallExpressionArgument | undefined): TSESTree.Node | undefined {
  if (options?.type !== 'ObjectExpression') return undefined;
  return options.properties.find(
    property =>
      property.type === 'Property' &&
      (getPropertyName(property) === 'requireUser' || getPropertyName(property) === 'requireMaster') &&
      property.value.type === 'Literal' &&
      property.value.value === true,
  );
}

function cloudFunction(call: TSESTree.CallExpression): Route | null {
  if (staticName(call.callee) !== 'Parse.Cloud.define') return null;
  const [nameNode, handlerValue, options] = call.arguments;
  const name = nameNode?.type === 'Literal' && typeof nameNode.value === 'string' ? nameNode.value : null;
  if (name === null || !handlerValue || handlerValue.type === 'SpreadElement') return null;
  const handler = functionOf(handlerValue);
  const route = makeRoute({ framework: 'parse-cloud', label: `Cloud function \`${name}\``, name, reportNode: nameNode as TSESTree.Node, handler, handlerValue });
  const authenticatedBy = requiredUser(options);
  return authenticatedBy ? { ...route, authenticatedBy } : route;
}

export const parseCloud: FrameworkAdapter = {
  id: 'parse-cloud',
  name: 'Parse Cloud Code',
  modules: ['parse/node', 'parse-server'],
  facts: {
    guards: '`{ requireUser: true }` validator options, a check of `request.user` at the top of the function',
    identity: ['request.user', 'request.master'],
    response: 'the value the function returns',
    input: '`request.params`',
  },
  callNames: ['define'],
  routeOfCall: cloudFunction,
  returnedResponse: (fn: FunctionNode) => (fn.parent.type === 'CallExpression' && cloudFunction(fn.parent)?.handler === fn ? 'the value a Cloud function returns' : null),
};
