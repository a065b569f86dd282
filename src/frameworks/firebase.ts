/** Firebase Cloud Functions: `onCall` / `onRequest` (v1 `functions.https.*` and v2), wherever they are exported. */
import type { TSESTree } from '@typescript-eslint/utils';

import { functionOf, getPropertyName, isFunction, skipValueWrappers } from '../ast';

import { makeRoute } from './route';
import type { ExportedHandler, FrameworkAdapter, Route } from './types';

function firebaseRoute(exported: ExportedHandler): Route[] | null {
  const call = skipValueWrappers(exported.value);
  if (call.type !== 'CallExpression') return null;
  const callee = skipValueWrappers(call.callee);
  const kind = callee.type === 'Identifier' ? callee.name : callee.type === 'MemberExpression' ? getPropertyName(callee) : null;
  if (kind !== 'onCall' && kind !== 'onRequest') return null;
  const last = call.arguments[call.arguments.length - 1];
  if (!last || last.type === 'SpreadElement') return null;
  const resolved = exported.resolve(last);
  const handler = isFunction(resolved) ? resolved : functionOf(resolved);
  const name = exported.name;
  const framework = kind === 'onCall' ? 'firebase-callable' : 'firebase-request';
  const label = `${kind === 'onCall' ? 'Callable function' : 'HTTPS function'} \`${name}\``;
  return [makeRoute({ framework, label, name, reportNode: exported.reportNode, handler, handlerValue: last as TSESTree.Node })];
}

export const firebase: FrameworkAdapter = {
  id: 'firebase-callable',
  name: 'Firebase Cloud Functions (`onCall`, `onRequest`)',
  modules: ['firebase-functions'],
  facts: {
    guards: 'a check of `request.auth` / `context.auth` at the top of a callable function; an ID-token check in an HTTPS function',
    identity: ['request.auth', 'context.auth', 'request.auth.uid'],
    response: 'the value a callable returns, `res.json(…)` in an HTTPS function',
    input: '`request.data` / `data` of a callable, `req.body` / `req.query` of an HTTPS function',
  },
  // v2 `request.data` / `request.rawRequest`, v1 `context.rawRequest`.
  requestInputProperties: { callable: ['data'] },
  nestedRequestProperties: { request: ['rawRequest'], context: ['rawRequest'], callable: ['rawRequest'] },
  inputContainers: ['data'],
  routesOfExport: firebaseRoute,
};
