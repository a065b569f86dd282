/**
 * Azure Functions: the v4 model's `app.http('token', { authLevel, handler })` and the v3 model's
 * `module.exports = async function (context, req) {…}` (whose `function.json`, and so its `authLevel`, is not read).
 */
import type { TSESTree } from '@typescript-eslint/utils';

import { functionOf, getPropertyName, parameterName, skipValueWrappers } from '../ast';

import { propertyOf } from './fastify-options';
import { exportRoute } from './next';
import { makeRoute } from './route';
import type { FrameworkAdapter, Route } from './types';

/** Auth levels that make the caller present a function or host key: the function is not open to anonymous callers. */
const KEY_AUTH_LEVELS = new Set(['function', 'admin', 'system']);

/** `app.http('name', { methods, authLevel, route, handler })`. */
function httpTrigger(call: TSESTree.CallExpression): Route | null {
  const callee = skipValueWrappers(call.callee);
  const [nameNode, options] = call.arguments;
  if (callee.type !== 'MemberExpression' || getPropertyName(callee) !== 'http' || options?.type !== 'ObjectExpression') return null;
  const name = nameNode?.type === 'Literal' && typeof nameNode.value === 'string' ? nameNode.value : null;
  const handlerValue = propertyOf(options, 'handler');
  if (name === null || !handlerValue) return null;
  const handler = functionOf(handlerValue);
  const authLevel = propertyOf(options, 'authLevel');
  const route = makeRoute({ framework: 'azure-functions', label: `Azure function \`${name}\``, name, reportNode: nameNode as TSESTree.Node, handler, handlerValue });
  const keyed = authLevel?.type === 'Literal' && typeof authLevel.value === 'string' && KEY_AUTH_LEVELS.has(authLevel.value);
  return keyed ? { ...route, authenticatedBy: authLevel } : route;
}

export const azureFunctions: FrameworkAdapter = {
  id: 'azure-functions',
  name: 'Azure Functions',
  modules: ['@azure/functions'],
  facts: {
    guards: "`authLevel: 'function' | 'admin'` in the v4 trigger options (a key is required), a guard call or a token check at the top of the handler; a check of App Service's `x-ms-client-principal` header is not recognised yet",
    identity: ["request.headers.get('x-ms-client-principal')", 'req.headers["x-ms-client-principal"]'],
    response: 'the `{ status, jsonBody }` the v4 handler returns, `context.res = { body }` in v3',
    input: '`await request.json()`, `request.query.get(name)`, `request.params` (v4); `req.body`, `req.query` (v3)',
  },
  callNames: ['http'],
  routeOfCall: httpTrigger,
  routesOfExport(exported) {
    const handler = exported.unwrapped.handler;
    const [first, second] = handler?.params ?? [];
    if (exported.name !== 'default' || parameterName(first) !== 'context' || !/^(?:req|request)$/.test(parameterName(second) ?? '')) return null;
    return exportRoute(exported, 'azure-functions', 'The exported Azure function', null);
  },
};
