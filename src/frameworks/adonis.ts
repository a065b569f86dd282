/**
 * AdonisJS (v5 `Route` from `@ioc:Adonis/Core/Route`, v6 `router` from `@adonisjs/core/services/router`):
 * Express-style registrations, with middleware chained on the route (`.use(middleware.auth())`, v5
 * `.middleware('auth')`) or on a group (`router.group(() => { … }).use(middleware.auth())`); handlers take the HTTP
 * context (`async ({ request, auth }: HttpContext) => …`) or name a controller (`[TokensController, 'store']`).
 */
import type { TSESTree } from '@typescript-eslint/utils';

import { getPropertyName, isFunction, skipValueWrappers } from '../ast';

import type { FrameworkAdapter, Route } from './types';

type Node = TSESTree.Node;

/** Methods chained on a route or group that add middleware. */
const MIDDLEWARE_METHODS = new Set(['use', 'middleware']);
/** Methods chained on a route or group that change something else (kept walking through). */
const CHAIN_METHODS = new Set(['as', 'prefix', 'where', 'domain', 'namespace', 'except', 'only']);

/** The middleware chained after `call`: `call.use(a).as('x').middleware(['b'])` gives `a`, `'b'`. */
function chainedMiddleware(call: TSESTree.CallExpression): Node[] {
  const found: Node[] = [];
  let current: Node = call;
  for (let depth = 0; depth < 8; depth++) {
    const member: Node | undefined = current.parent;
    const next: Node | undefined = member?.parent;
    if (member?.type !== 'MemberExpression' || member.object !== current || next?.type !== 'CallExpression' || next.callee !== member) break;
    const name = getPropertyName(member) ?? '';
    if (MIDDLEWARE_METHODS.has(name)) {
      for (const argument of next.arguments) {
        if (argument.type === 'ArrayExpression') found.push(...argument.elements.filter((element): element is TSESTree.Expression => element !== null && element.type !== 'SpreadElement'));
        else if (argument.type !== 'SpreadElement') found.push(argument);
      }
    } else if (!CHAIN_METHODS.has(name)) break;
    current = next;
  }
  return found;
}

/** The middleware of every `group(() => { … })` the route is registered in. */
function groupMiddleware(call: TSESTree.CallExpression): Node[] {
  const found: Node[] = [];
  for (let current: Node | undefined = call.parent; current; current = current.parent) {
    if (!isFunction(current)) continue;
    const group: Node | undefined = current.parent;
    if (group?.type !== 'CallExpression' || group.arguments[0] !== current) continue;
    const callee = skipValueWrappers(group.callee);
    if (callee.type === 'MemberExpression' && getPropertyName(callee) === 'group') found.push(...chainedMiddleware(group));
  }
  return found;
}

export const adonis: FrameworkAdapter = {
  id: 'adonis',
  name: 'AdonisJS',
  modules: ['@ioc:Adonis/Core/Route', '@adonisjs/core/services/router', '@adonisjs/core'],
  requestInputMethods: ['input', 'all', 'only', 'qs', 'body'],
  facts: {
    guards: "`.use(middleware.auth())` / `.middleware('auth')` on the route or on a `group(…)` around it, `await auth.authenticate()` / `auth.user` checks in the handler; the global and named middleware of `start/kernel.ts` are not read",
    identity: ['auth.user', 'auth.getUserOrFail()', 'auth.authenticate()'],
    response: 'returning a value from the handler, `response.json(…)`, `response.send(…)`',
    input: "`request.input('role')`, `request.all()`, `request.only([…])`, `request.body()`, `request.qs()`, `params`",
  },
  refineRoute(route: Route): Route {
    const registration = route.registration as TSESTree.CallExpression;
    const middleware = [...chainedMiddleware(registration), ...groupMiddleware(registration)];
    return middleware.length === 0 ? route : { ...route, inFront: [...route.inFront, ...middleware] };
  },
};
