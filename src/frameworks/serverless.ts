/** Serverless functions: AWS Lambda / Netlify `handler` exports, Deno and Supabase Edge `serve(handler)` / `Deno.serve(handler)`. */
import type { TSESTree } from '@typescript-eslint/utils';

import { functionOf, getPropertyName, importedModuleOf, parameterName, skipValueWrappers } from '../ast';

import { exportRoute } from './next';
import { makeRoute } from './route';
import type { CallContext, FrameworkAdapter, Route } from './types';

const SERVERLESS_EXPORTS = new Set(['handler', 'main']);

/**
 * `Deno.serve(handler)`, `Deno.serve(options, handler)`, or `serve(handler)` imported from Deno's std `http`.
 * Without a `context` (unit tests of the bare function), the import of `serve` is not known and only `Deno.serve` counts.
 */
export function routeOfServeCall(call: TSESTree.CallExpression, context?: CallContext): Route | null {
  const callee = skipValueWrappers(call.callee);
  const isDeno = callee.type === 'MemberExpression' && callee.object.type === 'Identifier' && callee.object.name === 'Deno' && getPropertyName(callee) === 'serve';
  const isStd = callee.type === 'Identifier' && callee.name === 'serve' && context !== undefined && /deno\.land|std\/http|@std\/http/.test(importedModuleOf(callee, context.sourceCode) ?? '');
  if (!isDeno && !isStd) return null;
  const last = call.arguments[call.arguments.length - 1];
  const handler = last ? functionOf(last) : null;
  if (!last || last.type === 'SpreadElement' || (!handler && last.type !== 'Identifier')) return null;
  const name = isDeno ? 'Deno.serve' : 'serve';
  return makeRoute({ framework: 'serverless', label: `The \`${name}\` handler`, name, reportNode: callee, handler, handlerValue: last });
}

function isEventParameter(param: TSESTree.Parameter | undefined): boolean {
  const name = parameterName(param);
  return name !== null ? /^(?:event|evt|e|req|request)$/.test(name) : param?.type === 'ObjectPattern';
}

export const serverless: FrameworkAdapter = {
  id: 'serverless',
  name: 'AWS Lambda, Netlify functions, Deno / Supabase Edge',
  facts: {
    guards: 'an API gateway authorizer (outside the code: the `checkServerlessHandlers` option), a token check at the top of the handler',
    identity: ['event.requestContext.authorizer', 'context.clientContext.user', "req.headers.get('Authorization') checked"],
    response: 'the `{ statusCode, body }` object the handler returns, a `Response`',
    input: '`event.body`, `event.queryStringParameters`, `event.pathParameters`, `event.headers`, `await req.json()`',
  },
  fileExports: [...SERVERLESS_EXPORTS],
  handlerExports: ['handler'],
  requestInputProperties: {
    request: ['body', 'headers', 'queryStringParameters', 'multiValueQueryStringParameters', 'pathParameters', 'multiValueHeaders', 'rawQueryString'],
  },
  handlerParameterNames: { request: { names: ['event', 'evt'], suffixes: ['Event'], types: ['Event', 'EventV\\d'] } },
  inputContainers: ['queryStringParameters', 'pathParameters'],
  callNames: ['serve'],
  routeOfCall: routeOfServeCall,
  routesOfExport(exported) {
    const { file, name, unwrapped } = exported;
    if (!SERVERLESS_EXPORTS.has(name) || !unwrapped.handler || !isEventParameter(unwrapped.handler.params[0])) return null;
    return exportRoute(exported, 'serverless', file.netlifyFunction ? `Netlify function \`${file.netlifyFunction}\`` : `The exported \`${name}\` function`, file.netlifyFunction);
  },
};
