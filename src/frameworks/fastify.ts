/** Fastify: `fastify.route({ url, method, handler, preHandler })`, the shorthand `fastify.post(path, { handler })`, hooks. */
import type { TSESTree } from '@typescript-eslint/utils';

import { functionOf, getPropertyName, skipValueWrappers } from '../ast';

import { literalPath } from './express-style';
import { fastifyHooksOf, propertyOf } from './fastify-options';
import type { FrameworkAdapter, Route } from './types';

function routeObject(call: TSESTree.CallExpression): Route | null {
  const callee = skipValueWrappers(call.callee);
  const options = call.arguments[0];
  if (callee.type !== 'MemberExpression' || getPropertyName(callee) !== 'route' || call.arguments.length !== 1 || options?.type !== 'ObjectExpression') return null;
  const urlValue = propertyOf(options, 'url') ?? propertyOf(options, 'path');
  const handlerValue = propertyOf(options, 'handler');
  const path = urlValue ? literalPath(urlValue) : null;
  if (path === null || !handlerValue) return null;
  const methodValue = propertyOf(options, 'method');
  const methods = methodValue?.type === 'ArrayExpression' ? methodValue.elements : [methodValue];
  const verb = methods.flatMap(value => (value?.type === 'Literal' && typeof value.value === 'string' ? [value.value.toUpperCase()] : [])).join(',') || 'ROUTE';
  const handler = functionOf(handlerValue);
  return {
    framework: 'fastify',
    label: `Route \`${verb} ${path}\``,
    path,
    name: null,
    method: verb,
    reportNode: options,
    handler,
    handlerReference: handler ? null : handlerValue,
    inFront: fastifyHooksOf(options),
    registration: call,
    receiverNode: callee.object,
  };
}

export const fastify: FrameworkAdapter = {
  id: 'fastify',
  name: 'Fastify',
  modules: ['fastify'],
  facts: {
    guards: '`onRequest`/`preHandler`/`preValidation`/`preParsing` hooks in route options, `fastify.addHook(…)` (every route of the instance, whatever the order); `fastify.register(plugin)` scopes are not read',
    identity: ['request.user', 'request.session.user'],
    response: '`reply.send(…)`, returning a value from the handler',
    input: '`request.body`, `request.query`, `request.params`, `request.headers`',
  },
  callNames: ['route'],
  nestedRequestProperties: { request: ['raw'] },
  // `reply.view(view, locals)` (@fastify/view).
  templateMethods: ['view'],
  routeOfCall: routeObject,
};
