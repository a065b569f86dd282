/**
 * Express and `express.Router()`, and the registration style it shares with Koa, Hono and Fastify: every method-style
 * registration is read here and named after the module its receiver was created from (Express when unknown).
 */
import type { TSESTree } from '@typescript-eslint/utils';

import { METHOD_STYLE_CALL_NAMES, methodStyleRoute } from './express-style';
import { adonis } from './adonis';
import { fastify } from './fastify';
import { hono } from './hono';
import { koa } from './koa';
import { isModuleOf, receiverModule } from './receiver-origin';
import type { CallContext, FrameworkAdapter, FrameworkId } from './types';

type Node = TSESTree.Node;

/** The adapters whose apps and routers take Express-style registrations, in the order their modules are tried. */
const METHOD_STYLE: readonly FrameworkAdapter[] = [koa, hono, fastify, adonis];

function frameworkOf(receiver: Node, context: CallContext | undefined): FrameworkId {
  const module = context ? receiverModule(receiver, context.sourceCode) : null;
  return (module !== null && METHOD_STYLE.find(adapter => isModuleOf(module, adapter.modules ?? []))?.id) || 'express';
}

export const express: FrameworkAdapter = {
  id: 'express',
  name: 'Express',
  modules: ['express'],
  callNames: METHOD_STYLE_CALL_NAMES,
  requestInputMethods: ['get', 'header', 'param', 'query'],
  requestInputProperties: { request: ['body', 'query', 'params', 'headers', 'cookies', 'url', 'originalUrl', 'path'] },
  handlerParameterNames: { request: { names: ['req', 'request'], suffixes: ['Req', 'Request'], types: ['Request', 'Req', 'IncomingMessage'] } },
  inputContainers: ['body', 'query', 'params', 'headers', 'cookies'],
  responseBodyMethods: ['json', 'send', 'jsonp', 'end', 'write'],
  templateMethods: ['render'],
  facts: {
    guards:
      'middleware arguments of a route (arrays too), `route(path).all(auth)`, `app.use(auth)` / `router.use(path, auth)` before the routes (per router, per path prefix, global), a router mounted behind a guard, `expressjwt(…).unless(…)` exceptions',
    identity: ['req.user', 'req.auth', 'req.session.user', 'res.locals.user'],
    response: '`res.json(…)`, `res.send(…)`, `res.end(…)`, `res.render(view, locals)`',
    input: '`req.body`, `req.query`, `req.params`, `req.headers`, `req.cookies`, `req.get(name)`',
  },
  routeOfCall(call, context) {
    const route = methodStyleRoute(call, receiver => frameworkOf(receiver, context));
    const owner = route && METHOD_STYLE.find(adapter => adapter.id === route.framework);
    return route && owner?.refineRoute ? owner.refineRoute(route) : route;
  },
};
